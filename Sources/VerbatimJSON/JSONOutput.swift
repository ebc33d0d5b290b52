import Foundation
import VerbatimCore

/// The bytes of JSON being written, through a raw pointer.
///
/// Records are written a few bytes at a time, millions of times: appending each piece to an
/// `[UInt8]` checked the array's uniqueness and capacity every time, a third of the encoding. Here
/// room is made once per piece (a string's worst case at once) and the bytes are stored unchecked.
final class JSONOutput {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        self.capacity = max(capacity, 16)
        start = Self.resized(nil, to: self.capacity)
    }

    deinit { free(start) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        start = Self.resized(start, to: larger)
        capacity = larger
    }

    /// `realloc`: a large buffer grows by remapping its pages, where a new one had every byte written
    /// so far copied into fresh memory (a record is many megabytes, each page faulted in again).
    private static func resized(_ bytes: UnsafeMutablePointer<UInt8>?, to capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = realloc(bytes, capacity) else { fatalError("out of memory for \(capacity) bytes of JSON") }
        return memory.bindMemory(to: UInt8.self, capacity: capacity)
    }

    /// The bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Appends the bytes written so far to `out` and starts again empty.
    func move(into out: inout [UInt8]) {
        handOver { out.append(contentsOf: $0) }
    }

    /// Hands the bytes written so far to `body` and starts again empty.
    func handOver(to body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(UnsafeBufferPointer(start: start, count: count))
        count = 0
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { (start + count).initialize(from: base, count: bytes.count) }
        count += bytes.count
    }

    func append(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        (start + count).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    /// An object key written in the source, `"name":` — after a comma when `afterComma`, with a
    /// space after it when `spaced` (the pretty style) — with room made once: keys need no escaping
    /// (letters and `_`), and a record has hundreds of thousands.
    @inline(__always)
    func key(_ name: StaticString, afterComma: Bool, spaced: Bool) {
        let length = name.utf8CodeUnitCount
        reserve(length + 5)
        var position = count
        if afterComma {
            start[position] = UInt8(ascii: ",")
            position += 1
        }
        start[position] = UInt8(ascii: "\"")
        (start + position + 1).initialize(from: name.utf8Start, count: length)
        start[position + length + 1] = UInt8(ascii: "\"")
        start[position + length + 2] = UInt8(ascii: ":")
        start[position + length + 3] = UInt8(ascii: " ")
        count = position + length + (spaced ? 4 : 3)
    }

    /// A line break and the indentation of `depth` for the pretty style; nothing for the compact one.
    @inline(__always)
    func newline(_ style: JSONValue.Style, _ depth: Int) {
        if style == .pretty { indent(depth) }
    }

    private func indent(_ depth: Int) {
        reserve(1 + depth * 2)
        start[count] = 0x0A
        (start + count + 1).initialize(repeating: UInt8(ascii: " "), count: depth * 2)
        count += 1 + depth * 2
    }

    /// A span's first members for the compact style, `"start":S,"end":E,"text":` (after a comma when
    /// `afterComma`), with room made once: every annotation has a span or more, and making room
    /// and calling for each piece cost more than writing it.
    func spanOffsets(_ startOffset: Int, _ endOffset: Int, afterComma: Bool) {
        // `,"start":` `,"end":` `,"text":` and two numbers of 20 bytes at most.
        reserve(64)
        if afterComma {
            start[count] = UInt8(ascii: ",")
            count += 1
        }
        appendUnchecked(#""start":"#)
        writeInt(startOffset)
        appendUnchecked(#","end":"#)
        writeInt(endOffset)
        appendUnchecked(#","text":"#)
    }

    /// Bytes written in the source, into room already made.
    @inline(__always)
    private func appendUnchecked(_ text: StaticString) {
        (start + count).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    /// Decimal digits, as `String(value)` would write them.
    func int(_ value: Int) {
        // The 19 digits of Int.min's magnitude and its sign at most.
        reserve(20)
        writeInt(value)
    }

    /// `int` into room already made: the digits made right to left in place once their count is
    /// known (from the number of bits and one comparison, not by dividing twice).
    @inline(__always)
    private func writeInt(_ value: Int) {
        var magnitude = value.magnitude
        // log10(2) ≈ 1233/4096: a number of b bits has b·1233/4096 digits, or one more (and 0 has one).
        let estimate = ((UInt.bitWidth - magnitude.leadingZeroBitCount) &* 1233) >> 12
        let length = max(1, estimate + 1 - (magnitude < Self.powersOfTen[estimate] ? 1 : 0))
        if value < 0 {
            start[count] = UInt8(ascii: "-")
            count += 1
        }
        // Two digits at a time, from a table of the pairs "00" to "99".
        let pairs = Self.digitPairs.utf8Start
        var position = count + length
        while magnitude >= 100 {
            let (quotient, pair) = magnitude.quotientAndRemainder(dividingBy: 100)
            position -= 2
            start[position] = pairs[Int(pair) * 2]
            start[position + 1] = pairs[Int(pair) * 2 + 1]
            magnitude = quotient
        }
        if magnitude >= 10 {
            start[position - 2] = pairs[Int(magnitude) * 2]
            start[position - 1] = pairs[Int(magnitude) * 2 + 1]
        } else {
            start[position - 1] = UInt8(ascii: "0") + UInt8(magnitude)
        }
        count += length
    }

    /// 10^0 through 10^19, written out: a literal array is laid out by the compiler, where a computed
    /// one was checked for its one-time initialization at every number.
    private static let powersOfTen: [UInt] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ]

    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// A finite number as `String(value)` writes it (null otherwise). Thousandths, like every score
    /// and confidence, are written from their digits: the decimal k/1000 is the shortest text that
    /// reads back as the double nearest it, which is what `String` writes.
    func double(_ value: Double) {
        guard value.isFinite else { return append("null") }
        let thousandths = (value * 1000).rounded()
        guard thousandths.magnitude < 1e9, thousandths / 1000 == value else { return append(unescaped: String(value)) }
        let magnitude = Int(thousandths.magnitude)
        if value.sign == .minus { append(UInt8(ascii: "-")) }
        int(magnitude / 1000)
        append(UInt8(ascii: "."))
        var fraction = magnitude % 1000
        // One digit at least ("1.0"), then only those that are not trailing zeros.
        var divisor = 100
        repeat {
            append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        } while fraction > 0
    }

    /// Text that needs neither quotes nor escapes (a number's), as it is.
    func append(unescaped text: String) {
        text.withUTF8Bytes { append($0) }
    }

    func string(_ value: String) {
        value.withUTF8Bytes { string(utf8: $0) }
    }

    /// UTF-8 bytes as a JSON string: only `"`, `\` and control characters are escaped. Sixteen, then
    /// eight bytes at a time are stored and then checked (no separate scan and copy); only a block
    /// that may hold one of those bytes is written again byte by byte.
    func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // The worst case, every byte a `\u00XX`, and the quotes.
        reserve(bytes.count * 6 + 2)
        start[count] = UInt8(ascii: "\"")
        count += 1
        stringBytes(bytes)
        start[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// Part of a string, without its quotes: a long string may be written a piece at a time, cut
    /// anywhere (only ASCII bytes are ever escaped).
    func stringPiece(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count * 6)
        stringBytes(bytes)
    }

    /// The bytes of a string, escaped, into room already made.
    @inline(__always)
    private func stringBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        var out = start + count
        let first = out
        if let base = bytes.baseAddress {
            var index = 0
            Self.write(base, bytes.count, from: &index, to: &out, blocksOf: SIMD2<UInt64>.self, mayNeedEscape: JSONStringBytes.mayNeedEscape)
            Self.write(base, bytes.count, from: &index, to: &out, blocksOf: UInt64.self, mayNeedEscape: JSONStringBytes.mayNeedEscape)
            // The last few bytes (most strings are short) in one block too, when nothing needs escaping:
            // the string's last eight bytes, over the end of what is written when all of that was copied
            // as it is; a string of four to seven bytes, as two words that overlap.
            let left = bytes.count - index
            if left > 0, bytes.count >= 8, out - first == index {
                let block = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
                if !JSONStringBytes.mayNeedEscape(block) {
                    UnsafeMutableRawPointer(out - (8 - left)).storeBytes(of: block, as: UInt64.self)
                    out += left
                    index = bytes.count
                }
            } else if left >= 4, bytes.count < 8 {
                let head = UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)
                let tail = UnsafeRawPointer(base + left - 4).loadUnaligned(as: UInt32.self)
                if !JSONStringBytes.mayNeedEscape(UInt64(head) | UInt64(tail) << 32) {
                    UnsafeMutableRawPointer(out).storeBytes(of: head, as: UInt32.self)
                    UnsafeMutableRawPointer(out + left - 4).storeBytes(of: tail, as: UInt32.self)
                    out += left
                    index = bytes.count
                }
            }
            while index < bytes.count {
                out = Self.write(base[index], at: out)
                index += 1
            }
        }
        count = out - start
    }

    /// The bytes from `index` on, a block of `Block`'s size at a time while a whole one is left: each
    /// stored as it is, then checked, and written again byte by byte only when it may need escaping.
    @inline(__always)
    private static func write<Block: BitwiseCopyable>(_ base: UnsafePointer<UInt8>, _ count: Int, from index: inout Int,
                                                      to out: inout UnsafeMutablePointer<UInt8>, blocksOf _: Block.Type,
                                                      mayNeedEscape: (Block) -> Bool) {
        let size = MemoryLayout<Block>.size
        while index + size <= count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: Block.self)
            UnsafeMutableRawPointer(out).storeBytes(of: block, as: Block.self)
            if !mayNeedEscape(block) {
                index += size
                out += size
                continue
            }
            for _ in 0..<size {
                out = write(base[index], at: out)
                index += 1
            }
        }
    }

    /// One byte of a string, escaped if it must be; returns where the next goes.
    @inline(__always)
    private static func write(_ byte: UInt8, at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
            out.pointee = byte
            return out + 1
        }
        out[0] = UInt8(ascii: "\\")
        switch byte {
        case 0x22: out[1] = UInt8(ascii: "\"")
        case 0x5C: out[1] = UInt8(ascii: "\\")
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        default:
            out[1] = UInt8(ascii: "u")
            out[2] = UInt8(ascii: "0")
            out[3] = UInt8(ascii: "0")
            out[4] = hexDigit(byte >> 4)
            out[5] = hexDigit(byte & 0xF)
            return out + 6
        }
        return out + 2
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

/// The bytes a JSON string cannot hold as they are: `"`, `\\` and control characters.
enum JSONStringBytes {
    /// Whether any of eight bytes may be one of them (bytes of multi-byte scalars never are): the
    /// classic word-at-a-time tests for a byte below a bound and for a given byte, which can only
    /// err towards yes. The writer escapes and the parser unescapes only where this says yes.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        ByteBlock.below(word, 0x20) | ByteBlock.equal(word, 0x22) | ByteBlock.equal(word, 0x5C) != 0
    }

    /// The same test on sixteen bytes.
    @inline(__always)
    static func mayNeedEscape(_ words: SIMD2<UInt64>) -> Bool {
        ByteBlock.any(ByteBlock.below(words, 0x20) | ByteBlock.equal(words, 0x22) | ByteBlock.equal(words, 0x5C))
    }
}

/// An encoded record's bytes, kept in the buffer they were written to: an output stream writes
/// them from there, where copying them into an array first was one more pass over a record about
/// fifteen times the size of its text. Immutable once made, so it may pass between threads.
public struct EncodedRecord: @unchecked Sendable {
    let output: JSONOutput

    /// The number of bytes.
    public var count: Int { output.count }

    /// Calls `body` with the bytes, valid only during the call.
    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try output.withBytes(body)
    }

    /// The bytes as an array (a copy).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }
}
