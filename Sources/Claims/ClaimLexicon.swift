import Foundation
import VerbatimCore

/// The signals a sentence can show, in `ClaimLexicon.signalOrder`: the raw value is the signal's bit
/// in a `SignalSet` and its place among the weights, so the scorer sets a signal without looking its
/// name up (a test keeps the two lists in step).
enum ClaimSignal: Int, CaseIterable {
    case number, percentage, money, quantityWord, comparison, superlative, causal, prediction, rule, date, person,
         organization, place, attribution, question, opinion, hedge, courtesy, boilerplate, firstPerson, secondPerson,
         short, long, factVerb, policyTopic, promise, noFinalPunctuation, statistic, negation, pastTense

    /// How lexicon files and claim records spell the signal.
    var name: String { ClaimLexicon.signalOrder[rawValue] }
}

/// Signal words and fitted weights for claim scoring, from `Lexicons/`.
public struct ClaimLexicon: Sendable {
    /// What a word can add to a sentence's score, found with one look-up per token (most words find
    /// nothing): the signal phrases it opens, its fitted weight if it has one, whether it is a first-
    /// or second-person pronoun.
    struct Word: Sendable {
        /// The phrases it opens: a range of `phrases`, longest first.
        var phrases = 0..<0
        /// Its fitted weight, if it has one, and the position of its name ("word:recent") in `names`.
        var weight: Double?
        var name: Int32 = -1
        var isFirstPerson = false
        var isSecondPerson = false
    }

    /// A word with a fitted weight, as found in a sentence.
    struct WeightedWord {
        let key: TokenKey
        let weight: Double
        /// Its name's position in `names`.
        let name: Int32
    }

    var entries = KeyTable<Word>()
    /// Signal phrases, grouped by first word: their keys (a range of `phraseKeys`) and their signal's
    /// index in `signalOrder`.
    var phrases: [(keys: Range<Int>, signal: Int)] = []
    var phraseKeys: [TokenKey] = []
    /// The weight of each signal, by its index in `signalOrder`.
    var weights = [Double](repeating: 0, count: signalOrder.count)
    var bias = 0.0
    /// Every name a claim record lists among its signals: the signals in `signalOrder`, then the words
    /// with a fitted weight ("word:recent"), made once here; a claim holds positions in it.
    var names = signalOrder

    static let signalOrder = ["number", "percentage", "money", "quantity-word", "comparison", "superlative", "causal",
                              "prediction", "rule", "date", "person", "organization", "place", "attribution", "question",
                              "opinion", "hedge", "courtesy", "boilerplate", "first-person", "second-person", "short", "long",
                              "fact-verb", "policy-topic", "promise", "no-final-punctuation", "statistic", "negation",
                              "past-tense"]
    /// Each signal's index in `signalOrder`, its bit in a `SignalSet`: found once, not by searching
    /// the names on every insert.
    private static let indexOfName = Dictionary(uniqueKeysWithValues: signalOrder.enumerated().map { ($1, $0) })

    static func index(of signal: String) -> Int? { indexOfName[signal] }

    static let firstPerson = KeySet(words: ["i", "me", "my", "we", "our", "us"])
    static let secondPerson = KeySet(words: ["you", "your"])
    static let euro = TokenKeys.of("€")
    static let pound = TokenKeys.of("£")

    public static func load(fromDirectory directory: String) throws(LexiconError) -> ClaimLexicon {
        var lexicon = ClaimLexicon()
        let signals = try LexiconFile(contentsOf: directory + "/claim-signals.tsv", fieldCount: 2...2)
        var phrases: [TokenKey: [(keys: [TokenKey], signal: Int)]] = [:]
        for line in signals.lines {
            guard let signal = index(of: line.fields[1]) else {
                throw LexiconError(file: signals.path, line: line.number, reason: "unknown signal '\(line.fields[1])'")
            }
            let keys = WordTokenizer.keys(of: line.fields[0])
            guard let first = keys.first else { continue }
            if phrases[first]?.contains(where: { $0.keys == keys }) == true {
                throw LexiconError(file: signals.path, line: line.number, reason: "'\(line.fields[0])' is listed twice")
            }
            phrases[first, default: []].append((keys, signal))
        }
        // (First keys in sorted order, so that the flat lists are the same on every run.)
        for key in phrases.keys.sorted() {
            let start = lexicon.phrases.count
            for (keys, signal) in phrases[key]!.sorted(by: { $0.keys.count > $1.keys.count }) {
                lexicon.phrases.append((lexicon.phraseKeys.count..<lexicon.phraseKeys.count + keys.count, signal))
                lexicon.phraseKeys += keys
            }
            let end = lexicon.phrases.count
            lexicon.updateEntry(key) { $0.phrases = start..<end }
        }
        let weights = try LexiconFile(contentsOf: directory + "/claim-weights.tsv", fieldCount: 2...2)
        for line in weights.lines {
            guard let weight = Double(line.fields[1]) else {
                throw LexiconError(file: weights.path, line: line.number, reason: "'\(line.fields[1])' is not a number")
            }
            if line.fields[0] == "bias" {
                lexicon.bias = weight
            } else if let signal = index(of: line.fields[0]) {
                lexicon.weights[signal] = weight
            } else {
                throw LexiconError(file: weights.path, line: line.number, reason: "unknown signal '\(line.fields[0])'")
            }
        }
        let words = try LexiconFile(contentsOf: directory + "/claim-words.generated.tsv", fieldCount: 2...2)
        for line in words.lines {
            guard let weight = Double(line.fields[1]) else {
                throw LexiconError(file: words.path, line: line.number, reason: "'\(line.fields[1])' is not a number")
            }
            let name = Int32(lexicon.names.count)
            lexicon.names.append("word:" + line.fields[0])
            lexicon.updateEntry(TokenKeys.of(line.fields[0])) {
                $0.weight = weight
                $0.name = name
            }
        }
        for key in firstPerson.allKeys { lexicon.updateEntry(key) { $0.isFirstPerson = true } }
        for key in secondPerson.allKeys { lexicon.updateEntry(key) { $0.isSecondPerson = true } }
        return lexicon
    }

    private mutating func updateEntry(_ key: TokenKey, _ change: (inout Word) -> Void) {
        var word = entries[key] ?? Word()
        change(&word)
        entries[key] = word
    }

    /// The logistic score of the signals that fired and the fitted words' weights.
    func score(_ signals: SignalSet, words: [WeightedWord]) -> Double {
        var sum = bias
        // (The set's signals only, in ascending order as before, so the sum is the same to the bit.)
        signals.forEachIndex { if $0 < weights.count { sum += weights[$0] } }
        sum += words.reduce(0) { $0 + $1.weight }
        return 1 / (1 + exp(-sum))
    }
}
