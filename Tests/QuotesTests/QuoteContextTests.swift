@testable import Quotes
import Testing
import Tokens
import VerbatimCore

/// The quote context's look-ups that start from where a search already is must find what a search of
/// the whole document finds.
@Suite struct QuoteContextTests {
    static let text = """
        MOSCOW — “We are ready,” said Jane Holt, the minister.   She added that talks would resume.

        A short one. Another, with “quoted words” inside it, said Bob Smith on Tuesday…  Done!
        ¿Qué? Ça va. 東京で。 A line
        that wraps.\n\n\n\u{00A0}Last paragraph: “unclosed quote and then a very long sentence that goes on \
        and on without stopping for quite a while, well past sixty-four bytes of text, said nobody”
        """

    static func context() throws -> (QuoteContext, Document) {
        var document = Document(text: text, metadata: Metadata(published: "2026-02-13"))
        try segmenter.apply(to: &document)
        try WordTokenStage().apply(to: &document)
        try recognizer.apply(to: &document)
        return (QuoteContext(document: document, lexicon: attributor.lexicon), document)
    }

    @Test func tokenAtEveryOffsetIsTheFirstStartingThere() throws {
        let (context, document) = try Self.context()
        for offset in -1...document.utf8.count + 70 {
            #expect(context.token(at: offset) == document.tokens.partitioningIndex { $0.range.start >= offset }, "offset \(offset)")
        }
    }

    @Test func sentencesOverlappingEveryRangeAreTheDocumentsOwn() throws {
        let (context, document) = try Self.context()
        let count = document.utf8.count
        for start in 0...count {
            for end in Set([start, start + 1, start + 7, start + 40, start + 200, count]) where end <= count {
                let range = TextRange(start: start, end: end)
                #expect(context.sentences(overlapping: range) == document.sentences(overlapping: range).indices, "\(range)")
            }
        }
    }

    @Test func evidenceMadeAgainReadsTheSameAndOtherEvidenceItsOwn() throws {
        let (context, document) = try Self.context()
        // Every token range with two templates, twice over: each text is the literal, the words, the
        // literal, whether made first or found again.
        for round in 0..<2 {
            for token in document.tokens {
                let words = document.text(of: token.range)
                #expect(context.text("cue '", token.range, "' with a reported clause") == "cue '" + words + "' with a reported clause",
                        "round \(round)")
                #expect(context.text("'", token.range, "' with a finding") == "'" + words + "' with a finding")
            }
        }
        // Past the end of the text: the words that are there.
        #expect(context.text("<", TextRange(start: document.utf8.count - 4, end: document.utf8.count + 9), ">")
            == "<" + document.text(of: TextRange(start: document.utf8.count - 4, end: document.utf8.count)) + ">")
    }
}
