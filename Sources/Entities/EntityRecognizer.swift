import VerbatimCore
import VerbatimICU

/// Finds people, places, organizations, nationalities and role phrases, and links every mention of
/// the same entity to one id.
///
/// ```
/// tokens ─► lexicon aliases (leftmost-longest, edges confirmed by ICU word breaks)
///        ─► role phrases ("Russia's foreign minister") and regions ("northeastern France")
///        ─► name patterns for people and organizations no lexicon knows
///        ─► towns playing as sports teams ("Leicestershire beat Somerset")
///        ─► abbreviations in brackets ("Central Narcotics Bureau (CNB)") and repeated names
///        ─► coreference ("Smith" after "Jane Smith") ─► mentions in text order
/// ```
public struct EntityRecognizer: Stage {
    public let name = "entities.lexicon"
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let produces: Set<Layer> = [.entities]

    public let lexicon: EntityLexicon
    private let wordBreaker: ICUBreaker

    public init(lexicon: EntityLexicon) throws(StageError) {
        self.lexicon = lexicon
        self.wordBreaker = try ICUBreaker(.word, locale: "en")
    }

    public func apply(to document: inout Document) throws(StageError) {
        let utf8 = document.utf8
        let tokens = document.tokens
        let breaker = try wordBreaker.clone()
        try breaker.setText(utf8)
        var context = RecognitionContext(lexicon: lexicon, utf8: utf8, tokens: tokens, published: document.metadata.published)

        for match in LexiconMatcher(lexicon: lexicon, utf8: utf8, tokens: tokens).matches() {
            let range = context.range(of: match.tokens)
            // ICU must agree that the name starts and ends on word boundaries; a possessive "’s"
            // is inside ICU's word, so its end is checked after the "’s".
            let end = match.tokens.upperBound < tokens.count && tokens[match.tokens.upperBound].kind == .possessive
                ? tokens[match.tokens.upperBound].range.end : range.end
            // Space around a match is a boundary for ICU too, and so is a comma or full stop after a
            // name's last letter (`endsWordSurely`); ask ICU only about the other cases.
            guard isSpaceOrEdge(before: range.start, utf8) || breaker.isBoundary(range.start),
                  endsWordSurely(at: end, utf8) || breaker.isBoundary(end) else { continue }
            // "Elizabeth Warren" names a person, not two towns: a town or region inside a person's
            // name yields to the name patterns.
            // So do capitals ("MaliVai Washington") and generated places matched by an alternate name
            // ("Ariel" for Jerusalem).
            let entry = lexicon.entries.lines[match.alias.entry]
            if entry.isMinorPlace || (entry.isGenerated && (match.alias.spelling > 0 || entry.isCapital)),
               context.isInsidePersonName(match.tokens) { continue }
            // "Rep. Jim Jordan", "Michael Jordan", "Richard Wagner": even a country or a company is a
            // surname after a given name inside a sentence.
            if entry.kind == .place || entry.kind == .organization, match.tokens.count == 1,
               context.followsGivenName(match.tokens.lowerBound) || context.followsTitledWord(match.tokens.lowerBound) { continue }
            // "said Jordan Ellis", "Georgia Smith": a place that is also a given name, before a surname,
            // is a person's given name.
            if entry.kind == .place, match.tokens.count == 1, context.precedesSurname(match.tokens.lowerBound) { continue }
            // "Ivanka Trump", "Eric Trump said": another given name before a known person's surname
            // names someone else (the name patterns find them); the known person's own full name is a
            // longer alias and matched first.
            if entry.kind == .person, match.tokens.count == 1,
               context.followsGivenName(match.tokens.lowerBound, evenOpeningSentence: true) { continue }
            context.addLexiconMention(match)
        }
        RolePhrases().apply(to: &context)
        NamePatterns(context: context.withoutMentions).apply(to: &context)
        SportsTeams().apply(to: &context)
        Abbreviations().apply(to: &context)
        context.linkCoreferences()
        // (Sorted in place: `sorted` copied the array, every mention's strings retained once more.)
        var entities = context.found.map(\.mention)
        entities.sort { $0.range != $1.range ? $0.range < $1.range : $0.kind.rawValue < $1.kind.rawValue }
        document.entities = entities
    }
}

private func isSpaceOrEdge(before offset: Int, _ utf8: [UInt8]) -> Bool {
    offset == 0 || utf8.scalar(before: offset).scalar.isSpace
}

private func isSpaceOrEdge(at offset: Int, _ utf8: [UInt8]) -> Bool {
    offset >= utf8.count || utf8.scalar(at: offset).scalar.isSpace
}

/// Whether a word surely ends at `offset`, so that ICU need not be asked (each question makes it
/// back up and run forward again): at a space or the end of the text, or after an ASCII letter
/// before `,` `;` `!` `?` `)` or `"`, or before a full stop with a space or the end after it. (UAX #29
/// keeps a word going past a mark only across `.` `'` `:` between letters, or `,` `;` between digits.)
func endsWordSurely(at offset: Int, _ utf8: [UInt8]) -> Bool {
    if isSpaceOrEdge(at: offset, utf8) { return true }
    guard offset > 0, offset < utf8.count, (utf8[offset - 1] | 0x20) &- 0x61 < 26 else { return false }
    switch utf8[offset] {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""):
        return true
    case UInt8(ascii: "."):
        return offset + 1 == utf8.count || [0x20, 0x0A, 0x0D, 0x09].contains(utf8[offset + 1])
    default:
        return false
    }
}

/// What the recognizers share while working on one document: tokens, mentions so far, and which
/// tokens are already part of a mention.
struct RecognitionContext {
    struct Found {
        var mention: EntityMention
        var tokens: Range<Int>
    }

    let lexicon: EntityLexicon
    let utf8: [UInt8]
    let tokens: [Token]
    let published: String?
    /// Mentions so far, each with the tokens it spans.
    var found: [Found] = []
    /// Tokens inside a person, place or organization mention.
    var covered: [Bool]
    /// The mention each lexicon spelling made, by entry and spelling (`spellingKey`): an entry is read
    /// from the lexicon, and its evidence written, once however often the article names it.
    private var lexiconMentions = KeyTable<EntityMention>()

    init(lexicon: EntityLexicon, utf8: [UInt8], tokens: [Token], published: String?) {
        self.lexicon = lexicon
        self.utf8 = utf8
        self.tokens = tokens
        self.published = published
        self.covered = Array(repeating: false, count: tokens.count)
    }

    func range(of tokenRange: Range<Int>) -> TextRange {
        TextRange(start: tokens[tokenRange.lowerBound].range.start, end: tokens[tokenRange.upperBound - 1].range.end)
    }

    func key(_ index: Int) -> TokenKey { tokens[index].key }

    private static var the: TokenKey { TokenKeys.of(literal: "the") }
    private static let placesNamedLikePeople: Set<String> = ["city", "capital", "region"]

    func text(_ tokenRange: Range<Int>) -> String {
        let range = range(of: tokenRange)
        return String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// Whether a title and one capitalised word stand just before token `start` ("Attorney General
    /// Merrick Garland": Garland is the surname, not the town).
    func followsTitledWord(_ start: Int) -> Bool {
        guard start >= 2, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !tokens[start - 1].isAllCaps,
              !covered[start - 1], tokens[start - 1].range.end < tokens[start].range.start else { return false }
        return hasTitle(endingBefore: start - 1)
    }

    /// Whether a title of one to three words ends right before token `end`, its first word passing
    /// `accepts`.
    func hasTitle(endingBefore end: Int, firstWord accepts: (Token) -> Bool = { _ in true }) -> Bool {
        (1...3).contains { length in
            end - length >= 0 && accepts(tokens[end - length])
                && lexicon.titles[key(end - length)]?.contains { $0.keys.count == length } == true
        }
    }

    /// Whether the word at `start` is a given name and a capitalised surname follows it.
    func precedesSurname(_ start: Int) -> Bool {
        guard start + 1 < tokens.count, lexicon.firstNames.contains(key(start)), !lexicon.commonWords.contains(key(start)),
              tokens[start + 1].kind == .word, tokens[start + 1].isCapitalized, !tokens[start + 1].isAllCaps,
              tokens[start].range.end < tokens[start + 1].range.start, lexicon.surnames.contains(key(start + 1)),
              lexicon.titles[key(start + 1)] == nil else { return false }
        return true
    }

    /// Whether a capitalised given name stands just before token `start`, not opening its sentence
    /// (where "Will", "May" or "Bill" may be other words) unless a title comes first.
    /// `evenOpeningSentence`: a given name that opens the sentence counts too, unless it is also a
    /// common word (the person lexicon's surnames: "Eric Trump said").
    func followsGivenName(_ start: Int, evenOpeningSentence: Bool = false) -> Bool {
        guard start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !tokens[start - 1].isAllCaps,
              !covered[start - 1], lexicon.firstNames.contains(key(start - 1)), !lexicon.commonWords.contains(key(start - 1)),
              !lexicon.calendarWords.contains(key(start - 1)) else { return false }
        if !tokens[start - 1].startsSentence || evenOpeningSentence { return true }
        return hasTitle(endingBefore: start - 1, firstWord: \.isCapitalized)
    }

    /// A given name just before, a title just before, a noun for a person and a capitalised word just
    /// before ("finalist MaliVai Washington"), or the place itself a given name followed by another
    /// capitalised word.
    func isInsidePersonName(_ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        if start >= 2, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !covered[start - 1],
           tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized, lexicon.personNouns.contains(key(start - 2)) {
            return true
        }
        if start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
           lexicon.firstNames.contains(key(start - 1)) { return true }
        // "George W. Bush", "Charles B Rangel": a given name and an initial just before.
        var initial = start - 1
        if initial > 0, tokens[initial].range.length == 1, utf8[tokens[initial].range.start] == UInt8(ascii: ".") { initial -= 1 }
        if initial > 0, tokens[initial].kind == .word, tokens[initial].range.length == 1, tokens[initial].isCapitalized,
           tokens[initial - 1].kind == .word, tokens[initial - 1].isCapitalized, lexicon.firstNames.contains(key(initial - 1)) {
            return true
        }
        if range.count == 1, lexicon.firstNames.contains(key(start)), range.upperBound < tokens.count,
           tokens[range.upperBound].kind == .word, tokens[range.upperBound].isCapitalized { return true }
        for length in 1...3 where start - length >= 0 {
            if let titles = lexicon.titles[key(start - length)], tokens[start - length].isCapitalized,
               titles.contains(where: { title in
                   title.keys.count == length && (0..<length).allSatisfy { key(start - length + $0) == title.keys[$0] }
               }) { return true }
        }
        return false
    }

    mutating func addLexiconMention(_ match: LexiconMatcher.Match) {
        // "the Netherlands", "the Middle East": a lower-case article is not part of the name.
        var tokenRange = match.tokens
        if tokenRange.count > 1, !tokens[tokenRange.lowerBound].isCapitalized, tokens[tokenRange.lowerBound].key == Self.the {
            tokenRange = tokenRange.lowerBound + 1..<tokenRange.upperBound
        }
        let spelling = Self.spellingKey(match.alias)
        var mention = lexiconMentions[spelling] ?? madeMention(match.alias, key: spelling)
        mention.range = range(of: tokenRange)
        mention.confidence = match.alias.isExact ? 0.9 : match.tokens.count > 1 ? 0.95 : 0.85
        add(mention, tokens: tokenRange)
    }

    /// A lexicon spelling's mention, its range and confidence left for each use to set; kept.
    private mutating func madeMention(_ alias: EntityLexicon.Alias, key: TokenKey) -> EntityMention {
        let entry = lexicon.entries.mentionFields(at: alias.entry)
        let mention = EntityMention(range: TextRange(start: 0, end: 0), kind: entry.kind, subtype: entry.subtype,
                                    name: entry.name, entityID: entry.id, source: .lexicon,
                                    rule: "lexicon \(entry.origin) alias '\(lexicon.entries.spelling(of: alias))'",
                                    confidence: 0, attributes: entry.attributes)
        lexiconMentions[key] = mention
        return mention
    }

    /// Entry and spelling in one key: packed (entries below 2^39, spellings below 2^24), plus one, times
    /// an odd number. Distinct for every pair and never 0 (`KeyTable`'s empty slot), since multiplying
    /// by an odd number permutes 64-bit values; and mixed, since the table indexes by the low bits.
    private static func spellingKey(_ alias: EntityLexicon.Alias) -> TokenKey {
        precondition(alias.entry < 1 << 39 && alias.spelling < 1 << 24, "lexicon too large")
        return ((UInt64(alias.entry) << 24 | UInt64(alias.spelling)) &+ 1) &* 0x9E37_79B9_7F4A_7C15
    }

    /// This context without its mentions, for a pass that reads the rest as it stood while it adds
    /// mentions to the real one: a copy that shared the mentions' array made the first mention added
    /// copy them all, each one's strings retained.
    var withoutMentions: RecognitionContext {
        var copy = self
        copy.found = []
        return copy
    }

    /// (`consuming`: the mention is stored as it is, not copied with its strings retained.)
    mutating func add(_ mention: consuming EntityMention, tokens tokenRange: Range<Int>) {
        if mention.kind != .role {
            for index in tokenRange { covered[index] = true }
        }
        found.append(Found(mention: mention, tokens: tokenRange))
    }

    /// Drops the mentions at the positions `drop` accepts, the others kept in order: moved in place,
    /// where filtering into a new array copied every mention with its strings.
    mutating func removeFound(where drop: (Int) -> Bool) {
        var kept = 0
        for position in found.indices where !drop(position) {
            if kept != position { found.swapAt(kept, position) }
            kept += 1
        }
        found.removeLast(found.count - kept)
    }

    /// A mention at `range` of the person found at `position`: the first made for that person keeps
    /// its rule's text in `links`, and the person's later links share it.
    private func linked(_ range: TextRange, to position: Int, _ links: inout [Int: EntityMention]) -> EntityMention {
        if var link = links[position] {
            link.range = range
            return link
        }
        let person = found[position].mention
        let link = EntityMention(range: range, kind: .person, naming: person, source: .coreference,
                                 rule: "same name as '\(person.name)' earlier", confidence: min(person.confidence, 0.8))
        links[position] = link
        return link
    }

    /// (On the tokens alone: as a method whose closure read `self`, it copied the whole context, every
    /// array in it retained and released, at each call.)
    private static func lastWordKey(in tokenRange: Range<Int>, of tokens: [Token]) -> TokenKey? {
        var index = tokenRange.upperBound
        while index > tokenRange.lowerBound {
            index -= 1
            if tokens[index].kind == .word { return tokens[index].key }
        }
        return nil
    }

    /// Links a single-word name to the person an earlier mention named in full ("Smith" after
    /// "Jane Smith"); lexicon people are linked by their aliases already.
    /// - Complexity: O(n) in tokens and mentions.
    mutating func linkCoreferences() {
        // A town, capital or region named like a person met earlier is that person ("Warren" after
        // "Elizabeth Warren"): drop such places so the loop below links the name.
        var personNames = KeySet()
        // Indices, not `for item in found`: each copy of a mention retains its strings.
        for position in found.indices where found[position].mention.kind == .person && found[position].mention.source != .lexicon {
            if let key = Self.lastWordKey(in: found[position].tokens, of: tokens) { personNames.insert(key) }
        }
        if !personNames.isEmpty {
            let namedLikePeople = found.indices.map { position in
                found[position].mention.source == .lexicon
                    && Self.placesNamedLikePeople.contains(found[position].mention.subtype ?? "")
                    && found[position].tokens.count == 1 && personNames.contains(tokens[found[position].tokens.lowerBound].key)
            }
            if namedLikePeople.contains(true) {
                for (position, drop) in namedLikePeople.enumerated() where drop {
                    for index in found[position].tokens { covered[index] = false }
                }
                removeFound { namedLikePeople[$0] }
            }
        }
        var lastNames = KeyTable<Int>()
        // "Alan" after "Alan Shearer", "Megawati" after "Megawati Sukarnoputri": a lone first name
        // names the last person met with it.
        var givenNames = KeyTable<Int>()
        var added: [Found] = []
        var links: [Int: EntityMention] = [:]
        // Mentions by the token they start at, one table per kind: a dictionary hashed
        // every covered token's index.
        var patternPersonAt = MentionsByToken(tokenCount: tokens.count)
        for position in found.indices where found[position].mention.kind == .person && found[position].mention.source == .pattern {
            patternPersonAt[found[position].tokens.lowerBound] = position
        }
        // "Rep. Jim Jordan … Jordan said": a one-word place that is the surname of someone met
        // before, and speaks, is that person.
        var speakingPlaceAt = MentionsByToken(tokenCount: tokens.count)
        for position in found.indices where found[position].mention.kind == .place && found[position].tokens.count == 1 {
            let index = found[position].tokens.lowerBound
            if index + 1 < tokens.count, lexicon.speechVerbs.contains(key(index + 1)) { speakingPlaceAt[index] = position }
        }
        // "Rovers manager Steve Cooper … Cooper said": a lexicon person's surname alone names the
        // person met in full in this article, unless the lexicon person was named in full too.
        var lexiconSurnameAt = MentionsByToken(tokenCount: tokens.count)
        for position in found.indices where found[position].mention.kind == .person && found[position].mention.source == .lexicon
            && found[position].tokens.count == 1 {
            lexiconSurnameAt[found[position].tokens.lowerBound] = position
        }
        // The entity ids of people named in full so far, by their keys (a set of strings hashed each id
        // with SipHash).
        var namedInFull = KeySet()
        let people = found.indices.filter { found[$0].mention.kind == .person }.sorted { found[$0].tokens.lowerBound < found[$1].tokens.lowerBound }
        var next = 0
        // Only words in a mention or capitalised can link (the people before a word are caught up
        // with at the next one that can).
        for index in tokens.indices where tokens[index].kind == .word && (covered[index] || tokens[index].isCapitalized) {
            while next < people.count, found[people[next]].tokens.upperBound <= index {
                let personTokens = found[people[next]].tokens
                if personTokens.count > 1, let last = Self.lastWordKey(in: personTokens, of: tokens) {
                    lastNames[last] = people[next]
                    namedInFull.insert(TokenKeys.ofBytes(found[people[next]].mention.entityID))
                    let first = tokens[personTokens.lowerBound].key
                    if !lexicon.commonWords.contains(first) { givenNames[first] = people[next] }
                }
                next += 1
            }
            // A one-word name a pattern found on its own ("Holt said") joins the earlier full name too.
            if covered[index], let position = patternPersonAt[index], let person = lastNames[key(index)] ?? givenNames[key(index)],
               found[position].tokens == index..<index + 1 {
                found[position].mention = linked(tokens[index].range, to: person, &links)
                continue
            }
            if covered[index], let position = lexiconSurnameAt[index], let person = lastNames[key(index)],
               found[person].mention.entityID != found[position].mention.entityID, !namedInFull.contains(TokenKeys.ofBytes(found[position].mention.entityID)) {
                found[position].mention = linked(tokens[index].range, to: person, &links)
                continue
            }
            if covered[index], let position = speakingPlaceAt[index], let person = lastNames[key(index)] {
                found[position].mention = linked(tokens[index].range, to: person, &links)
                continue
            }
            guard !covered[index], tokens[index].isCapitalized, let person = lastNames[key(index)] ?? givenNames[key(index)] else { continue }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
               !covered[index + 1] { continue }
            added.append(Found(mention: linked(tokens[index].range, to: person, &links), tokens: index..<index + 1))
            covered[index] = true
        }
        // A family name before the full name ("SHEARER NAMED CAPTAIN" above "Alan Shearer"): headlines
        // and leads name people before the body does.
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized && !covered[index] {
            guard let person = lastNames[key(index)] else { continue }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
               !tokens[index + 1].isAllCaps || !tokens[index].isAllCaps, !covered[index + 1] { continue }
            added.append(Found(mention: linked(tokens[index].range, to: person, &links), tokens: index..<index + 1))
            covered[index] = true
        }
        found += added
    }
}

/// Found mentions by a token of theirs (where they start, or the token after their end), one slot a
/// token: an index into `RecognitionContext.found`, or none.
struct MentionsByToken {
    private var positions: IndexPerToken

    init(tokenCount: Int) {
        positions = IndexPerToken(count: tokenCount)
    }

    subscript(token: Int) -> Int? {
        get { positions[token] >= 0 ? positions[token] : nil }
        set { positions[token] = newValue ?? -1 }
    }
}
