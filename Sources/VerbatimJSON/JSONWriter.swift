/// Writes JSON straight into bytes, laid out exactly as `JSONValue.write` lays out the same value,
/// without building the value first: the annotation encoder writes millions of spans this way.
///
/// Containers are opened and closed in order; inside an object every value follows a `key`, inside
/// an array every value follows an `item()`.
struct JSONWriter {
    let out = JSONOutput()
    let style: JSONValue.Style
    /// Whether the innermost open container has a member yet.
    private var hasMembers = false
    /// The same flag for each enclosing container, saved while an inner one is open, a bit each
    /// (innermost lowest): an array of them was grown and shrunk, with its checks, at every object.
    /// A record nests a handful of containers deep, fixed by the encoder's code.
    private var enclosing: UInt64 = 0
    /// The number of enclosing containers.
    private var depth = 0

    init(style: JSONValue.Style) {
        self.style = style
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() { open(UInt8(ascii: "[")) }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An object member's key from data (an attribute's name), escaped; its value comes next.
    mutating func key(escaping name: String) {
        separate()
        out.string(name)
        out.append(UInt8(ascii: ":"))
        if style == .pretty { out.append(UInt8(ascii: " ")) }
    }

    /// A key written in the source: copied as it is, for it needs no escaping (letters and `_`).
    /// (A literal argument picks this overload; with a `String` one beside it, literals went there
    /// and were scanned for escapes every time. Inlined, so that each literal's length is known where
    /// it is written and its bytes are stored without a call to copy them.)
    @inline(__always)
    mutating func key(_ name: StaticString) {
        if style == .pretty {
            separate()
            out.key(name, afterComma: false, spaced: true)
        } else {
            // Compact, the comma goes with the key: `,"name":` in one piece.
            out.key(name, afterComma: hasMembers, spaced: false)
            hasMembers = true
        }
    }

    /// A span's `start` and `end` and the key of its `text`, which comes next.
    mutating func spanOffsets(_ start: Int, _ end: Int) {
        if style == .pretty {
            key("start")
            int(start)
            key("end")
            int(end)
            key("text")
        } else {
            out.spanOffsets(start, end, afterComma: hasMembers)
            hasMembers = true
        }
    }

    /// Starts the next array element; its value comes next.
    mutating func item() { separate() }

    func string(_ value: String) { out.string(value) }

    /// A string straight from UTF-8 bytes (a span of the document), escaped as `string` would be.
    func string(utf8 bytes: UnsafeBufferPointer<UInt8>) { out.string(utf8: bytes) }

    func int(_ value: Int) { out.int(value) }

    func double(_ value: Double) { out.double(value) }
    func bool(_ value: Bool) { out.append(value ? "true" : "false") }
    func null() { out.append("null") }
    func string(orNull value: String?) { if let value { string(value) } else { null() } }

    /// A value built elsewhere, at the current depth.
    func value(_ value: JSONValue) { value.write(to: out, style: style, depth: depth) }

    private mutating func open(_ mark: UInt8) {
        out.append(mark)
        precondition(depth < 64, "JSONWriter nests at most 64 containers")
        enclosing = enclosing << 1 | (hasMembers ? 1 : 0)
        depth += 1
        hasMembers = false
    }

    @inline(__always)
    private mutating func separate() {
        if hasMembers { out.append(UInt8(ascii: ",")) }
        hasMembers = true
        out.newline(style, depth)
    }

    private mutating func close(_ mark: UInt8) {
        let hadMembers = hasMembers
        hasMembers = enclosing & 1 != 0
        enclosing >>= 1
        depth -= 1
        if hadMembers { out.newline(style, depth) }
        out.append(mark)
    }
}
