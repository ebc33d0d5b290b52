import Foundation
import VerbatimCore

/// A logistic model over named features of a reporting word that no rule read ("calling for …",
/// "has asked NBC to …", "shows he took …"): the weights are data (`quote-cue-model.tsv`, fitted by
/// `Lexicons/scripts/fit_quote_cue_model.py`), so the run time stays a sum of a few table lookups.
public struct CueModel: Sendable {
    var bias: Double
    /// Candidates scoring below this are not reported.
    var threshold: Double
    /// Feature name → weight, as the file gives them.
    private(set) var weights: [String: Double]
    /// The same weights by `key(of:)`, FNV-1a over the name: scoring hashes no string with SipHash.
    private var table: KeyTable<Double>

    /// With no arguments, a model that reports nothing.
    init(bias: Double = 0, threshold: Double = .infinity, weights: [String: Double] = [:]) {
        self.bias = bias
        self.threshold = threshold
        self.weights = weights
        table = KeyTable(minimumCapacity: weights.count)
        for (name, weight) in weights { table[Self.key(of: name)] = weight }
    }

    /// The probability that a candidate whose features have these keys (`key(of:)`, `key(_:_:_:)`)
    /// reports someone's words.
    func score(keys: [TokenKey]) -> Double {
        var sum = bias
        for key in keys { sum += table[key] ?? 0 }
        return 1 / (1 + exp(-sum))
    }

    /// The key of the feature named `prefix` + `first` + "_" + `second` ("lp=say_to"), with no string made.
    static func key(_ prefix: StaticString, _ first: String, _ second: String) -> TokenKey {
        TokenKeys.ofBytes(second, after: TokenKeys.ofBytes("_", after: TokenKeys.ofBytes(first, after: TokenKeys.ofBytes(literal: prefix))))
    }

    static func key(of name: String) -> TokenKey { TokenKeys.ofBytes(name) }

    /// One candidate's features: their keys, to score, and the listed ones' names in order, for the
    /// rule a reader sees ("l=ask k=speech …"). The rule's text is made once, in one buffer, only
    /// when asked for (appending piece by piece cost a thousand instructions a feature).
    struct Features {
        private(set) var keys: [TokenKey] = []
        /// (A struct, not a tuple of its parts: an array of tuples was destroyed through the runtime's
        /// generic value witnesses.)
        private struct Listed {
            let name: StaticString
            let value: String
            /// A second value, written after the first and "_" ("nn=det_word").
            let second: String?
        }
        private var names: [Listed] = []

        init() {
            keys.reserveCapacity(20)
            names.reserveCapacity(16)
        }

        /// The feature `name` + `value` ("l=" + "ask", or "finite" alone), scored and listed; with a
        /// `second` value, `name` + `value` + "_" + `second` ("nn=" + "det" + "_" + "word"), its
        /// pieces hashed in turn rather than joined first.
        mutating func list(_ name: StaticString, _ value: String = "", _ second: String? = nil) {
            var key = TokenKeys.ofBytes(value, after: TokenKeys.ofBytes(literal: name))
            if let second { key = TokenKeys.ofBytes(second, after: TokenKeys.ofBytes("_", after: key)) }
            keys.append(key)
            names.append(Listed(name: name, value: value, second: second))
        }

        /// The pairing `prefix` + `first` + "_" + `second`, scored but not listed.
        mutating func pair(_ prefix: StaticString, _ first: String, _ second: String) {
            keys.append(CueModel.key(prefix, first, second))
        }

        /// The rule a reader sees, "cue model 37%: " and the listed features separated by spaces,
        /// written in one buffer.
        func rule(percent: Int) -> String {
            let score = String(percent)
            let head: StaticString = "cue model ", colon: StaticString = "%: "
            let count = names.reduce(head.utf8CodeUnitCount + score.utf8.count + colon.utf8CodeUnitCount + max(0, names.count - 1)) {
                $0 + $1.name.utf8CodeUnitCount + $1.value.utf8.count + ($1.second.map { 1 + $0.utf8.count } ?? 0)
            }
            return String(unsafeUninitializedCapacity: count) { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                var written = 0
                // (Each piece copied whole: byte by byte, with a check per byte, was most of the cost.)
                func copy(_ text: StaticString) {
                    (base + written).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
                    written += text.utf8CodeUnitCount
                }
                func copy(_ text: String) {
                    text.withUTF8Bytes { bytes in
                        guard let start = bytes.baseAddress else { return }
                        (base + written).update(from: start, count: bytes.count)
                        written += bytes.count
                    }
                }
                copy(head)
                copy(score)
                copy(colon)
                for (index, feature) in names.enumerated() {
                    if index > 0 { base[written] = UInt8(ascii: " "); written += 1 }
                    copy(feature.name)
                    copy(feature.value)
                    if let second = feature.second {
                        base[written] = UInt8(ascii: "_")
                        written += 1
                        copy(second)
                    }
                }
                return written
            }
        }
    }

    /// Reads `threshold`, `bias` and one `feature <TAB> weight` line per feature.
    static func load(from path: String) throws(LexiconError) -> CueModel {
        var bias = 0.0, threshold = Double.infinity
        var weights: [String: Double] = [:]
        for line in try LexiconFile(contentsOf: path, fieldCount: 2...2).lines {
            guard let value = Double(line.fields[1]) else {
                throw LexiconError(file: path, line: line.number, reason: "'\(line.fields[1])' is not a number")
            }
            switch line.fields[0] {
            case "threshold": threshold = value
            case "bias": bias = value
            default: weights[line.fields[0]] = value
            }
        }
        return CueModel(bias: bias, threshold: threshold, weights: weights)
    }
}
