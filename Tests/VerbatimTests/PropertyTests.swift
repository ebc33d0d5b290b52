import PropertyBased
import Testing
import Verbatim

/// Awkward pieces of text: line ends, combining marks, emoji sequences, no-break spaces, quotes,
/// abbreviations, list markers and ellipses.
private let pieces: [String] = [
    "The", " ", "  ", "minister", "said", ".", "?", "!", "…", "...", ". . .", "\n", "\r\n", "\n\n", "\r\n\r\n",
    "e\u{301}", "👩‍👩‍👧", "🇫🇷", "\u{00A0}", "\u{202F}", "“", "”", "‘", "’", "«", "»", "„", "\"", "'", "(", ")",
    "[...]", "U.S.", "Dr.", "a.m.", "No.", "1.", "2)", "•", "-", "—", "I.", "Mr.", "42", "3.5", "\t", "\u{2029}",
    "\u{2028}", "Zelenskyy", "Москва", "東京", "עברית", "\u{200F}", "\u{FFFD}", "\u{0}", ":", ",",
]

private let texts = Gen<String?>.element(of: pieces).array(of: 0...80)

/// Words of reported speech in any order: names, pronouns, cues, marks and the words the quote
/// rules look for ("according to", "but said", "a spokesman for", "did not say whether").
private let speechPieces: [String] = [
    "The", " minister", " said", " told", " that", " he", " she", " Jane Holt", " Warren", ",", ".", "?", "“", "”", "\"",
    "'", "‘", "’", "(", ")", " - ", " — ", " and", " but", " to", " accused", " of", " called", " which", " who", " Apple",
    " the company", " according to", "\n\n", " adding", " implicitly", " meaning", " this week", " a spokesman for", " Q:",
    " did not say whether", " chanted", " R-Ky.", " wants", " urged", " Sen.",
]

private let speech = Gen<String?>.element(of: speechPieces).array(of: 0...120)

@Suite struct PropertyTests {
    @Test func sentencesAreSortedTrimmedAndTileTheText() async {
        await propertyCheck(count: 300, input: texts) { parts in
            let text = parts.compactMap { $0 }.joined()
            let document = try annotate(text)
            let utf8 = document.utf8
            var covered = [Bool](repeating: false, count: utf8.count)
            var previousEnd = 0
            for sentence in document.sentences {
                let range = sentence.range
                #expect(range.start >= previousEnd && range.start < range.end && range.end <= utf8.count)
                #expect(utf8.isScalarBoundary(range.start) && utf8.isScalarBoundary(range.end))
                #expect(!utf8.scalar(at: range.start).scalar.isSpace && !utf8.scalar(before: range.end).scalar.isSpace)
                for index in range.start..<range.end { covered[index] = true }
                previousEnd = range.end
            }
            var index = 0
            while index < utf8.count {
                let (scalar, length) = utf8.scalar(at: index)
                if !scalar.isSpace { #expect(covered[index], "uncovered \(scalar.escaped(asASCII: true)) in \(text.debugDescription)") }
                index += length
            }
        }
    }

    @Test func reportedSpeechInAnyOrderGivesSpansThatSliceTheText() async {
        await propertyCheck(count: 1000, input: speech) { parts in
            let text = parts.compactMap { $0 }.joined()
            let value = record(try annotate(text))
            for span in spans(in: value) {
                #expect(slice(text, span.start, span.end, unit: .codepoint) == span.text)
            }
        }
    }

    @Test func spansSliceTheirTextInEveryUnitAndRunsAgree() async {
        await propertyCheck(count: 200, input: texts) { parts in
            let text = parts.compactMap { $0 }.joined()
            let document = try annotate(text)
            for unit in OffsetUnit.allCases {
                let value = record(document, offsets: unit)
                for span in spans(in: value) {
                    #expect(slice(text, span.start, span.end, unit: unit) == span.text)
                }
            }
            #expect(record(document).serialized() == record(try annotate(text)).serialized())
        }
    }
}
