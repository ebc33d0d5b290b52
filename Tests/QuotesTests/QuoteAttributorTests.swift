import Entities
import Foundation
import Lexicons
import Quotes
import Segmentation
import Testing
import Tokens
import VerbatimCore

let directory = Lexicons.directory!.path
let segmenter = try! SentenceSegmenter(lexicon: SegmentationLexicon.load(fromDirectory: directory))
let recognizer = try! EntityRecognizer(lexicon: EntityLexicon.load(directory: directory))
let attributor = try! QuoteAttributor(lexicon: QuoteLexicon.load(fromDirectory: directory))

struct Found: Equatable, CustomStringConvertible {
    var kind: Quote.Kind
    var text: String
    var speaker: String?
    var cue: String?
    var description: String { "\(kind.rawValue)|\(text)|\(speaker ?? "-")|\(cue ?? "-")" }
}

func quotes(_ text: String, published: String = "2026-02-13", by attributor: QuoteAttributor = attributor) throws -> (Document, [Found]) {
    var document = Document(text: text, metadata: Metadata(published: published))
    try segmenter.apply(to: &document)
    try WordTokenStage().apply(to: &document)
    try recognizer.apply(to: &document)
    try attributor.apply(to: &document)
    let found = document.quotes.map { quote in
        Found(kind: quote.kind, text: document.text(of: quote.content), speaker: quote.speaker?.name,
              cue: quote.cue.map { document.text(of: $0.range) })
    }
    return (document, found)
}

@Suite struct QuotationMarkTests {
    @Test(arguments: [
        "“We are ready,” said Jane Holt.",
        "\"We are ready,\" said Jane Holt.",
        "‘We are ready,’ said Jane Holt.",
        "'We are ready,' said Jane Holt.",
        "« We are ready », said Jane Holt.",
        "«\u{202F}We are ready\u{202F}», said Jane Holt.",
        "‹We are ready›, said Jane Holt.",
        "„We are ready“, said Jane Holt.",
        "‚We are ready‘, said Jane Holt.",
        "「We are ready」, said Jane Holt.",
        "『We are ready』, said Jane Holt.",
        "''We are ready,'' said Jane Holt.",
        "``We are ready,'' said Jane Holt.",
        // Curly and straight double marks mixed, as typed text has them.
        "“We are ready,\" said Jane Holt.",
        "\"We are ready,” said Jane Holt.",
    ])
    func everyMarkStyle(text: String) throws {
        let (_, found) = try quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.kind == .direct)
        #expect(found.first?.text.trimmingCharacters(in: .whitespaces.union(["\u{202F}", ","])) == "We are ready")
        #expect(found.first?.speaker == "Jane Holt")
        #expect(found.first?.cue == "said")
    }

    @Test func apostrophesAreNotClosingMarks() throws {
        let (_, found) = try quotes("‘Russia’s offer isn’t serious,’ said Jane Holt.")
        #expect(found.map(\.text) == ["Russia’s offer isn’t serious,"])
    }

    @Test func nestedQuotesStayInside() throws {
        let (_, found) = try quotes("“He told me ‘never again’ and left,” said Jane Holt.")
        #expect(found.map(\.text) == ["He told me ‘never again’ and left,"])
    }

    @Test func aQuotationAfterSomeoneElseIsNamedDoesNotContinueTheQuote() throws {
        let (_, found) = try quotes("“You winning?” Jane Holt said, but Tom Brexley was drifting off as the mayor spoke of “the cancer of corruption.”")
        #expect(found.first?.description == "direct|You winning?|Jane Holt|said")
        #expect(!found.contains { $0.text.contains("cancer") && $0.speaker == "Jane Holt" })
    }

    @Test func aNameAfterAPrepositionInAnAppositionIsNoSpeaker() throws {
        let (_, found) = try quotes("“We are ready,” officials at the Brexley Institute, a division of The Atlantic, said.")
        #expect(found.map(\.description) == ["direct|We are ready,|officials at the Brexley Institute|said"])
    }

    @Test func aSecondCueBetweenQuotationsMakesTwoQuotes() throws {
        let (_, found) = try quotes("“We cannot afford it,” Jane Holt said, adding later, “The plan costs too much.”")
        #expect(found.map(\.description) == ["direct|We cannot afford it,|Jane Holt|said",
                                              "direct|The plan costs too much.|Jane Holt|adding"])
    }

    @Test func interruptedQuoteIsOneAttributionInTwoParts() throws {
        let (document, found) = try quotes("“We will talk,” Jane Holt said, “but not yet.”")
        #expect(found.count == 1)
        #expect(document.quotes[0].parts.map { document.text(of: $0) } == ["We will talk,", "but not yet."])
        #expect(found[0].speaker == "Jane Holt")
    }

    @Test func aQuoteRunsOverParagraphsWhenTheNextOpensWithAMark() throws {
        let text = "Jane Holt said: “We are ready. We waited long enough.\n\n“Now it is their turn.”\n\nOthers disagreed."
        let (document, found) = try quotes(text)
        #expect(found.count == 1)
        #expect(document.quotes[0].verbatim.map { document.text(of: $0) } == ["We are ready. We waited long enough.", "Now it is their turn."])
    }

    @Test func unbalancedMarksLoseNothingAfterThem() throws {
        let (_, found) = try quotes("“This never closes, she wrote.\n\nLater, Jane Holt said that the talks would resume.")
        #expect(found.contains { $0.kind == .indirect && $0.speaker == "Jane Holt" && $0.text == "the talks would resume" })
    }
}

@Suite struct SpeakerResolutionTests {
    @Test func nameBeforeAndAfterTheCue() throws {
        #expect(try quotes("“No,” Jane Holt said.").1.first?.speaker == "Jane Holt")
        #expect(try quotes("“No,” said Jane Holt.").1.first?.speaker == "Jane Holt")
    }

    @Test func titleWithName() throws {
        let (document, _) = try quotes("“No deal,” said President Putin.")
        #expect(document.quotes.first?.speaker?.name == "Vladimir Putin")
        #expect(document.quotes.first?.speaker?.resolution == .title)
        #expect(document.quotes.first?.speaker?.entityID == "person:vladimir-putin")
        // An article is no title: "The Liberal Democrats" are resolved by name.
        let (parties, _) = try quotes("The Liberal Democrats described the plan as “too little, too late”.")
        #expect(parties.quotes.first?.speaker?.resolution == .name)
    }

    @Test func appositionAroundTheName() throws {
        let (_, found) = try quotes("Jane Holt, a farmer from Kent, said: “Prices doubled.”")
        #expect(found.first?.speaker == "Jane Holt")
        let (_, lavrov) = try quotes("Russia’s foreign minister, Sergey Lavrov, dismissed the plan as “a stunt”.")
        #expect(lavrov.first?.speaker == "Sergey Lavrov")
        #expect(lavrov.first?.kind == .partial)
    }

    @Test(arguments: ["fumed", "gushed", "ranted", "groused", "gloated"])
    func aClosingVerbOfFeelingIsACue(verb: String) throws {
        let (_, found) = try quotes("Jane Holt arrived late. “This is a disgrace,” she \(verb).")
        #expect(found.first == Found(kind: .direct, text: "This is a disgrace,", speaker: "Jane Holt", cue: verb))
    }

    @Test func pronounResolvesToTheMostSalientPerson() throws {
        let (document, found) = try quotes("Jane Holt spoke to farmers in Kent. “Prices doubled,” she said.")
        #expect(found.first?.speaker == "Jane Holt")
        #expect(document.quotes.first?.speaker?.resolution == .pronoun)
        #expect(document.text(of: document.quotes.first!.speaker!.range) == "she")
    }

    @Test func aPronounPrefersThePersonOpeningTheSentenceBefore() throws {
        // Toney's attribution lies two sentences back; Holt opens the sentence just before.
        let (_, found) = try quotes("""
            Toney described the goal as ‘the best of my career’. Jane Holt refused to blame the goalkeeper, \
            who was wrong-footed. ‘He has saved us so many times,’ she said.
            """)
        #expect(found.last?.speaker == "Jane Holt")
    }

    @Test func aSurnameOfAKnownPersonNamesThePersonMetInFull() throws {
        // The lexicon knows another Cooper (Yvette); this article's Cooper is Steve.
        let (_, found) = try quotes("Rovers manager Steve Cooper was proud. ‘We gave everything,’ Cooper said.")
        #expect(found.last?.speaker == "Steve Cooper")
    }

    @Test func aCountryAfterAnOrganizationNamesItsBranch() throws {
        let (document, _) = try quotes("Greenpeace Switzerland said the response was inadequate.")
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(document.text(of: speaker.range) == "Greenpeace Switzerland")
        #expect(speaker.entityID == "org:greenpeace")
    }

    @Test func aPronounPrefersThePersonNamedEarlierInItsSentence() throws {
        let (_, found) = try quotes("Tom Reed called the plan “hesitant”. In Moscow, spokesman Dmitry Peskov welcomed what he called a “sober” assessment.")
        #expect(found.last?.speaker == "Dmitry Peskov")
        // Past a person of the other sex.
        let (_, she) = try quotes("Tom Reed met Helen Carter, and she called him “rude”.")
        #expect(she.last?.speaker == "Helen Carter")
    }

    @Test func heAndShePassOverAPersonOfTheOtherSex() throws {
        let (_, he) = try quotes("Tom Reed met Helen Carter on Monday. “We will win,” he said.")
        #expect(he.first?.speaker == "Tom Reed")
        let (_, she) = try quotes("Helen Carter met Tom Reed on Monday. “We will win,” she said.")
        #expect(she.first?.speaker == "Helen Carter")
        // A given name of either sex ("Jordan") rules nobody out.
        let (_, either) = try quotes("Tom Reed met Jordan Ellis on Monday. “We will win,” she said.")
        #expect(either.first?.speaker == "Jordan Ellis")
    }

    @Test func itResolvesToTheOrganizationNamedBefore() throws {
        let (document, _) = try quotes("Acme Corp denied the allegations. In a statement, it said it had always complied with the law.")
        let speaker = try #require(document.quotes.last?.speaker)
        #expect(document.text(of: speaker.range) == "it")
        #expect(speaker.name == "Acme Corp")
        #expect(speaker.resolution == .pronoun)
    }

    @Test func theAndAWordOfAnEarlierTitleReferToThatPerson() throws {
        let (document, found) = try quotes("""
            Economy Minister Jane Holt warned of a hard winter. The minister said a relief package was ready. \
            The president said the talks had stalled.
            """)
        #expect(found.map(\.speaker) == ["Jane Holt", "Jane Holt", "The president"])
        #expect(document.quotes[1].speaker?.resolution == .role)
    }

    @Test func aPersonNounOpensAnApposition() throws {
        let (_, found) = try quotes("Okonkwo Adebayo, president of the union, said the strike would go on.")
        #expect(found.map(\.speaker) == ["Okonkwo Adebayo"])
    }

    @Test func aDescribedSubjectSpeaksThroughAParticipleOfSaying() throws {
        let (_, found) = try quotes("""
            A federal judge in Texas on Friday blocked the rule, calling it “arbitrary and capricious”. \
            The agency's bureaucracy has been slow, indicating that reform is hard.
            """)
        #expect(found.map(\.speaker) == ["A federal judge in Texas"])
    }

    @Test func aDatelineIsNotInTheStatement() throws {
        let (_, found) = try quotes("GENEVA (Reuters) - Swiss glaciers lost 4 percent of their volume this year, scientists said on Monday.")
        #expect(found.map(\.description) == ["indirect|Swiss glaciers lost 4 percent of their volume this year|scientists|said"])
    }

    @Test func aSecondReportAfterButHasTheSameSpeaker() throws {
        let (_, found) = try quotes("Jane Holt acknowledged the findings but argued that the state had done its part.")
        #expect(found.map(\.description) == ["indirect|the findings|Jane Holt|acknowledged",
                                             "indirect|the state had done its part|Jane Holt|argued"])
        let (_, mixed) = try quotes("Jane Holt said that she backs the plan but said “the question is the timing.”")
        #expect(mixed.map(\.description) == ["indirect|she backs the plan|Jane Holt|said", "indirect|the plan|Jane Holt|backs",
                                             "direct|the question is the timing.|Jane Holt|said"])
    }

    @Test func aParticipleOfSayingAfterADescribedSpeaker() throws {
        let (_, found) = try quotes("A Treasury spokesperson said the cuts would protect services, adding that the department “does not comment on speculation”.")
        #expect(found.map(\.description) == ["indirect|the cuts would protect services|A Treasury spokesperson|said",
                                             "partial|the department “does not comment on speculation”|A Treasury spokesperson|adding"])
    }

    @Test func aBodyBeforeAFormThatIsAlsoAPluralNounIsItsSubject() throws {
        let (_, found) = try quotes("The Holt campaign plans to hire the former mayor. Republican plans to cut taxes were dropped.")
        #expect(found.map(\.description) == ["indirect|to hire the former mayor|The Holt campaign|plans"])
    }

    @Test func aCoordinatedCueTakesTheNearestSpeakerBeforeIt() throws {
        // The quotation is attributed before the reported speech; "pledged" goes with Reed, whose cue is nearer.
        let (_, found) = try quotes("Jane Holt supports the plan; Tom Reed has called that idea “dangerous” and pledged to hire 150 officers.")
        #expect(found.map(\.description) == ["indirect|the plan|Jane Holt|supports", "partial|that idea “dangerous”|Tom Reed|called",
                                             "indirect|to hire 150 officers|Tom Reed|pledged"])
    }

    @Test func aRelativeClauseReportsUpToItsClosingComma() throws {
        let (_, found) = try quotes("Mayor Jane Holt, who had urged both sides to return to the table, welcomed the news.")
        #expect(found.map(\.description) == ["indirect|both sides to return to the table|Jane Holt|urged",
                                             "indirect|the news|Jane Holt|welcomed"])
    }

    @Test func aRelativePronounPastAPartyTag() throws {
        let (_, found) = try quotes("Sen. Jane Holt, R-Ky., who voted against the bill, said it was wasteful.")
        #expect(found.map(\.speaker) == ["Jane Holt", "Jane Holt"])
    }

    @Test func aSentenceDenyingSpeechAttributesNothingBefore() throws {
        let (_, found) = try quotes("Jane Holt, who is expected to run, praised the mayor’s “steady leadership.” She did not say whether she would run.")
        #expect(found.map(\.description) == ["indirect|who is expected to run|-|is expected",
                                             "partial|the mayor’s “steady leadership.”|Jane Holt|praised",
                                             "indirect|whether she would run|Jane Holt|say"])
    }

    @Test func aSpokesmanForSomeoneSpeaksAndIsHeLater() throws {
        let (document, found) = try quotes("""
            Jane Holt resigned. A spokesman for Holt rejected the claim, calling it “baseless”. \
            He said she had learned of the emails late.
            """)
        // (A spokesman is a person whatever follows "for": "rejected the claim" is his too.)
        #expect(found.map(\.description) == ["indirect|the claim|A spokesman for Holt|rejected",
                                             "partial|it “baseless”|A spokesman for Holt|calling",
                                             "indirect|she had learned of the emails late|A spokesman for Holt|said"])
        #expect(document.quotes.last?.speaker?.resolution == .pronoun)
        #expect(document.quotes.last?.speaker?.entityID == nil)
    }

    @Test func theCompanyIsTheOrganizationNamedBefore() throws {
        let (document, _) = try quotes("Apple lost the case. In a statement, the company argued that the ruling was wrong. “We will appeal,” said the company.")
        #expect(document.quotes.map { $0.speaker?.name } == ["Apple", "Apple"])
        #expect(document.quotes.allSatisfy { $0.speaker?.resolution == .role && $0.speaker?.entityID == "org:apple" })
        // A word may describe the body.
        let (described, _) = try quotes("Apple lost the case. The American company said it would appeal.")
        #expect(described.quotes.first?.speaker?.name == "Apple")
    }

    @Test(arguments: [
        // A whole quoted sentence right after the cue, then the speaker's next action: direct.
        ("Protesters chanted “What curfew?” and kept going until 2 a.m.", "direct|What curfew?|Protesters|chanted"),
        // What comes after the preposition of "accused X of", past an apposition.
        ("Jane Holt accused the mayor, Tom Reed, of “fanatic recklessness.”", "partial|“fanatic recklessness.”|Jane Holt|accused"),
        // A spaced hyphen, or a participle after a comma inside the marks, ends the reported words.
        ("Jane Holt likened the rules to “burning the Constitution” - a charge that stung.", "partial|the rules to “burning the Constitution”|Jane Holt|likened"),
        ("Jane Holt blasted the panel for failing to make clear that the deal was only “partial,” meaning it protected nobody.",
         "partial|the panel for failing to make clear that the deal was only “partial,”|Jane Holt|blasted"),
        // A participle after an adverb and a comma; a bracket opened before the clause; a time phrase before it.
        ("Jane Holt told voters this weekend she would consider it a “personal insult” if they stayed home, implicitly putting her name on the line.",
         "partial|she would consider it a “personal insult” if they stayed home|Jane Holt|told"),
        ("The rivals (or, as Jane Holt called them in a column, “Manchurian anchors”) met again.",
         "partial|them in a column, “Manchurian anchors”|Jane Holt|called"),
        // Quoted words inside a statement that a closing attribution reports.
        ("A clerk who “pockets a few coins” is punished at once, Jane Holt said. Company bosses are not.",
         "partial|A clerk who “pockets a few coins” is punished at once|Jane Holt|said"),
        ("“You pushed workers past their limits” to lift the share price, Jane Holt said, referencing the quarterly targets.",
         "partial|“You pushed workers past their limits” to lift the share price|Jane Holt|said"),
        // Quoted words that run on past the cue's sentence.
        ("Jane Holt told Fox that “they hit Matt because he was soft. What they are doing is gaming the system.”",
         "partial|“they hit Matt because he was soft. What they are doing is gaming the system.”|Jane Holt|told"),
    ])
    func quotedWordsEndWhereTheReportEnds(text: String, expected: String) throws {
        #expect(try quotes(text).1.first?.description == expected)
    }

    @Test func aDescriptionEndsBeforeItsDay() throws {
        let (_, found) = try quotes("A federal judge on Friday blocked the law, saying it would disenfranchise voters.")
        #expect(found.first?.speaker == "A federal judge")
    }

    @Test func aDatelineIsNoSubject() throws {
        let (_, found) = try quotes("OGDEN, Utah (AP) — Mayor Jane Holt on Thursday defended the plan, telling viewers that the tax was “a necessity”.")
        #expect(found.last?.speaker == "Jane Holt")
        #expect(found.last?.cue == "telling")
    }

    @Test func aPluralOwnerIsPartOfTheDescription() throws {
        let (_, found) = try quotes("The players’ union said the deal was ‘a disgrace’. The Smiths' lawyer said they would appeal.")
        #expect(found.map(\.speaker) == ["The players’ union", "The Smiths' lawyer"])
    }

    @Test func aDescriptionAfterTheCueYieldsToTheNameAfterIt() throws {
        let (_, found) = try quotes("“We did everything right,” insisted the coach, Jane Holt. “We lost,” said the coach, who was angry.")
        #expect(found.map(\.speaker) == ["Jane Holt", "the coach"])
    }

    @Test func aNameThatIsAlsoAModalIsTheSubject() throws {
        let (_, found) = try quotes("Mrs May told the Commons that she would not resign.")
        #expect(found.map(\.speaker) == ["May"])
    }

    @Test func aBodyInATitleBeforeTheNameIsNotTheSpeaker() throws {
        let (_, found) = try quotes("Council President Jane Holt disagreed, saying the cuts were modest.")
        #expect(found.map(\.speaker) == ["Jane Holt"])
    }

    @Test func rolePhraseResolvesThroughTheLexicon() throws {
        let (document, found) = try quotes("The French president said that Europe must prepare.")
        #expect(found.first?.speaker == "Emmanuel Macron")
        #expect(document.quotes.first?.speaker?.resolution == .role)
    }

    @Test func descriptionsSpeakToo() throws {
        let (document, found) = try quotes("The plan was dropped on Monday, sources said.")
        #expect(found.first == Found(kind: .indirect, text: "The plan was dropped on Monday", speaker: "sources", cue: "said"))
        #expect(document.quotes.first?.speaker?.resolution == .description)
    }

    @Test func aDashNamesTheSpeaker() throws {
        let (document, found) = try quotes("“Prices doubled and nobody listened to us.” ― Carla Sanchez")
        #expect(found.first?.speaker == "Carla Sanchez")
        #expect(found.first?.kind == .direct)
        #expect(document.quotes.first?.cue?.lemma == "―")
    }

    @Test func aCueWithAColonIntroducesTheNextParagraph() throws {
        let (_, found) = try quotes("Jane Holt arrived late. She said:\n\n“We have waited long enough for this.”")
        #expect(found.first?.speaker == "Jane Holt")
        #expect(found.first?.cue == "said")
    }

    @Test func aDescriptionAfterTheCue() throws {
        let (_, found) = try quotes("“The rationales do not hold,” said 9/11 widow Terry Strada.")
        #expect(found.first?.speaker?.hasSuffix("Terry Strada") == true)
    }

    @Test func coordinatedCueKeepsItsSpeaker() throws {
        let (_, found) = try quotes("Jane Holt rejected the offer and suggested that talks resume in May.")
        #expect(found.contains(Found(kind: .indirect, text: "talks resume in May", speaker: "Jane Holt", cue: "suggested")))
    }
}

@Suite struct KindTests {
    @Test func partialQuoteContentIsTheReportedClause() throws {
        let (document, found) = try quotes("Jane Holt told reporters that France is ready to talk “in a transparent way.”")
        #expect(found.first?.kind == .partial)
        #expect(found.first?.text == "France is ready to talk “in a transparent way.”")
        #expect(document.quotes.first?.verbatim.map { document.text(of: $0) } == ["in a transparent way."])
        #expect(found.first?.cue == "told")
    }

    @Test(arguments: [
        ("She added that the objective is peace.", "the objective is peace", "added"),
        ("Jane Holt warned that prices would rise.", "prices would rise", "warned"),
        ("Jane Holt said the economy would grow.", "the economy would grow", "said"),
        ("According to Jane Holt, the plan failed.", "the plan failed", "According to"),
        ("The plan failed, according to Jane Holt.", "The plan failed", "according to"),
        ("Prices will rise next year, Jane Holt said on Tuesday.", "Prices will rise next year", "said"),
        ("Prices will rise next year, said Jane Holt.", "Prices will rise next year", "said"),
        ("Prices will rise next year, Jane Holt, a farmer from Kent, said.", "Prices will rise next year", "said"),
        ("The harvest, Jane Holt said, failed in June.", "The harvest, Jane Holt said, failed in June", "said"),
        ("The harvest, as Jane Holt said, failed in June.", "The harvest, as Jane Holt said, failed in June", "said"),
        ("Jane Holt said local officials should reach out to the state.", "local officials should reach out to the state", "said"),
        ("Jane Holt acknowledged farmers were struggling.", "farmers were struggling", "acknowledged"),
        // Positions, intentions and topics (stance-verbs.tsv).
        ("Jane Holt wants to cut taxes for farmers.", "to cut taxes for farmers", "wants"),
        ("Jane Holt urged Congress to pass the bill.", "Congress to pass the bill", "urged"),
        ("Jane Holt called for a ban on imports.", "a ban on imports", "called for"),
        ("Jane Holt talked about the price of grain.", "the price of grain", "talked about"),
        ("Jane Holt accused the mayor of hiding the report.", "hiding the report", "accused the mayor of"),
        // A clause without "that" after a verb of knowing, an -ing object, the one told before the clause.
        ("Jane Holt knows the harvest is failing.", "the harvest is failing", "knows"),
        ("Jane Holt proposes doing away with the mandate.", "doing away with the mandate", "proposes"),
        ("Jane Holt told reporters she would run again.", "she would run again", "told"),
        ("Jane Holt announced it would close the plant.", "it would close the plant", "announced"),
        // The object of a verb of stance, when someone named is its subject.
        ("Jane Holt cited the audit as the reason for the delay.", "the audit as the reason for the delay", "cited"),
        // The object alone: a time phrase or a comma ends it, a phrase with "in" belongs to it.
        ("Jane Holt attacked the mayor during a rally on Tuesday.", "the mayor", "attacked"),
        ("Jane Holt denied any role in the scheme, which drew scrutiny.", "any role in the scheme", "denied"),
        ("Jane Holt acknowledged the risk of rising seas, which few dispute.", "the risk of rising seas", "acknowledged"),
        // A question after a verb of asking or knowing; the one named and what they are called.
        ("Jane Holt questioned whether the audit was fair.", "whether the audit was fair", "questioned"),
        ("Jane Holt asked how the money was spent.", "how the money was spent", "asked"),
        ("Jane Holt called the audit a farce.", "the audit a farce", "called"),
        ("Jane Holt called on Congress to act.", "Congress to act", "called on"),
        ("Jane Holt promoted unproven cures and downplayed the risks.", "unproven cures", "promoted"),
        ("Jane Holt praised his work but also gave him more time.", "his work", "praised"),
        ("Jane Holt challenged the rules before ten judges.", "the rules", "challenged"),
        ("Jane Holt endorsed the plan on Friday at a rally.", "the plan", "endorsed"),
        ("Jane Holt spoke about her ties to the church while in Ohio.", "her ties to the church", "spoke about"),
        ("Jane Holt sees the program as a giveaway to banks.", "the program as a giveaway to banks", "sees"),
        ("Jane Holt would not say whether she would run.", "whether she would run", "say"),
        // Denied, "say" takes any question word.
        ("Jane Holt has not said when she would run.", "when she would run", "said"),
        ("Jane Holt didn’t say why she left the farm.", "why she left the farm", "say"),
        ("Jane Holt told one of her young aides on a regular basis that the plan failed.", "the plan failed", "told"),
        ("Jane Holt exhorted voters to reject the plan.", "voters to reject the plan", "exhorted"),
        ("Jane Holt urged them to reject the plan.", "them to reject the plan", "urged"),
        ("Jane Holt called Friday for releasing the videos.", "releasing the videos", "called Friday for"),
        ("Jane Holt spoke out Tuesday about the death of a farmer.", "the death of a farmer", "spoke out Tuesday about"),
        // A verb of aspect before the infinitive: the action took place, and its subject is the speaker's.
        ("Jane Holt went on to discuss the polls.", "the polls", "discuss"),
        ("Jane Holt continued to call for more details.", "more details", "call for"),
        ("Jane Holt cautioned, however, that the study proves nothing.", "the study proves nothing", "cautioned"),
        // "that" before a verb is the clause's subject, not its conjunction.
        ("Jane Holt said that was wrong.", "that was wrong", "said"),
        // A clause whose verb comes after a long subject.
        ("Jane Holt says neither the county nominee nor her campaign helped the farmer.",
         "neither the county nominee nor her campaign helped the farmer", "says"),
        ("Jane Holt also wants to cut taxes for farmers.", "to cut taxes for farmers", "wants"),
        // A verb that is also a plural noun, after an apposition or coordinated with an earlier verb.
        ("The mayor's deputy, Jane Holt, plans to release her returns soon.", "to release her returns soon", "plans"),
        ("Jane Holt didn't suggest retaliation.", "retaliation", "suggest"),
        ("Jane Holt knows from the county records that the farm was sold.", "the farm was sold", "knows"),
        // A new subject and verb after a comma and "and" start the reporter's own clause; "that" goes on.
        ("Jane Holt said the dam would hold, and the engineers stepped in with money.", "the dam would hold", "said"),
        ("Jane Holt said prices rose, and that wages fell.", "prices rose, and that wages fell", "said"),
        // A clause with its own subject goes on through a verb of stance after "and".
        ("Jane Holt said the driver posed a threat and refused to stop.", "the driver posed a threat and refused to stop", "said"),
        // A time or a place between the cue and its clause.
        ("Jane Holt said in an interview she would run again.", "she would run again", "said"),
        // A headline's name and colon.
        ("Jane Holt: Farmers Will Win the Vote.", "Farmers Will Win the Vote", ":"),
        // A bare plural or a contracted pronoun opens a clause after "say".
        ("Jane Holt said parents still want local schools.", "parents still want local schools", "said"),
        ("Jane Holt says she'll run again.", "she'll run again", "says"),
        ("Jane Holt ruled that the claim was false.", "the claim was false", "ruled"),
        // "that" after the one told and a time opens the clause; after any other object it is a relative.
        ("Jane Holt told ABC News Tonight on Monday that the plan failed.", "the plan failed", "told"),
        ("Jane Holt said most of the cases that opponents cite were wrong.", "most of the cases that opponents cite were wrong", "said"),
        // A title before the name set inside the statement; a headline in title case.
        ("The museum, Ms. Jane Holt said, celebrates her heroes.", "The museum, Ms. Jane Holt said, celebrates her heroes", "said"),
        ("Farmers Could Win Back Their Markets, Jane Holt Says.", "Farmers Could Win Back Their Markets", "Says"),
        // Less common news verbs of saying and of position.
        ("Jane Holt confessed that she had lied.", "she had lied", "confessed"),
        ("Jane Holt hinted that taxes would rise.", "taxes would rise", "hinted"),
        ("Jane Holt stipulated that the money be repaid.", "the money be repaid", "stipulated"),
    ])
    func indirectQuotes(text: String, content: String, cue: String) throws {
        let (_, found) = try quotes("Jane Holt arrived. " + text)
        let quote = try #require(found.first)
        #expect(quote.kind == .indirect)
        #expect(quote.text == content)
        #expect(quote.cue == cue)
        #expect(quote.speaker == "Jane Holt")
    }

    @Test(arguments: [
        "It is part of an initiative called “EU debates,” which aims to help.",
        "Her tone was described as “realistic and cautious,” observers noted.",
        "What does “technical talks” mean?",
        "The “transparent” approach worked.",
    ])
    func namesTermsAndScareQuotesAreNotAttributed(text: String) throws {
        let (_, found) = try quotes(text)
        #expect(!found.contains { $0.kind != .indirect && $0.speaker != nil })
        #expect(!found.contains { $0.text.contains("EU debates") || $0.text.contains("realistic and cautious") || $0.text.contains("technical talks") })
    }

    @Test func aCueInsideTheStatementSplitsItInTwoParts() throws {
        let (document, _) = try quotes("Jane Holt arrived. Prices will rise next year, Jane Holt said, because the harvest failed.")
        let quote = try #require(document.quotes.first)
        #expect(quote.parts.map { document.text(of: $0) } == ["Prices will rise next year", "because the harvest failed"])
    }

    @Test func aCueAClauseAwayFromItsSpeakerClosesNoStatement() throws {
        let (_, found) = try quotes("In a post on his website, Jane Holt called the verdict “a disgrace” and vowed to appeal.")
        #expect(found.map(\.description) == ["partial|the verdict “a disgrace”|Jane Holt|called", "indirect|to appeal|Jane Holt|vowed"])
    }

    @Test func aStatementStartsAfterTheClosingAttributionBeforeIt() throws {
        let (_, found) = try quotes("Prices will rise, said Jane Holt, and wages will fall, said Tom Reed.")
        #expect(found.map(\.description) == ["indirect|Prices will rise|Jane Holt|said", "indirect|wages will fall|Tom Reed|said"])
    }

    @Test func aClosingAttributionIsNotInTheClauseBeforeIt() throws {
        let (_, found) = try quotes("Jane Holt told her counterpart that Ogden would remain neutral, state media reported.")
        #expect(found.map(\.description) == ["indirect|Jane Holt told her counterpart that Ogden would remain neutral|state media|reported",
                                             "indirect|Ogden would remain neutral|Jane Holt|told"])
    }

    @Test func aStatementBeforeAnObjectIsNotReported() throws {
        let (_, found) = try quotes("In an essay last week, Jane Holt acknowledged their uphill battle.")
        #expect(found.map(\.description) == ["indirect|their uphill battle|Jane Holt|acknowledged"])
    }

    @Test func aDescriptionHeadedByPeopleOrABodyHoldsAPosition() throws {
        let (_, found) = try quotes("Many companies seek to avoid taxes. The state's regulators rejected the merger.")
        #expect(found.map(\.description) == ["indirect|to avoid taxes|Many companies|seek", "indirect|the merger|The state's regulators|rejected"])
    }

    @Test func aSingularBodyAPersonNounOrAPluralOfPeopleHoldsAPosition() throws {
        let (_, found) = try quotes("The company agreed to clean up the mines. Two Republican strategists implored him to bring it back. The judge agreed with the lawyers that the file should stay sealed. Local farmers cited the weather.")
        #expect(found.map(\.description) == ["indirect|to clean up the mines|The company|agreed",
                                             "indirect|him to bring it back|Two Republican strategists|implored",
                                             "indirect|the file should stay sealed|The judge|agreed",
                                             "indirect|the weather|Local farmers|cited"])
        let (_, nominee) = try quotes("The Democratic candidate also outlined his plan and vowed to punish polluters.")
        #expect(nominee.map(\.description) == ["indirect|his plan|The Democratic candidate|outlined",
                                               "indirect|to punish polluters|The Democratic candidate|vowed"])
        // A thing holds no intention: the plural ends like one of people but names none.
        let (_, things) = try quotes("The storm refused to move. The numbers refused to add up.")
        #expect(things.isEmpty)
    }

    @Test func anAttributionInsideAFindingIsItsOwn() throws {
        let (_, found) = try quotes("A new poll shows that most voters back the plan.")
        #expect(found.map(\.description) == ["indirect|most voters back the plan|A new poll|shows", "indirect|the plan|most voters|back"])
    }

    @Test func aCountryActsAndSpeaks() throws {
        let (_, found) = try quotes("The war drags on as Iran and Russia support the regime.")
        #expect(found.map(\.description) == ["indirect|the regime|Russia|support"])
    }

    @Test func aNounEndingInLyIsNoAdverb() throws {
        let (_, found) = try quotes("The family said it was sad.")
        #expect(found.map(\.description) == ["indirect|it was sad|The family|said"])
    }

    @Test func anOwnerIsNotTheSubject() throws {
        let (_, found) = try quotes("Jane Holt's family has called on people to march calmly.")
        #expect(found.map(\.description) == ["indirect|people to march calmly|Jane Holt's family|called on"])
        let (_, journey) = try quotes("France’s adviser travelled to Moscow, indicating that talks are near.")
        #expect(journey.isEmpty)
    }

    @Test func aFindingNeedsNoNamedSource() throws {
        let (_, found) = try quotes("A new poll shows that most voters are undecided.")
        #expect(found.map(\.description) == ["indirect|most voters are undecided|A new poll|shows"])
    }

    @Test(arguments: [
        ("Polls show a tight race in the county, where 12 seats are at stake.", "a tight race in the county", "Polls"),
        ("The Gallup average of the surveys run over the last ten days shows Holt leading.", "Holt leading",
         "The Gallup average of the surveys run over the last ten days"),
        ("A 2014 study of voter rolls found 31 cases of fraud.", "31 cases of fraud", "A 2014 study of voter rolls"),
    ])
    func aSourceOfFindingsReportsWhatFollows(text: String, content: String, source: String) throws {
        let (_, found) = try quotes(text)
        #expect(found.map(\.description) == ["indirect|\(content)|\(source)|\(text.split(separator: " ").first { ["show", "shows", "found"].contains($0) }!)"])
    }

    // ("The new accord is expected to be signed next week" reports a belief of no one named:
    // aReportInThePassiveNamesNoSpeaker.)
    @Test(arguments: [
        "Jane Holt spoke, and the crowd wants and the mayor continues to hope.",
        "Update: the roads are closed tonight.",
        "The crew found the wreck on Tuesday.",
        "The agency could deny them permits until the work is done.",
        "The heavy rain cited the weather.",
    ])
    func passivesObjectsAndActionsReportNothing(text: String) throws {
        #expect(try quotes(text).1.isEmpty)
    }

    @Test(arguments: [
        "Republican plans to cut taxes were dropped.",
        "Many schemes seek to avoid taxes.",
        "The peace talks about the border stalled.",
    ])
    func nounsAndDescriptionsStateNoIntention(text: String) throws {
        #expect(try quotes(text).1.isEmpty)
    }

    @Test(arguments: [
        "Jane Holt said Tuesday that she was tired.",
        "Trade between the United States and Mexico grew.",
    ])
    func objectsAndNamesAreNoReportedClauses(text: String) throws {
        let (_, found) = try quotes(text)
        #expect(!found.contains { $0.text.contains("reality") || $0.text.contains("Mexico") || $0.text.hasPrefix("Tuesday") })
    }

    @Test func aShortSentenceAfterTheQuotationNamesTheSpeaker() throws {
        let (_, found) = try quotes("Banks pushed sales. “A cashier who steals is held accountable.” Jane Holt said.")
        #expect(found.map(\.description) == ["direct|A cashier who steals is held accountable.|Jane Holt|said"])
    }

    @Test func accordingToAnUnnamedSource() throws {
        let (_, found) = try quotes("Prices rose by 4 percent, according to the latest survey of farmers.")
        #expect(found.map(\.description) == ["indirect|Prices rose by 4 percent|the latest survey of farmers|according to"])
    }

    @Test func accordingToANameOnlyWhenItOpensThePhrase() throws {
        let (_, found) = try quotes("""
            The army lost 40 tanks, according to an intelligence assessment seen by Reuters. \
            According to Pentagon spokesman John Kirby, the strike killed two militants.
            """)
        #expect(found.map(\.speaker) == ["an intelligence assessment seen by Reuters", "John Kirby"])
    }

    @Test func thePeopleOrTheDocumentOfABodySpeak() throws {
        let (_, found) = try quotes("""
            Analysts at Morgan Stanley said demand was softening. A statement from the White House said the talks were over.
            """)
        #expect(found.map(\.speaker) == ["Analysts at Morgan Stanley", "A statement from the White House"])
    }

    @Test func aParticipleAfterACommaOwnsTheQuotedWordsAfterIt() throws {
        let (_, found) = try quotes("The Kremlin denied that Russian troops were involved, calling the claims “absurd”.")
        #expect(found.map(\.description) == ["indirect|Russian troops were involved|Kremlin|denied",
                                             "partial|the claims “absurd”|Kremlin|calling"])
    }

    @Test func aNameBeforeBeatsAPronounAfter() throws {
        let (_, found) = try quotes("Jane Holt spoke at length. Jane Holt said: “We have no context for this moment,” she said.")
        #expect(found.first?.speaker == "Jane Holt")
        #expect(found.first?.cue == "said")
    }

    @Test func aPhraseOpeningWithAPrepositionIsNoSpeaker() throws {
        let (_, found) = try quotes("McConnell, who in 2010 said “the top priority is to beat him,” has changed.")
        #expect(found.allSatisfy { $0.speaker != "in 2010" })
    }

    @Test func transcriptLabelsNameTheSpeakers() throws {
        let (document, found) = try quotes("Chris Wallace interviewed Mike Pence.\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not attend the debate.\n\n\"She is busy.\"")
        #expect(found.map(\.description) == ["direct|Will she be there?|Chris Wallace|-", "direct|She will not attend the debate.\n\n\"She is busy.|Mike Pence|-"])
        #expect(document.quotes[1].parts.count == 2)
    }

    @Test func anOuterReportingVerbOwnsTheQuotedWords() throws {
        // The nearer "described" and "so-called" lie inside the clause Jane Holt reports.
        let (_, found) = try quotes("Jane Holt said at a rally that Tom Reed once described the so-called trade pact as “the gold standard” of deals.")
        #expect(found.map(\.description) == [
            "partial|Tom Reed once described the so-called trade pact as “the gold standard” of deals|Jane Holt|said",
        ])
    }

    @Test func aRelativePronounSpeaksForItsAntecedent() throws {
        let (document, _) = try quotes("Jane Holt, who said she was tired, left early.")
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(document.text(of: speaker.range) == "who")
        #expect(speaker.name == "Jane Holt")
        #expect(speaker.resolution == .pronoun)
    }

    @Test func aNameAfterTheCueIsTheSpeakerNotTheClause() throws {
        let (_, found) = try quotes("Vale has a big audience, said Jane Holt, a professor of law. The museum opened, said European Council President Donald Tusk.")
        #expect(found.map(\.description) == ["indirect|Vale has a big audience|Jane Holt|said", "indirect|The museum opened|Donald Tusk|said"])
    }

    @Test func aNameWithItsOwnerAfterTheCue() throws {
        let (_, found) = try quotes("Debates rarely alter a campaign, said NBC’s Dante Chinni. Turnout will be low, noted NBC’s Dante Chinni.")
        #expect(found.map(\.description) == ["indirect|Debates rarely alter a campaign|Dante Chinni|said",
                                             "indirect|Turnout will be low|Dante Chinni|noted"])
    }

    @Test func aDescriptionOfAPersonOrADocumentAfterAClosingCue() throws {
        let (_, found) = try quotes("""
            The talks went downhill from there, said one party aide in the room. The plan failed, said the report. \
            The crop failed, said the weather.
            """)
        // A source and a document speak; "the weather" is neither, and is not taken for a clause either.
        // "criticised the government" has an object, not a speaker after it.
        let (_, criticised) = try quotes("Ogden's mayor, Jane Holt, criticised the federal government.")
        #expect(criticised.map(\.description) == ["indirect|the federal government|Jane Holt|criticised"])
        #expect(found.map(\.description) == ["indirect|The talks went downhill from there|one party aide in the room|said",
                                             "indirect|The plan failed|the report|said"])
    }

    @Test func theOneToldAfterACueInsideTheStatement() throws {
        let (_, found) = try quotes("The point now, she told me on Monday, is that she is the editor of a local paper.")
        #expect(found.map(\.text) == ["The point now, she told me on Monday, is that she is the editor of a local paper"])
    }

    @Test func itAfterATimeOrPlaceOpensTheClause() throws {
        let (_, found) = try quotes("Acme Corp said on Wednesday it would cut 1,700 jobs.")
        #expect(found.map(\.text) == ["it would cut 1,700 jobs"])
    }

    @Test func aCommaInsideANumberSeparatesNothing() throws {
        let (_, found) = try quotes("The company, which employs more than 300,000 people, said profits would fall.")
        #expect(found.map(\.speaker) == ["The company"])
    }

    @Test func anApproximateNumberOpensTheClause() throws {
        let (_, found) = try quotes("Jane Holt has said about 20 people have shown an interest. She said more than 300 homes were lost.")
        #expect(found.map(\.text) == ["about 20 people have shown an interest", "more than 300 homes were lost"])
    }

    @Test func thePrepositionOfAStanceVerbIsNotInThePartialQuote() throws {
        let (_, found) = try quotes("Jane Holt called for “a full inquiry” into the deal.")
        #expect(found.map(\.text) == ["“a full inquiry” into the deal"])
    }

    @Test func aStanceVerbAfterAnArticleAndAModifierIsANoun() throws {
        let (_, found) = try quotes("Ogden’s spokesman, Jane Holt, dismissed the German plan as “cold war thinking”. The officials plan to appeal.")
        #expect(found.map(\.description) == ["partial|the German plan as “cold war thinking”|Jane Holt|dismissed",
                                             "indirect|to appeal|The officials|plan"])
    }

    @Test func reportedContentWithQuotedWordsIsPartial() throws {
        let (document, found) = try quotes("Ogden’s mayor, Jane Holt, rejected the plan as “a recipe for chaos” on Monday.")
        #expect(found.map(\.description) == ["partial|the plan as “a recipe for chaos”|Jane Holt|rejected"])
        #expect(document.quotes.first?.verbatim.map { document.text(of: $0) } == ["a recipe for chaos"])
    }

    @Test func aContrastBeforeALaterCueKeepsTheQuotedWordsWithTheFirst() throws {
        let (_, found) = try quotes("Jane Holt said the deal was “a good day for Britain”, while Tom Reed called it a surrender.")
        #expect(found.map(\.description) == ["partial|the deal was “a good day for Britain”|Jane Holt|said",
                                             "indirect|it a surrender|Tom Reed|called"])
    }

    @Test func aQuotationInsideAReportedClauseIsMoreOfItsWords() throws {
        let (document, found) = try quotes("Jane Holt claims that waste is “a real worry” but “nobody dares to bring it up.”")
        #expect(found.count == 1)
        #expect(document.quotes.first?.verbatim.map { document.text(of: $0) } == ["a real worry", "nobody dares to bring it up."])
    }

    @Test func aSpentCueDoesNotIntroduceTheNextQuotation() throws {
        let (_, found) = try quotes("“You winning?” Jane Holt said, but Tom Reed was drifting off as the mayor went on about “how the system is rigged for them.”")
        #expect(!found.contains { $0.text.hasPrefix(",") || $0.text.hasPrefix("but") })
        #expect(found.first?.speaker == "Jane Holt")
    }

    @Test func aLongAppositionAndAQuantifiedDescriptionAfterTheQuotation() throws {
        let (_, found) = try quotes("“It is an invasion of our domain,” Jane Holt, the attorney general of Kent, one of the many states now suing the agency, said. “We are a frenzy,” said one senior source on the panel.")
        #expect(found.map(\.speaker) == ["Jane Holt", "one senior source on the panel"])
    }

    @Test func aQuotationGoesOnAPartialQuoteBeforeIt() throws {
        let (_, found) = try quotes("Jane Holt said the summit achieved “too little,” she added. “Without changes, Europe risks a lot.”")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Jane Holt")
    }

    @Test func aQuotationAfterAStatementWithItsAttributionGoesOnIt() throws {
        let (_, found) = try quotes("Jane Holt spoke.\n\nThe deal may stall while talks go on, Tom Reed said. “The other factor is whether it would escalate.”")
        #expect(found.map(\.description) == [
            "indirect|The deal may stall while talks go on|Tom Reed|said",
            "direct|The other factor is whether it would escalate.|Tom Reed|said",
        ])
    }

    @Test func aNameWithItsPartyInBracketsBeforeAnApposition() throws {
        let (_, found) = try quotes("“They would just go get them,” Rep. Jane Holt (R-Ohio), a panel member, said in an interview.")
        #expect(found.first?.speaker == "Jane Holt")
    }

    @Test(arguments: [
        ("Once, when the car stopped, I laughed and said, “I do not believe in the devil at all.”", "I"),
        ("Jane Holt arrived. Even now she still says things such as, “We are not all meant to be equal.”", "Jane Holt"),
        ("Jane Holt arrived. Jane Holt forcefully told the crowd, “This is not the first town to be let down.”", "Jane Holt"),
        ("Jane Holt arrived. Jane Holt said she recalled thinking, “This is what people have talked about for years.”", "Jane Holt"),
    ])
    func theSubjectAcrossAdverbsCoordinationAndInnerCues(text: String, speaker: String) throws {
        #expect(try quotes(text).1.first?.speaker == speaker)
    }

    @Test func aVerbOfStanceReportsItsObjectWithTheQuotedWords() throws {
        let (_, found) = try quotes("Jane Holt blasted the mayor as a “disgrace” Wednesday on a radio show.")
        #expect(found.map(\.description) == ["partial|the mayor as a “disgrace”|Jane Holt|blasted"])
    }

    @Test func aVerbOfStanceReportsTheQuotedWordsAfterIt() throws {
        let (_, found) = try quotes("In an August speech, Jane Holt attacked “the hateful ideology of the movement and its leaders.”")
        #expect(found.map(\.description) == ["direct|the hateful ideology of the movement and its leaders.|Jane Holt|attacked"])
    }

    @Test func aDocumentReadsItsWordsButASignDoesNot() throws {
        let (_, found) = try quotes("“We see charter schools offering parents hope for a better future,” the letter reads. “Stop the war on schools now,” read a sign.")
        #expect(found.map(\.speaker) == ["the letter", nil])
    }

    @Test func aContinuedQuotationPointsAtTheNearestMention() throws {
        let (document, _) = try quotes("Jane Holt spoke.\n\n“We will act on the banks,” she said. Jane Holt restricted her comments to the future.\n\n“If any bank cannot be managed well, it should be broken up.”")
        let last = try #require(document.quotes.last)
        #expect(last.speaker?.name == "Jane Holt")
        #expect(last.speaker.map { document.text(of: $0.range) } == "Jane Holt")
        #expect(last.speaker.map { $0.range.start > document.quotes[0].content.end } == true)
    }

    @Test func headingsAndTitlesAreNobodysWords() throws {
        let (_, found) = try quotes("“We will win this fight,” Jane Holt said.\n\n'Coal Isn't the Villain.'\n\nIn her book, “Make Your Kid a Millionaire,” Jane Holt suggested looking at the bills.")
        // The book's title is nobody's words; what she suggested is an indirect quote of hers.
        #expect(found.map(\.text) == ["We will win this fight,", "looking at the bills"])
    }

    @Test func aQuotationAfterASentenceAboutItsSpeaker() throws {
        let (document, found) = try quotes("Jane Holt spoke to farmers in Kent on Monday.\n\nShe paused. “I would tell them their anxiety is rational.”")
        #expect(found.last?.speaker == "Jane Holt")
        #expect(document.quotes.last?.cue == nil)
        // Two people in the sentence before: nobody can tell whose words they are.
        let (_, two) = try quotes("Jane Holt met Tom Reed. “We will build the bridge next year.”")
        #expect(two.last?.speaker == nil)
    }

    @Test func anInterviewAnswerIsTheIntervieweesWords() throws {
        let (_, found) = try quotes("“I grew up near the water,” Jane Holt said.\n\nWhat do you mean by hope?\n\n“Hope is something you practise every day.”")
        #expect(found.map(\.speaker) == ["Jane Holt", "Jane Holt"])
    }

    @Test func unquotedTranscriptAndInterviewLines() throws {
        let (_, interview) = try quotes("Jane Holt has studied reefs for years.\n\nQ: What drew you to the ocean?\n\nA: I grew up near the water.")
        #expect(interview.map(\.description) == ["direct|I grew up near the water.|Jane Holt|-"])
        let (_, transcript) = try quotes("Jane Holt and Tom Reed met.\n\nHOLT: Well, look, the economy is weak.\n\nREED: Not true.\n\nNOTE: Edited for length.")
        #expect(transcript.map(\.description) == ["direct|Well, look, the economy is weak.|Jane Holt|-", "direct|Not true.|Tom Reed|-"])
    }

    @Test(arguments: [
        ("The final accord is expected to be signed next week.", "The final accord is expected to be signed next week", "is expected"),
        ("Although the militia is not thought to be capable of reaching the capital, it is considered a danger to convoys.",
         "the militia is not thought to be capable of reaching the capital", "is not thought"),
        ("The plan was widely seen as a giveaway to the banks.", "The plan was widely seen as a giveaway to the banks", "was widely seen"),
        ("Governments are considered slow to act, and the study's authors want deeper cuts.",
         "Governments are considered slow to act", "are considered"),
        ("The defeated party could be expected to appeal to the high court.",
         "The defeated party could be expected to appeal to the high court", "be expected"),
    ])
    func aReportInThePassiveNamesNoSpeaker(text: String, content: String, cue: String) throws {
        let (_, found) = try quotes(text)
        #expect(found.first == Found(kind: .indirect, text: content, speaker: nil, cue: cue))
    }

    @Test(arguments: [
        ("Jane Holt has been critical of the mayor since the vote.", "the mayor", "critical of", "Jane Holt"),
        ("Republican senators weren’t too concerned about the shift in strategy.", "the shift in strategy", "concerned about",
         "Republican senators"),
        ("Many farmers are afraid that the harvest will fail.", "the harvest will fail", "afraid", "Many farmers"),
        ("Jane Holt made it clear she had misgivings about the plan.", "she had misgivings about the plan", "clear", "Jane Holt"),
        ("Jane Holt seems confident the bill will pass.", "the bill will pass", "confident", "Jane Holt"),
        ("Jane Holt is also determined to warn voters about the risk.", "to warn voters about the risk", "determined", "Jane Holt"),
    ])
    func anAdjectiveOfBeliefOrFeelingReportsItsSubjects(text: String, content: String, cue: String, speaker: String) throws {
        let (_, found) = try quotes(text)
        #expect(found == [Found(kind: .indirect, text: content, speaker: speaker, cue: cue)])
    }

    @Test func anAdjectiveOfBeliefNeedsSomeoneAndALinkingVerb() throws {
        // A thing is not sure of anything; "clear of snow" takes no complement; no verb links "a sure sign".
        for text in ["The road is clear of snow after the storm.", "It was clear that the plan failed.",
                     "The report is critical of the budget process.", "A sure sign that the harvest failed came in May."] {
            #expect(try quotes(text).1.isEmpty, "\(text)")
        }
        // Inside a reported clause, the outer report holds it.
        let (_, nested) = try quotes("Jane Holt said she wasn't worried about the vote.")
        #expect(nested.map(\.cue) == ["said"])
    }

    @Test(arguments: [
        ("Jane Holt's claim that the harvest failed was false.", "the harvest failed was false", "claim that", "Jane Holt"),
        ("Jane Holt spoke. Her refusal to sign the deal is final.", "to sign the deal", "refusal", "Jane Holt"),
        ("Jane Holt spoke. Her comments on the budget gap were brief.", "the budget gap", "comments on", "Jane Holt"),
        ("Jane Holt spoke. Her complaints about refereeing have grown louder.", "refereeing", "complaints about", "Jane Holt"),
        ("Tom Reed criticized Jane Holt's proposal for a new tax on grain.", "a new tax on grain", "proposal for", "Jane Holt"),
    ])
    func aNounOfSayingOrIntendingReportsItsOwners(text: String, content: String, cue: String, speaker: String) throws {
        let (_, found) = try quotes(text)
        #expect(found.last == Found(kind: .indirect, text: content, speaker: speaker, cue: cue))
    }

    @Test func aNounOfSayingNeedsAnOwnerAndItsComplement() throws {
        // No owner; a relative clause, not a complement; a date, not a topic.
        for text in ["The claim that the harvest failed was false.", "Jane Holt's claim that was made in May failed.",
                     "Jane Holt's comments on Tuesday were brief."] {
            #expect(try quotes(text).1.isEmpty, "\(text)")
        }
    }

    @Test func aReportedClauseEndsWhereAnotherSpeakersReportStarts() throws {
        let (_, found) = try quotes("Jane Holt said the dam would hold, and at the hearing on the repairs, the engineers said it would break.")
        #expect(found.map(\.speaker) == ["Jane Holt", "the engineers"])
        #expect(found.first.map { !$0.text.contains("engineers") } == true)
        #expect(found.last?.text == "it would break")
        // A cue set off by commas goes on with the clause.
        let (_, parenthetical) = try quotes("Jane Holt said the dam, the engineers said, would hold until May.")
        #expect(parenthetical.first?.text.hasSuffix("would hold until May") == true)
    }

    @Test(arguments: [
        ("The billing error was first reported by The Washington Post.", "The billing error", "The Washington Post",
         "was first reported by"),
        ("A different side of the story was being told by the county officials.", "A different side of the story",
         "the county officials", "was being told by"),
        ("The farm plan was rejected by Senate Republicans on Friday.", "The farm plan", "Senate Republicans", "was rejected by"),
    ])
    func aVerbOfSayingInThePassiveReportsItsSubjectAsTheAgents(text: String, content: String, speaker: String, cue: String) throws {
        let (_, found) = try quotes(text)
        #expect(found == [Found(kind: .indirect, text: content, speaker: speaker, cue: cue)])
    }

    @Test func aPassiveWithAnAgentNeedsAVerbOfSayingAndASubject() throws {
        // Not a verb of saying or stance; a pronoun alone is no content.
        for text in ["The bill was passed by Congress in May.", "It was first declared by President Nixon in 1971."] {
            #expect(try quotes(text).1.isEmpty, "\(text)")
        }
        // After "that", the words are the clause of the noun before it, not the passive's subject.
        let (_, found) = try quotes("Jane Holt's claim that the dam is safe was rejected by the court.")
        #expect(found.map(\.cue) == ["claim that"])
    }

    @Test func aDescriptionThatARelativeClauseEndsIsTheWordsBeforeIt() throws {
        for (text, speaker) in [("The doctor who sent the letter said the drug was unsafe.", "The doctor"),
                                ("A neighbor who witnessed the crash told police the driver was speeding.", "A neighbor"),
                                ("The company that made the drug said it was safe.", "The company")] {
            #expect(try quotes(text).1.first?.speaker == speaker, "\(text)")
        }
    }

    @Test func aParticipleOpeningTheSentenceSharesTheMainSubject() throws {
        let (_, found) = try quotes("Jane Holt spoke. After saying her left knee was “so stiff I could hardly stand,” she was driven to the clinic.")
        #expect(found.map(\.description) == ["partial|her left knee was “so stiff I could hardly stand,”|Jane Holt|saying"])
    }

    @Test func wordsWithAModalOrAuxiliaryAreNoSpeaker() throws {
        // "It is worth noting …", "the judges have no business choosing …": a clause, not someone.
        for text in ["It is worth noting the tax bill levied by the county.",
                     "The judges have no business choosing what voters may read."] {
            #expect(try quotes(text).1.allSatisfy { $0.speaker == nil }, "\(text)")
        }
        // "has long said": an adverb of time between the name and its verb.
        #expect(try quotes("Jane Holt has long said the dam is safe.").1.first?.speaker == "Jane Holt")
    }

    @Test func noCommaOpensAReportedClause() throws {
        let (_, found) = try quotes("Jane Holt spoke. And perhaps, she said, the dam will hold until May.")
        #expect(found.allSatisfy { !$0.text.hasPrefix(",") })
    }

    @Test func aCoordinatedVerbThatIsAlsoAPluralNoun() throws {
        let (_, found) = try quotes("Jane Holt proposes doing away with the fee, and plans to cut taxes for farmers.")
        #expect(found.last == Found(kind: .indirect, text: "to cut taxes for farmers", speaker: "Jane Holt", cue: "plans"))
        #expect(try quotes("The old plans to build a dam were dropped.").1.isEmpty)
    }

    @Test func aQuantifierAloneStandsForPeopleAndNoClauseIsItsOwnSpeaker() throws {
        for (text, speaker) in [("Some said the dam would fail.", "Some"), ("Both said the talks went well.", "Both"),
                                ("Farmers were angry, and several said they would sue.", "several")] {
            let (_, found) = try quotes(text)
            #expect(found.last?.speaker == speaker, "\(text)")
            #expect(found.allSatisfy { $0.speaker != $0.text }, "\(text)")
        }
    }

    @Test func aClosingVerbOfFindingNeedsASourceOfFindings() throws {
        let (_, found) = try quotes("The county is divided by income, other studies have shown.")
        #expect(found == [Found(kind: .indirect, text: "The county is divided by income", speaker: "other studies", cue: "shown")])
        #expect(try quotes("The city grew fast, the mayor found.").1.isEmpty)
    }

    @Test func aReportInThePassiveNeedsAFormOfBeAndAnInfinitive() throws {
        let (_, found) = try quotes("The expected gains are large. Prices rose more than expected to traders in Kent.")
        #expect(found.isEmpty)
        // The one told or a preposition, not a report: "reported to police", "known to fans", "considered for".
        for text in ["The theft was reported to police on Monday.", "The team was known to fans as the Reds.",
                     "He was considered for the job but lost.", "The song is said to the crowd each night."] {
            #expect(try quotes(text).1.isEmpty, "\(text)")
        }
        let (_, said) = try quotes("The ship is said to have sunk near the cape.")
        #expect(said.map(\.cue) == ["is said"])
    }

    @Test func aHeadlinesVerbOfStanceInTitleCase() throws {
        let (_, found) = try quotes("Jane Holt Calls Tom Reed ‘A Disgrace’ Over Farm Comments.\n\nJane Holt spoke on Monday.")
        #expect(found.first.map { [$0.speaker, $0.cue] } == ["Jane Holt", "Calls"])
        let (_, vows) = try quotes("Jane Holt Vows To Cut Taxes For Farmers.\n\nShe spoke on Monday.")
        #expect(vows.first == Found(kind: .indirect, text: "To Cut Taxes For Farmers", speaker: "Jane Holt", cue: "Vows"))
    }

    @Test func nobodySaidIt() throws {
        let (_, found) = try quotes("“The sky is falling and nobody will be spared from it,” read a sign.")
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}

@Suite struct SeedQuoteTests {
    @Test func seedAttributions() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/macron-europe-russia.txt")
        let (document, found) = try quotes(try String(contentsOf: url, encoding: .utf8))
        func speaker(ofQuoteContaining words: String) -> [String?] {
            document.quotes.filter { quote in quote.verbatim.contains { document.text(of: $0).contains(words) } }.map { $0.speaker?.name }
        }
        #expect(speaker(ofQuoteContaining: "in a transparent way") == ["Emmanuel Macron"])
        #expect(document.quotes.first { $0.verbatim.contains { document.text(of: $0).contains("in a transparent way") } }?.cue?.lemma == "tell")
        #expect(speaker(ofQuoteContaining: "pathetic diplomacy") == ["Sergey Lavrov", "Sergey Lavrov"])
        #expect(speaker(ofQuoteContaining: "illusion") == ["Emmanuel Macron"])
        #expect(document.quotes.first { $0.verbatim.contains { document.text(of: $0) == "illusion" } }?.speaker?.resolution == .pronoun)
        // Macron's two "technical talks"; the FAQ's question about the term is nobody's.
        #expect(speaker(ofQuoteContaining: "technical talks") == ["Emmanuel Macron", "Emmanuel Macron"])
        #expect(speaker(ofQuoteContaining: "EU debates").isEmpty)
        #expect(speaker(ofQuoteContaining: "realistic and cautious").isEmpty)
        for (words, who) in [("Europe must organise itself now", "Emmanuel Macron"), ("the objective is", "Emmanuel Macron"),
                             ("if President Putin were to pick up the phone", "Sergey Lavrov")] {
            #expect(found.contains { $0.kind == .indirect && $0.text.hasPrefix(words) && $0.speaker == who }, "\(words)")
        }
    }
}
