/// Writes JSON straight into bytes, laid out exactly as `JSONValue.write` lays out the same value,
/// without building the value first: the annotation encoder writes millions of spans this way.
///
/// Containers are opened and closed in order; inside an object every value follows a `key`, inside
/// an array every value follows an `item()`.
struct JSONWriter {
    var out: [UInt8] = []
    let style: JSONValue.Style
    /// Members written so far in each open container, innermost last.
    private var counts: [Int] = []

    init(style: JSONValue.Style) {
        self.style = style
    }

    mutating func beginObject() {
        out.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() {
        out.append(UInt8(ascii: "["))
        counts.append(0)
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An object member's key; its value comes next.
    mutating func key(_ name: String) {
        separate()
        JSONValue.writeString(name, to: &out)
        out.append(UInt8(ascii: ":"))
        if style == .pretty { out.append(UInt8(ascii: " ")) }
    }

    /// Starts the next array element; its value comes next.
    mutating func item() { separate() }

    mutating func string(_ value: String) { JSONValue.writeString(value, to: &out) }

    /// A string straight from UTF-8 bytes (a span of the document), escaped as `string` would be.
    mutating func string(utf8 bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { JSONValue.writeString(bytes: $0, to: &out) }
    }

    mutating func int(_ value: Int) { JSONValue.writeInt(value, to: &out) }

    mutating func double(_ value: Double) { JSONValue.double(value).write(to: &out, style: style, depth: counts.count) }
    mutating func bool(_ value: Bool) { out.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { out.append(contentsOf: "null".utf8) }
    mutating func string(orNull value: String?) { if let value { string(value) } else { null() } }

    /// A value built elsewhere, at the current depth.
    mutating func value(_ value: JSONValue) { value.write(to: &out, style: style, depth: counts.count) }

    private mutating func separate() {
        if counts[counts.count - 1] > 0 { out.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        JSONValue.newline(&out, style, counts.count)
    }

    private mutating func close(_ mark: UInt8) {
        if counts.removeLast() > 0 { JSONValue.newline(&out, style, counts.count) }
        out.append(mark)
    }
}
