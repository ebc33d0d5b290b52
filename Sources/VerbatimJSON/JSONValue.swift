/// A JSON value whose objects keep their keys in the order written, so output is byte-stable.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value under `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }
}

extension JSONValue {
    /// Compact (one line, for JSONL) or indented by two spaces.
    public enum Style: Sendable {
        case compact
        case pretty
    }

    /// The UTF-8 serialization. Only `"`, `\` and control characters are escaped; everything else,
    /// including non-ASCII text, is written as is.
    public func serialized(_ style: Style = .compact) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, style: style, depth: 0)
        return out
    }

    public func write(to out: inout [UInt8], style: Style, depth: Int) {
        let output = JSONOutput()
        write(to: output, style: style, depth: depth)
        output.move(into: &out)
    }

    func write(to out: JSONOutput, style: Style, depth: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.int(value)
        case .double(let value): out.double(value)
        case .string(let value): out.string(value)
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.newline(style, depth + 1)
                item.write(to: out, style: style, depth: depth + 1)
            }
            out.newline(style, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append("{}") }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.newline(style, depth + 1)
                out.string(key)
                out.append(UInt8(ascii: ":"))
                if style == .pretty { out.append(UInt8(ascii: " ")) }
                value.write(to: out, style: style, depth: depth + 1)
            }
            out.newline(style, depth)
            out.append(UInt8(ascii: "}"))
        }
    }
}
