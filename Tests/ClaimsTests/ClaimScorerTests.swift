import Foundation
import Testing
import Verbatim
@testable import Claims

let annotator: Annotator = {
    var configuration = Annotator.Configuration()
    configuration.minimumClaimScore = 0
    return try! Annotator(configuration)
}()

/// The claim record of the only sentence of `text`.
func claim(_ text: String, published: String? = "2026-02-13") throws -> Claim {
    let document = try annotator.annotate(ArticleRecord(id: "t", text: text, metadata: Metadata(published: published)))
    return try #require(document.claims.first)
}

@Suite struct SignalNameTests {
    /// The scorer sets signals by case, files and records spell them by name: the two lists agree
    /// (`quantityWord` is "quantity-word").
    @Test func casesAndNamesAgree() {
        #expect(ClaimSignal.allCases.count == ClaimLexicon.signalOrder.count)
        for signal in ClaimSignal.allCases {
            let spelled = String(describing: signal).map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
            #expect(signal.name == spelled)
        }
    }
}

@Suite struct SignalTests {
    @Test(arguments: [
        ("Unemployment fell to 4.1% last year.", ["number", "percentage"]),
        ("The program cost $2 billion.", ["money"]),
        ("Exports are higher than ever.", ["comparison"]),
        ("It is the largest deficit on record.", ["superlative"]),
        ("Prices rose because of the tax.", ["causal"]),
        ("The economy will grow next year.", ["prediction"]),
        ("The law bans the sale of guns.", ["rule"]),
        ("Senator Jane Holt voted against it.", ["person", "fact-verb"]),
        ("Is that really true?", ["question"]),
        ("I think it is a wonderful idea.", ["opinion"]),
        ("Thank you all very much for coming tonight.", ["courtesy"]),
        ("Share your thoughts in the comments below.", ["boilerplate"]),
    ])
    func signalsFire(text: String, expected: [String]) throws {
        let signals = try claim(text).signals
        for signal in expected { #expect(signals.contains(signal), "\(signal) in \(signals)") }
    }

    /// Each claim's lists read on their own, from the first, though the document's claims share the
    /// arrays they are parts of; and the record lists the same.
    @Test func laterClaimsListTheirOwnSignalsQuotesEntitiesAndDates() throws {
        let text = "The program cost $2 billion. Prices rose in Paris on Monday because of the tax, Jane Holt said. "
            + "Is that really true?"
        let document = try annotator.annotate(ArticleRecord(id: "t", text: text, metadata: Metadata(published: "2026-02-13")))
        try #require(document.claims.count == 3)
        let (first, second, third) = (document.claims[0], document.claims[1], document.claims[2])
        #expect(first.signals.contains("money") && !first.signals.contains("causal"))
        #expect(second.signals.contains("causal") && !second.signals.contains("money"))
        #expect(third.signals[0] == third.signals.first && third.signals.contains("question"))
        #expect(first.quotes.isEmpty && first.entities.isEmpty && first.dates.isEmpty)
        #expect(second.quotes == [0] && second.dates == [0])
        #expect(second.entities.map { document.text(of: document.entities[$0].range) } == ["Paris", "Jane Holt"])
        #expect(third.quotes.isEmpty && third.entities.isEmpty && third.dates.isEmpty)
        let records = try #require(AnnotationEncoder(toolVersion: Verbatim.version).record(for: document)["claims"]?.arrayValue)
        for (claim, record) in zip(document.claims, records) {
            #expect(record["signals"] == .array(claim.signals.map(JSONValue.string)))
            #expect(record["quotes"] == .array(claim.quotes.map(JSONValue.int)))
            #expect(record["entities"] == .array(claim.entities.map(JSONValue.int)))
            #expect(record["dates"] == .array(claim.dates.map(JSONValue.int)))
        }
    }

    @Test func typesFollowTheSignals() throws {
        let both = try claim("Unemployment fell to 4.1% because taxes were cut.").types
        #expect(both.contains("quantity"))
        #expect(both.contains("causal"))
        #expect(try claim("It was a nice day.").types == ["other"])
    }
}

@Suite struct ScoreTests {
    @Test func factualClaimsOutscoreOpinionsQuestionsAndBoilerplate() throws {
        let factual = try claim("Unemployment fell to 4.1% in 2025, the lowest rate in 50 years.").score
        #expect(factual >= 0.5)
        for text in ["I think that is a wonderful thing.", "What do you think?", "Subscribe to our newsletter.", "by Chief Editor"] {
            #expect(try claim(text).score < 0.5, "\(text)")
        }
        let opinion = try claim("I think that is a wonderful thing.").score
        #expect(factual > opinion)
    }

    @Test func scoresAreProbabilities() throws {
        let score = try claim("The bill passed 52 to 48 in the Senate on Tuesday.").score
        #expect(score > 0 && score < 1)
    }

    @Test func claimantIsTheQuotedSpeakerOrTheEntityNamed() throws {
        let quoted = try claim("“Unemployment fell by 2 million,” said Jane Holt.")
        #expect(quoted.claimant?.name == "Jane Holt")
        #expect(quoted.claimant?.source == "quote")
        let named = try claim("The IMF cut its growth forecast to 2.1%.")
        #expect(named.claimant?.name == "International Monetary Fund")
        #expect(named.claimant?.source == "entity")
    }

    @Test func minimumScoreFiltersRecords() throws {
        var configuration = Annotator.Configuration()
        configuration.minimumClaimScore = 0.5
        let strict = try Annotator(configuration)
        let document = try strict.annotate(ArticleRecord(id: nil, text: "Thank you. Unemployment fell to 4.1% in 2025, the lowest in 50 years."))
        #expect(document.claims.count == 1)
        #expect(document.claims.allSatisfy { $0.isCheckworthy })
    }
}

@Suite struct ExportTests {
    let document = try! annotator.annotate(ArticleRecord(
        id: "a1", text: "“Unemployment fell by 2 million in 2025,” said Jane Holt. Thank you.",
        metadata: Metadata(published: "2026-02-13", url: "https://news.example/a1")))

    @Test func claimReviewIsSchemaOrgClaimWithoutRating() throws {
        let encoder = AnnotationEncoder(toolVersion: Verbatim.version)
        let claims = try #require(encoder.claimReview(for: document).arrayValue)
        #expect(claims.count == 1)
        let first = claims[0]
        #expect(first["@context"] == .string("https://schema.org"))
        #expect(first["@type"] == .string("Claim"))
        #expect(first["author"]?["name"] == .string("Jane Holt"))
        #expect(first["author"]?["@type"] == .string("Person"))
        #expect(first["datePublished"] == .string("2026-02-13"))
        #expect(first["appearance"]?["url"] == .string("https://news.example/a1"))
        #expect(first["reviewRating"] == nil)
    }

    @Test func checkThatRowsHaveIdTextScoreLabel() throws {
        let rows = AnnotationEncoder(toolVersion: Verbatim.version).checkThatRows(for: document)
        #expect(rows.count == 2)
        let fields = rows[0].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 4)
        #expect(fields[0] == "a1-1")
        #expect(Double(fields[2]) != nil)
        #expect(fields[3] == "Yes")
        #expect(rows[1].hasSuffix("\tNo"))
    }
}

@Suite struct SeedClaimTests {
    @Test func seedClaims() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/macron-europe-russia.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = try annotator.annotate(ArticleRecord(id: "seed", text: text, metadata: Metadata(published: "2026-02-13")))
        func score(_ prefix: String) -> Double? {
            document.claims.first { document.text(of: $0.range).hasPrefix(prefix) }?.score
        }
        #expect((score("A French diplomatic adviser visited Moscow recently") ?? 0) >= 0.5)
        #expect((score("These points echo his earlier statement") ?? 0) >= 0.5) // "Russia is not yet showing a genuine willingness …"
        #expect((score("by Chief Editor") ?? 1) < 0.5)
        #expect((score("Share your thoughts in the comments below") ?? 1) < 0.5)
    }
}
