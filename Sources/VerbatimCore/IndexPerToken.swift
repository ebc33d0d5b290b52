/// An index for each token (its sentence, its quotation, a mention starting there), or -1, in four
/// bytes: a long document's per-token tables of `Int`s were twice the memory to fault in and to read
/// (tokens are fewer than 2^31, see `Token.maximumTextBytes`).
public struct IndexPerToken: Sendable {
    @usableFromInline var indices: [Int32]

    /// `count` tokens, each with no index (-1).
    @inlinable
    public init(count: Int) {
        indices = [Int32](repeating: -1, count: count)
    }

    public subscript(token: Int) -> Int {
        @inlinable @inline(__always) get { Int(indices[token]) }
        @inlinable @inline(__always) set { indices[token] = Int32(truncatingIfNeeded: newValue) }
    }
}
