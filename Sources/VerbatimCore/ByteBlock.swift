/// Tests on eight bytes at once, read as one `UInt64` (or sixteen, as two), for the scans that skip
/// plain text: each returns a mask with the high bit set in every byte that may match (the classic
/// word-at-a-time tricks, which can only err towards yes), so a caller ORs the tests it needs and
/// compares once.
public enum ByteBlock {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Bytes that may equal `byte` (an equal byte is a zero byte of the xor, which borrows into its
    /// high bit).
    @inlinable @inline(__always)
    public static func equal(_ block: UInt64, _ byte: UInt8) -> UInt64 {
        let zeroed = block ^ (ones &* UInt64(byte))
        return (zeroed &- ones) & ~zeroed & highBits
    }

    /// ASCII bytes that may be below `bound` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ block: UInt64, _ bound: UInt8) -> UInt64 {
        (block &- ones &* UInt64(bound)) & ~block & highBits
    }

    /// `equal` on sixteen bytes, two words side by side in one vector register: Swift compiles its
    /// arithmetic on `SIMD2<UInt64>` to one instruction each, where comparisons of `SIMD16<UInt8>`
    /// lanes become a loop over the lanes.
    @inlinable @inline(__always)
    public static func equal(_ blocks: SIMD2<UInt64>, _ byte: UInt8) -> SIMD2<UInt64> {
        let zeroed = blocks ^ SIMD2(repeating: ones &* UInt64(byte))
        return (zeroed &- SIMD2(repeating: ones)) & ~zeroed & SIMD2(repeating: highBits)
    }

    /// `below` on sixteen bytes (see `equal`).
    @inlinable @inline(__always)
    public static func below(_ blocks: SIMD2<UInt64>, _ bound: UInt8) -> SIMD2<UInt64> {
        (blocks &- SIMD2(repeating: ones &* UInt64(bound))) & ~blocks & SIMD2(repeating: highBits)
    }

    /// Whether any bit of either word is set.
    @inlinable @inline(__always)
    public static func any(_ blocks: SIMD2<UInt64>) -> Bool { blocks[0] | blocks[1] != 0 }

    /// Bytes from 0x80: the lead and continuation bytes of non-ASCII scalars.
    @inlinable @inline(__always)
    public static func nonASCII(_ block: UInt64) -> UInt64 { block & highBits }

    /// The offset of the first block of eight bytes from `start` that `mayHold` says may hold a byte
    /// sought, or of the bytes left before `end` when fewer than eight: the blocks before it are
    /// passed over without their bytes being read one by one.
    @inlinable @inline(__always)
    public static func skip(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, unless mayHold: (UInt64) -> Bool) -> Int {
        var index = start
        while index + 8 <= end, !mayHold(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { index += 8 }
        return index
    }
}
