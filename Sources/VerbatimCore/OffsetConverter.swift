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
/// Built once per document in one pass; it keeps a checkpoint every 64 bytes, so a lookup scans at
/// most 63 bytes and the table costs 1/8 of the text's size.
public struct OffsetConverter: Sendable {
    public let unit: OffsetUnit
    private let utf8: [UInt8]
    private let checkpoints: [Int]
    private static let stride = 64

    /// - Complexity: O(n) in the text's length.
    public init(utf8: [UInt8], unit: OffsetUnit) {
        self.unit = unit
        self.utf8 = utf8
        guard unit != .utf8 else {
            checkpoints = []
            return
        }
        var table: [Int] = []
        table.reserveCapacity(utf8.count / Self.stride + 1)
        var units = 0
        for (index, byte) in utf8.enumerated() {
            if index % Self.stride == 0 { table.append(units) }
            units += Self.units(of: byte, in: unit)
        }
        checkpoints = table
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
        guard block < checkpoints.count else { return checkpoints.isEmpty ? 0 : total }
        var units = checkpoints[block]
        for index in block * Self.stride..<offset {
            units += Self.units(of: utf8[index], in: unit)
        }
        return units
    }

    private var total: Int {
        let last = (checkpoints.count - 1) * Self.stride
        return (last..<utf8.count).reduce(checkpoints[checkpoints.count - 1]) { $0 + Self.units(of: utf8[$1], in: unit) }
    }

    /// How many units the scalar led by `byte` adds (continuation bytes add none).
    @inline(__always)
    private static func units(of byte: UInt8, in unit: OffsetUnit) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return unit == .utf16 && byte >= 0xF0 ? 2 : 1
    }
}
