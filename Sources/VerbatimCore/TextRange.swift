/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every layer stores its spans this way; conversion to code points or UTF-16 happens once per
/// document on output (see `OffsetConverter`). Never store `String.Index`: it is neither
/// serializable nor valid outside the string it came from.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// For offsets known to be in order (a token's): no check.
    @inlinable
    init(unchecked start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { start == end }

    @inlinable
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    @inlinable
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    @inlinable
    public func overlaps(_ other: TextRange) -> Bool {
        other.start < end && start < other.end || (isEmpty && other.contains(start))
    }

    /// Document order: by start, then the longer span first.
    @inlinable
    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
