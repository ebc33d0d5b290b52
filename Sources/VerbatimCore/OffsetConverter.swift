/// The unit output offsets are counted in.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalar values: Python `str` indices, jq's `.[start:end]` on strings.
    case codepoint
    /// UTF-16 code units: JavaScript, Java, .NET.
    case utf16
    /// Bytes of UTF-8: Rust, Go, C.
    case utf8
}

/// Converts UTF-8 offsets of one document into another unit.
///
/// Built once per document in one pass; it keeps a checkpoint every 32 bytes, so a lookup scans at
/// most 31 bytes (four words) and the table costs 1/4 of the text's size. A block that is all ASCII
/// needs no scan at all (most blocks of English news, curly quotes or not).
public struct OffsetConverter: Sendable {
    public let unit: OffsetUnit
    private let utf8: [UInt8]
    /// The units before each block of `stride` bytes, and the text's total units last.
    private let checkpoints: [Int]
    /// Whether each block is all ASCII. (Not read off the checkpoints: in UTF-16 a block can have as many
    /// units as bytes and not be ASCII — an "é" and the lead byte of an emoji whose other bytes are in the
    /// next block — and taking it for ASCII put every offset after the "é" one unit too far.)
    private let asciiBlocks: [Bool]
    private static let stride = 32

    /// - Complexity: O(n) in the text's length.
    public init(utf8: [UInt8], unit: OffsetUnit) {
        self.unit = unit
        self.utf8 = utf8
        guard unit != .utf8 else {
            checkpoints = []
            asciiBlocks = []
            return
        }
        var table: [Int] = [], ascii: [Bool] = []
        table.reserveCapacity(utf8.count / Self.stride + 2)
        ascii.reserveCapacity(utf8.count / Self.stride + 1)
        var units = 0
        for start in Swift.stride(from: 0, to: utf8.count, by: Self.stride) {
            table.append(units)
            let end = min(start + Self.stride, utf8.count)
            let isASCII = Self.isASCII(utf8, from: start, to: end)
            units += isASCII ? end - start : Self.units(in: utf8, from: start, to: end, unit: unit)
            ascii.append(isASCII)
        }
        table.append(units)
        checkpoints = table
        asciiBlocks = ascii
    }

    /// The offset in `unit` of the UTF-8 offset `offset` (which must lie on a scalar boundary).
    /// - Complexity: O(1).
    @inlinable
    public func convert(_ offset: Int) -> Int {
        unit == .utf8 ? offset : converted(offset)
    }

    @usableFromInline
    func converted(_ offset: Int) -> Int {
        let block = offset / Self.stride
        guard block + 1 < checkpoints.count else { return checkpoints.last ?? 0 }
        let start = block * Self.stride
        let before = checkpoints[block]
        if asciiBlocks[block] { return before + offset - start }
        return before + Self.units(in: utf8, from: start, to: offset, unit: unit)
    }

    /// Whether the bytes `start..<end` are all ASCII, eight at a time.
    private static func isASCII(_ utf8: [UInt8], from start: Int, to end: Int) -> Bool {
        utf8.withUnsafeBytes { raw in
            var index = start
            var high: UInt64 = 0
            while index + 8 <= end {
                high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            while index < end {
                high |= UInt64(raw[index])
                index += 1
            }
            return ByteBlock.nonASCII(high) == 0
        }
    }

    /// The units of the bytes `start..<end`, counted eight bytes at a time (the last few through a
    /// mask when eight bytes can still be read): a scalar adds one unit for its lead byte
    /// (continuation bytes are `10xxxxxx`), and in UTF-16 one more when it needs four bytes (lead byte
    /// `11110xxx`).
    public static func units(in utf8: [UInt8], from start: Int, to end: Int, unit: OffsetUnit) -> Int {
        utf8.withUnsafeBytes { raw in
            let highBits: UInt64 = 0x8080_8080_8080_8080
            func units(of word: UInt64, mask: UInt64) -> Int {
                // Bit 7 of each byte that is a continuation byte: bit 7 set, bit 6 clear.
                let continuation = word & ~(word << 1) & highBits & mask
                var units = (mask & highBits).nonzeroBitCount - continuation.nonzeroBitCount
                if unit == .utf16 { units += (word & (word << 1) & (word << 2) & (word << 3) & highBits & mask).nonzeroBitCount }
                return units
            }
            var count = 0
            var index = start
            while index + 8 <= end {
                count += units(of: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)), mask: ~0)
                index += 8
            }
            if index < end, index + 8 <= raw.count {
                // The first `end - index` bytes of the next eight, in memory order.
                let mask: UInt64 = (1 << (UInt64(end - index) * 8)) - 1
                return count + units(of: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)), mask: mask)
            }
            while index < end {
                count += Self.units(of: raw[index], in: unit)
                index += 1
            }
            return count
        }
    }

    /// How many units the scalar led by `byte` adds (continuation bytes add none).
    @inline(__always)
    private static func units(of byte: UInt8, in unit: OffsetUnit) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return unit == .utf16 && byte >= 0xF0 ? 2 : 1
    }
}
