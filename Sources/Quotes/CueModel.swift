import Foundation
import VerbatimCore

/// A logistic model over named features of a reporting word that no rule read ("calling for …",
/// "has asked NBC to …", "shows he took …"): the weights are data (`quote-cue-model.tsv`, fitted by
/// `Lexicons/scripts/fit_quote_cue_model.py`), so the run time stays a sum of a few table lookups.
public struct CueModel: Sendable {
    var bias: Double = 0
    /// Candidates scoring below this are not reported.
    var threshold: Double = .infinity
    var weights: [String: Double] = [:]

    /// The probability that a candidate with these features reports someone's words.
    func score(_ features: [String]) -> Double {
        var sum = bias
        for feature in features { sum += weights[feature] ?? 0 }
        return 1 / (1 + exp(-sum))
    }

    /// Reads `threshold`, `bias` and one `feature <TAB> weight` line per feature.
    static func load(from path: String) throws(LexiconError) -> CueModel {
        var model = CueModel()
        for line in try LexiconFile(contentsOf: path, fieldCount: 2...2).lines {
            guard let value = Double(line.fields[1]) else {
                throw LexiconError(file: path, line: line.number, reason: "'\(line.fields[1])' is not a number")
            }
            switch line.fields[0] {
            case "threshold": model.threshold = value
            case "bias": model.bias = value
            default: model.weights[line.fields[0]] = value
            }
        }
        return model
    }
}
