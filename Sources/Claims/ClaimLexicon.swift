import Foundation
import VerbatimCore

/// Signal words and fitted weights for claim scoring, from `Lexicons/`.
public struct ClaimLexicon: Sendable {
    /// Phrases by their first word's key, longest first: (keys, signal).
    var phrases = KeyTable<[(keys: [TokenKey], signal: String)]>()
    var weights: [String: Double] = [:]
    var bias = 0.0
    /// Words whose presence shifts the score, with their fitted weights and spelling.
    var words = KeyTable<(word: String, weight: Double)>()

    static let signalOrder = ["number", "percentage", "money", "quantity-word", "comparison", "superlative", "causal",
                              "prediction", "rule", "date", "person", "organization", "place", "attribution", "question",
                              "opinion", "hedge", "courtesy", "boilerplate", "first-person", "second-person", "short", "long",
                              "fact-verb", "policy-topic", "promise", "no-final-punctuation", "statistic", "negation",
                              "past-tense"]
    static let firstPerson = KeySet(words: ["i", "me", "my", "we", "our", "us"])
    static let secondPerson = KeySet(words: ["you", "your"])
    static let euro = TokenKeys.of("€")
    static let pound = TokenKeys.of("£")

    public static func load(fromDirectory directory: String) throws(LexiconError) -> ClaimLexicon {
        var lexicon = ClaimLexicon()
        let signals = try LexiconFile(contentsOf: directory + "/claim-signals.tsv", fieldCount: 2...2)
        var phrases: [TokenKey: [(keys: [TokenKey], signal: String)]] = [:]
        for line in signals.lines {
            guard signalOrder.contains(line.fields[1]) else {
                throw LexiconError(file: signals.path, line: line.number, reason: "unknown signal '\(line.fields[1])'")
            }
            let keys = WordTokenizer.keys(of: line.fields[0])
            guard let first = keys.first else { continue }
            if phrases[first]?.contains(where: { $0.keys == keys }) == true {
                throw LexiconError(file: signals.path, line: line.number, reason: "'\(line.fields[0])' is listed twice")
            }
            phrases[first, default: []].append((keys, line.fields[1]))
        }
        for (key, list) in phrases { lexicon.phrases[key] = list.sorted { $0.keys.count > $1.keys.count } }
        let weights = try LexiconFile(contentsOf: directory + "/claim-weights.tsv", fieldCount: 2...2)
        for line in weights.lines {
            guard let weight = Double(line.fields[1]) else {
                throw LexiconError(file: weights.path, line: line.number, reason: "'\(line.fields[1])' is not a number")
            }
            if line.fields[0] == "bias" { lexicon.bias = weight } else { lexicon.weights[line.fields[0]] = weight }
        }
        let words = try LexiconFile(contentsOf: directory + "/claim-words.generated.tsv", fieldCount: 2...2)
        for line in words.lines {
            guard let weight = Double(line.fields[1]) else {
                throw LexiconError(file: words.path, line: line.number, reason: "'\(line.fields[1])' is not a number")
            }
            lexicon.words[TokenKeys.of(line.fields[0])] = (line.fields[0], weight)
        }
        return lexicon
    }

    /// The logistic score of a set of signals ("word:percent" signals carry their word's weight).
    func score(_ signals: [String], words: [Double]) -> Double {
        let sum = signals.reduce(bias) { $0 + (weights[$1] ?? 0) } + words.reduce(0, +)
        return 1 / (1 + exp(-sum))
    }
}
