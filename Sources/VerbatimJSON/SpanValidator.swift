import VerbatimCore

/// Checks that every object with `start`, `end` and `text` in a record slices the record's text.
public struct SpanValidator {
    let scalars: [Unicode.Scalar]
    let utf16: [UInt16]
    let utf8: [UInt8]
    let unit: OffsetUnit

    public init(text: String, unit: OffsetUnit) {
        self.scalars = Array(text.unicodeScalars)
        self.utf16 = Array(text.utf16)
        self.utf8 = Array(text.utf8)
        self.unit = unit
    }

    /// Each problem as "path: reason".
    public func problems(in record: JSONValue, path: String = "$") -> [String] {
        var found: [String] = []
        switch record {
        case .array(let items):
            for (index, item) in items.enumerated() { found += problems(in: item, path: "\(path)[\(index)]") }
        case .object(let members):
            if path != "$", let start = record["start"]?.intValue, let end = record["end"]?.intValue, let text = record["text"]?.stringValue {
                if let sliced = slice(start, end) {
                    if sliced != text { found.append("\(path): [\(start), \(end)) is \(sliced.debugDescription), not \(text.debugDescription)") }
                } else {
                    found.append("\(path): [\(start), \(end)) is outside the text")
                }
            }
            for (key, value) in members where key != "text" { found += problems(in: value, path: "\(path).\(key)") }
        default:
            break
        }
        return found
    }

    private func slice(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, start <= end else { return nil }
        switch unit {
        case .codepoint:
            guard end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        case .utf16:
            guard end <= utf16.count else { return nil }
            return String(decoding: utf16[start..<end], as: UTF16.self)
        case .utf8:
            guard end <= utf8.count else { return nil }
            return String(decoding: utf8[start..<end], as: UTF8.self)
        }
    }
}
