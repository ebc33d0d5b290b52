import Testing
import VerbatimICU

/// ICU reads a text a block of lines at a time in UTF-16 (`ICUBreaker.boundaries(in:inBlocks:)`):
/// the boundaries must be the ones it finds reading the whole UTF-8 text in place.
@Suite struct ICUBlockTests {
    /// Pieces of text that test the block's edges and the conversion: every line ending ICU knows,
    /// scalars of one to four bytes, abbreviations, quotations and ellipses.
    static let pieces = [
        "The vote was 7 to 4. ", "Dr. Ana Ruiz said “we will see.” ", "Is it over? ", "Yes! ", "Wait… what. ",
        "Prices rose 4.5% in the U.S. last year. ", "He left at 6 p.m. and came back. ", "東京で会議が開かれた。",
        "Le président a parlé à Genève. ", "“Quoted,” she said. ", "Emoji 😀🇫🇷 end. ", "مرحبا بالعالم. ",
        "\n", "\n\n", "\r\n", "\r", "\u{2029}", "\u{0085}", "\u{2028}", "  ", "— ", "(Reuters) ", "e.g. the law. ",
    ]

    /// `count` pieces picked by a fixed linear congruential sequence: the same text at every run.
    static func text(pieces count: Int, seed: UInt64, lineFeeds: Bool = true) -> [UInt8] {
        var state = seed
        var text = ""
        for _ in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let piece = pieces[Int(state >> 33) % pieces.count]
            if !lineFeeds, piece.contains("\n") || piece.contains("\r\n") { continue }
            text += piece
        }
        return Array(text.utf8)
    }

    @Test(arguments: [ICUBreaker.Kind.sentence, .word])
    func blocksFindTheBoundariesOfTheWholeText(kind: ICUBreaker.Kind) throws {
        let breaker = try ICUBreaker(kind, locale: "en")
        // Short texts, texts of several blocks of 64 KB, and a line of 200 KB with no line feed.
        let texts = (0..<40).map { Self.text(pieces: 1 + $0 * 7, seed: UInt64($0)) }
            + [Self.text(pieces: 30_000, seed: 7), Self.text(pieces: 60_000, seed: 8), Self.text(pieces: 12_000, seed: 9, lineFeeds: false)]
            + [[], Array("\n".utf8), Array("One.\nTwo.\n".utf8), Array("no line feed at all".utf8)]
        for utf8 in texts {
            let inBlocks = try breaker.boundaries(in: utf8, inBlocks: true)
            let inPlace = try breaker.boundaries(in: utf8, inBlocks: false)
            #expect(inBlocks == inPlace, "\(kind), \(utf8.count) bytes")
        }
    }

    @Test func largeTextsSpanSeveralBlocks() {
        #expect(Self.text(pieces: 30_000, seed: 7).count > 3 << 16)
        #expect(!Self.text(pieces: 12_000, seed: 9, lineFeeds: false).contains(0x0A))
        #expect(Self.text(pieces: 12_000, seed: 9, lineFeeds: false).count > 2 << 16)
    }
}
