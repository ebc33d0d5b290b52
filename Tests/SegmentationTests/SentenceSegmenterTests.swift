import Foundation
import Lexicons
import Segmentation
import Testing
import VerbatimCore

let segmenter: SentenceSegmenter = {
    let lexicon = try! SegmentationLexicon.load(fromDirectory: Lexicons.directory!.path)
    return try! SentenceSegmenter(lexicon: lexicon)
}()

func split(_ text: String) throws -> [String] {
    var document = Document(text: text)
    try segmenter.apply(to: &document)
    return document.sentences.map { document.text(of: $0.range) }
}

/// Our own cases for each rule, written for this project (the shared golden rules are scored by
/// Benchmarks/quality/sbd.py, not copied here).
@Suite struct SentenceRuleTests {
    @Test(arguments: [
        // ICU's plain cases
        ("The vote passed. Critics were silent.", ["The vote passed.", "Critics were silent."]),
        ("Was it fair? Nobody knows!", ["Was it fair?", "Nobody knows!"]),
        ("Wow!! Really?! Yes.", ["Wow!!", "Really?!", "Yes."]),
        // titles and initials continue a sentence
        ("Dr. Ana Ruiz met Gen. Tom Lee and Sen. Joe Bloggs.", ["Dr. Ana Ruiz met Gen. Tom Lee and Sen. Joe Bloggs."]),
        ("President John F. Kennedy spoke.", ["President John F. Kennedy spoke."]),
        ("The plan came from us and I. Then it failed.", ["The plan came from us and I.", "Then it failed."]),
        // number abbreviations before digits
        ("See p. 12 and No. 4 of Vol. 2 for details.", ["See p. 12 and No. 4 of Vol. 2 for details."]),
        ("It opened on Feb. 3 in Paris.", ["It opened on Feb. 3 in Paris."]),
        // postpositive abbreviations: a name continues, a sentence starter or a title ends
        ("The U.S. Senate voted. Then the U.K. Parliament did.", ["The U.S. Senate voted.", "Then the U.K. Parliament did."]),
        ("She moved to the U.S. They followed.", ["She moved to the U.S.", "They followed."]),
        ("He sold Acme Corp. It was his last deal.", ["He sold Acme Corp.", "It was his last deal."]),
        ("Talks ended at 9 p.m. Mr. Lee left first.", ["Talks ended at 9 p.m.", "Mr. Lee left first."]),
        ("By 9 a.m. Mr. Lee had left.", ["By 9 a.m. Mr. Lee had left."]),
        ("Talks resume at 3 p.m. Friday in Geneva.", ["Talks resume at 3 p.m. Friday in Geneva."]),
        ("He lives on Elm St. in Leeds.", ["He lives on Elm St. in Leeds."]),
        ("Its office is in Washington, D.C. It has 40 staff.", ["Its office is in Washington, D.C.", "It has 40 staff."]),
        // a closing mark set before a title by mistake; a dateline's horizontal bar (U+2015) goes on,
        // as the other dashes do
        ("Credit.\n\n\u{201D}Mr. Lee spoke. He left.", ["Credit.", "\u{201D}Mr. Lee spoke.", "He left."]),
        ("HEMPSTEAD, N.Y. \u{2015} If it worked, it works.", ["HEMPSTEAD, N.Y. \u{2015} If it worked, it works."]),
        // numbers, addresses and the like
        ("It cost $4.50 in 2019. Prices rose 2.5% later.", ["It cost $4.50 in 2019.", "Prices rose 2.5% later."]),
        ("Write to press@example.org. We answer daily.", ["Write to press@example.org.", "We answer daily."]),
    ] as [(String, [String])])
    func abbreviationsAndNumbers(text: String, expected: [String]) throws {
        #expect(try split(text) == expected)
    }

    @Test(arguments: [
        // "?” she asked" and an attribution after a closing quote continue the sentence
        ("“Is it over?” she asked. “No.”", ["“Is it over?” she asked.", "“No.”"]),
        ("\"Who pays?\" asked Sen. Mary Holt. Nobody answered.", ["\"Who pays?\" asked Sen. Mary Holt.", "Nobody answered."]),
        ("“Who pays?” Holt asked. Nobody answered.", ["“Who pays?” Holt asked.", "Nobody answered."]),
        ("“Stop!” The crowd froze.", ["“Stop!”", "The crowd froze."]),
        ("He works at Yahoo! in Leeds.", ["He works at Yahoo! in Leeds."]),
        ("“It is done.” She smiled.", ["“It is done.”", "She smiled."]),
        ("“It is done,” she said. “We won.”", ["“It is done,” she said.", "“We won.”"]),
        // guillemets, with the spaces French puts inside them
        ("« C’est fini. » Il est parti.", ["« C’est fini. »", "Il est parti."]),
        ("«\u{202F}Nous sommes prêts\u{202F}», a dit M. Martin. Il a souri.", ["«\u{202F}Nous sommes prêts\u{202F}», a dit M. Martin.", "Il a souri."]),
        ("„Wir sind bereit.“ Er ging.", ["„Wir sind bereit.“", "Er ging."]),
    ] as [(String, [String])])
    func quotations(text: String, expected: [String]) throws {
        #expect(try split(text) == expected)
    }

    @Test(arguments: [
        ("Prices fell... Then they rose.", ["Prices fell...", "Then they rose."]),
        ("Prices fell… Then they rose.", ["Prices fell…", "Then they rose."]),
        ("He paused . . . I waited.", ["He paused . . . I waited."]),
        ("She stopped.... He left.", ["She stopped....", "He left."]),
        ("It was over. . . . The rest is history.", ["It was over.", ". . . The rest is history."]),
        ("The text [...] ends here. Next one.", ["The text [...] ends here.", "Next one."]),
        ("It was ... well, odd.", ["It was ... well, odd."]),
        // An ellipsis character then a spaced full stop: one run, never cut inside the "…".
        ("It was over… . The rest is history.", ["It was over… .", "The rest is history."]),
    ] as [(String, [String])])
    func ellipses(text: String, expected: [String]) throws {
        #expect(try split(text) == expected)
    }

    @Test(arguments: [
        ("1) Cut taxes 2) Raise wages", ["1) Cut taxes", "2) Raise wages"]),
        ("1. Cut taxes. 2. Raise wages.", ["1. Cut taxes.", "2. Raise wages."]),
        ("a. First point b. Second point", ["a. First point", "b. Second point"]),
        ("• 1. Cut taxes • 2. Raise wages", ["• 1. Cut taxes", "• 2. Raise wages"]),
        ("What is the total? 42. That is all.", ["What is the total?", "42.", "That is all."]),
        ("He has 2) options.", ["He has 2) options."]),
    ] as [(String, [String])])
    func lists(text: String, expected: [String]) throws {
        #expect(try split(text) == expected)
    }
}

@Suite struct LineAndParagraphTests {
    @Test func hardWrappedParagraphIsOneFlow() throws {
        let text = """
        The minister said on Tuesday that the government would keep
        pressing lawmakers for the money, despite strong opposition from
        members of her own party. Critics were unmoved.
        """
        #expect(try split(text) == [
            "The minister said on Tuesday that the government would keep\npressing lawmakers for the money, despite strong opposition from\nmembers of her own party.",
            "Critics were unmoved.",
        ])
    }

    @Test func headlineBylineAndBulletsAreTheirOwnSentences() throws {
        let text = "Talks Resume in Geneva\nby Staff Reporter\n\nThe plan has three parts:\n  • Cut taxes\n  - Raise wages\n  3. Build homes\n"
        #expect(try split(text) == ["Talks Resume in Geneva", "by Staff Reporter", "The plan has three parts:",
                                    "• Cut taxes", "- Raise wages", "3. Build homes"])
    }

    @Test func lowercaseContinuationJoinsAShortLine() throws {
        #expect(try split("The deal was signed\nby both sides. It held.") == ["The deal was signed\nby both sides.", "It held."])
    }

    @Test func recordsParagraphsAndBoundaries() throws {
        var document = Document(text: "Headline\r\n\r\nFirst one. Second one.\r\nThird line\r\n\r\nLast.")
        try segmenter.apply(to: &document)
        let summary = document.sentences.map { (document.text(of: $0.range), $0.paragraph, $0.boundary) }
        #expect(summary.map(\.0) == ["Headline", "First one.", "Second one.", "Third line", "Last."])
        #expect(summary.map(\.1) == [0, 1, 1, 1, 2])
        // A punctuated line joins the next, and ICU decides; a blank line ends the paragraph.
        #expect(summary.map(\.2) == [.paragraph, .icu, .icu, .paragraph, .end])
    }

    @Test func emptyAndBlankTextHaveNoSentences() throws {
        #expect(try split("") == [])
        #expect(try split(" \n\t\u{00A0}\n") == [])
    }

    @Test func paragraphSeparatorEndsAParagraph() throws {
        var document = Document(text: "One.\u{2029}Two.")
        try segmenter.apply(to: &document)
        #expect(document.sentences.map(\.paragraph) == [0, 1])
    }
}
