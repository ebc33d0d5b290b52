@testable import Quotes
import Testing

@Suite struct StanceFrameTests {
    /// The frames the rules name are constants; the lexicon files name them by string. Each constant
    /// must be the frame its name reads as.
    @Test func eachNamedConstantIsTheFrameOfItsName() {
        typealias Frames = QuoteLexicon.Frames
        let constants: [(String, Frames)] = [
            ("that", .that), ("to", .to), ("object-to", .objectTo), ("object-of", .objectOf), ("object-for", .objectFor),
            ("evidence", .evidence), ("clause", .clause), ("gerund", .gerund), ("object", .object),
            ("complement", .complement), ("as", .as), ("wh", .wh), ("whether", .whether),
        ]
        for (name, frame) in constants {
            #expect(Frames.named(name) == frame, "\(name)")
        }
        // One bit for each name, none shared.
        let all = Frames.names.map { Frames.named($0) }
        #expect(Set(all.map(\.rawValue)).count == Frames.names.count)
        #expect(all.allSatisfy { $0.rawValue.nonzeroBitCount == 1 })
    }
}
