import Foundation
import VerbatimCore

/// One document as quote attribution reads it: tokens with their sentence, the quoted spans, and
/// the entity mentions by position. A class, read-only but for its cache of evidence strings: the
/// builder and the speaker finder share one instance, where copies of a struct of eight arrays cost a
/// tenth of the stage in reference counting. (`@unchecked`: `isCueWord`, `verbLemmas` and
/// `verbLemmaNames` are `var`s only because they are computed with the instance's own methods at the
/// end of `init`, and nothing changes them after; `evidence` grows as the rules make their evidence,
/// on the one thread that attributes the document.)
final class QuoteContext: @unchecked Sendable {
    let document: Document
    let lexicon: QuoteLexicon
    let tokens: [Token]
    /// Sentence index of each token.
    let sentenceOf: IndexPerToken
    /// Token range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// Sentence range of each paragraph, in order.
    let paragraphSentences: [Range<Int>]
    let spans: [QuotedSpan]
    /// For each token, the index of the outer quoted span it lies in (marks included), or -1.
    let quoteOf: IndexPerToken
    /// For each token, whether it is one of `lexicon.reportedSpeechKeys`, the words every rule of
    /// reported speech starts from: looked up once here, where each pass over the tokens asked again.
    private(set) var isCueWord: [Bool] = []
    /// `verbLemma(at:)` of every token, found once: an index into `verbLemmaNames`, or -1.
    private var verbLemmas: [Int16] = []
    private var verbLemmaNames: [String] = []
    /// The keys of `verbLemmaNames`: the rules ask word sets about a lemma with no string hashed.
    private var verbLemmaKeys: [TokenKey] = []
    /// For each block of 64 bytes, the first token starting in it or later: `token(at:)` scans one
    /// block's dozen tokens, not the document's (it is asked for every span the rules look at).
    private let blockFirstToken: [Int32]
    /// People, roles and organizations, in text order.
    let speakers: [EntityMention]
    /// Where each of `speakers` starts: the binary searches read these plain offsets, a fraction of
    /// the mentions' memory, and hand no mention to a test at every step.
    private let speakerStarts: [Int]

    static var that: TokenKey { TokenKeys.of(literal: "that") }
    static var and: TokenKey { TokenKeys.of(literal: "and") }
    static var but: TokenKey { TokenKeys.of(literal: "but") }
    /// "this week", "last night": a time phrase between a subject and its verb, or before a clause.
    static let timeNouns = KeySet(words: ["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"])
    static let timeDeterminers = KeySet(words: ["this", "last", "next", "that", "each", "every"])
    /// Words after "on" that say when, not whom: "called on Monday for …", "A federal judge on Friday".
    static let calendarWords = KeySet(words: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                              "january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december"])
    static var comma: TokenKey { TokenKeys.of(literal: ",") }
    static var openParenthesis: TokenKey { TokenKeys.of(literal: "(") }
    static var closeParenthesis: TokenKey { TokenKeys.of(literal: ")") }
    static var colon: TokenKey { TokenKeys.of(literal: ":") }
    static var according: TokenKey { TokenKeys.of(literal: "according") }
    static var to: TokenKey { TokenKeys.of(literal: "to") }
    static var not: TokenKey { TokenKeys.of(literal: "not") }
    static var `for`: TokenKey { TokenKeys.of(literal: "for") }
    static var `as`: TokenKey { TokenKeys.of(literal: "as") }
    /// Relative pronouns that can be a cue's subject ("an aide who said").
    static let relatives = KeySet(words: ["who", "whom", "which"])

    init(document: Document, lexicon: QuoteLexicon) {
        self.document = document
        self.lexicon = lexicon
        let utf8 = document.utf8
        let tokens = document.tokens
        self.tokens = tokens
        var blockFirstToken: [Int32] = []
        blockFirstToken.reserveCapacity((utf8.count >> Self.blockShift) + 2)
        var first = 0
        for block in 0..<(utf8.count >> Self.blockShift) + 2 {
            while first < tokens.count, tokens[first].range.start < block << Self.blockShift { first += 1 }
            blockFirstToken.append(Int32(truncatingIfNeeded: first))
        }
        self.blockFirstToken = blockFirstToken
        var sentenceOf = IndexPerToken(count: tokens.count)
        var sentenceTokens: [Range<Int>] = []
        var next = 0
        for (index, sentence) in document.sentences.enumerated() {
            while next < tokens.count, tokens[next].range.start < sentence.range.start { next += 1 }
            let start = next
            while next < tokens.count, tokens[next].range.start < sentence.range.end {
                sentenceOf[next] = index
                next += 1
            }
            sentenceTokens.append(start..<next)
        }
        self.sentenceOf = sentenceOf
        self.sentenceTokens = sentenceTokens

        let sentences = document.sentences
        var paragraphSentences: [Range<Int>] = []
        for index in sentences.indices {
            if index > 0, sentences[index].paragraph == sentences[index - 1].paragraph {
                paragraphSentences[paragraphSentences.count - 1] = paragraphSentences[paragraphSentences.count - 1].lowerBound..<index + 1
            } else {
                paragraphSentences.append(index..<index + 1)
            }
        }
        self.paragraphSentences = paragraphSentences
        let paragraphs = paragraphSentences.map {
            TextRange(start: sentences[$0.lowerBound].range.start, end: sentences[$0.upperBound - 1].range.end)
        }
        let spans = QuotationMarks.spans(in: utf8, paragraphs: paragraphs).filter { !$0.isNested }
        self.spans = spans
        var quoteOf = IndexPerToken(count: tokens.count)
        var token = 0
        for (index, span) in spans.enumerated() {
            while token < tokens.count, tokens[token].range.start < span.outer.start { token += 1 }
            var inside = token
            while inside < tokens.count, tokens[inside].range.start < span.outer.end {
                quoteOf[inside] = index
                inside += 1
            }
        }
        self.quoteOf = quoteOf
        // A country acts and speaks through its government: "North Korea said", "China and Russia support".
        let speakers = document.entities.filter {
            $0.kind == .person || $0.kind == .role || $0.kind == .organization || $0.kind == .place && $0.subtype == "country"
        }
        self.speakers = speakers
        speakerStarts = speakers.map(\.range.start)
        // One small integer per token (a `String?` per token was 16 bytes of memory traffic), numbered
        // by the lemma's key (a dictionary of the lemmas hashed each with SipHash).
        var names: [String] = [], keys: [TokenKey] = [], numbers = KeyTable<Int16>()
        let cueKeys = lexicon.reportedSpeechKeys, verbKeys = lexicon.verbKeys
        // (The cue words hold the verbs: `QuoteAttributor.init` makes them from the verbs and the rest.)
        var isCueWord = [Bool](repeating: false, count: tokens.count)
        var lemmas = [Int16](repeating: -1, count: tokens.count)
        // (Most words are no cue: one look-up says so before the full test.)
        for index in tokens.indices where cueKeys.contains(tokens[index].key) {
            isCueWord[index] = true
            guard verbKeys.contains(tokens[index].key), let lemma = lemmaOfReportingVerb(at: index) else { continue }
            let key = TokenKeys.of(lemma)
            if let number = numbers[key] {
                lemmas[index] = number
                continue
            }
            numbers[key] = Int16(names.count)
            lemmas[index] = Int16(names.count)
            names.append(lemma)
            keys.append(key)
        }
        self.isCueWord = isCueWord
        verbLemmas = lemmas
        verbLemmaNames = names
        verbLemmaKeys = keys
    }

    func text(_ range: TextRange) -> String { document.text(of: range) }

    /// `before` + the text at `range` + `after`, in one buffer (a rule's evidence). The same evidence
    /// made again ("cue 'said' with a reported clause" at every "said") is the string made the first
    /// time: a quote's rule is then no allocation of its own, and the writers find it in the cache.
    func text(_ before: StaticString, _ range: TextRange, _ after: StaticString) -> String {
        let utf8 = document.utf8
        let start = min(max(0, range.start), utf8.count)
        let middle = utf8[start..<max(start, min(range.end, utf8.count))]
        let key = Self.evidenceKey(before, middle, after)
        if let made = evidence[key], Self.spells(made, before, middle, after) { return made }
        let made = utf8.text(before, range, after)
        evidence[key] = made
        return made
    }

    /// The evidence made so far, by `evidenceKey`. (Unchecked: only `text` reads and writes it, one
    /// call at a time, and a class's checked `var` costs a call into the runtime at each access.)
    @exclusivity(unchecked) private var evidence = KeyTable<String>()

    /// The two literals by their addresses (each literal is stored once) and the bytes between.
    private static func evidenceKey(_ before: StaticString, _ middle: ArraySlice<UInt8>, _ after: StaticString) -> TokenKey {
        var key = (TokenKeys.offset ^ UInt64(UInt(bitPattern: before.utf8Start))) &* TokenKeys.prime
        key = (key ^ UInt64(UInt(bitPattern: after.utf8Start))) &* TokenKeys.prime
        middle.withUnsafeBufferPointer { bytes in
            for byte in bytes { TokenKeys.add(byte, to: &key) }
        }
        return key
    }

    /// Whether `text` is `before`, `middle` and `after`, byte for byte (each piece compared whole:
    /// element by element, the check cost more than making the string).
    private static func spells(_ text: String, _ before: StaticString, _ middle: ArraySlice<UInt8>, _ after: StaticString) -> Bool {
        let head = before.utf8CodeUnitCount, tail = after.utf8CodeUnitCount
        return text.withUTF8Bytes { bytes in
            guard bytes.count == head + middle.count + tail, let base = bytes.baseAddress else { return false }
            return memcmp(base, before.utf8Start, head) == 0
                && middle.withUnsafeBufferPointer { middle in
                    middle.isEmpty || memcmp(base + head, middle.baseAddress!, middle.count) == 0
                }
                && memcmp(base + head + middle.count, after.utf8Start, tail) == 0
        }
    }

    /// The first token at or after a byte offset.
    /// - Complexity: O(t) for the t tokens in the offset's block of 64 bytes (`blockFirstToken`).
    func token(at offset: Int) -> Int {
        let block = offset >> Self.blockShift
        guard offset >= 0, block + 1 < blockFirstToken.count else { return tokens.partitioningIndex { $0.range.start >= offset } }
        // The block's few tokens in order: a short scan whose one unpredictable branch is the last (a
        // binary search mispredicted about every other step, most of its time).
        var index = Int(blockFirstToken[block])
        let end = Int(blockFirstToken[block + 1])
        return tokens.withUnsafeBufferPointer { tokens in
            while index < end, tokens[index].range.start < offset { index += 1 }
            return index
        }
    }

    private static let blockShift = 6

    /// The first token at or after a byte offset, searched among the tokens of `nearby` (a sentence's)
    /// when the offset falls in or right after them: a short search that stays in the cache.
    func token(at offset: Int, near nearby: Range<Int>) -> Int {
        guard !nearby.isEmpty, tokens[nearby.lowerBound].range.start <= offset,
              nearby.upperBound == tokens.count || offset <= tokens[nearby.upperBound].range.start else { return token(at: offset) }
        return tokens[nearby].partitioningIndex { $0.range.start >= offset }
    }

    /// The indices of the sentences that share a byte with `range`, as `Document.sentences(overlapping:)`
    /// finds them, but from the sentence of the range's first token: a step or two, where a search of
    /// all the sentences missed the cache at every step.
    func sentences(overlapping range: TextRange) -> Range<Int> {
        let sentences = document.sentences
        let first = token(at: range.start)
        guard first < tokens.count, sentenceOf[first] >= 0 else {
            return document.sentences(overlapping: range).indices
        }
        // The first sentence that ends after the range starts: the first token's, or one before it.
        var lower = sentenceOf[first]
        while lower > 0, sentences[lower - 1].range.end > range.start { lower -= 1 }
        var upper = lower
        while upper < sentences.count, sentences[upper].range.start < range.end { upper += 1 }
        return lower..<upper
    }

    /// The words among `tokenRange`'s tokens.
    /// (A plain loop: a lazy filter's count built its generic wrappers at run time, at every call.)
    func wordCount(_ tokenRange: Range<Int>) -> Int {
        var count = 0
        for index in tokenRange where tokens[index].kind == .word { count += 1 }
        return count
    }

    func range(_ tokenRange: Range<Int>) -> TextRange {
        TextRange(start: tokens[tokenRange.lowerBound].range.start, end: tokens[tokenRange.upperBound - 1].range.end)
    }

    /// The lemma of a reporting verb at `index`, outside quotation marks; a form after a determiner
    /// is a noun ("the call", "a claim").
    /// - Complexity: O(1): read from `verbLemmas` (asked of the same tokens many times by the rules).
    func verbLemma(at index: Int) -> String? {
        index >= 0 && index < verbLemmas.count && verbLemmas[index] >= 0 ? verbLemmaNames[Int(verbLemmas[index])] : nil
    }

    /// The key of `verbLemma(at:)`, for the rules' sets of lemmas.
    func verbLemmaKey(at index: Int) -> TokenKey? {
        index >= 0 && index < verbLemmas.count && verbLemmas[index] >= 0 ? verbLemmaKeys[Int(verbLemmas[index])] : nil
    }

    private func lemmaOfReportingVerb(at index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, quoteOf[index] < 0,
              lexicon.verbKeys.contains(tokens[index].key), let lemma = lexicon.verbs[tokens[index].key] else { return nil }
        if index > 0, Self.determiners.contains(tokens[index - 1].key) || tokens[index - 1].kind == .possessive { return nil }
        // "the so-called deal", "a long-awaited report": a compound's second half is no verb.
        if index > 0, tokens[index - 1].kind == .hyphen { return nil }
        // "the United States", "the Reporting Act": a capitalised form inside a sentence is a name.
        if tokens[index].isCapitalized, !tokens[index].startsSentence, !tokens[index].isAllCaps, !isHeadlineVerb(index) { return nil }
        if lexicon.nounLikeVerbs.contains(tokens[index].key) {
            // "mental state", "Republican claims": a noun unless its context makes it a verb.
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let nextIsClause = next.map { $0.key == Self.that || Self.determiners.contains($0.key) || quoteOf[index + 1] >= 0
                || lexicon.subjectPronouns.contains($0.key) || lexicon.otherPronouns.contains($0.key)
                || [Self.comma, Self.colon].contains($0.key) } ?? false
            let previousIsSubject = index > 0 && (lexicon.subjectPronouns.contains(tokens[index - 1].key)
                || lexicon.otherPronouns.contains(tokens[index - 1].key)
                || firstSpeaker(in: max(0, tokens[index - 1].range.end - 200)..<tokens[index - 1].range.end,
                                where: { $0.range.end == tokens[index - 1].range.end }) != nil)
            guard nextIsClause || previousIsSubject else { return nil }
        }
        return lemma
    }

    /// "Holt Could Back Cheaper Energy, Tom Vale Says.": in a headline set in title case, a
    /// present or past form of a reporting verb (not a base form like "Call" or "Post") is one.
    func isHeadlineVerb(_ index: Int) -> Bool {
        guard token(index, endsWith: "s") || token(index, endsWith: "ed") || Self.headlinePastForms.contains(tokens[index].key),
              sentenceOf[index] >= 0 else { return false }
        // (Counted in one loop: a lazy filter counted twice, its generic wrappers made at run time.)
        var count = 0, capitalized = 0
        for token in tokens[sentenceTokens[sentenceOf[index]]] where token.kind == .word && !token.startsWithDigit {
            count += 1
            if token.isCapitalized { capitalized += 1 }
        }
        guard count >= 4 else { return false }
        return capitalized * 10 >= count * 7
    }

    private static let headlinePastForms = KeySet(words: ["said", "told", "wrote", "found"])

    /// The lemma of a verb of stance at `index` ("attacked", "has called on"), read as a verb where
    /// `verbLemma` would read a reporting verb as one.
    func stanceLemma(at index: Int) -> String? {
        guard index > 0, index < tokens.count, tokens[index].kind == .word, quoteOf[index] < 0,
              lexicon.stanceKeys.contains(tokens[index].key), let verb = lexicon.stanceVerbs[tokens[index].key],
              !Self.determiners.contains(tokens[index - 1].key), tokens[index - 1].kind == .word,
              !tokens[index].isCapitalized, !isNounAfterModifier(index) else { return nil }
        return verb.lemma
    }

    /// "the German plan", "a new call": a bare form after an article and one word that is no plural
    /// subject is a noun ("the officials plan to", "the company plans to" stay verbs).
    func isNounAfterModifier(_ index: Int) -> Bool {
        index >= 2 && Self.determiners.contains(tokens[index - 2].key) && tokens[index - 1].kind == .word
            && !token(index - 1, endsWith: "s") && !token(index, endsWith: "s") && !token(index, endsWith: "ed")
            && !token(index, endsWith: "ing")
    }

    /// Whether the token at `index` is a dash: "—" or "–" (a typed "--" is two hyphen tokens).
    /// (Read from the bytes, E2 80 94 or 93: a String made per punctuation mark was most of the clause
    /// stops' pass.)
    func isDash(_ index: Int) -> Bool {
        let range = tokens[index].range
        let utf8 = document.utf8
        return range.length == 3 && utf8[range.start] == 0xE2 && utf8[range.start + 1] == 0x80
            && (utf8[range.start + 2] == 0x94 || utf8[range.start + 2] == 0x93)
    }

    /// A dash with a space on both sides: " — ", " – ". `orHyphen`: a hyphen with spaces around it
    /// counts too, as a dash in plain typing ("likened the rules to “…” - a charge that …").
    func isSpacedDash(_ index: Int, orHyphen: Bool = false) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation || (orHyphen && token.kind == .hyphen), index > 0, index + 1 < tokens.count,
              tokens[index - 1].range.end < token.range.start, token.range.end < tokens[index + 1].range.start
        else { return false }
        return isDash(index) || (orHyphen && token.range.length == 1 && document.utf8[token.range.start] == UInt8(ascii: "-"))
    }

    /// Where a sentence's own words start after a dateline: "PARIS — …", "OGDEN, Utah (AP) — …",
    /// "GENEVA (Reuters) - …" (a place in capitals, then a dash, or a hyphen with spaces around it).
    func afterDateline(_ start: Int, before end: Int) -> Int {
        guard start < end, tokens[start].kind == .word, tokens[start].isAllCaps,
              let dash = (start + 1..<min(end, start + 8)).first(where: { index in
                  (tokens[index].kind == .punctuation || tokens[index].kind == .hyphen) && isDash(index)
                      || isSpacedDash(index, orHyphen: true)
              }), dash + 1 < end
        else { return start }
        return dash + 1
    }

    /// A full stop right after a word ("Mr.", "Jr."), as in a title or the end of a name.
    func isFullStopOfAbbreviation(_ index: Int) -> Bool {
        index > 0 && document.utf8[tokens[index].range.start] == UInt8(ascii: ".")
            && tokens[index - 1].range.end == tokens[index].range.start
    }

    /// Whether the token's text ends with an ASCII suffix ("ing", "ed"), read from the bytes: no
    /// String is made on these per-token paths.
    func token(_ index: Int, endsWith suffix: StaticString) -> Bool {
        document.utf8.bytes(tokens[index].range, endWith: suffix)
    }

    static let determiners = KeySet(words: ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
                                  "those", "every", "each", "no", "any"])

    /// The index in `speakers` of the first mention that starts at byte `offset` or after it.
    /// - Complexity: O(log n) in the number of speakers.
    func firstSpeakerIndex(startingAtOrAfter offset: Int) -> Int {
        speakerStarts.partitioningIndex { $0 >= offset }
    }

    /// The speaker mention that starts at byte `offset`, if any: a binary search, no array made.
    func speaker(startingAt offset: Int) -> EntityMention? {
        let index = firstSpeakerIndex(startingAtOrAfter: offset)
        return index < speakers.count && speakers[index].range.start == offset ? speakers[index] : nil
    }

    /// The last speaker mention that lies in `range` of bytes and satisfies `matches`, searched
    /// backwards without making an array, over at most `limit` mentions (an endless sentence full of
    /// names stays linear).
    func lastSpeaker(in range: Range<Int>, limit: Int = 50, where matches: (EntityMention) -> Bool) -> EntityMention? {
        var index = firstSpeakerIndex(startingAtOrAfter: range.upperBound) - 1
        let oldest = max(0, index - limit)
        while index >= oldest, speakers[index].range.start >= range.lowerBound {
            if speakers[index].range.end <= range.upperBound, matches(speakers[index]) { return speakers[index] }
            index -= 1
        }
        return nil
    }

    /// The first speaker mention lying within `range` of bytes that satisfies `matches`, found
    /// without making an array (asked at nearly every cue).
    func firstSpeaker(in range: Range<Int>, where matches: (EntityMention) -> Bool) -> EntityMention? {
        // (Read in place: a mention copied out of the array to be asked about retains its strings.)
        speakers.withUnsafeBufferPointer { speakers in
            firstSpeakerIndex(in: range) { matches(speakers[$0]) }.map { speakers[$0] }
        }
    }

    /// The index in `speakers` of the first speaker mention within `range` that `matches` (asked
    /// with indices: a caller that keeps some as it goes copies no mention until it chooses one).
    func firstSpeakerIndex(in range: Range<Int>, where matches: (Int) -> Bool) -> Int? {
        var index = firstSpeakerIndex(startingAtOrAfter: range.lowerBound)
        while index < speakers.count, speakers[index].range.start < range.upperBound {
            if speakers[index].range.end <= range.upperBound, matches(index) { return index }
            index += 1
        }
        return nil
    }

    /// Speaker mentions (person, role, organization) lying within `range` of bytes.
    func speakers(in range: Range<Int>) -> [EntityMention] {
        let first = firstSpeakerIndex(startingAtOrAfter: range.lowerBound)
        var found: [EntityMention] = []
        var index = first
        while index < speakers.count, speakers[index].range.start < range.upperBound {
            if speakers[index].range.end <= range.upperBound { found.append(speakers[index]) }
            index += 1
        }
        return found
    }
}
