@testable import Entities
import Testing
import VerbatimICU

@Suite struct WordEdgeTests {
    /// A match's end is taken as a word boundary without asking ICU only where ICU says so too: every
    /// ending letter, digit or mark, before every ASCII mark and a few other characters, followed by
    /// every kind of character.
    @Test func endsThatSkipICUAreICUBoundaries() throws {
        let breaker = try ICUBreaker(.word, locale: "en")
        let lasts = ["a", "Z", "s", "5", "é", "’", "'", ".", "-"]
        let marks = (0x21...0x7E).map { String(UnicodeScalar(UInt8($0))) }.filter { !$0.first!.isLetter && !$0.first!.isNumber }
            + [" ", "\n", "’", "“", "”", "\u{00A0}", "\u{0301}", "\u{200D}", "a", "7"]
        let nexts = ["", " ", "\n", "a", "Z", "7", ".", ",", "'", "’", "\"", "é", "\u{0301}"]
        var skipped = 0
        for last in lasts {
            for mark in marks {
                for next in nexts {
                    let utf8 = Array("Macro\(last)".utf8) + Array(mark.utf8) + Array(next.utf8) + Array(" x".utf8)
                    let end = Array("Macro\(last)".utf8).count
                    guard endsWordSurely(at: end, utf8) else { continue }
                    skipped += 1
                    try breaker.setText(utf8)
                    #expect(breaker.isBoundary(end), "\(String(decoding: utf8, as: UTF8.self).debugDescription) at \(end)")
                }
            }
        }
        // The common cases do skip ICU: a comma or a full stop after a name.
        #expect(skipped > 100)
        #expect(endsWordSurely(at: 6, Array("Macron, said".utf8)) && endsWordSurely(at: 6, Array("Macron.".utf8)))
    }
}
