import Foundation
@testable import Quotes
import Testing
import VerbatimCore

/// The quotes of `text` found with `model` as the cue model: the cue-model ones only.
private func modelQuotes(_ text: String, model: CueModel) throws -> [Quote] {
    var lexicon = try QuoteLexicon.load(fromDirectory: directory)
    lexicon.cueModel = model
    return try quotes(text, by: QuoteAttributor(lexicon: lexicon)).0.quotes.filter { $0.rule.hasPrefix("cue model") }
}

/// A model that lets every candidate through.
private let everyCandidate = CueModel(bias: 0, threshold: 0, weights: [:])

@Suite struct CueModelTests {
    @Test func theShippedModelReadsAVerbNoRuleRead() throws {
        // The rules read "has asked X to …" only with a short object; the model reads the rest.
        let text = "Jane Holt’s campaign has asked CBS’s Tom Vale, the host, to fact check Mark Reyes during the forum."
        let (document, found) = try quotes(text)
        #expect(found == [Found(kind: .indirect, text: "CBS’s Tom Vale, the host, to fact check Mark Reyes during the forum",
                                speaker: "Jane Holt’s campaign", cue: "asked")])
        // Its evidence: the score, which is its confidence, and the features that made it.
        let quote = try #require(document.quotes.first)
        #expect(quote.rule.hasPrefix("cue model \(Int((quote.confidence * 100).rounded()))%: l=ask "))
        #expect(quote.rule.contains(" s=name-near ") || quote.rule.contains(" s=description-near "))
        #expect(!quote.rule.contains("lp="))
        #expect(quote.confidence >= 0.3 && quote.confidence < 1)
    }

    @Test func theWeightsDecide() throws {
        let text = "Jane Holt wrote a memoir of her years on the city council."
        let keen = CueModel(bias: -5, threshold: 0.5, weights: ["l=write": 10])
        let found = try modelQuotes(text, model: keen)
        #expect(found.count == 1)
        #expect(found.first.map { Document(text: text).text(of: $0.content) } == "a memoir of her years on the city council")
        #expect(found.first?.confidence == 0.99)
        #expect(try modelQuotes(text, model: CueModel(bias: -5, threshold: 0.5, weights: [:])).isEmpty)
        // Without the model file nothing is scored at all.
        #expect(try modelQuotes(text, model: CueModel()).isEmpty)
    }

    @Test(arguments: [
        "Did the senator urge Congress to act?",  // a question reports nothing
        "The group called “EU debates” a success.",  // quoted words are the rules' to judge
        "The old plans to build a dam were dropped.",  // a plural noun after an article and a word
        "He said that talks can happen soon.",  // a plural noun before an auxiliary
        "Plans to expand the airport were shelved in May.",  // a plural noun opening the sentence
        "The state debated the plan for a week.",  // a noun after a determiner
        "Prices rose more than expected after the storm.",  // a comparison
        "It was first declared by President Nixon in 1971.",  // a passive
        "The agency could deny them permits until the work is done.",  // what might be
        "The heavy rain cited the weather as a cause.",  // a thing holds no position
        "Jane Holt spoke to farmers in Kent.",  // the one told
        "NOTE: Edited for length.",  // a label
        "France’s adviser travelled to Moscow, indicating that talks are near.",  // no one to say it
        "Her tone was called “realistic,” underscoring that preparation comes first.",  // the same after a mark
    ])
    func whatTheRulesKnowIsNoCue(text: String) throws {
        #expect(try modelQuotes(text, model: everyCandidate).isEmpty, "\(text)")
    }

    /// What may or may not be a report is the model's to weigh: an -s form with no subject before it
    /// (a verb, or a plural noun: "calls for calm" is a demand nobody is named for) and a verb followed
    /// by a circumstance are candidates with a feature saying so.
    @Test(arguments: [
        ("With calls for reform growing, Jane Holt resigned.", "noun"),
        ("Jane Holt spoke at length.", "circumstance"),
    ])
    func doubtfulCandidatesCarryAFeature(text: String, feature: String) throws {
        let candidates = try modelQuotes(text, model: everyCandidate)
        #expect(candidates.count == 1)
        #expect(candidates.first.map { $0.rule.hasSuffix(" " + feature) || $0.rule.contains(" \(feature) ") } == true, "\(candidates)")
    }

    @Test func theShippedModelTurnsDownACircumstanceAlone() throws {
        #expect(try modelQuotes("Jane Holt spoke at length.", model: QuoteLexicon.load(fromDirectory: directory).cueModel).isEmpty)
    }

    @Test func aCandidateNeverRetakesARulesWords() throws {
        // "call for" is the rules' cue; "continued" would report the same words.
        let found = try modelQuotes("Jane Holt continued to call for more details about the leak.", model: everyCandidate)
        #expect(found.isEmpty)
    }

    @Test func theFileGivesThresholdBiasAndWeights() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cue-model-\(UUID()).tsv").path
        try "# comment\nthreshold\t0.4\nbias\t-1.5\nl=say\t2.25\n".write(toFile: path, atomically: true, encoding: .utf8)
        let model = try CueModel.load(from: path)
        #expect(model.threshold == 0.4 && model.bias == -1.5 && model.weights == ["l=say": 2.25])
        #expect(abs(model.score(keys: ["l=say", "unknown"].map(CueModel.key(of:))) - 1 / (1 + exp(-0.75))) < 1e-12)
        // A pair is scored by key with no string made; the key is the name's.
        #expect(CueModel.key("lp=", "say", "to") == CueModel.key(of: "lp=say_to"))
        #expect(CueModel(bias: 0, threshold: 0.5, weights: ["lp=say_to": 1]).score(keys: [CueModel.key("lp=", "say", "to")])
                == 1 / (1 + exp(-1)))
        try "bias\tlots\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try CueModel.load(from: path) }
        try? FileManager.default.removeItem(atPath: path)
    }
}
