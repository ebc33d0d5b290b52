import Testing
import VerbatimCore

/// A claim's lists are parts of arrays its document's claims share; they must still read as the plain
/// lists they stand for.
@Suite struct ClaimListTests {
    let names = ["number", "date", "person", "word:said", "word:tax"]
    /// Three claims' positions, one after another, as the scorer writes them.
    let shared: [Int32] = [0, 3, 1, 2, 4, 3]

    @Test func aClaimInTheMiddleCountsFromZero() {
        let positions = Claim.Positions(shared[2..<5])
        #expect(positions.count == 3 && positions.indices == 0..<3)
        #expect(positions[0] == 1 && positions[2] == 4 && Array(positions) == [1, 2, 4])
        #expect(positions.description == "[1, 2, 4]")
        let signals = Claim.Signals(names: names, positions: positions)
        #expect(signals.count == 3 && signals.indices == 0..<3)
        #expect(signals[0] == "date" && signals[1] == "person" && signals[2] == "word:tax")
        #expect(Array(signals) == ["date", "person", "word:tax"])
        #expect(signals.contains("person") && !signals.contains("number"))
        #expect(signals.description == #"["date", "person", "word:tax"]"#)
    }

    @Test func equalWhenTheyListTheSameWhateverTheArray() {
        let positions = Claim.Positions(shared[0..<2])
        #expect(positions == [0, 3] && positions.hashValue == ([0, 3] as Claim.Positions).hashValue)
        #expect(positions != [3, 0] && Claim.Positions() == [] && Claim.Positions().isEmpty)
        let signals = Claim.Signals(names: names, positions: positions)
        let own: Claim.Signals = ["number", "word:said"]
        #expect(signals == own && signals.hashValue == own.hashValue)
        #expect(signals != ["word:said", "number"])
        #expect(Claim.Signals() == [] && Claim.Signals().isEmpty)
    }
}
