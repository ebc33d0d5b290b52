@testable import Dates
import Foundation
import Lexicons
import Segmentation
import Testing
import Tokens
import VerbatimCore

let directory = Lexicons.directory!.path
let segmenter = try! SentenceSegmenter(lexicon: SegmentationLexicon.load(fromDirectory: directory))
let normalizer = try! DateNormalizer(lexicon: CalendarLexicon.load(fromDirectory: directory))

/// (text, type, value, mod) of each expression; published on Friday 13 February 2026 unless told.
func dates(_ text: String, published: String? = "2026-02-13", language: String = "en") throws -> [String] {
    var document = Document(text: text, metadata: Metadata(published: published, language: language))
    try segmenter.apply(to: &document)
    try WordTokenStage().apply(to: &document)
    try normalizer.apply(to: &document)
    return document.dates.map { "\(document.text(of: $0.range))|\($0.kind.rawValue)|\($0.value)|\($0.mod ?? "-")" }
}

@Suite struct AbsoluteDateTests {
    @Test(arguments: [
        ("It happened on 3 February 2026.", "3 February 2026|DATE|2026-02-03|-"),
        ("It happened on 3\u{202F}February\u{202F}2026.", "3\u{202F}February\u{202F}2026|DATE|2026-02-03|-"),
        ("It happened on 3\u{00A0}Feb 2026.", "3\u{00A0}Feb 2026|DATE|2026-02-03|-"),
        ("It happened on February 3, 2026.", "February 3, 2026|DATE|2026-02-03|-"),
        ("It happened on Feb. 3, 2026.", "Feb. 3, 2026|DATE|2026-02-03|-"),
        ("It happened on Tuesday, February 3, 2026.", "Tuesday, February 3, 2026|DATE|2026-02-03|-"),
        ("It happened on the 3rd of February 2026.", "3rd of February 2026|DATE|2026-02-03|-"),
        ("It happened on 2026-02-03.", "2026-02-03|DATE|2026-02-03|-"),
        ("It happened in February 2026.", "February 2026|DATE|2026-02|-"),
        ("It happened in 2019.", "2019|DATE|2019|-"),
        ("It began in the 1990s.", "1990s|DATE|199|-"),
        ("It began in the 20th century.", "20th century|DATE|19|-"),
        ("Results for Q3 2025 came out.", "Q3 2025|DATE|2025-Q3|-"),
        ("It happened on the 3RD of February 2026.", "3RD of February 2026|DATE|2026-02-03|-"),
    ])
    func absoluteForms(text: String, expected: String) throws {
        #expect(try dates(text) == [expected])
    }

    @Test func numericDatesFollowTheLanguage() throws {
        #expect(try dates("Due 03/02/2026.") == ["03/02/2026|DATE|2026-03-02|-"])
        #expect(try dates("Prévu le 03/02/2026.", language: "fr") == ["03/02/2026|DATE|2026-02-03|-"])
        #expect(try dates("Due 25/12/2025.") == ["25/12/2025|DATE|2025-12-25|-"])
    }

    @Test func otherLanguagesMonthNames() throws {
        #expect(try dates("Le 3 février 2026, il a parlé.", language: "fr") == ["3 février 2026|DATE|2026-02-03|-"])
        #expect(try dates("Am 3. März 2026 sprach er.", language: "de") == ["3. März 2026|DATE|2026-03-03|-"])
        #expect(try dates("El 3 de marzo de 2026 habló.", language: "es") == ["3 de marzo de 2026|DATE|2026-03-03|-"])
        // A language with no month words of its own reads the English ones, capitals and all.
        #expect(try dates("Il 3 February 2026 parlò.", language: "it") == ["3 February 2026|DATE|2026-02-03|-"])
        #expect(try dates("They may march in May.", language: "it") == dates("They may march in May.", language: "en"))
        #expect(try dates("They may march in May.", language: "it").count == 1)
    }
}

@Suite struct RelativeDateTests {
    @Test(arguments: [
        ("He left yesterday.", "yesterday|DATE|2026-02-12|-"),
        ("He leaves tomorrow.", "tomorrow|DATE|2026-02-14|-"),
        ("He spoke today.", "today|DATE|2026-02-13|-"),
        ("He speaks tonight.", "tonight|TIME|2026-02-13TNI|-"),
        ("He spoke this morning.", "this morning|TIME|2026-02-13TMO|-"),
        ("He spoke last night.", "last night|TIME|2026-02-12TNI|-"),
        ("He spoke last week.", "last week|DATE|2026-W06|-"),
        ("He will speak next week.", "next week|DATE|2026-W08|-"),
        ("Sales fell this year.", "this year|DATE|2026|-"),
        ("Sales fell last month.", "last month|DATE|2026-01|-"),
        ("He spoke on Tuesday.", "Tuesday|DATE|2026-02-10|-"),
        ("He will speak on Tuesday.", "Tuesday|DATE|2026-02-17|-"),
        ("He visited in March.", "March|DATE|2025-03|-"),
        ("He will visit in March.", "March|DATE|2026-03|-"),
        // A deadline after a word of commitment is ahead; a full month name keeps the sentence's full stop out.
        ("The ministry has promised a text by May.", "May|DATE|2026-05|-"),
        ("Prices had fallen by May.", "May|DATE|2025-05|-"),
        ("It closed two years ago.", "two years ago|DATE|2024|-"),
        ("It closed three days ago.", "three days ago|DATE|2026-02-10|-"),
        ("Sales were lower a year earlier.", "a year earlier|DATE|2025|-"),
        ("It reopened three days later.", "three days later|DATE|2026-02-16|-"),
        ("It had opened more than a year earlier.", "more than a year earlier|DATE|2025|BEFORE"),
        ("It closed more than two years ago.", "more than two years ago|DATE|2024|BEFORE"),
        ("It closed less than a year ago.", "less than a year ago|DATE|2025|AFTER"),
        ("It will open no later than March 5.", "no later than March 5|DATE|2026-03-05|ON_OR_BEFORE"),
        ("He said so earlier this month.", "earlier this month|DATE|2026-02|-"),
        ("It was calm in mid-2025.", "mid-2025|DATE|2025|MID"),
        ("It broke down late last year.", "late last year|DATE|2025|END"),
        ("He said it in early February.", "early February|DATE|2026-02|START"),
        ("Prices rose in the third quarter.", "third quarter|DATE|2025-Q3|-"),
    ])
    func relativeForms(text: String, expected: String) throws {
        #expect(try dates(text) == [expected])
    }

    @Test func withoutAPublicationDateTheLastFullDateAnchors() throws {
        var document = Document(text: "On 3 February 2026 he spoke. He left the next day, and returned on Friday.")
        try segmenter.apply(to: &document)
    try WordTokenStage().apply(to: &document)
        try normalizer.apply(to: &document)
        let friday = try #require(document.dates.last)
        #expect(friday.value == "2026-01-30")
        #expect(friday.anchor == .previousDate("2026-02-03"))
    }

    @Test func laterAndEarlierCountFromTheTimeLastNamed() throws {
        #expect(try dates("The pilot program began in 2007. Congress cut its funding two years later.")
            == ["2007|DATE|2007|-", "two years later|DATE|2009|-"])
        #expect(try dates("Clinton visited in December 2011, and McConnell came a month later.")
            == ["December 2011|DATE|2011-12|-", "a month later|DATE|2012-01|-"])
        // A year counts no months: "a month later" after "2011" counts from the day of publication.
        #expect(try dates("It began in 2011. A month later it ended.") == ["2011|DATE|2011|-", "A month later|DATE|2026-03|-"])
        // Two paragraphs on, the story has moved on.
        #expect(try dates("It began in 2007.\n\nThen came more.\n\nIt ended two years later.")
            == ["2007|DATE|2007|-", "two years later|DATE|2028|-"])
    }

    @Test func inSomeUnitsIsADateAheadUnlessTheClauseIsPastOrDenies() throws {
        #expect(try dates("The trial begins in two weeks.") == ["two weeks|DATE|2026-W09|-"])
        #expect(try dates("A degree will cost more in 18 years.") == ["18 years|DATE|2044|-"])
        #expect(try dates("It was its second time in three years.") == ["three years|DURATION|P3Y|-"])
        #expect(try dates("He has never faced a race in 24 years.") == ["24 years|DURATION|P24Y|-"])
        #expect(try dates("It takes years, not in one year.") == ["one year|DURATION|P1Y|-"])
    }

    @Test func withoutAnyAnchorValuesStayUnderspecified() throws {
        #expect(try dates("He spoke on Tuesday and visited in March.", published: nil) ==
                ["Tuesday|DATE|XXXX-WXX-2|-", "March|DATE|XXXX-03|-"])
    }
}

@Suite struct DurationSetTimeTests {
    @Test(arguments: [
        ("It lasted three years.", "three years|DURATION|P3Y|-"),
        ("It lasted more than two weeks.", "more than two weeks|DURATION|P2W|MORE_THAN"),
        ("It lasted about 10 days.", "about 10 days|DURATION|P10D|APPROX"),
        // A comma that groups digits is part of the number.
        ("The siege lasted 1,000 days.", "1,000 days|DURATION|P1000D|-"),
        ("It lasted less than an hour.", "less than an hour|DURATION|PT1H|LESS_THAN"),
        ("It grew over the past decade.", "past decade|DURATION|P10Y|-"),
        ("They meet every week.", "every week|SET|P1W|-"),
        ("They meet daily.", "daily|SET|P1D|-"),
        ("They meet every Tuesday.", "every Tuesday|SET|XXXX-WXX-2|-"),
        ("It is happening now.", "now|DATE|PRESENT_REF|-"),
        ("It happened recently.", "recently|DATE|PAST_REF|-"),
        ("It happened in the past.", "the past|DATE|PAST_REF|-"),
        ("It will happen in the future.", "the future|DATE|FUTURE_REF|-"),
        ("The vote is at 5 p.m.", "5 p.m.|TIME|2026-02-13T17:00|-"),
        ("The vote is at 17:30.", "17:30|TIME|2026-02-13T17:30|-"),
    ])
    func forms(text: String, expected: String) throws {
        #expect(try dates(text) == [expected])
    }

    @Test func aClockTimeTakesTheDateNextToIt() throws {
        #expect(try dates("The vote was at 5 p.m. on Tuesday.") == ["5 p.m.|TIME|2026-02-10T17:00|-", "Tuesday|DATE|2026-02-10|-"])
    }
}

@Suite struct FalseDateTests {
    @Test(arguments: [
        "Theresa May may march on the capital.",
        "Protesters march in May Street.",
        "The Sunday Times reported it.",
        "April Ryan asked a question.",
        "It cost $27 and $2026.",
        "It cost €2026, or £1999, and rose 2026%.",
        "Q5 and Q0 are no quarters.",
        "The 32nd and the 0th of the month are no days.",
        "Half, or 1/2, of the budget.",
        "Less than a quarter of the donors gave, a quarter of a million dollars.",
        "The score was 3-2.",
        "See page 12 and No. 2019 in the list.",
        "The 2,000 members voted.",
    ])
    func noDateHere(text: String) throws {
        #expect(try dates(text) == [])
    }
}

@Suite struct SeedDateTests {
    @Test func seedDates() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/macron-europe-russia.txt")
        let found = try dates(try String(contentsOf: url, encoding: .utf8))
        #expect(found.filter { $0.hasPrefix("3\u{202F}February\u{202F}2026|DATE|2026-02-03") }.count == 2)
        #expect(found.contains("early February|DATE|2026-02|START"))
    }
}

/// Day values are written `YYYY-MM-DD` with every place padded, whatever the year.
@Test func dayValuesArePaddedToTenCharacters() throws {
    #expect(try dates("It rained yesterday.", published: "0999-03-01") == ["yesterday|DATE|0999-02-28|-"])
    #expect(try dates("It rained yesterday.", published: "2026-01-01") == ["yesterday|DATE|2025-12-31|-"])
}

/// Values are padded with leading zeros to their width, and a longer number keeps every digit.
@Test func valuesArePaddedToTheirWidth() throws {
    #expect(try dates("It happened in the 5th century.") == ["5th century|DATE|04|-"])
    #expect(try dates("It happened at 5 p.m. on Monday.") == ["5 p.m.|TIME|2026-02-09T17:00|-", "Monday|DATE|2026-02-09|-"])
    #expect(try dates("It happened last week.") == ["last week|DATE|2026-W06|-"])
    #expect(try dates("It happened in the 1990s.") == ["1990s|DATE|199|-"])
}

/// "the past week" is a period up to now; "the past weeks" names no length, and is no date.
@Test func aPluralUnitIsNoPeriod() throws {
    #expect(try dates("Prices rose over the past week.") == ["past week|DURATION|P1W|-"])
    #expect(try dates("Prices rose over the past weeks.") == [])
}

/// A value's time of day is what follows its last "T", the last piece between "T"s that is not empty,
/// as splitting the value at its "T"s gives it.
@Test(arguments: ["2026-02-09T17:00", "XXXX-XX-XXT09:30", "T17:00", "2026-02-09", "2026T", "TT", "T", "", "aTbTc", "aTTb", "aTbTT"])
func clockIsTheLastPieceAfterT(value: String) {
    #expect(DateNormalizer.clock(of: value) == value.split(separator: "T").last)
}
