@testable import Quotes
import Testing

/// SplitMix64: the same shuffles on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct QuoteOrderTests {
    /// The stage puts its quotes in text order by moving them in place, cycle by cycle: the result
    /// must be what building a new array through the order gives, for any permutation.
    @Test func arrangingInPlaceEqualsMappingThroughTheOrder() {
        var generator = SeededGenerator(state: 42)
        for count in [0, 1, 2, 3, 8, 100, 1_000] {
            for _ in 0..<20 {
                // Strings, so that a value lost or duplicated by a wrong move would show.
                let values = (0..<count).map { "quote \($0)" }
                let order = Array(values.indices).shuffled(using: &generator)
                var arranged = values
                QuoteAttributor.arrange(&arranged, in: order)
                #expect(arranged == order.map { values[$0] })
            }
        }
        // The identity and a reversal: one cycle per value, and cycles of two.
        var values = Array(0..<9)
        QuoteAttributor.arrange(&values, in: Array(0..<9))
        #expect(values == Array(0..<9))
        QuoteAttributor.arrange(&values, in: Array((0..<9).reversed()))
        #expect(values == Array((0..<9).reversed()))
    }
}
