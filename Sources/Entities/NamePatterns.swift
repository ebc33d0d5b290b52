import VerbatimCore

/// People, organizations and places that no lexicon knows, found from the words around a
/// capitalised name: a title ("Sen. Jane Holt"), a given name ("Jane Holt"), a speech verb ("Holt
/// said", "said Holt"), an apposition or age ("Holt, a farmer from Kent, said"; "Holt, 54,"), a noun
/// for a person ("striker Jo Holt"), a list after a person ("Ana Ruiz, Jo Holt and …"), an
/// organization word ("Acme Corp", "Bank of Tokyo", "Manchester United"), a place word or noun
/// ("Atlantic City", "Guangdong province").
struct NamePatterns {
    /// A mention with its tokens. (What a pattern finds is this struct, not a tuple of the two: a
    /// tuple was copied through the runtime's generic value witnesses.)
    typealias Found = RecognitionContext.Found

    /// The context as it stood before this pass, without its mentions (`withoutMentions`): read here,
    /// while mentions are added to the real one.
    let context: RecognitionContext
    /// The words this document writes in lower case somewhere, for names in title-case headlines.
    private let lowerCaseWords: LowerCaseWords
    /// The mentions made so far, by their spelling.
    private let spellings = Spellings()

    init(context: RecognitionContext) {
        self.context = context
        lowerCaseWords = LowerCaseWords(tokens: context.tokens)
    }

    /// Lower-case words allowed inside a name when a capitalised word follows.
    private static let particles = KeySet(words: ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
                                        "bin", "bint", "al", "el", "la", "le", "ter", "dos", "das", "y"])
    private static let connectors = KeySet(words: ["of", "for", "and", "the", "on", "de"])
    private static var comma: TokenKey { TokenKeys.of(literal: ",") }
    /// "Chris Christie Says Hillary Clinton Is …", "Sanders Vows To …": verbs a title-case headline
    /// sets after names, capitalised like them (reporting verbs and auxiliaries; only forms no name or
    /// body is called by, so not "Will", "May" or "Reports").
    private static let headlineVerbs = KeySet(words: ["says", "tells", "warns", "urges", "calls", "vows", "slams", "blasts",
                                                      "denies", "accuses", "insists", "admits", "announces", "pledges",
                                                      "reveals", "suggests", "argues", "asks", "criticizes", "praises",
                                                      "rejects", "endorses", "defends", "attacks", "sees", "wants",
                                                      "speaks", "hammers", "rips", "mocks", "targets", "backs", "touts",
                                                      "unveils", "launches", "explains", "responds", "reacts",
                                                      "goes", "gets", "takes", "makes", "gives",
                                                      "is", "are", "was", "were", "has", "have", "had", "would", "could",
                                                      "should", "does", "did"])
    private static var of: TokenKey { TokenKeys.of(literal: "of") }
    private static let articles = KeySet(words: ["a", "an", "the"])
    private static var the: TokenKey { TokenKeys.of(literal: "the") }
    private static var and: TokenKey { TokenKeys.of(literal: "and") }
    private static var old: TokenKey { TokenKeys.of(literal: "old") }
    private static let years = KeySet(words: ["year", "years"])

    func apply(to context: inout RecognitionContext) {
        let tokens = context.tokens
        // Places by the token they start at and the one after their end, and the token after each
        // person: tables by token, where sets and dictionaries hashed each index.
        var placeAt = MentionsByToken(tokenCount: tokens.count + 1), placeEndingAt = placeAt
        for position in context.found.indices where context.found[position].mention.kind == .place {
            placeAt[context.found[position].tokens.lowerBound] = position
            placeEndingAt[context.found[position].tokens.upperBound] = position
        }
        // "American Heart Association", "British Medical Association": a nationality opens an
        // organization's name as a place does.
        for position in context.found.indices where context.found[position].mention.kind == .nationality {
            placeEndingAt[context.found[position].tokens.upperBound] = position
        }
        // Where each person's tokens end, for names listed after one ("Ana Ruiz, Jo Holt and …").
        var personEnds = [Bool](repeating: false, count: tokens.count + 1)
        for position in context.found.indices where context.found[position].mention.kind == .person {
            personEnds[context.found[position].tokens.upperBound] = true
        }
        var absorbed: Set<Int> = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized, !context.covered[index] else {
                index += 1
                continue
            }
            // "Christie Calls Clinton …": a headline's reporting verb is no part of a name.
            if isHeadlineVerb(index) {
                index += 1
                continue
            }
            // A title ("Mr.", "Sen.") is not part of the name after it: start the run after it.
            if let length = titleLength(at: index), index + length < tokens.count, tokens[index + length].kind == .word,
               tokens[index + length].isCapitalized, length > 1 || !context.covered[index + 1] {
                index += length
                continue
            }
            var run = nameRun(from: index)
            // "The Ministry of Defence": words that open sentences are not part of a name.
            while run.count > 1, context.lexicon.commonWords.contains(context.key(run.lowerBound)), titleBefore(run.lowerBound) == nil {
                run = run.lowerBound + 1..<run.upperBound
            }
            var classified = classify(run, personEnds: personEnds)
            // "Duffy Waldorf and Jesper Parnevik", "Daughter of Henry VIII": a run that names nothing as
            // a whole is cut at its first connector, and the words after it are looked at again.
            if classified == nil, let connector = run.first(where: { Self.connectors.contains(context.key($0)) && !tokens[$0].isCapitalized
                                                                     && !Self.particles.contains(context.key($0)) }) {
                run = run.lowerBound..<connector
                classified = classify(run, personEnds: personEnds)
            }
            // "Hong Kong Financial Secretary Donald Tsang": a given name inside a run that names nothing
            // starts a person's name.
            if classified == nil, let given = run.dropFirst().first(where: { context.lexicon.firstNames.contains(context.key($0)) }),
               given + 1 < run.upperBound, tokens[given + 1].isCapitalized {
                run = given..<run.upperBound
                classified = classify(run, personEnds: personEnds)
            }
            // "Independent MP Zali Steggall", "Opposition Leader Peter Dutton": a title inside a run that
            // names nothing is followed by a person's name.
            if classified == nil, let title = run.dropFirst().first(where: { titleLength(at: $0) != nil }),
               let length = titleLength(at: title), title + length + 1 < run.upperBound {
                run = title + length..<run.upperBound
                classified = classify(run, personEnds: personEnds)
            }
            // "Manchester United", "London Stock Exchange": an organization named after the place before it.
            if run.lowerBound > 0, context.covered[run.lowerBound - 1], let place = placeEndingAt[run.lowerBound],
               let organization = organizationAfterPlace(run, classified: classified, place: context.found[place]) {
                absorbed.insert(place)
                classified = organization
            }
            if let found = classified {
                context.add(found.mention, tokens: found.tokens)
                if found.mention.kind == .person { personEnds[found.tokens.upperBound] = true }
                // An organization cut short at a title goes on with the name after the title.
                index = max(found.tokens.upperBound, index + 1)
                continue
            } else if let (organization, place) = organizationOfPlace(run, placeAt: placeAt, found: context.found) {
                // "University of Oxford": the organization absorbs the place named inside it.
                absorbed.insert(place)
                context.add(mention(organization, .organization, subtype: "organization",
                                    rule: "organization word '\(context.text(organization.lowerBound..<organization.lowerBound + 1))' before 'of' and a place",
                                    confidence: 0.75), tokens: organization)
            }
            index = max(run.upperBound, index + 1)
        }
        if !absorbed.isEmpty {
            context.removeFound { absorbed.contains($0) }
        }
    }

    /// Capitalised words from `start`, with hyphens, initials ("F."), particles and connectors
    /// between them, stopping at anything already recognised.
    private func nameRun(from start: Int) -> Range<Int> {
        let tokens = context.tokens
        var end = start + 1
        var index = start + 1
        while index < tokens.count, !context.covered[index] {
            let token = tokens[index]
            if token.kind == .word && token.isCapitalized && !hasLineBreak(before: index) && !isHeadlineVerb(index) {
                index += 1
                end = index
            } else if token.kind == .punctuation, token.range.length == 1, context.utf8[token.range.start] == UInt8(ascii: "."),
                      tokens[index - 1].range.length == 1, tokens[index - 1].isCapitalized, index + 1 < tokens.count,
                      tokens[index + 1].isCapitalized {
                index += 1 // an initial: "John F. Kennedy"
            } else if (token.kind == .hyphen && tokens[index - 1].range.end == token.range.start
                        && index + 1 < tokens.count && tokens[index + 1].range.start == token.range.end)
                        || (token.kind == .word && !token.isCapitalized
                        && (Self.particles.contains(context.key(index)) || Self.connectors.contains(context.key(index)))),
                      index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
                      !context.covered[index + 1],
                      // ("Hofstra University on Monday": a weekday or month after a connector is a date.)
                      token.kind == .hyphen || !context.lexicon.calendarWords.contains(context.key(index + 1)) {
                index += 1
            } else {
                break
            }
        }
        return start..<end
    }

    /// A capitalised reporting verb right after another capitalised word ("Christie Says").
    private func isHeadlineVerb(_ index: Int) -> Bool {
        index > 0 && Self.headlineVerbs.contains(context.key(index)) && context.tokens[index - 1].isCapitalized
            && context.tokens[index - 1].kind == .word
    }

    /// "MPs", "NGOs": two or more capitals and a final lower-case "s".
    private func isPluralAbbreviation(_ index: Int) -> Bool {
        let range = context.tokens[index].range
        guard range.length >= 3, context.utf8[range.end - 1] == UInt8(ascii: "s") else { return false }
        return context.utf8[range.start..<range.end - 1].allSatisfy { (0x41...0x5A).contains($0) }
    }

    private func classify(_ run: Range<Int>, personEnds: [Bool]) -> Found? {
        // Most runs are one word opening a sentence ("The", "He"): no name, and no arrays to build.
        // Nor is a month or weekday alone ("said Thursday"; after a title it is a name: "Mrs May").
        if run.count == 1, context.lexicon.commonWords.contains(context.key(run.lowerBound))
            || context.lexicon.calendarWords.contains(context.key(run.lowerBound)), titleBefore(run.lowerBound) == nil { return nil }
        // Nor is a plural of an abbreviation ("told MPs", "CEOs").
        if run.count == 1, isPluralAbbreviation(run.lowerBound) { return nil }
        // A title alone ("President" before a known name) is no name.
        if let length = titleLength(at: run.lowerBound), length >= run.count { return nil }
        // (Counted in place, with no arrays of keys or words made: most runs name nothing.)
        var wordCount = 0, hyphenCount = 0
        for index in run {
            if context.tokens[index].kind == .word && context.tokens[index].isCapitalized { wordCount += 1 }
            if context.tokens[index].kind == .hyphen { hyphenCount += 1 }
        }
        guard wordCount > 0 else { return nil }
        // Capitalised words and hyphens only: no connectors, initials or particles.
        let isPlain = wordCount + hyphenCount == run.count
        let firstKey = context.key(run.lowerBound)
        let organizationWord = run.first { index in
            guard let position = context.lexicon.organizationWords[context.key(index)] else { return false }
            let offset = index - run.lowerBound
            return position == "any" || (position == "last" && offset == run.count - 1 && offset > 0)
                || (position == "first" && offset == 0 && run.count > 2)
        }
        if let wordIndex = organizationWord, wordCount >= 2 || run.count >= 2 {
            // "Boxing Association President Ramon Manzanares": the organization ends before a title.
            let end = (wordIndex + 1..<run.upperBound).first { titleLength(at: $0) != nil } ?? run.upperBound
            let organization = run.lowerBound..<end
            let word = context.text(wordIndex..<wordIndex + 1)
            return Found(mention: mention(organization, .organization, subtype: "organization", rule: "organization word '\(word)'",
                                          confidence: 0.75), tokens: organization)
        }
        // "Atlantic City", "Lake Chad", "Grace Road": a place word first or last.
        if wordCount >= 2, isPlain, let word = placeWord(in: run) {
            let text = context.text(word..<word + 1)
            return Found(mention: mention(run, .place, subtype: nil, rule: "place word '\(text)'", confidence: 0.7), tokens: run)
        }
        // People: a name has no connectors ("of", "and"), no organization word, and is not a
        // pronoun or other word that opens sentences.
        if run.contains(where: { Self.connectors.contains(context.key($0)) && !context.tokens[$0].isCapitalized }) { return nil }
        let title = titleBefore(run.lowerBound)
        if organizationWord != nil || (wordCount == 1 && context.lexicon.commonWords.contains(firstKey) && title == nil) { return nil }
        if let title, canFollowTitle(run) {
            return Found(mention: mention(run, .person, subtype: nil, rule: "title '\(context.text(title))' before the name",
                                          confidence: 0.85), tokens: run)
        }
        // A title written as the run's first words: "President Xi", "Dr Ana Ruiz".
        if let length = titleLength(at: run.lowerBound), run.lowerBound + length < run.upperBound,
           canFollowTitle(run.lowerBound + length..<run.upperBound) {
            let name = run.lowerBound + length..<run.upperBound
            let title = context.text(run.lowerBound..<run.lowerBound + length)
            return Found(mention: mention(name, .person, subtype: nil, rule: "title '\(title)' before the name",
                                          confidence: 0.85), tokens: name)
        }
        let first = context.tokens[run.lowerBound]
        // ("Charlotte Mayor Jennifer Roberts": a title and a given name inside the run start the name,
        // below; "Larry King", "Richard M. Nixon" go on.)
        if wordCount >= 2, context.lexicon.firstNames.contains(firstKey), !first.isAllCaps,
           !run.dropFirst().contains(where: { index in
               titleLength(at: index).map { index + $0 < run.upperBound && context.lexicon.firstNames.contains(context.key(index + $0)) } ?? false
           }),
           let name = personName(openingWithGivenName: run, wordCount: wordCount) {
            return Found(mention: mention(name, .person, subtype: nil, rule: "given name '\(context.text(run.lowerBound..<run.lowerBound + 1))'",
                                          confidence: 0.8), tokens: name)
        }
        // "Guangdong province", "the island of Spitzbergen": a place noun next to the name.
        if wordCount <= 3, isPlain, let noun = placeNounAround(run) {
            return Found(mention: mention(run, .place, subtype: nil, rule: "place noun '\(noun)'", confidence: 0.7), tokens: run)
        }
        // "supermarket Tesco", "the union Usdaw": a noun for a kind of organization just before the name.
        if wordCount <= 2, isPlain, run.lowerBound > 0, context.tokens[run.lowerBound - 1].kind == .word,
           !context.tokens[run.lowerBound - 1].isCapitalized, context.lexicon.organizationNouns.contains(context.key(run.lowerBound - 1)) {
            return Found(mention: mention(run, .organization, subtype: "organization",
                                          rule: "organization noun '\(context.text(run.lowerBound - 1..<run.lowerBound))' before the name",
                                          confidence: 0.7), tokens: run)
        }
        // "striker Juergen Klinsmann", "20-year-old Tiger Woods": a noun for a person just before the name
        // (one word only if it is a known family name: "seed Rios").
        if wordCount <= 3, isPlain, let noun = personNounBefore(run.lowerBound),
           wordCount >= 2 || (context.lexicon.surnames.contains(firstKey) && !context.lexicon.calendarWords.contains(firstKey)) {
            return Found(mention: mention(run, .person, subtype: nil, rule: "person noun '\(noun)' before the name",
                                          confidence: 0.75), tokens: run)
        }
        // "Billy Andrade, Duffy Waldorf and Jesper Parnevik": a full name listed after a person's.
        if (2...3).contains(wordCount), isPlain, isListed(after: personEnds, at: run.lowerBound) {
            return Found(mention: mention(run, .person, subtype: nil, rule: "listed after a person", confidence: 0.7), tokens: run)
        }
        // "the agency said": a name after an article is no person's.
        let hasArticle = run.lowerBound > 0 && !context.tokens[run.lowerBound - 1].isCapitalized
            && Self.articles.contains(context.key(run.lowerBound - 1))
        // "The Smithsonian said", "the Journal reported": a name after "the" that speaks is an
        // organization's. An acronym that speaks ("QNB said") is no person's either: the abbreviation
        // pass names it.
        // (A capital "The" opens a sentence or, after a mark, the name itself: "…,” The Hill reported.")
        let opensWithThe = run.lowerBound > 0 && context.key(run.lowerBound - 1) == Self.the
            && (!context.tokens[run.lowerBound - 1].isCapitalized || context.tokens[run.lowerBound - 1].startsSentence
                || run.lowerBound > 1 && context.tokens[run.lowerBound - 2].kind == .punctuation)
        let isAcronym = wordCount == 1 && first.isAllCaps && (2...6).contains(first.range.length)
        guard wordCount <= 3, !isAcronym, let cue = speechCue(around: run) else { return nil }
        if opensWithThe, !cue.isStrong {
            return Found(mention: mention(run, .organization, subtype: nil, rule: rule(of: cue) + " and 'the' before it",
                                          confidence: 0.6), tokens: run)
        }
        // A lone capitalised word opening a sentence may be any word: only a known family name, and
        // not one the article also writes in lower case ("People say", "Post reported": census surnames
        // too). An apposition or an age is evidence enough anywhere. (Asked last: the article's
        // lower-case words are gathered on the first question.)
        let ambiguous = wordCount == 1 && first.startsSentence && !cue.isStrong
            && (!context.lexicon.surnames.contains(firstKey) || lowerCaseWords.keys.contains(firstKey))
        if !hasArticle, !ambiguous {
            return Found(mention: mention(run, .person, subtype: nil, rule: rule(of: cue), confidence: 0.75), tokens: run)
        }
        return nil
    }

    /// The person's name in a run of capitalised words that opens with a given name: the whole run,
    /// of four words at most ("Julie A. Diaz Martinez"; a longer run is a title or a heading). In a
    /// line set in title case capitals say nothing, and the name is the given name and what follows
    /// it only as far as the words are names: not written in lower case anywhere in the article, and
    /// a known given or family name, or the run's last word ("Hillary Clinton Goes After …" names
    /// "Hillary Clinton", "Ava DuVernay’s ‘13th’ Explores …" "Ava DuVernay", "Clinton Hid Past Health
    /// Problems …" no one). Nil when no name of two words or more is left.
    private func personName(openingWithGivenName run: Range<Int>, wordCount: Int) -> Range<Int>? {
        guard isInTitleCaseLine(run.lowerBound) else { return wordCount <= 4 ? run : nil }
        let tokens = context.tokens
        let lastWord = run.reversed().first { tokens[$0].kind == .word && tokens[$0].isCapitalized } ?? run.lowerBound
        // The end after the last name (a name does not end at an initial).
        var end = run.lowerBound + 1
        var names = 1
        for index in run.lowerBound + 1..<run.upperBound {
            // (Particles, hyphens and an initial's full stop are passed over, and so is an initial.)
            guard tokens[index].kind == .word, tokens[index].isCapitalized, tokens[index].range.length > 1 else { continue }
            let key = context.key(index)
            let isKnownName = names == 1 && (context.lexicon.surnames.contains(key) || context.lexicon.firstNames.contains(key))
            guard isKnownName || index == lastWord, !lowerCaseWords.keys.contains(key), !context.lexicon.commonWords.contains(key)
            else { break }
            names += 1
            end = index + 1
        }
        return end - run.lowerBound >= 2 ? run.lowerBound..<end : nil
    }

    /// Whether the sentence holding the token at `index` is set in title case, as headlines are
    /// ("Holt Plan for Schools Is Costly but Clear."): seven in ten of its words, three at least,
    /// capitalised, and the others short ("for", "but", "with"). Only 40 tokens either side are
    /// looked at: a sentence that goes on further is no headline (and a long one costs no more).
    private func isInTitleCaseLine(_ index: Int) -> Bool {
        let tokens = context.tokens
        var start = index
        while start > 0, !tokens[start].startsSentence {
            guard index - start < 40 else { return false }
            start -= 1
        }
        var end = index + 1
        while end < tokens.count, !tokens[end].startsSentence {
            guard end - index < 40 else { return false }
            end += 1
        }
        var words = 0, capitalized = 0
        for token in tokens[start..<end] where token.kind == .word && !token.startsWithDigit {
            words += 1
            if token.isCapitalized {
                capitalized += 1
            } else if token.range.length > 4 {
                return false
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7
    }

    /// An organization that starts with the place just before `run`: the run is an organization
    /// already, or a single organization word ("United", "University").
    private func organizationAfterPlace(_ run: Range<Int>, classified: Found?,
                                        place: Found) -> Found? {
        guard place.tokens.upperBound == run.lowerBound, context.tokens[run.lowerBound - 1].kind == .word,
              !hasLineBreak(before: run.lowerBound) else { return nil }
        let rule: String, end: Int
        if let classified, classified.mention.kind == .organization, classified.tokens.lowerBound == run.lowerBound {
            rule = classified.mention.rule
            end = classified.tokens.upperBound
        } else if classified == nil, run.count == 1,
                  let position = context.lexicon.organizationWords[context.key(run.lowerBound)], position != "first" {
            rule = "organization word '\(context.text(run))'"
            end = run.upperBound
        } else {
            return nil
        }
        let organization = place.tokens.lowerBound..<end
        return Found(mention: mention(organization, .organization, subtype: "organization",
                                      rule: "\(rule) after the \(place.mention.kind == .nationality ? "nationality" : "place") '\(place.mention.name)'",
                                      confidence: 0.7), tokens: organization)
    }

    /// The token of a place word in a name, if it stands where it marks a place (first or last).
    private func placeWord(in run: Range<Int>) -> Int? {
        if context.lexicon.placeWords[context.key(run.upperBound - 1)] == "last" { return run.upperBound - 1 }
        if context.lexicon.placeWords[context.key(run.lowerBound)] == "first" { return run.lowerBound }
        return nil
    }

    /// "province" in "Guangdong province" or "the province of Guangdong".
    private func placeNounAround(_ run: Range<Int>) -> String? {
        let tokens = context.tokens
        let after = run.upperBound
        if after < tokens.count, tokens[after].kind == .word, !tokens[after].isCapitalized,
           context.lexicon.placeNouns.contains(context.key(after)) { return context.text(after..<after + 1) }
        let noun = run.lowerBound - 2
        if noun >= 0, context.key(noun + 1) == Self.of, tokens[noun].kind == .word, !tokens[noun].isCapitalized,
           context.lexicon.placeNouns.contains(context.key(noun)) { return context.text(noun..<noun + 1) + " of" }
        return nil
    }

    /// "striker" in "striker Juergen Klinsmann"; "20-year-old" before a name.
    private func personNounBefore(_ start: Int) -> String? {
        let tokens = context.tokens
        guard start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized else { return nil }
        if context.lexicon.personNouns.contains(context.key(start - 1)) { return context.text(start - 1..<start) }
        if start >= 4, context.key(start - 1) == Self.old, tokens[start - 2].kind == .hyphen,
           Self.years.contains(context.key(start - 3)), tokens[start - 4].kind == .hyphen {
            return "…-year-old"
        }
        return nil
    }

    /// Whether the token before `start` is "," or "and" (or ", and") right after a person's name.
    private func isListed(after personEnds: [Bool], at start: Int) -> Bool {
        guard start >= 2 else { return false }
        let before = context.key(start - 1)
        if before == Self.comma || before == Self.and {
            if personEnds[start - 1] { return true }
            if before == Self.and, start >= 3, context.key(start - 2) == Self.comma, personEnds[start - 2] { return true }
        }
        return false
    }

    /// "Bank of Tokyo", "University of Oxford": an organization word, "of", then a recognised place.
    private func organizationOfPlace(_ run: Range<Int>, placeAt: MentionsByToken,
                                     found: [Found]) -> (tokens: Range<Int>, place: Int)? {
        let tokens = context.tokens
        let of = run.upperBound
        guard run.count == 1, let position = context.lexicon.organizationWords[context.key(run.lowerBound)],
              position != "last", of + 1 < tokens.count, context.key(of) == Self.of, context.covered[of + 1],
              let place = placeAt[of + 1]
        else { return nil }
        return (run.lowerBound..<found[place].tokens.upperBound, place)
    }

    private func mention(_ range: Range<Int>, _ kind: EntityMention.Kind, subtype: String?, rule: String, confidence: Double) -> EntityMention {
        let textRange = context.range(of: range)
        let spelling = context.utf8[textRange.start..<textRange.end]
        if var earlier = spellings.mention(kind, subtype, spelled: spelling) {
            // (Found by the same rule too, it is the earlier mention at another place: all it holds is shared.)
            guard earlier.rule == rule else {
                return EntityMention(range: textRange, kind: kind, naming: earlier, source: .pattern, rule: rule, confidence: confidence)
            }
            earlier.range = textRange
            earlier.confidence = confidence
            return earlier
        }
        let name = context.text(range)
        let made = EntityMention(range: textRange, kind: kind, subtype: subtype, name: name,
                                 entityID: "doc:\(kind.rawValue):\(Self.slug(name))", source: .pattern, rule: rule, confidence: confidence)
        spellings.remember(made, spelled: spelling)
        return made
    }

    /// The pattern mentions made so far, by kind, subtype and spelling: a name the article writes in
    /// full again ("Councillor James Okafor" in one paragraph and the next) shares the first mention's
    /// name and id, as every mention of a lexicon spelling does, where each made strings of its own
    /// (a heap object apiece, read cold by every later stage that copies the speaker or claimant).
    private final class Spellings {
        private var mentions = KeyTable<EntityMention>()

        func mention(_ kind: EntityMention.Kind, _ subtype: String?, spelled spelling: ArraySlice<UInt8>) -> EntityMention? {
            guard let earlier = mentions[Self.key(kind, subtype, spelling)], earlier.kind == kind, earlier.subtype == subtype,
                  earlier.name.utf8.elementsEqual(spelling) else { return nil }
            return earlier
        }

        func remember(_ mention: EntityMention, spelled spelling: ArraySlice<UInt8>) {
            mentions[Self.key(mention.kind, mention.subtype, spelling)] = mention
        }

        private static func key(_ kind: EntityMention.Kind, _ subtype: String?, _ spelling: ArraySlice<UInt8>) -> TokenKey {
            var key = TokenKeys.ofBytes(subtype ?? "", after: TokenKeys.ofBytes(kind.rawValue))
            for byte in spelling { TokenKeys.add(byte, to: &key) }
            return key
        }
    }

    /// The name lower-cased with every character that is not a letter or digit made "-": "Acme
    /// Corp." → "acme-corp-". ASCII is handled byte by byte; other scalars by their properties.
    static func slug(_ name: String) -> String {
        // Most names are ASCII: written byte for byte into the string, no scalars decoded.
        if let ascii = name.withUTF8Bytes({ bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { slug in
                for (index, byte) in bytes.enumerated() {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug[index] = byte + 32
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): slug[index] = byte
                    default: slug[index] = UInt8(ascii: "-")
                    }
                }
                return bytes.count
            }
        }) { return ascii }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                default: bytes.append(UInt8(ascii: "-"))
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericValue != nil {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                bytes.append(UInt8(ascii: "-"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A title just before the name ("Sen. Holt", "Prime Minister Jane Holt"), capitalised as titles are.
    /// (The title's tokens: its text is made only for the evidence of a mention.)
    private func titleBefore(_ index: Int) -> Range<Int>? {
        for length in stride(from: 4, through: 1, by: -1) where index - length >= 0 {
            let start = index - length
            guard context.tokens[start].isCapitalized else { continue }
            if titleLength(at: start) == length { return start..<index }
        }
        return nil
    }

    /// Whether the words after a title can be a person's name: not a compound's other half
    /// ("Commander-In-Chief"), a preposition ("Justice Against Sponsors of Terrorism Act", "President
    /// For Life") or a place ("the Queen City").
    private func canFollowTitle(_ name: Range<Int>) -> Bool {
        context.tokens[name.lowerBound].kind == .word && !context.lexicon.prepositions.contains(context.key(name.lowerBound))
            && context.lexicon.placeWords[context.key(name.upperBound - 1)] != "last"
    }

    /// How many tokens a title starting at `start` spans, if one does.
    private func titleLength(at start: Int) -> Int? {
        guard context.tokens[start].kind == .word, context.tokens[start].isCapitalized,
              let candidates = context.lexicon.titles[context.key(start)] else { return nil }
        for candidate in candidates where start + candidate.keys.count <= context.tokens.count {
            if (1..<candidate.keys.count).allSatisfy({ context.key(start + $0) == candidate.keys[$0] }) {
                return candidate.keys.count
            }
        }
        return nil
    }

    /// Words around a name that show it speaks, or is described as people are.
    private struct SpeechCue {
        enum Kind { case verbAfter, verbAfterComma, verbBefore, age, apposition }
        let kind: Kind
        /// The speech verb's token (none for an age).
        let verb: Int
        /// An apposition or an age: evidence enough for a word that opens a sentence.
        var isStrong: Bool { kind == .age || kind == .apposition }
    }

    /// "Holt said", "said Holt", "Holt, a farmer from Kent, said", "Holt, 54,".
    private func speechCue(around run: Range<Int>) -> SpeechCue? {
        let tokens = context.tokens
        let after = run.upperBound
        // ("Additional reporting by …", "I’m saying": a participle right after a word is no one's verb.)
        if after < tokens.count, tokens[after].kind == .word, context.lexicon.speechVerbs.contains(context.key(after)),
           !(context.tokens[after].range.length > 4 && context.utf8.bytes(context.tokens[after].range, endWith: "ing")) {
            return SpeechCue(kind: .verbAfter, verb: after)
        }
        // "…, Anatoly Gorokhovsky, said on Friday"
        if after + 1 < tokens.count, context.key(after) == Self.comma, tokens[after + 1].kind == .word,
           context.lexicon.speechVerbs.contains(context.key(after + 1)), run.lowerBound > 0, context.key(run.lowerBound - 1) == Self.comma {
            return SpeechCue(kind: .verbAfterComma, verb: after + 1)
        }
        // A verb that goes before its subject ("…,” said Smith"): after another the name is an object
        // or a clause's subject ("announced Brexit", "think Labour will win"). (A capitalised "States"
        // inside a sentence is a name's word: "the United States Embassy". A headline's verb is
        // capitalised too: "Obama Says …".)
        if run.lowerBound > 0, tokens[run.lowerBound - 1].kind == .word,
           context.lexicon.invertingSpeechVerbs.contains(context.key(run.lowerBound - 1)),
           !tokens[run.lowerBound - 1].isCapitalized || tokens[run.lowerBound - 1].startsSentence || isHeadlineVerb(run.lowerBound - 1),
           closesInvertedCue(after: run) {
            return SpeechCue(kind: .verbBefore, verb: run.lowerBound - 1)
        }
        // An apposition: NAME , (a|an|the|person noun|age) … , VERB
        guard after + 2 < tokens.count, context.key(after) == Self.comma else { return nil }
        let opener = context.key(after + 1)
        if tokens[after + 1].startsWithDigit, after + 2 < tokens.count, context.key(after + 2) == Self.comma {
            return SpeechCue(kind: .age, verb: -1)
        }
        // "Fuest, president of the Ifo institute, said": a person noun may open the apposition too.
        guard Self.articles.contains(opener) || (context.lexicon.personNouns.contains(opener) && !tokens[after + 1].isCapitalized)
        else { return nil }
        var index = after + 2
        while index < min(tokens.count, after + 16) {
            if context.key(index) == Self.comma, index + 1 < tokens.count, context.lexicon.speechVerbs.contains(context.key(index + 1)) {
                return SpeechCue(kind: .apposition, verb: index + 1)
            }
            index += 1
        }
        return nil
    }

    /// Whether the name after a verb can be its subject: the clause ends after it (a mark, the end)
    /// or goes on with a preposition, an adverb or a relative ("said Holt on Friday", "said Holt, who
    /// …"). A name the clause goes on from is the reported clause's subject: "said Obamacare is
    /// causing …", "says Chelsea explosion was …", "said Ivanka Trump's statement …".
    private func closesInvertedCue(after run: Range<Int>) -> Bool {
        let next = run.upperBound
        guard next < context.tokens.count else { return true }
        switch context.tokens[next].kind {
        case .possessive: return false
        case .word:
            let key = context.key(next)
            return context.lexicon.prepositions.contains(key) || Self.afterInvertedName.contains(key)
        case .hyphen, .punctuation: return true
        }
    }

    /// Words that may follow the speaker of an inverted cue ("said Holt yesterday", "…, who"), besides
    /// prepositions.
    private static let afterInvertedName = KeySet(words: ["who", "whose", "yesterday", "today", "tonight", "last", "this",
                                                          "earlier", "later", "recently", "also", "again", "and"])

    /// The evidence a cue gives, written only for the cues that make a mention.
    private func rule(of cue: SpeechCue) -> String {
        // (Each text made in one buffer: interpolating the verb cost more than the rest of the pattern.)
        let verb = cue.verb >= 0 ? context.tokens[cue.verb].range : TextRange(start: 0, end: 0)
        switch cue.kind {
        case .verbAfter: return context.utf8.text("speech verb '", verb, "' after the name")
        case .verbAfterComma: return context.utf8.text("speech verb '", verb, "' after the name and a comma")
        case .verbBefore: return context.utf8.text("speech verb '", verb, "' before the name")
        case .age: return "age after the name"
        case .apposition: return context.utf8.text("apposition then speech verb '", verb, "'")
        }
    }

    private func hasLineBreak(before position: Int) -> Bool {
        context.utf8[context.tokens[position - 1].range.end..<context.tokens[position].range.start].contains { $0 == 0x0A || $0 == 0x0D }
    }
}

/// The keys of the words a document writes in lower case somewhere ("plan", "goes"), gathered once,
/// when first asked: a capitalised word in a title-case headline that the article also writes in
/// lower case is a headline's word, not a name's.
private final class LowerCaseWords {
    private let tokens: [Token]

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    private(set) lazy var keys: KeySet = {
        var keys = KeySet()
        // (Asked first: most words repeat, and a look-up costs a fraction of an insert.)
        for token in tokens where token.kind == .word && !token.isCapitalized && !keys.contains(token.key) { keys.insert(token.key) }
        return keys
    }()
}
