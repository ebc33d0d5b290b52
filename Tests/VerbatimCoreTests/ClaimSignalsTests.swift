import Testing
import VerbatimCore

/// A claim's signals are positions in a table of names its document's claims share; they must still
/// read as the plain list of names they stand for.
@Suite struct ClaimSignalsTests {
    let names = ["number", "date", "person", "word:said", "word:tax"]
    /// Three claims' positions, one after another, as the scorer writes them.
    let positions: [Int32] = [0, 3, 1, 2, 4, 3]

    @Test func aClaimInTheMiddleCountsFromZero() {
        let second = Claim.Signals(names: names, positions: positions[2..<5])
        #expect(second.count == 3)
        #expect(second.indices == 0..<3)
        #expect(second[0] == "date" && second[1] == "person" && second[2] == "word:tax")
        #expect(Array(second) == ["date", "person", "word:tax"])
        #expect(second.contains("person") && !second.contains("number"))
        #expect(second.description == #"["date", "person", "word:tax"]"#)
    }

    @Test func equalWhenTheyListTheSameNamesWhateverTheTable() {
        let shared = Claim.Signals(names: names, positions: positions[0..<2])
        let own: Claim.Signals = ["number", "word:said"]
        #expect(shared == own)
        #expect(shared.hashValue == own.hashValue)
        #expect(shared != ["word:said", "number"])
        #expect(Claim.Signals() == [] && Claim.Signals().isEmpty)
    }
}
