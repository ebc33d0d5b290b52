import Testing
import Verbatim

/// Text built to hurt: every case must finish with its offsets right, and doubling the input must
/// no more than about double the output (a quadratic path shows up as a ratio near 4).
@Suite struct HostileInputTests {
    /// (name, repeated unit, repetitions)
    static let cases: [(String, String, Int)] = [
        ("a long line without punctuation", "word ", 20_000),
        ("unclosed then closing quotation marks", "“", 10_000), // followed by as many closing marks
        ("straight quotes everywhere", "\"a\" ", 10_000),
        ("only punctuation", ".,;:!?…—«»()[]", 5_000),
        ("NUL bytes", "Hello\u{0}world. ", 5_000),
        ("right-to-left and mixed scripts", "مرحبا بالعالم. Hello \u{202E}world\u{202C}. שלום עולם. 東京. ", 1_500),
        ("deeply repeated entities", "Macron met Putin in Moscow. ", 4_000),
        ("one endless sentence of reported speech", "Jane Holt, John Smith and Mary Jones said that ", 2_000),
        ("many dates", "On 3 February 2026 and next Tuesday, two years ago. ", 2_000),
        ("many quotations", "“We will win,” said Jane Holt. ", 3_000),
        ("quotations and names in one endless sentence", "Jane Holt met “friends” and Tom Brexley's aide ", 2_000),
        // Each of these made a quote of the whole sentence so far, once per cue: output grew 4× per doubling.
        ("quoted words then a cue, endlessly", "Tom met them and “friends,” Jane Holt said, ", 1_000),
        ("closing cues in one endless sentence", "the minister said, 1,700 jobs, said one source in the room, ", 1_000),
        ("according to, endlessly", "prices rose, according to the ministry, and ", 1_000),
        ("transcript labels among names", "“NOTE: Well, look.” Jane Holt smiled.\n\nHOLT: Yes.\n\nQ: Why?\n\nA: Because.\n\n", 500),
        ("a single huge word", "a", 100_000),
        ("line breaks only", "\n\r\n\u{2028}\u{2029}", 10_000),
    ]

    static func text(_ name: String, times factor: Int) -> String {
        let (_, unit, count) = cases.first { $0.0 == name }!
        let body = String(repeating: unit, count: count * factor)
        return name.hasPrefix("unclosed") ? body + String(repeating: "”", count: count * factor) : body
    }

    @Test(arguments: cases.map(\.0))
    func finishesLinearlyWithValidSpans(name: String) throws {
        var sizes: [Int] = []
        for factor in [1, 2] {
            let text = Self.text(name, times: factor)
            let value = record(try annotate(text))
            #expect(SpanValidator(text: text, unit: .codepoint).problems(in: value).isEmpty)
            sizes.append(value.serialized().count)
        }
        let ratio = Double(sizes[1]) / Double(max(sizes[0], 1))
        #expect(ratio < 2.6, "output grew \(ratio)× when the input doubled")
    }

    @Test func documentsOverTheLimitGetAClearError() throws {
        let small = try Annotator(Annotator.Configuration(maxDocumentBytes: 1 << 20))
        #expect(throws: AnnotatorError.self) {
            try small.annotate(ArticleRecord(id: nil, text: String(repeating: "x", count: (1 << 20) + 1)))
        }
    }
}
