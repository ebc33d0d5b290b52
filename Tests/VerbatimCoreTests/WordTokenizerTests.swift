import Testing
import VerbatimCore

@Suite struct WordTokenizerTests {
    @Test func aTokenIsSixteenBytes() {
        // The length, kind and flags share a word with each other: a long document's tokens are its
        // largest array.
        #expect(MemoryLayout<Token>.stride == 16)
    }

    @Test func kindsAndFlagsReadBackAsWritten() {
        let tokens = WordTokenizer.tokens(in: Array("NATO’s 3 U.S-led well-known talks, “yes”".utf8))
        #expect(tokens.map(\.kind) == [.word, .possessive, .word, .word, .hyphen, .word, .word, .hyphen, .word, .word,
                                       .punctuation, .punctuation, .word, .punctuation])
        let nato = tokens[0]
        #expect(nato.range == TextRange(start: 0, end: 4))
        #expect(nato.isCapitalized && nato.isAllCaps && !nato.startsWithDigit && !nato.startsSentence)
        #expect(tokens[2].startsWithDigit && !tokens[2].isCapitalized)
        #expect(tokens[9].range == TextRange(start: 30, end: 35) && !tokens[9].isCapitalized && !tokens[9].isAllCaps)

        var edited = nato
        edited.startsSentence = true
        edited.isAllCaps = false
        edited.kind = .punctuation
        edited.range = TextRange(start: 100, end: 250)
        #expect(edited.startsSentence && !edited.isAllCaps && edited.isCapitalized && edited.kind == .punctuation)
        #expect(edited.range == TextRange(start: 100, end: 250) && edited.key == nato.key)
        for kind in [Token.Kind.word, .hyphen, .possessive, .punctuation] {
            edited.kind = kind
            #expect(edited.kind == kind && edited.startsSentence && edited.range.length == 150)
        }
    }

    @Test func aWordLongerThanATokenHoldsGoesOnAsTheNextWord() {
        // Two-byte letters: every cut falls between two scalars, and the words tile the run.
        let letters = Array(String(repeating: "é", count: Token.maximumBytes / 2 + 10).utf8) + Array(" end".utf8)
        let tokens = WordTokenizer.tokens(in: letters)
        #expect(tokens.count == 3)
        #expect(tokens.allSatisfy { $0.range.length <= Token.maximumBytes && $0.kind == .word })
        #expect(tokens[0].range.start == 0 && tokens[1].range.start == tokens[0].range.end && tokens[1].range.start % 2 == 0)
        #expect(tokens[1].range.end == letters.count - 4 && tokens[2].range == TextRange(start: letters.count - 3, end: letters.count))
    }
}
