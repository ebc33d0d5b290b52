import VerbatimCore

/// Scores every sentence for check-worthiness from interpretable signals and keeps those at or
/// above a threshold as claims, with their claimant and the quotes, entities and dates inside them.
///
/// ```
/// sentence ─► signals (numbers, money, comparisons, causes, predictions, rules, entities, dates,
///             attribution; questions, opinion, hedging, courtesy, boilerplate, length)
///          ─► logistic score with weights from Lexicons/data/claim-weights.tsv ─► claim record
/// ```
public struct ClaimScorer: Stage {
    public let name = "claims.signals"
    public let requires: Set<Layer> = [.sentences, .tokens, .entities, .quotes, .dates]
    public let produces: Set<Layer> = [.claims]

    let lexicon: ClaimLexicon
    /// Sentences scoring below this get no record.
    public var minimumScore: Double
    /// At or above this a claim is check-worthy.
    public static let checkworthyThreshold = 0.5

    public init(lexicon: ClaimLexicon, minimumScore: Double = 0.5) {
        self.lexicon = lexicon
        self.minimumScore = minimumScore
    }

    public func apply(to document: inout Document) throws(StageError) {
        var claims: [Claim] = []
        // At most one a sentence: room made once, not by doubling and copying the claims.
        claims.reserveCapacity(document.sentences.count)
        let tokens = document.tokens
        var tokenIndex = 0
        var entityIndex = 0, quoteIndex = 0, dateIndex = 0
        var weighted: [ClaimLexicon.WeightedWord] = []
        // The quotes in the sentence at hand (one buffer serves every sentence).
        var quotes: [Int] = []
        // Every claim's lists, one claim's after another, in two arrays the claims share: its signals'
        // positions in `lexicon.names`, and its quotes', entities' and dates' indices. Each claim gets
        // its parts once all are written (a part taken while more were appended would have copied the
        // array at the next append).
        var signalPositions: [Int32] = [], layerPositions: [Int32] = []
        var parts: [ClaimParts] = []
        parts.reserveCapacity(document.sentences.count)
        for sentence in document.sentences {
            let range = sentence.range
            while tokenIndex < tokens.count, tokens[tokenIndex].range.start < range.start { tokenIndex += 1 }
            var end = tokenIndex
            while end < tokens.count, tokens[end].range.start < range.end { end += 1 }
            let words = tokens[tokenIndex..<end]
            while entityIndex < document.entities.count, document.entities[entityIndex].range.start < range.start { entityIndex += 1 }
            while dateIndex < document.dates.count, document.dates[dateIndex].range.start < range.start { dateIndex += 1 }
            while quoteIndex < document.quotes.count, document.quotes[quoteIndex].content.end <= range.start { quoteIndex += 1 }
            let entities = entityIndex..<((entityIndex..<document.entities.count).first { document.entities[$0].range.start >= range.end }
                ?? document.entities.count)
            let dates = dateIndex..<((dateIndex..<document.dates.count).first { document.dates[$0].range.start >= range.end } ?? document.dates.count)
            quotes.removeAll(keepingCapacity: true)
            for index in quoteIndex..<document.quotes.count {
                let content = document.quotes[index].content
                guard content.start < range.end else { break }
                if content.overlaps(range) { quotes.append(index) }
            }
            // Scored from bits and weights; the record's lists are written only for a claim.
            let fired = signals(of: words, in: document, entities: entities, dates: dates, quotes: quotes, weighted: &weighted)
            let score = lexicon.score(fired, words: weighted)
            guard score >= minimumScore else { continue }
            let firstSignal = signalPositions.count
            fired.forEachIndex { if $0 < ClaimLexicon.signalOrder.count { signalPositions.append(Int32($0)) } }
            for word in weighted { signalPositions.append(word.name) }
            let firstQuote = layerPositions.count
            for index in quotes { layerPositions.append(Int32(index)) }
            let firstEntity = layerPositions.count
            for index in entities { layerPositions.append(Int32(index)) }
            let firstDate = layerPositions.count
            for index in dates { layerPositions.append(Int32(index)) }
            parts.append(ClaimParts(signals: firstSignal..<signalPositions.count, quotes: firstQuote..<firstEntity,
                                    entities: firstEntity..<firstDate, dates: firstDate..<layerPositions.count))
            claims.append(Claim(range: range, score: score, isCheckworthy: score >= Self.checkworthyThreshold,
                                types: Self.types(of: fired), signals: Claim.Signals(),
                                claimant: claimant(quotes: quotes, entities: entities, in: document),
                                quotes: Claim.Positions(), entities: Claim.Positions(), dates: Claim.Positions()))
            tokenIndex = end
        }
        for index in claims.indices {
            let part = parts[index]
            claims[index].signals = Claim.Signals(names: lexicon.names, positions: Claim.Positions(signalPositions[part.signals]))
            claims[index].quotes = Claim.Positions(layerPositions[part.quotes])
            claims[index].entities = Claim.Positions(layerPositions[part.entities])
            claims[index].dates = Claim.Positions(layerPositions[part.dates])
        }
        document.claims = claims
    }

    /// The signals that fire in a sentence, in `ClaimLexicon.signalOrder`, and its distinct fitted
    /// words in text order into `weighted` (emptied first; one buffer serves every sentence).
    func signals(of words: ArraySlice<Token>, in document: Document, entities: Range<Int>, dates: Range<Int>, quotes: [Int],
                 weighted: inout [ClaimLexicon.WeightedWord]) -> SignalSet {
        var fired = SignalSet()
        weighted.removeAll(keepingCapacity: true)
        let utf8 = document.utf8
        // Read once, not per token (each read of a static checks its one-time initializer).
        let euro = ClaimLexicon.euro, pound = ClaimLexicon.pound
        let phrases = lexicon.phrases, phraseKeys = lexicon.phraseKeys
        var wordCount = 0
        var index = words.startIndex
        while index < words.endIndex {
            let token = words[index]
            if token.kind == .word {
                wordCount += 1
                if token.startsWithDigit { fired.insert(.number) }
                // A regular past tense ("closed", "promised"): something said to have happened.
                if !token.isCapitalized, token.range.length >= 5, utf8[token.range.end - 2] == UInt8(ascii: "e"),
                   utf8[token.range.end - 1] == UInt8(ascii: "d") { fired.insert(.pastTense) }
            } else if token.range.length == 1 || token.range.length == 2 || token.range.length == 3 {
                let first = utf8[token.range.start]
                if first == UInt8(ascii: "%") { fired.insert(.percentage) }
                if first == UInt8(ascii: "$") || token.key == euro || token.key == pound { fired.insert(.money) }
            }
            if let entry = lexicon.entries[token.key] {
                // The longest signal phrase starting here.
                for position in entry.phrases {
                    let keys = phrases[position].keys
                    guard index + keys.count <= words.endIndex,
                          keys.allSatisfy({ words[index + $0 - keys.lowerBound].key == phraseKeys[$0] }) else { continue }
                    fired.insert(index: phrases[position].signal)
                    break
                }
                if entry.isFirstPerson { fired.insert(.firstPerson) }
                if entry.isSecondPerson { fired.insert(.secondPerson) }
                // A sentence holds a few fitted words: a linear check finds repeats.
                if let weight = entry.weight, token.kind == .word, !weighted.contains(where: { $0.key == token.key }) {
                    weighted.append(ClaimLexicon.WeightedWord(key: token.key, weight: weight, name: entry.name))
                }
            }
            index += 1
        }
        if let last = words.last, utf8[last.range.start] == UInt8(ascii: "?") || (last.kind != .word && words.count > 1
            && utf8[words[words.endIndex - 2].range.start] == UInt8(ascii: "?")) { fired.insert(.question) }
        if wordCount < 6 { fired.insert(.short) }
        // Headlines, bylines and labels end without a full stop, question or exclamation mark.
        if let last = words.last(where: { !(utf8.scalar(at: $0.range.start).scalar.isClosing) }),
           ![UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(utf8[last.range.start]),
           utf8.scalar(at: last.range.start).scalar != "…" { fired.insert(.noFinalPunctuation) }
        if wordCount > 25 { fired.insert(.long) }
        for entity in entities {
            switch document.entities[entity].kind {
            case .person, .role: fired.insert(.person)
            case .organization: fired.insert(.organization)
            case .place: fired.insert(.place)
            case .nationality: break
            }
        }
        if dates.contains(where: { document.dates[$0].kind == .date || document.dates[$0].kind == .time }) { fired.insert(.date) }
        // (The speaker's range alone is read: comparing the whole speaker with nil copied its strings.)
        if quotes.contains(where: { document.quotes[$0].speaker?.range != nil }) { fired.insert(.attribution) }
        return fired
    }

    /// The claim types the signals show: quantity, comparison, causal, prediction, rule/law, or "other".
    static func types(of signals: SignalSet) -> [String] {
        typesByPattern[typePattern(of: signals)]
    }

    /// Which of the five types the signals show, a bit each in `typeNames` order.
    private static func typePattern(of signals: SignalSet) -> Int {
        var pattern = 0
        for (type, mask) in typeMasks.enumerated() where signals.intersects(mask) { pattern |= 1 << type }
        return pattern
    }

    private static let typeNames = ["quantity", "comparison", "causal", "prediction", "rule/law"]
    /// The signals that show each of `typeNames`.
    private static let typeMasks = [SignalSet([.number, .percentage, .money, .quantityWord]), SignalSet([.comparison, .superlative]),
                                    SignalSet([.causal]), SignalSet([.prediction]), SignalSet([.rule])]
    /// Every combination of types, made once: each claim shares one of these arrays instead of
    /// building its own (the claims stage made three arrays of strings per sentence).
    private static let typesByPattern: [[String]] = (0..<1 << typeNames.count).map { pattern in
        let types = typeNames.indices.filter { pattern & 1 << $0 != 0 }.map { typeNames[$0] }
        return types.isEmpty ? ["other"] : types
    }

    /// The speaker of an attributed quote in the sentence, else the first person or organization it names.
    /// (Quotes and mentions are read in place, by index: a copy of each one looked at retained its
    /// strings and its mention's details, memory no longer in the cache.)
    private func claimant(quotes: [Int], entities: Range<Int>, in document: Document) -> Claim.Claimant? {
        for index in quotes {
            if let name = document.quotes[index].speaker?.name {
                return Claim.Claimant(name: name, entityID: document.quotes[index].speaker?.entityID, source: "quote")
            }
        }
        for index in entities where document.entities[index].kind.canMakeClaims {
            let entity = document.entities[index]
            let id: String? = entity.kind == .role ? entity.attributes["refers_to"] : entity.entityID
            return Claim.Claimant(name: entity.name, entityID: id, source: "entity")
        }
        return nil
    }
}

/// Where one claim's lists lie in the arrays a document's claims share.
private struct ClaimParts {
    let signals: Range<Int>
    let quotes: Range<Int>
    let entities: Range<Int>
    let dates: Range<Int>
}

/// The signals that fired in a sentence, a bit per `ClaimLexicon.signalOrder` entry: a set of
/// `String`s hashed the name on every insert, a quarter of the stage's time.
struct SignalSet {
    private var bits: UInt64 = 0

    init() {}

    init(_ signals: [ClaimSignal]) {
        for signal in signals { insert(signal) }
    }

    func intersects(_ other: SignalSet) -> Bool { bits & other.bits != 0 }

    mutating func insert(_ signal: ClaimSignal) { insert(index: signal.rawValue) }

    mutating func insert(index: Int) {
        precondition(index < UInt64.bitWidth, "more signals than a SignalSet holds")
        bits |= 1 << UInt64(index)
    }

    /// Calls `body` with the index of each signal in the set, in ascending order (`signalOrder`'s),
    /// going from set bit to set bit.
    func forEachIndex(_ body: (Int) -> Void) {
        var rest = bits
        while rest != 0 {
            body(rest.trailingZeroBitCount)
            rest &= rest - 1
        }
    }
}

private extension EntityMention.Kind {
    /// People, roles and organizations make claims; places and nationalities do not.
    var canMakeClaims: Bool {
        switch self {
        case .person, .role, .organization: true
        case .place, .nationality: false
        }
    }
}
