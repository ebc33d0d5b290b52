extension Document {
    /// The sentence containing a byte offset, or nil when it falls between sentences.
    /// - Complexity: O(log n) in the number of sentences.
    public func sentence(containing offset: Int) -> Sentence? {
        let index = sentences.partitioningIndex { $0.range.end > offset }
        guard index < sentences.count, sentences[index].range.contains(offset) else { return nil }
        return sentences[index]
    }

    /// The sentences that share at least one byte with `range`, in document order.
    /// - Complexity: O(log n + k) for k results.
    public func sentences(overlapping range: TextRange) -> ArraySlice<Sentence> {
        let first = sentences.partitioningIndex { $0.range.end > range.start }
        var last = first
        while last < sentences.count, sentences[last].range.start < range.end { last += 1 }
        return sentences[first..<last]
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `predicate`, which must be false for a prefix of the
    /// collection and true for the rest.
    /// - Complexity: O(log n).
    @inlinable
    public func partitioningIndex(where predicate: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
