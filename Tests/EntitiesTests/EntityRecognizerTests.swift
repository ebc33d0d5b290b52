import Entities
import Foundation
import Lexicons
import Segmentation
import Testing
import Tokens
import VerbatimCore

let directory = Lexicons.directory!.path
let segmenter = try! SentenceSegmenter(lexicon: SegmentationLexicon.load(fromDirectory: directory))
let recognizer = try! EntityRecognizer(lexicon: EntityLexicon.load(directory: directory))

func entities(_ text: String, published: String? = "2026-02-13", using stage: EntityRecognizer = recognizer) throws -> [EntityMention] {
    var document = Document(text: text, metadata: Metadata(published: published))
    try segmenter.apply(to: &document)
    try WordTokenStage().apply(to: &document)
    try stage.apply(to: &document)
    return document.entities
}

/// (text, type, canonical name) of each mention, the way tests read best.
func summary(_ text: String, published: String? = "2026-02-13") throws -> [String] {
    var document = Document(text: text, metadata: Metadata(published: published))
    try segmenter.apply(to: &document)
    try WordTokenStage().apply(to: &document)
    try recognizer.apply(to: &document)
    return document.entities.map { "\(document.text(of: $0.range))|\($0.kind.rawValue)|\($0.name)" }
}

@Suite struct LexiconMatchingTests {
    @Test func longestMatchWins() throws {
        #expect(try summary("The Bank of England raised rates.") == ["Bank of England|organization|Bank of England"])
        #expect(try summary("He flew to New York.").first?.hasPrefix("New York|place") == true)
    }

    @Test func spaceHyphenAndApostropheVariantsMatch() throws {
        // NNBSP between names, U+2011 in a hyphenated pair, a curly apostrophe in a possessive.
        #expect(try summary("President Emmanuel\u{202F}Macron spoke.") == ["Emmanuel\u{202F}Macron|person|Emmanuel Macron"])
        #expect(try summary("EU\u{2011}Russia relations").map { $0.split(separator: "|")[0] } == ["EU", "Russia"])
        #expect(try summary("Russia’s economy and Ukraine's army.") == ["Russia|place|Russia", "Ukraine|place|Ukraine"])
    }

    @Test func aNamesFirstWordIsCapitalisedInTheText() throws {
        #expect(try summary("He read the economist's report and ate an apple.").isEmpty)
        #expect(try summary("He read the Economist and the Republican party's plan.").map { $0.split(separator: "|")[0] } == [
            "Economist", "Republican party"])
    }

    @Test func acronymsThatAreWordsMatchOnlyInTheirCase() throws {
        #expect(try summary("The WHO warned. Who knows?") == ["WHO|organization|World Health Organization"])
        #expect(try summary("The US said it would help us.") == ["US|place|United States"])
        #expect(try summary("NATO met. The EU too.").map { $0.split(separator: "|")[2] } == ["North Atlantic Treaty Organization", "European Union"])
    }

    @Test func transliterationsLinkToOnePerson() throws {
        let found = try entities("Zelensky met Zelenskiy, also written Volodymyr Zelenskyy, and Sergei Lavrov.")
        #expect(Set(found.filter { $0.name == "Volodymyr Zelenskyy" }.map(\.entityID)) == ["person:volodymyr-zelenskyy"])
        #expect(found.filter { $0.name == "Volodymyr Zelenskyy" }.count == 3)
        #expect(found.contains { $0.name == "Sergey Lavrov" })
    }

    @Test func placesCarryTheirGazetteerFacts() throws {
        let moscow = try #require(try entities("Talks in Moscow.").first)
        #expect(moscow.subtype == "capital")
        #expect(moscow.attributes["country"] == "RU")
        #expect(moscow.attributes["geonames"] == "524901")
        #expect(moscow.attributes["lat"] != nil && moscow.attributes["lon"] != nil)
        #expect(moscow.rule.hasPrefix("lexicon places.generated.tsv:"))
    }

    @Test func politicalAffiliationsNameGroupsNotPeople() throws {
        // A speech verb before or after them made persons of "Republican" and "Democrats"; the parties
        // themselves stay organizations.
        #expect(try summary("She said Republican Jane Holt was wrong, and many Democrats agreed.") == [
            "Republican|nationality|Republican", "Jane Holt|person|Jane Holt", "Democrats|nationality|Democrat"])
        #expect(try summary("The Democratic Party and the Liberal Democrats said no.") == [
            "Democratic Party|organization|Democratic Party", "Liberal Democrats|organization|Liberal Democrats"])
    }

    @Test func groupsOfPeopleAreNoPeople() throws {
        #expect(try summary("Many Hispanics say the plan works.") == ["Hispanics|nationality|Hispanic"])
        #expect(try summary("He told African-Americans it would.") == ["African-Americans|nationality|African American"])
    }

    @Test func aCityIsNotAnotherCitysOldName() throws {
        // "Philadelphia" is also Amman's ancient name in GeoNames; a reader means the larger city of that name.
        let found = try entities("She flew from Philadelphia on Monday.")
        #expect(found.map(\.name) == ["Philadelphia"])
        #expect(found.first?.attributes["country"] == "US")
    }

    @Test func nationalitiesAreNotPlaces() throws {
        #expect(try summary("French and Russian diplomats met.") == ["French|nationality|French", "Russian|nationality|Russian"])
    }
}

@Suite struct RoleAndRegionTests {
    @Test func rolePhrasesResolveOnThePublicationDate() throws {
        let found = try entities("Russia's foreign minister and the French president spoke.")
        let roles = found.filter { $0.kind == .role }
        #expect(roles.map(\.name) == ["Sergey Lavrov", "Emmanuel Macron"])
        #expect(roles.map { $0.attributes["refers_to"] } == ["person:sergey-lavrov", "person:emmanuel-macron"])
    }

    @Test func officesChangeHands() throws {
        let before = try entities("The German chancellor spoke.", published: "2024-01-10").first { $0.kind == .role }
        let after = try entities("The German chancellor spoke.", published: "2026-01-10").first { $0.kind == .role }
        #expect(before?.name == "Olaf Scholz")
        #expect(after?.name == "Friedrich Merz")
    }

    @Test func aTitleBeforeANameIsNotARole() throws {
        #expect(try entities("French President Emmanuel Macron arrived.").allSatisfy { $0.kind != .role })
    }

    @Test func titleOfCountry() throws {
        #expect(try entities("The President of France arrived.").first { $0.kind == .role }?.name == "Emmanuel Macron")
    }

    @Test func directionAndCountryNameARegion() throws {
        let region = try #require(try entities("A visit to northeastern France.").first { $0.subtype == "region" })
        #expect(region.name == "northeastern France")
        #expect(region.attributes["country"] == "FR")
    }
}

@Suite struct NamePatternTests {
    @Test func aNameWrittenInFullAgainIsTheSameEntityFoundAgain() throws {
        // Each full mention is found by its own pattern (its own rule and place) and names the same
        // person with the same id; a different spelling is someone else.
        let found = try entities("Dr. Tobias Brandvold spoke first. Later, Dr. Tobias Brandvold said the plan was sound.\n\n"
            + "Mayor Tobias Brandvold disagreed. Dr. Tobias Brandvolds wrote too.")
        let full = found.filter { $0.name == "Tobias Brandvold" }
        #expect(full.map(\.range.start) == [4, 45, 94])
        #expect(full.allSatisfy { $0.entityID == "doc:person:tobias-brandvold" && $0.source == .pattern && $0.kind == .person })
        #expect(full.map(\.rule) == ["title 'Dr.' before the name", "title 'Dr.' before the name", "title 'Mayor' before the name"])
        #expect(found.contains { $0.name == "Tobias Brandvolds" && $0.entityID == "doc:person:tobias-brandvolds" })
    }

    @Test func aNounForAKindOfOrganizationBeforeTheName() throws {
        #expect(try summary("The union Usdaw and the supermarket Quillmart met.") == [
            "Usdaw|organization|Usdaw", "Quillmart|organization|Quillmart"])
    }

    @Test func aCapitalisedVerbInsideANameOrAParticipleIsNoSpeechCue() throws {
        // "States" says nothing in "the United States Embassy in Beijing"; "Additional reporting by" credits
        // a reporter, it names no one "Additional".
        let embassy = try entities("The monitor of the United States Embassy in Beijing was read daily.")
        #expect(!embassy.contains { $0.kind == .person })
        let credits = try entities("(Reporting by Jane Holt; Additional reporting by Tom Vale.)").filter { $0.kind == .person }
        #expect(!credits.contains { $0.name == "Additional" })
    }

    @Test func aTitleBeforeACompoundAWordOfFunctionOrAPlaceIsNoPersonsTitle() throws {
        for text in ["Congress passed the Justice Against Sponsors of Terrorism Act.", "The Commander-In-Chief spoke on Tuesday.",
                     "Fans in the Queen City cheered."] {
            #expect(try entities(text).filter { $0.kind == .person }.isEmpty, "\(text)")
        }
        #expect(try summary("Justice Scalia wrote the opinion.") == ["Scalia|person|Scalia"])
    }

    @Test func anEmbassyAfterItsCountryIsAnOrganization() throws {
        // "Embassy" names no one who speaks: with the place before it, it is the embassy's name.
        #expect(try summary("The United States Embassy said on Monday that the office would close.")
            == ["United States Embassy|organization|United States Embassy"])
    }

    @Test func aNameAfterAVerbThatTakesAnObjectOrAClauseIsNoSpeaker() throws {
        // "think", "announced" and "dismissed" have an object or a clause after them; "said" goes before
        // its subject, so the name after it speaks.
        for text in ["“It is over,” they think Brexit will happen.", "The president announced Obamacare on Monday.",
                     "Critics dismissed Oversight as a stunt."] {
            #expect(try entities(text).filter { $0.kind == .person }.isEmpty, "\(text)")
        }
        #expect(try summary("“It is over,” said Okafor.") == ["Okafor|person|Okafor"])
        #expect(try summary("“It is over,” said Okafor on Friday.") == ["Okafor|person|Okafor"])
        // A name the reported clause goes on from is its subject, not the speaker.
        #expect(try entities("The president said Medicare is pushing premiums up.").filter { $0.kind == .person }.isEmpty)
    }

    @Test func aCensusSurnameTheArticleWritesInLowerCaseIsAWord() throws {
        // "People" is a US census surname; the article's own "people" says what it is here.
        #expect(try entities("People say the plan failed. Some people agree.").filter { $0.kind == .person }.isEmpty)
    }

    @Test func aCapitalTheAfterAMarkOpensAnOrganizationsName() throws {
        #expect(try summary("“It was a mistake,” The Hill reported.") == ["Hill|organization|Hill"])
    }

    @Test func aPlaceAfterAGivenNameAndAnInitialIsASurname() throws {
        // "Bush" is also a town in Egypt (GeoNames' "Būsh"), "Kennedy" one in Colombia.
        #expect(try summary("President George W. Bush met John F. Kennedy's family; Bush spoke.") == [
            "George W. Bush|person|George W. Bush", "John F. Kennedy|person|John F. Kennedy", "Bush|person|George W. Bush"])
    }

    @Test func thePluralOfAnAbbreviationIsNoName() throws {
        #expect(try summary("Jane Holt told MPs that NGOs and CEOs were worried.").map { $0.split(separator: "|")[0] } == ["Jane Holt"])
    }

    @Test(arguments: [
        ("Sen. Jane Holt spoke.", "Jane Holt", "title"),
        ("Jane Holt spoke.", "Jane Holt", "given name"),
        ("The vote passed, Okonkwo said.", "Okonkwo", "speech verb"),
        ("“No,” said Okonkwo.", "Okonkwo", "speech verb"),
        ("Okonkwo, a farmer from Kent, said prices doubled.", "Okonkwo", "apposition"),
        ("Okonkwo, 54, runs the farm.", "Okonkwo", "age"),
        ("The head of the league's panel, Zbysław Qerimaj, said on Friday.", "Zbysław Qerimaj", "after the name and a comma"),
        ("The club signed midfielder Tavo Asante-Mensah on Monday.", "Tavo Asante-Mensah", "person noun 'midfielder'"),
        ("The grant went to 34-year-old Brannagh Quill.", "Brannagh Quill", "-year-old"),
        ("Mr Okonkwo, the former chancellor, spoke.", "Okonkwo", "title 'Mr'"),
        ("He met Mrs May on Monday.", "May", "title 'Mrs'"),
        ("The former Miss Universe Alicia Machado spoke.", "Alicia Machado", "title 'Miss Universe'"),
    ])
    func findsPeopleNoLexiconKnows(text: String, name: String, rule: String) throws {
        let person = try #require(try entities(text).first { $0.kind == .person })
        #expect(person.name == name)
        #expect(person.source == .pattern)
        #expect(person.rule.contains(rule))
        #expect(person.entityID.hasPrefix("doc:person:"))
    }

    @Test func aNameInATitleCaseHeadlineEndsAtItsFirstWordThatIsNoName() throws {
        // Capitals say nothing in a headline: "Campaign" is no part of the name.
        let text = "Jane Holt Campaign Rallies Voters On Trade\n\nJane Holt said the rivals were wrong."
        var document = Document(text: text)
        try segmenter.apply(to: &document)
        try WordTokenStage().apply(to: &document)
        try recognizer.apply(to: &document)
        let people = document.entities.filter { $0.kind == .person }
        #expect(people.map { document.text(of: $0.range) } == ["Jane Holt", "Jane Holt"])
        #expect(Set(people.map(\.entityID)).count == 1)
        // A headline's verb ends a name too ("Speaks" is also a family name).
        #expect(try summary("Jane Holt Speaks\n\nThe minister spoke at length.").first == "Jane Holt|person|Jane Holt")
    }

    @Test func aHeadlineOpeningWithAGivenNameNamesNoOneByItsCapitalsAlone() throws {
        // "Nancy" is a given name, but "Campaign" no name: the headline is no person's name, and the
        // sentence-initial "In" below is linked to no one.
        let text = "Nancy Campaign Reportedly Scrambling For Votes In Kent\n\nIn the end, the count was close."
        #expect(try entities(text).filter { $0.kind == .person }.isEmpty)
        #expect(try entities("Nancy Campaign Reportedly Hunting For Young Voter Support In Ohio, the count was close.")
            .filter { $0.kind == .person }.isEmpty)
    }

    @Test(arguments: [
        ("Acme Holdings Ltd raised prices.", "Acme Holdings Ltd"),
        ("The Ministry of Defence declined.", "Ministry of Defence"),
        ("She studied at the University of Oxford.", "University of Oxford"),
        ("The debate at Hofstra University on Monday was loud.", "Hofstra University"),
    ])
    func findsOrganizationsByTheirWords(text: String, name: String) throws {
        let found = try entities(text)
        #expect(found.contains { $0.kind == .organization && $0.name == name })
        #expect(!found.contains { $0.kind == .place }) // the place inside the name is not a separate mention
    }

    /// Places absorbed into organizations are dropped from among the other mentions, which stay as
    /// they were, in text order.
    @Test func placesInsideOrganizationsLeaveTheOtherMentionsAsTheyWere() throws {
        let text = "In Berlin, the University of Oxford and the University of Paris met officials from Madrid and Lyon."
        #expect(try summary(text) == ["Berlin|place|Berlin", "University of Oxford|organization|University of Oxford",
                                      "University of Paris|organization|University of Paris", "Madrid|place|Madrid", "Lyon|place|Lyon"])
    }

    /// A city named like a person found in the text is that person; the mentions around it stay as
    /// they were, in text order.
    @Test func aCityNamedLikeAPersonIsThatPerson() throws {
        let text = "Mayor Tom Jackson said the plan works, and the council in Denver agreed. Jackson added that Austin and Boston would follow."
        #expect(try summary(text) == ["Tom Jackson|person|Tom Jackson", "Denver|place|Denver", "Jackson|person|Tom Jackson",
                                      "Austin|place|Austin", "Boston|place|Boston"])
    }

    @Test func namesListedAfterAPersonArePeople() throws {
        let people = try entities("Seats went to Jane Holt, Orla Vantongeren and Piet Hoekstraat.").filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Jane Holt", "Orla Vantongeren", "Piet Hoekstraat"])
        #expect(people.dropFirst().allSatisfy { $0.rule == "listed after a person" })
    }

    @Test func aRunThatNamesNothingIsCutAtItsConnector() throws {
        let people = try entities("Keepers of Henry Tudor's papers met.").filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Henry Tudor"])
    }

    @Test func anOrganizationEndsBeforeATitle() throws {
        let found = try entities("The Quillon Rowing Association President Maren Duvall resigned.")
        #expect(found.map(\.name) == ["Quillon Rowing Association", "Maren Duvall"])
        #expect(found.map(\.kind) == [.organization, .person])
    }

    @Test func anOrganizationNamedAfterAPlaceStartsWithIt() throws {
        let found = try entities("Shares fell on the London Stock Exchange. Leeds United won.")
        #expect(found.map(\.name) == ["London Stock Exchange", "Leeds United"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test func placeWordsMakePlaces() throws {
        let found = try entities("The ferry left Port Quentar for Marrow Island, near Lake Oskel.")
        #expect(found.map(\.name) == ["Port Quentar", "Marrow Island", "Lake Oskel"])
        #expect(found.allSatisfy { $0.kind == .place && $0.rule.hasPrefix("place word") })
    }

    @Test func aLowerCaseArticleIsNotPartOfAPlace() throws {
        #expect(try summary("Trade with the Netherlands and the Middle East grew.").map { $0.split(separator: "|")[0] }
                == ["Netherlands", "Middle East"])
    }

    @Test func aGivenNameAloneLinksToTheLastPersonWithIt() throws {
        let found = try entities("Coach Ruth Okafor arrived. Everyone said Ruth was calm.")
        #expect(found.map(\.entityID) == ["doc:person:ruth-okafor", "doc:person:ruth-okafor"])
    }

    /// A name found by pattern gets an id of its lower-cased letters and digits, "-" for the rest,
    /// in ASCII and beyond it alike.
    @Test func patternIdsSpellTheNameLowerCased() throws {
        let ascii = try entities("Coach Ruth O'Okafor-Bell2 arrived.").filter { $0.kind == .person }
        #expect(ascii.map(\.entityID) == ["doc:person:ruth-o-okafor-bell2"])
        let accented = try entities("Coach Émile Zoë Brontë arrived.").filter { $0.kind == .person }
        #expect(accented.map(\.entityID) == ["doc:person:émile-zoë-brontë"])
    }

    @Test func aPlaceInsideAPersonsNameYields() throws {
        // A capital after "finalist" and an unknown first name; a city's alternate name before a family name.
        let found = try entities("Wimbledon finalist Tavi Washington lost. Washington was tired. He beat Ariel Mendoza.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Tavi Washington", "Tavi Washington", "Ariel Mendoza"])
        #expect(!found.contains { $0.kind == .place && $0.name != "Wimbledon" })
    }

    @Test func anotherGivenNameBeforeAKnownSurnameIsSomeoneElse() throws {
        let found = try entities("Eric Trump said the plan failed. Later Melania Trump smiled. Donald Trump spoke.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Eric Trump", "Melania Trump", "Donald Trump"])
        #expect(found.filter { $0.entityID == "person:donald-trump" }.map(\.name) == ["Donald Trump"])
    }

    @Test func aPlaceThatIsAGivenNameBeforeASurnameIsAPerson() throws {
        let found = try entities("People ran, said Jordan Ellis, 31. In Jordan King Abdullah spoke.")
        #expect(found.filter { $0.kind == .person }.map(\.name).first == "Jordan Ellis")
        // Before a title the country stays.
        #expect(found.contains { $0.kind == .place && $0.name == "Jordan" })
    }

    @Test func aNationalityOpensAnOrganizationsName() throws {
        let found = try entities("The American Heart Association said so. German Chancellor Olaf Scholz agreed.")
        #expect(found.filter { $0.kind == .organization }.map(\.name) == ["American Heart Association"])
        #expect(found.contains { $0.kind == .nationality && $0.name == "German" })
    }

    @Test func aTownAfterATitleAndAWordIsASurname() throws {
        let found = try entities("Attorney General Merrick Garland said it. U.S. Attorney Rachel Moody agreed.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Merrick Garland", "Rachel Moody"])
        // A title and a name before the town, not a title and a word: the town stays.
        let town = try entities("Mayor Tom Reed visited Garland.")
        #expect(town.last?.kind == .place)
    }

    @Test func aTitleInsideARunStartsAPersonsName() throws {
        let found = try entities("Independent MP Zali Steggall said both parties had failed.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Zali Steggall"])
    }

    @Test func aCountryAfterAGivenNameIsASurnameAndSpeaksLater() throws {
        let found = try entities("The panel met. Rep. Jim Jordan (R-Ohio) spoke first. Jordan said the deal was bad. Jordan is a kingdom.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Jim Jordan", "Jim Jordan"])
        // Where nothing makes the word a person, the country stays.
        #expect(found.last?.kind == .place)
    }

    @Test func townsPlayingAreTeams() throws {
        let found = try entities("Brexley beat Somerset by an innings. Later Brexley led the table. Their match against Yorkshire was drawn.")
        let teams = found.filter { $0.subtype == "sports-team" }
        #expect(teams.map { $0.name } == ["Brexley", "Somerset", "Brexley", "Yorkshire"])
        #expect(teams.allSatisfy { $0.kind == .organization })
        // Without a result or fixture, a place stays a place; a protest against a city is no match.
        #expect(try entities("Farmers marched against Moscow.").map(\.kind) == [.place])
        #expect(try entities("Plessy v. Ferguson was decided in 1896.").allSatisfy { $0.subtype != "sports-team" })
    }

    @Test func aSpeakingAcronymOrNameAfterTheIsAnOrganization() throws {
        let found = try entities("The QNB said it would act. Later the Brexley Courier reported it. Jane Holt said so.")
        #expect(found.map { "\($0.name)|\($0.kind)" } == ["QNB|organization", "Brexley Courier|organization", "Jane Holt|person"])
        #expect(found[0].rule == "acronym before speech verb 'said'")
        // In a line set in capitals every word looks like an acronym.
        #expect(try entities("HE'S BEEN CRITICISED BY OTHER NURSES. EVEN HIS MANAGER AGREES.").isEmpty)
    }

    @Test func aCompanyAfterAGivenNameIsASurname() throws {
        let found = try entities("Fans of Jane Apple and the opera met. Wells Fargo and Apple fell.")
        #expect(found.map { "\($0.name)|\($0.kind)" } == ["Jane Apple|person", "Wells Fargo|organization", "Apple|organization"])
    }

    @Test func anAbbreviationInBracketsNamesTheOrganization() throws {
        let found = try entities("The Quorn Narcotics Bureau (QNB) said so. Later the QNB denied it.")
        #expect(found.map { $0.name } == ["Quorn Narcotics Bureau", "Quorn Narcotics Bureau", "Quorn Narcotics Bureau"])
        #expect(Set(found.map(\.entityID)).count == 1)
        #expect(found[1].rule.hasPrefix("abbreviation of"))
    }

    @Test func placeNounsMakePlacesAndTheyRecur() throws {
        let found = try entities("Farmers in Huizel county were arrested. The island of Brennick is cold; Brennick is remote.")
        #expect(found.map(\.name) == ["Huizel", "Brennick", "Brennick"])
        #expect(found.allSatisfy { $0.kind == .place })
    }

    @Test func aNameAfterAnArticleIsNoPerson() throws {
        #expect(try entities("Prices rose, the Qurvan said on Friday.").allSatisfy { $0.kind != .person })
    }

    @Test func aSpacedDashEndsAName() throws {
        let found = try entities("NOTE - Quellmate Corp is the full company name.")
        #expect(found.map(\.name) == ["Quellmate Corp"])
    }

    @Test func aGivenNameInsideALongerRunStartsAPerson() throws {
        let found = try entities("Harbour Financial Secretary Donald Qwang said on Friday the port was busy.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Donald Qwang"])
        // A run that opens with a given name too ("Charlotte"): the title and the given name inside it
        // start the person's name; a title word that is also a name's ("King", "M.") does not.
        let mayor = try entities("Charlotte Mayor Jennifer Quorrel said on Friday the port was busy.")
        #expect(mayor.filter { $0.kind == .person }.map(\.name) == ["Jennifer Quorrel"])
        let host = try entities("Larry King said so, and so did Richard M. Nixon.")
        #expect(host.filter { $0.kind == .person }.map(\.name) == ["Larry King", "Richard M. Nixon"])
    }

    @Test func aHeadlineNamesThePersonBeforeTheBodyDoes() throws {
        let found = try entities("QUILLBY NAMED AS CAPTAIN.\n\nThe club named Jane Quillby captain on Friday.")
        #expect(found.map(\.entityID) == ["doc:person:jane-quillby", "doc:person:jane-quillby"])
    }

    @Test func aHeadlinesVerbEndsTheNameBeforeIt() throws {
        let found = try summary("Jane Quillby Says Tom Reddaway Is Wrong On Farms.\n\nShe spoke.")
        #expect(found == ["Jane Quillby|person|Jane Quillby", "Tom Reddaway|person|Tom Reddaway"])
        // "Will" and "May" are names too; they stay in a name.
        #expect(try summary("Theresa May spoke.").first == "Theresa May|person|Theresa May")
    }

    @Test func laterMentionsLinkToTheFullName() throws {
        let found = try entities("Jane Holt arrived. Later, Holt said no.")
        #expect(found.map(\.entityID) == ["doc:person:jane-holt", "doc:person:jane-holt"])
        #expect(found[1].source == .coreference)
    }

    @Test func aPersonNamedLikeATownIsAPerson() throws {
        let found = try entities("Senator Elizabeth Warren spoke. Warren left.")
        #expect(found.map(\.kind) == [.person, .person])
        #expect(found.map(\.name) == ["Elizabeth Warren", "Elizabeth Warren"])
    }

    @Test(arguments: ["by Chief Editor", "He said nothing.", "Officials said the plan failed.", "The Committee said no."])
    func findsNoPersonWithoutEvidence(text: String) throws {
        #expect(try entities(text).allSatisfy { $0.kind != .person })
    }
}

@Suite struct UserLexiconTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-lexicon-\(UUID().uuidString).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func userEntriesExtendAndOverride() throws {
        let file = try write("""
        # my newsroom's people
        person:ana-ruiz\tperson\tjournalist\tAna Ruiz\tRuiz\tcountry=ES
        geonames:524901\tplace\tcapital\tMoskva\tMoscow\tcountry=RU
        """)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let custom = try EntityRecognizer(lexicon: EntityLexicon.load(directory: directory, userFiles: [file]))
        let found = try entities("Ana Ruiz reported from Moscow.", using: custom)
        #expect(found.map(\.name) == ["Ana Ruiz", "Moskva"])
        #expect(found[0].rule.contains(":2 alias 'Ana Ruiz'"))
    }

    @Test(arguments: [
        ("x\tperson\n", "expected 4 to 6 tab-separated fields, found 2", 1),
        ("x\tanimal\ts\tName\n", "unknown type 'animal' (person, place, organization, nationality, role)", 1),
        ("# c\nx\tperson\ts\tName\t\tcountry\n", "attribute 'country' is not key=value", 2),
        ("x\tperson\ts\tName\t\troles=president/FR\n", "role 'president/FR' is not OFFICE/COUNTRY/FROM/TO", 1),
        ("x\tperson\ts\t  \n", "missing name", 1),
        ("\n#c\nx\tperson\ts\tName\t\tcountry=FR;=x\n", "attribute '=x' is not key=value", 3),
        // A malformed attribute is named before a malformed role, wherever each stands.
        ("x\tperson\ts\tName\t\troles=president/FR;country\n", "attribute 'country' is not key=value", 1),
    ])
    func badFilesSayWhereAndWhy(text: String, reason: String, line: Int) throws {
        let file = try write(text)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: LexiconError(file: file, line: line, reason: reason)) {
            try EntityLexicon.load(directory: directory, userFiles: [file])
        }
    }

    @Test func attributesAreReadBetweenSemicolons() throws {
        let file = try write("x:1\tperson\tjournalist\tAna Ruiz\tA. Ruiz|Ruiz\tcountry=ES;;wikidata=Q1;exact=Ruiz;roles=editor/ES/2020-01-01/\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let entry = try #require(EntityLexicon.load(directory: directory, userFiles: [file]).entries(matching: "Ana Ruiz").first)
        #expect(entry.attributes == ["country": "ES", "wikidata": "Q1"])
        #expect(entry.aliases == ["Ana Ruiz", "A. Ruiz", "Ruiz"])
        #expect(entry.exactAliases == ["Ruiz"])
        #expect(entry.roles.map { [$0.office, $0.country, $0.from ?? "-", $0.to ?? "-"] } == [["editor", "ES", "2020-01-01", "-"]])
        #expect(entry.origin.hasSuffix(":1"))
    }

    @Test func aMissingFileIsReported() {
        #expect(throws: LexiconError(file: "/no/such.tsv", reason: "cannot read the file")) {
            try EntityLexicon.load(directory: directory, userFiles: ["/no/such.tsv"])
        }
        #expect(throws: LexiconError(file: directory, reason: "cannot read the file")) {
            try EntityLexicon.load(directory: directory, userFiles: [directory])
        }
    }

    @Test func aUserEntryReplacesTheShippedOneWithItsId() throws {
        let shipped = try #require(EntityLexicon.load(directory: directory).entries(matching: "Paris").first)
        let file = try write("\(shipped.id)\tplace\tcity\tParis\tCity of Light\tcountry=FR;population=1\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let lexicon = try EntityLexicon.load(directory: directory, userFiles: [file])
        let entry = try #require(lexicon.entries(matching: "City of Light").first)
        #expect(entry.id == shipped.id && entry.attributes == ["country": "FR", "population": "1"] && !entry.isGenerated)
        #expect(lexicon.entries.filter { $0.id == shipped.id }.count == 1)
        #expect(lexicon.entries(matching: "Paris").first?.originFile == file.split(separator: "/").last.map(String.init))
    }
}

@Suite struct SeedEntityTests {
    @Test func seedPeoplePlacesAndOrganizations() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/macron-europe-russia.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var document = Document(text: text, metadata: Metadata(published: "2026-02-13"))
        try segmenter.apply(to: &document)
    try WordTokenStage().apply(to: &document)
        try recognizer.apply(to: &document)
        let mentions = document.entities
        func ids(named name: String) -> Set<String> { Set(mentions.filter { $0.name == name && $0.kind == .person }.map(\.entityID)) }
        for person in ["Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelenskyy", "Sergey Lavrov"] {
            #expect(ids(named: person).count == 1, "\(person)")
        }
        // Every "Putin", including "President Putin", is linked.
        let putins = text.components(separatedBy: "Putin").count - 1
        #expect(mentions.filter { $0.name == "Vladimir Putin" && $0.kind == .person }.count == putins)
        let moscows = text.components(separatedBy: "Moscow").count - 1
        #expect(mentions.filter { $0.name == "Moscow" && $0.kind == .place }.count == moscows)
        for place in ["Europe", "Russia", "Ukraine", "France"] {
            #expect(mentions.contains { $0.name == place && $0.kind == .place }, "\(place)")
        }
        #expect(mentions.contains { document.text(of: $0.range) == "EU" && $0.kind == .organization && $0.name == "European Union" })
        #expect(!mentions.contains { document.text(of: $0.range).contains("Chief") || document.text(of: $0.range).contains("Editor") })
    }
}
