import VerbatimCore

/// Finds who a cue's words belong to: a name, title or role next to the cue in either order, a
/// pronoun resolved to the most salient earlier person, or the speaker of an earlier cue in the
/// same sentence ("… dismissed X and suggested that …").
struct SpeakerFinder {
    let context: QuoteContext

    /// Words that may stand between a subject and its verb ("He also warned", "Smith has said", "they
    /// are urging", "Trump still says", "the agency isn't offering").
    private static let fillers = KeySet(words: [
        "also", "later", "then", "again", "previously", "repeatedly", "long", "has", "had", "have", "was", "is", "are", "were",
        "been", "be", "mistakenly", "widely", "once", "further", "still", "even", "now", "just", "first", "finally",
        "quickly", "immediately", "simply", "recently", "earlier", "reportedly", "would", "will", "may", "might", "could",
        "did", "does", "do", "not", "never", "often", "publicly", "privately", "told", "on", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
        "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "don't", "won't",
    ])

    /// The speaker of the cue at token `cue`; `earlier` holds the attributions already made, for
    /// pronouns and coordinated cues.
    func speaker(ofCueAt cue: Int, isNoun: Bool, earlier: AttributionHistory) -> Quote.Speaker? {
        let sentence = context.sentenceOf[cue]
        guard sentence >= 0 else { return nil }
        let sentenceStart = context.sentenceTokens[sentence].lowerBound
        if isNoun { return possessor(ofNounAt: cue, sentenceStart: sentenceStart, earlier: earlier) }
        if let before = subject(before: cue, sentenceStart: sentenceStart, earlier: earlier) { return before }
        let sentenceEnd = context.sentenceTokens[sentence].upperBound
        if let main = subjectAfterOpeningParticiple(cue, sentenceStart: sentenceStart, sentenceEnd: sentenceEnd, earlier: earlier) {
            return main
        }
        return inverted(after: cue, sentenceEnd: sentenceEnd, earlier: earlier)
    }

    /// "After saying her foot was “so swollen …,” she was taken …", "While praising the deal, Trump
    /// …": a participle that opens the sentence after a preposition shares the main clause's subject,
    /// named after the comma that closes the phrase.
    private func subjectAfterOpeningParticiple(_ cue: Int, sentenceStart: Int, sentenceEnd: Int,
                                               earlier: AttributionHistory) -> Quote.Speaker? {
        let tokens = context.tokens
        guard cue - 1 == sentenceStart, Self.participleOpeners.contains(tokens[sentenceStart].key),
              context.token(cue, endsWith: "ing") else { return nil }
        for index in cue + 1..<min(sentenceEnd - 1, cue + 60) where tokens[index].key == QuoteContext.comma {
            // The comma may stand inside the closing mark: the subject is the next word outside.
            var subject = index + 1
            while subject < sentenceEnd, tokens[subject].kind == .punctuation, context.quoteOf[subject] >= 0 { subject += 1 }
            guard subject < sentenceEnd, context.quoteOf[subject] < 0, tokens[subject].kind == .word else { continue }
            if context.lexicon.subjectPronouns.contains(tokens[subject].key) { return resolvePronoun(at: subject, earlier: earlier) }
            if let mention = context.firstSpeaker(in: tokens[subject].range.start..<tokens[min(sentenceEnd, subject + 8) - 1].range.end,
                                                    where: { $0.range.start == tokens[subject].range.start }) {
                return speaker(mention)
            }
            return nil
        }
        return nil
    }

    /// "Macron told", "He added", "Russia's foreign minister, Sergey Lavrov, dismissed",
    /// "Gov. Pat McCrory (R) said", "sources said"; a coordinated cue takes the subject before it.
    private func subject(before cue: Int, sentenceStart: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let tokens = context.tokens
        var index = cue - 1
        // Auxiliaries, adverbs and "this week" between the subject and the cue are passed over; with a
        // form of "be" before a past participle the cue is passive ("were admitted") and has no speaker here.
        let isParticiple = context.token(cue, endsWith: "ing")
        var passive = false
        var adverbs = 0
        while index >= sentenceStart, context.quoteOf[index] < 0 {
            let key = tokens[index].key
            if adverbs < 2, tokens[index].kind == .word, !tokens[index].isCapitalized, context.token(index, endsWith: "ly"),
               tokens[index].range.length > 4,
               !(index > sentenceStart && (QuoteContext.determiners.contains(tokens[index - 1].key) || tokens[index - 1].kind == .possessive)) {
                // "forcefully told", "publicly said": an adverb between the subject and its verb
                // (after "the", "her" or "Scott's" it is a noun: "the family said").
                adverbs += 1
                index -= 1
            } else if (Self.fillers.contains(key) && !(tokens[index].isCapitalized && mention(endingAt: tokens[index].range.end) != nil))
                        || (isParticiple && Self.progressives.contains(key)) {
                // (A "May" that ends a name is the subject: "Mrs May told".)
                if Self.passiveAuxiliaries.contains(key) { passive = true }
                index -= 1
            } else if index > sentenceStart, QuoteContext.timeNouns.contains(key), QuoteContext.timeDeterminers.contains(tokens[index - 1].key) {
                // "Trump this week also said".
                index -= 2
            } else {
                break
            }
        }
        // "is expected to", "were mistakenly charged": a passive cue's subject is not its speaker.
        if passive, !isParticiple, context.token(cue, endsWith: "ed") || Self.irregularParticiples.contains(tokens[cue].key) { return nil }
        // A parenthesis after a name: "(R)", "(D-N.Y.)".
        if index > sentenceStart, tokens[index].key == QuoteContext.closeParenthesis {
            var open = index - 1
            while open > max(sentenceStart, index - 8), tokens[open].key != QuoteContext.openParenthesis { open -= 1 }
            if tokens[open].key == QuoteContext.openParenthesis { index = open - 1 }
        }
        guard index >= sentenceStart else { return nil }
        let sentence = context.sentenceOf[cue]
        // (Found only where a rule below asks for it: most cues' subjects are read from the words.)
        func previousInSentence() -> Quote.Speaker? {
            earlier.nearestSpeaker(inSentence: sentence, before: tokens[cue].range.start) ?? earlier.lastSpeaker(inSentence: sentence)
        }
        if context.quoteOf[index] >= 0 {
            // "“…,” suggesting that …": the quotation's own speaker.
            return previousInSentence()
        }
        let key = tokens[index].key
        if let found = pronounOrName(endingAt: index, earlier: earlier) {
            // "Analysts at Morgan Stanley said": the people at a body, not the body, speak.
            if found.resolution != .pronoun, let people = peopleOfBody(endingAt: index, body: found, sentenceStart: sentenceStart) {
                return people
            }
            return found
        }
        // "Joseph R. Biden Jr. responded": the name may end before an abbreviation's full stop.
        if index > sentenceStart, context.isFullStopOfAbbreviation(index), let mention = mention(endingAt: tokens[index - 1].range.end) {
            return speaker(mention)
        }
        if context.token(cue, endsWith: "ing"), key == QuoteContext.comma || Self.participleOpeners.contains(key) {
            // "…, saying that …", "began by saying he …": the participle shares the main clause's subject
            // when that is someone named or referred to ("France’s adviser travelled to Moscow,
            // indicating that …" reports the journey, not the adviser's words).
            // A description speaks through a verb of saying ("A federal judge in Texas blocked the rule,
            // calling it …"), not through one of inference.
            let says = Self.speechActs.contains(word: context.verbLemma(at: cue) ?? context.stanceLemma(at: cue) ?? "")
            return previousInSentence() ?? clauseSubject(from: sentenceStart, before: index, earlier: earlier).flatMap {
                $0.resolution == .description && !says ? nil : $0
            }
        }
        if key == QuoteContext.comma, let named = namedSpeaker(after: cue, earlier: earlier) {
            // "…, said Leonard Burman": a name right after the cue is the speaker; the comma before
            // the cue closes the statement, not an apposition.
            return named
        }
        if key == QuoteContext.comma, index > sentenceStart {
            // An apposition: "NAME, a farmer, said", "ROLE, NAME, said", "NAME, president of the
            // union, which represents teachers, said": a person before one of up to three commas.
            var commas = [index]
            var back = index - 1
            while back > max(sentenceStart, index - 40), commas.count < 4, context.quoteOf[back] < 0 {
                if tokens[back].key == QuoteContext.comma { commas.append(back) }
                back -= 1
            }
            // "Rep. Jane Holt (R-Ohio), a budget panel member, said": a bracket may close the name.
            let candidates = commas.compactMap { comma -> EntityMention? in
                guard comma > sentenceStart else { return nil }
                var last = comma - 1
                if tokens[last].key == QuoteContext.closeParenthesis,
                   let open = (max(sentenceStart, last - 8)..<last).last(where: { tokens[$0].key == QuoteContext.openParenthesis }), open > sentenceStart {
                    last = open - 1
                }
                // "NAME, a writer for The Atlantic, said": a name after a preposition is no speaker.
                guard let found = mention(endingAt: tokens[last].range.end) else { return nil }
                var before = context.token(at: found.range.start) - 1
                if before > sentenceStart, QuoteContext.determiners.contains(tokens[before].key) { before -= 1 }
                return before >= sentenceStart && Self.ofPlace.contains(tokens[before].key) ? nil : found
            }
            let inner = candidates.first
            let outer = candidates.count > 1 ? candidates[1] : nil
            if let chosen = candidates.first(where: { $0.kind == .person }) ?? outer ?? inner {
                return speaker(chosen)
            }
            back = commas.count > 1 ? commas[1] : sentenceStart
            if let description = description(endingAt: back > sentenceStart ? back - 1 : index - 1, sentenceStart: sentenceStart) {
                return description
            }
            return previousInSentence()
        }
        if key == QuoteContext.to {
            // "seems to think …", "his answer was to say …": the infinitive's subject is the clause's.
            return previousInSentence() ?? clauseSubject(from: sentenceStart, before: index, earlier: earlier)
        }
        if QuoteContext.relatives.contains(key) {
            // "an architect who said …", "many of whom say …": PolNeAR marks the relative pronoun;
            // its name is the one it follows.
            var start = index
            if index >= sentenceStart + 2, tokens[index - 1].key == Self.of, tokens[index - 2].kind == .word { start = index - 2 }
            var before = start - 1
            if before > sentenceStart, tokens[before].key == QuoteContext.comma { before -= 1 }
            var antecedent = before >= sentenceStart ? mention(endingAt: tokens[before].range.end) : nil
            // "Sen. Rand Paul, R-Ky., who": past a short apposition to the name before it.
            if antecedent == nil, before > sentenceStart,
               let comma = (max(sentenceStart, before - 6)..<before).last(where: { tokens[$0].key == QuoteContext.comma }), comma > sentenceStart {
                antecedent = mention(endingAt: tokens[comma - 1].range.end).flatMap { $0.kind == .person ? $0 : nil }
            }
            let range = TextRange(start: tokens[start].range.start, end: tokens[index].range.end)
            return Quote.Speaker(range: range, name: antecedent?.name ?? context.text(range),
                                 entityID: antecedent.flatMap { $0.kind == .role ? $0.attributes["refers_to"] : $0.entityID },
                                 resolution: .pronoun)
        }
        if key == QuoteContext.and || key == QuoteContext.but {
            // "I laughed and said", "acknowledged the findings but argued": the subject of the verb before "and".
            if key == QuoteContext.and, index >= sentenceStart + 2, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized,
               let found = pronounOrName(endingAt: index - 2, earlier: earlier) {
                return found
            }
            return previousInSentence() ?? clauseSubject(from: sentenceStart, before: index, earlier: earlier)
        }
        // "Some said …", "Several argued …": a quantifier alone stands for people.
        if Self.quantifierSubjects.contains(key), tokens[index].kind == .word,
           index == sentenceStart || tokens[index - 1].kind == .punctuation
            || tokens[index - 1].key == QuoteContext.and || tokens[index - 1].key == QuoteContext.but {
            return Quote.Speaker(range: tokens[index].range, name: context.text(tokens[index].range), entityID: nil,
                                 resolution: .description)
        }
        guard let found = description(endingAt: index, sentenceStart: sentenceStart) else { return nil }
        return referredBody(titledPerson(found))
    }

    private static let quantifierSubjects = KeySet(words: ["some", "several", "both", "many", "most", "few", "all", "others",
                                                           "none"])

    /// "Apple said it would appeal. In a statement, the company argued …": "the", perhaps a word, and
    /// a noun for a kind of body refer to the organization named last in this sentence or the three
    /// before, as a role.
    private func referredBody(_ description: Quote.Speaker) -> Quote.Speaker {
        guard description.resolution == .description else { return description }
        let first = context.token(at: description.range.start), last = context.token(at: description.range.end) - 1
        // (A word may describe it: "the central bank", "the Danish company".)
        guard last == first + 1 || last == first + 2, context.tokens[first].key == Self.the, !context.tokens[last].isCapitalized,
              Self.bodyNouns.contains(context.tokens[last].key),
              let body = recentOrganization(before: first, sentencesBack: 3) else { return description }
        return Quote.Speaker(range: description.range, name: body.name, entityID: body.entityID, resolution: .role)
    }

    private static let bodyNouns = KeySet(words: ["company", "firm", "group", "organization", "organisation", "agency", "ministry",
                                                  "department", "bank", "union", "party", "network", "newspaper", "club", "commission",
                                                  "committee", "carmaker", "automaker", "retailer", "airline", "insurer", "lender",
                                                  "broadcaster", "charity", "startup", "giant", "conglomerate", "manufacturer"])

    /// "The minister said", after "Economy Minister Robert Habeck": "the" and a word of an earlier
    /// person's title refer to that person, as a role.
    private func titledPerson(_ description: Quote.Speaker) -> Quote.Speaker {
        let first = context.token(at: description.range.start), last = context.token(at: description.range.end) - 1
        guard last == first + 1, context.tokens[first].key == Self.the, !context.tokens[last].isCapitalized,
              context.lexicon.personNouns.contains(context.tokens[last].key) else { return description }
        let head = context.tokens[last].key
        var candidate = context.firstSpeakerIndex(startingAtOrAfter: description.range.start) - 1
        let oldest = max(0, candidate - 20) // the person is near; keeps long documents linear
        while candidate >= oldest {
            let person = context.speakers[candidate]
            candidate -= 1
            guard person.kind == .person else { continue }
            var title = context.token(at: person.range.start) - 1
            while title >= 0, person.range.start - context.tokens[title].range.start < 60, context.tokens[title].kind == .word,
                  context.tokens[title].isCapitalized {
                if context.tokens[title].key == head {
                    return Quote.Speaker(range: description.range, name: person.name, entityID: person.entityID, resolution: .role)
                }
                title -= 1
            }
        }
        return description
    }

    private static var the: TokenKey { TokenKeys.of(literal: "the") }

    /// A pronoun at `index` ("he" and "she" resolved to a person, "I", "we", "they", "it" kept as
    /// written), or nil.
    private func pronoun(at index: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let token = context.tokens[index]
        if context.lexicon.subjectPronouns.contains(token.key) { return resolvePronoun(at: index, earlier: earlier) }
        guard context.lexicon.otherPronouns.contains(token.key) else { return nil }
        if token.key == Self.it, let organization = recentOrganization(before: index) {
            return Quote.Speaker(range: token.range, name: organization.name, entityID: organization.entityID, resolution: .pronoun)
        }
        return Quote.Speaker(range: token.range, name: context.text(token.range), entityID: nil, resolution: .pronoun)
    }

    private static var it: TokenKey { TokenKeys.of(literal: "it") }

    /// "Analysts at Morgan Stanley", "a spokesman for the ministry", "a statement from the White
    /// House": a person, source or document noun and a preposition before the name make the whole
    /// phrase the speaker.
    private func peopleOfBody(endingAt index: Int, body: Quote.Speaker, sentenceStart: Int) -> Quote.Speaker? {
        var preposition = context.token(at: body.range.start) - 1
        if preposition > sentenceStart, QuoteContext.determiners.contains(context.tokens[preposition].key) { preposition -= 1 }
        guard preposition > sentenceStart, Self.ofPlace.contains(context.tokens[preposition].key) else { return nil }
        let noun = context.tokens[preposition - 1].key
        guard context.lexicon.personNouns.contains(noun) || context.lexicon.sourceNouns.contains(noun)
                || context.lexicon.evidenceNouns.contains(noun) else { return nil }
        return description(endingAt: index, sentenceStart: sentenceStart)
    }

    /// "The company denied the allegations. In a statement, it said …": "it" that speaks is the
    /// organization named last in its sentence or the one before, outside quotation marks.
    private func recentOrganization(before index: Int, sentencesBack: Int = 1) -> EntityMention? {
        let sentence = context.sentenceOf[index]
        guard sentence >= 0 else { return nil }
        let first = context.sentenceTokens[max(0, sentence - sentencesBack)].lowerBound
        guard first < context.tokens.count else { return nil }
        let from = context.tokens[first].range.start
        return context.lastSpeaker(in: from..<context.tokens[index].range.start) {
            $0.kind == .organization && context.quoteOf[context.token(at: $0.range.start)] < 0
        }
    }

    /// "Council President Ana Ruiz", "NATO Secretary General Mark Rutte": a body named in a title
    /// before a person's name; the person is the subject.
    private func personAfterTitle(opening mention: EntityMention, before end: Int) -> EntityMention? {
        guard mention.kind == .organization || mention.kind == .place else { return nil }
        var index = context.token(at: mention.range.end)
        let limit = min(end, index + 4)
        while index < limit, context.tokens[index].kind == .word,
              context.tokens[index].isCapitalized || context.lexicon.personNouns.contains(context.tokens[index].key) {
            if let person = context.speaker(startingAt: context.tokens[index].range.start), person.kind == .person { return person }
            index += 1
        }
        return nil
    }

    /// A pronoun at `index`, or a name, title or role phrase that ends there.
    private func pronounOrName(endingAt index: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        if let pronoun = pronoun(at: index, earlier: earlier) { return pronoun }
        guard let found = mention(endingAt: context.tokens[index].range.end) else { return nil }
        // "Greenpeace Switzerland", "Amnesty International UK": a country after an organization's
        // name names its branch there; the organization speaks.
        let before = context.token(at: found.range.start) - 1
        if found.kind == .place, before >= 0, context.tokens[before].kind == .word,
           let body = mention(endingAt: context.tokens[before].range.end), body.kind == .organization {
            let range = TextRange(start: body.range.start, end: found.range.end)
            return Quote.Speaker(range: range, name: context.text(range), entityID: body.entityID, resolution: .name)
        }
        return speaker(found)
    }

    /// The subject a sentence opens with: a pronoun or speaker mention among its first words, or
    /// among the first words after an opening phrase ("At a forum on Wednesday, Trump attacked …").
    private func clauseSubject(from start: Int, before end: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        // "PARIS — French President Emmanuel Macron …": a dateline is no subject.
        let start = context.afterDateline(start, before: end)
        if let subject = subject(openingAt: start, before: end, earlier: earlier) { return subject }
        if let described = describedSubject(openingAt: start, before: end) { return described }
        guard let comma = (start..<min(end, start + 12)).first(where: { context.tokens[$0].key == QuoteContext.comma }),
              comma + 1 < end else { return nil }
        return subject(openingAt: comma + 1, before: end, earlier: earlier)
    }

    /// Verbs whose participle after a comma is the subject speaking ("…, saying", "…, calling it").
    private static let speechActs = KeySet(words: ["say", "call", "add", "tell", "warn", "argue", "claim", "describe",
                                                   "insist", "accuse", "announce", "declare", "vow", "promise", "urge"])

    /// "A federal judge in Texas on Friday blocked …, calling it …": an article, up to three words
    /// ending in a noun for a person or a body, and a place after "in", "at" or "of".
    private func describedSubject(openingAt start: Int, before end: Int) -> Quote.Speaker? {
        let tokens = context.tokens
        guard start < end, QuoteContext.determiners.contains(tokens[start].key),
              let head = (start + 1..<min(end, start + 4)).first(where: {
                  tokens[$0].kind == .word && (context.lexicon.personNouns.contains(tokens[$0].key) || context.lexicon.sourceNouns.contains(tokens[$0].key))
              }),
              (start + 1..<head).allSatisfy({ tokens[$0].kind == .word && context.quoteOf[$0] < 0 && context.verbLemma(at: $0) == nil }),
              // The noun ends the phrase: a preposition, a comma, an auxiliary, a past tense or a verb of saying follows
              // ("The agency's bureaucracy", "the department video" go on).
              head + 1 < end, Self.ofPlace.contains(tokens[head + 1].key) || tokens[head + 1].key == QuoteContext.comma
                || Self.auxiliaries.contains(tokens[head + 1].key) || (tokens[head + 1].kind == .word && context.token(head + 1, endsWith: "ed"))
                || context.verbLemma(at: head + 1) != nil
        else { return nil }
        var last = head
        // "in Texas", "of the union": a place or a body after a preposition belongs to the description.
        if last + 2 < end, Self.ofPlace.contains(tokens[last + 1].key), !QuoteContext.calendarWords.contains(tokens[last + 2].key) {
            var name = last + 2
            if QuoteContext.determiners.contains(tokens[name].key), name + 1 < end { name += 1 }
            while name < end, name - last <= 5, tokens[name].kind == .word, tokens[name].isCapitalized { last = name; name += 1 }
        }
        let range = context.range(start..<last + 1)
        return Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
    }

    private func subject(openingAt start: Int, before end: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        var index = start
        while index < min(end, start + 4) {
            if let found = pronoun(at: index, earlier: earlier) { return found }
            // (Names are short: look no further than a dozen words, which keeps this constant.)
            if let mention = context.firstSpeaker(in: context.tokens[index].range.start..<context.tokens[min(end, index + 12) - 1].range.end,
                                                    where: { $0.range.start == context.tokens[index].range.start }) {
                // "Scott's family has called on …": an owner is not the subject; the phrase it opens is.
                let next = context.token(at: mention.range.end)
                if next < end, context.tokens[next].kind == .possessive { return ownedPhrase(from: index, possessive: next, before: end) }
                // "A spokesman for Carter rejected …": the spokesman, not Carter.
                if index > start, let people = peopleOfBody(endingAt: next - 1, body: speaker(mention), sentenceStart: start) { return people }
                return speaker(personAfterTitle(opening: mention, before: end) ?? mention)
            }
            index += 1
        }
        return nil
    }

    /// "Scott's family", "France’s diplomatic adviser": the owner and up to three words after the
    /// possessive that are no verb, as a description; or the person named among them.
    private func ownedPhrase(from start: Int, possessive: Int, before end: Int) -> Quote.Speaker? {
        let tokens = context.tokens
        // "Jane Holt’s campaign manager Tom Vale said": a name in the phrase is the subject.
        if possessive + 1 < end, let named = context.firstSpeaker(in: tokens[possessive + 1].range.start..<tokens[min(end, possessive + 12) - 1].range.end,
                                                                            where: { $0.range.start <= tokens[min(end - 1, possessive + 4)].range.start && $0.kind == .person }) {
            return speaker(named)
        }
        var last = possessive
        while last + 1 < end, last + 1 - possessive <= 3, tokens[last + 1].kind == .word,
              !Self.auxiliaries.contains(tokens[last + 1].key), context.verbLemma(at: last + 1) == nil,
              !context.lexicon.stanceKeys.contains(tokens[last + 1].key) {
            last += 1
        }
        guard last > possessive else { return nil }
        let range = context.range(start..<last + 1)
        return Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
    }

    private static let auxiliaries = KeySet(words: ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                                                    "could", "may", "might", "should", "must", "do", "does", "did"])

    /// A pronoun, name or role phrase right after the cue ("said he", "said Mr. Burman").
    private func namedSpeaker(after cue: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let tokens = context.tokens
        let sentenceEnd = context.sentenceTokens[context.sentenceOf[cue]].upperBound
        for after in cue + 1..<min(sentenceEnd, cue + 6) {
            guard context.quoteOf[after] < 0 else { return nil }
            // "…, said he." — but in "said he hopes" the pronoun opens the reported clause.
            if after == cue + 1, context.lexicon.subjectPronouns.contains(tokens[after].key) {
                return endsClause(after + 1, sentenceEnd) ? resolvePronoun(at: after, earlier: earlier) : nil
            }
            if let mention = context.firstSpeaker(in: tokens[after].range.start..<tokens[min(sentenceEnd, after + 8) - 1].range.end,
                                                    where: { $0.range.start == tokens[after].range.start }) {
                // "recalled Mr. Obama talking about …": a name the clause goes on after is an object;
                // "said European Commission Vice-President Jane Holt": one a longer name goes on from is a title.
                let next = context.token(at: mention.range.end)
                if endsClause(next, sentenceEnd) { return speaker(mention) }
                // "noted NBC's Dante Chinni": an owner before the name is passed over like a title.
                guard next < sentenceEnd, context.tokens[next].isCapitalized || isPossessiveBeforeName(next, sentenceEnd) else { return nil }
                continue
            }
            // Only a title ("Mr.", "Sen.") or an owner may come before the name.
            let isTitlePart = tokens[after].isCapitalized || (after > cue + 1 && isPossessiveBeforeName(after, sentenceEnd))
                || (after > cue + 1 && tokens[after].kind == .punctuation && context.document.utf8[tokens[after].range.start] == UInt8(ascii: "."))
            guard isTitlePart else { return nil }
        }
        return nil
    }

    private func isPossessiveBeforeName(_ index: Int, _ sentenceEnd: Int) -> Bool {
        context.tokens[index].kind == .possessive && index + 1 < sentenceEnd && context.tokens[index + 1].isCapitalized
    }

    /// A description or name right after a cue that closes its statement ("…, said one GOP source in
    /// the room", "…, said the report"), when its head is a person, a source or a document.
    func describedSpeaker(after cue: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let sentence = context.sentenceOf[cue]
        guard sentence >= 0, let found = inverted(after: cue, sentenceEnd: context.sentenceTokens[sentence].upperBound, earlier: earlier)
        else { return nil }
        guard found.resolution == .description else { return found }
        let words = context.token(at: found.range.start)..<context.token(at: found.range.end)
        let head = words.first(where: { Self.ofPlace.contains(context.tokens[$0].key) }).map { $0 - 1 } ?? words.upperBound - 1
        guard head >= words.lowerBound else { return nil }
        let key = context.tokens[head].key
        return context.lexicon.personNouns.contains(key) || context.lexicon.sourceNouns.contains(key)
            || context.lexicon.evidenceNouns.contains(key) ? found : nil
    }

    /// Whether the clause ends at token `index`: the sentence end, a mark, or a short time phrase
    /// ("said Smith on Tuesday").
    private func endsClause(_ index: Int, _ sentenceEnd: Int) -> Bool {
        guard index < sentenceEnd else { return true }
        // "said the GOP's goal was …": a possessive makes the name part of the clause's subject.
        let kind = context.tokens[index].kind
        return (kind != .word && kind != .possessive) || Self.nameEnders.contains(context.tokens[index].key)
    }

    /// Words that may follow a speaker's name: a time or place phrase, an affiliation, a relative
    /// clause ("said Smith on Tuesday", "wrote Tom Vale for the Daily Ledger", "said Rubio, who").
    private static let nameEnders = KeySet(words: ["on", "in", "at", "during", "last", "late", "early", "yesterday",
                                                   "today", "tonight", "earlier", "later", "this", "for", "of", "from",
                                                   "who"])

    /// "said Smith", "said the French president", "said he", "said a senior official".
    private func inverted(after cue: Int, sentenceEnd end: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let tokens = context.tokens
        var after = cue + 1
        while after < min(end, cue + 7), context.quoteOf[after] < 0, tokens[after].key != QuoteContext.that {
            // "saying he would never …", "said the GOP's goal was …": a pronoun or name the clause
            // goes on after is the reported clause's subject, not the speaker.
            if context.lexicon.subjectPronouns.contains(tokens[after].key) {
                return endsClause(after + 1, end) ? resolvePronoun(at: after, earlier: earlier) : nil
            }
            // "said European Commission Vice-President Jane Holt": a name that a longer one goes on from
            // is passed over like a title.
            if let mention = context.firstSpeaker(in: tokens[after].range.start..<tokens[min(end, cue + 9) - 1].range.end,
                                                    where: { $0.range.start == tokens[after].range.start }),
               endsClause(context.token(at: mention.range.end), end) {
                return speaker(mention)
            }
            // Function words and capitalised titles ("said Representative Charles B. Rangel") may come first.
            let isTitleLike = tokens[after].isCapitalized || (tokens[after].kind == .punctuation && context.document.utf8[tokens[after].range.start] == UInt8(ascii: "."))
            if !isTitleLike && (tokens[after].kind != .word || !context.lexicon.functionWords.contains(tokens[after].key)) { break }
            after += 1
        }
        // A description up to the next comma or the sentence end, opened by a determiner, or of two
        // or more words with a capital ("said 9/11 widow Terry Strada").
        guard cue + 1 < end, context.quoteOf[cue + 1] < 0 else { return nil }
        if !QuoteContext.determiners.contains(tokens[cue + 1].key), !Self.quantifiers.contains(tokens[cue + 1].key) {
            // "said 9/11 widow Terry Strada", not "responded to Mr. Trump's …".
            guard tokens[cue + 1].isCapitalized || tokens[cue + 1].startsWithDigit else { return nil }
            var last = cue + 1
            while last + 1 < min(end, cue + 9), tokens[last + 1].kind != .punctuation || context.text(tokens[last + 1].range) == "/" { last += 1 }
            let run = (cue + 1)...last
            guard run.count >= 2, context.wordCount(cue + 1..<last + 1) >= 2, run.contains(where: { tokens[$0].isCapitalized }),
                  tokens[last].isCapitalized, context.quoteOf[last] < 0 else { return nil }
            let range = context.range(cue + 1..<last + 1)
            return Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
        }
        var last = cue + 1
        while last + 1 < min(end, cue + 8), tokens[last + 1].kind == .word || tokens[last + 1].kind == .hyphen,
              tokens[last + 1].key != QuoteContext.that { last += 1 }
        guard last > cue + 1, !context.lexicon.functionWords.contains(tokens[last].key), endsClause(last + 1, end),
              last + 1 >= end || context.quoteOf[last + 1] < 0 else { return nil }
        // "insisted the coach, Marco Silva.": the person the description names.
        if last + 2 < end, tokens[last + 1].key == QuoteContext.comma,
           let person = context.speaker(startingAt: tokens[last + 2].range.start), person.kind == .person,
           endsClause(context.token(at: person.range.end), end) {
            return speaker(person)
        }
        let range = context.range(cue + 1..<last + 1)
        return referredBody(Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description))
    }

    /// The noun phrase that ends at `end`: up to six words back to a clause boundary ("a campaign
    /// official", "Demonstrators", "The former governor and U.S. senator").
    /// `throughRelative`: a description that a relative clause ends ("The doctor who sent the letter
    /// said") is the words before the relative pronoun — a name or a description, looked for once.
    private func description(endingAt end: Int, sentenceStart: Int, throughRelative: Bool = true) -> Quote.Speaker? {
        let tokens = context.tokens
        guard end >= sentenceStart, tokens[end].kind == .word, context.quoteOf[end] < 0,
              !context.lexicon.functionWords.contains(tokens[end].key), context.verbLemma(at: end) == nil else { return nil }
        var start = end
        while start - 1 >= sentenceStart, end - start < 6, context.quoteOf[start - 1] < 0 {
            let previous = tokens[start - 1]
            guard previous.kind == .word || previous.kind == .hyphen || previous.kind == .possessive
                    || (previous.kind == .punctuation && previous.range.length == 1 && context.document.utf8[previous.range.start] == UInt8(ascii: "."))
                    || isPluralPossessive(start - 1),
                  !Self.clauseBoundaries.contains(previous.key), context.verbLemma(at: start - 1) == nil else { break }
            start -= 1
        }
        // ("A new poll shows that most voters back …": "that" after a verb, before a determiner, opens
        // the clause, and its subject is the description.)
        let isRelative = start - 2 >= sentenceStart && (tokens[start - 1].key == Self.who
            || (tokens[start - 1].key == QuoteContext.that && !QuoteContext.determiners.contains(tokens[start].key)
                && !Self.quantifiers.contains(tokens[start].key) && !tokens[start].isCapitalized
                && context.verbLemma(at: start - 2) == nil && context.stanceLemma(at: start - 2) == nil))
        if throughRelative, isRelative, context.quoteOf[start - 1] < 0, tokens[start - 2].kind == .word {
            if let named = mention(endingAt: tokens[start - 2].range.end) { return speaker(named) }
            return description(endingAt: start - 2, sentenceStart: sentenceStart, throughRelative: false)
        }
        // A description starts with a determiner, a capital or a plural; not with a bare verb.
        while start < end, tokens[start].kind != .word { start += 1 }
        // ("… it could help a black visitor see …": words with a modal or an auxiliary are a clause.)
        if (start...end).contains(where: { Self.auxiliaries.contains(tokens[$0].key) || context.token($0, endsWith: "n't")
                                           || context.token($0, endsWith: "n’t") }) { return nil }
        // "who in 2010 said", "in what is being criticized as": a phrase that opens with a
        // preposition is no subject.
        if Self.prepositions.contains(tokens[start].key) { return nil }
        let range = context.range(start..<end + 1)
        return Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
    }

    /// The apostrophe of "players’ union": right after a word that ends in "s".
    private func isPluralPossessive(_ index: Int) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .punctuation, index > 0, context.tokens[index - 1].range.end == token.range.start,
              context.token(index - 1, endsWith: "s") else { return false }
        let text = context.text(token.range)
        return text == "’" || text == "'"
    }

    /// Words a participle cue follows when it shares the sentence's subject ("by saying").
    private static let participleOpeners = KeySet(words: ["by", "after", "before", "while", "when", "in", "without", "since", "from"])
    /// Prepositions that tie a name to a person's role or place ("a writer for The Atlantic").
    private static let ofPlace = KeySet(words: ["for", "of", "at", "with", "from", "by", "in", "on"])
    private static let prepositions = KeySet(words: ["in", "on", "at", "by", "for", "with", "from", "during", "after",
                                               "before", "since", "under", "over", "to", "into", "about"])
    /// "said one party source on the committee", "said several officials".
    static let quantifiers = KeySet(words: ["one", "two", "three", "several", "some", "many", "another", "other",
                                            "both", "most", "senior", "former"])
    private static let passiveAuxiliaries = KeySet(words: ["is", "was", "are", "were", "been", "be", "being"])
    private static let irregularParticiples = KeySet(words: ["told", "shown", "known", "written", "said", "thought", "seen", "found"])
    private static let progressives = KeySet(words: ["being", "am"])
    private static var of: TokenKey { TokenKeys.of(literal: "of") }
    private static var who: TokenKey { TokenKeys.of(literal: "who") }
    /// Words that end a subject looking backwards: it cannot reach past them.
    private static let clauseBoundaries = KeySet(words: ["that", "and", "but", "because", "when", "while", "which", "who", "as",
                                               "if", "although", "though", "after", "before", "since", "so", "or",
                                               "where", "whom", "whose", "than", "until", "also"])

    /// "his statement", "Macron's call", "the minister's remarks".
    private func possessor(ofNounAt noun: Int, sentenceStart: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let tokens = context.tokens
        var index = noun - 1
        var skipped = 0
        while index >= sentenceStart, skipped < 3 {
            if context.lexicon.possessivePronouns.contains(tokens[index].key) {
                return resolvePronoun(at: index, earlier: earlier)
            }
            if tokens[index].kind == .possessive, index > sentenceStart, let mention = mention(endingAt: tokens[index - 1].range.end) {
                return speaker(mention)
            }
            guard tokens[index].kind == .word else { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }

    private func mention(endingAt offset: Int) -> EntityMention? {
        // A person beats the role phrase or organization that shares its end (one pass, the first of each kind).
        var role: Int?, other: Int?
        let speakers = context.speakers
        let person = context.firstSpeakerIndex(in: max(0, offset - 200)..<offset) { index in
            guard speakers[index].range.end == offset else { return false }
            if speakers[index].kind == .person { return true }
            if speakers[index].kind == .role, role == nil { role = index }
            if other == nil { other = index }
            return false
        }
        return (person ?? role ?? other).map { speakers[$0] }
    }

    /// A mention as a speaker: its entity (a role's office holder), resolved by name, title or role.
    func speaker(_ mention: EntityMention) -> Quote.Speaker {
        let resolution: Quote.Resolution
        switch mention.kind {
        case .role: resolution = .role
        default: resolution = hasTitle(before: mention.range.start) ? .title : .name
        }
        let id = mention.kind == .role ? mention.attributes["refers_to"] : mention.entityID
        return Quote.Speaker(range: mention.range, name: mention.name, entityID: id, resolution: resolution)
    }

    /// "President Putin", "Foreign Minister Sergey Lavrov": a capitalised word right before the name
    /// that is no name itself.
    private func hasTitle(before offset: Int) -> Bool {
        let index = context.token(at: offset) - 1
        guard index >= 0, context.tokens[index].kind == .word, context.tokens[index].isCapitalized,
              !QuoteContext.determiners.contains(context.tokens[index].key), context.tokens[index].range.end < offset else { return false }
        let word = context.tokens[index].range
        return context.firstSpeaker(in: max(0, word.start - 200)..<word.end) { $0.range.contains(word.start) } == nil
    }

    /// The person or pronoun a sentence opens with ("She paused.", "Jane Holt shook her head.").
    func openingSubject(of sentence: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let tokens = context.sentenceTokens[sentence]
        guard !tokens.isEmpty else { return nil }
        if let pronoun = pronoun(at: tokens.lowerBound, earlier: earlier) { return pronoun.entityID == nil ? nil : pronoun }
        return personOpening(sentence: sentence).map(speaker)
    }

    /// Whether a description names one person: its first noun for a person is singular ("A
    /// spokesman for Carter", not "Officials at the ministry").
    private func isOnePerson(_ description: Quote.Speaker) -> Bool {
        let first = context.token(at: description.range.start), end = context.token(at: description.range.end)
        guard let noun = (first..<end).first(where: { context.lexicon.personNouns.contains(context.tokens[$0].key) }) else { return false }
        return !context.token(noun, endsWith: "s") && !context.token(noun, endsWith: "men")
    }

    /// The first person named in sentence `sentence` before byte `offset`, outside quotation marks,
    /// that `accepts` (among its first 20 mentions: an endless sentence stays linear).
    private func firstPerson(inSentence sentence: Int, before offset: Int, where accepts: (EntityMention) -> Bool) -> EntityMention? {
        let tokens = context.sentenceTokens[sentence]
        guard !tokens.isEmpty else { return nil }
        var index = context.firstSpeakerIndex(startingAtOrAfter: context.tokens[tokens.lowerBound].range.start)
        let last = min(context.speakers.count, index + 20)
        while index < last, context.speakers[index].range.end <= offset {
            let mention = context.speakers[index]
            if mention.kind == .person, context.quoteOf[context.token(at: mention.range.start)] < 0, accepts(mention) { return mention }
            index += 1
        }
        return nil
    }

    /// A person named among a sentence's first three words, outside quotation marks: its subject.
    private func personOpening(sentence: Int) -> EntityMention? {
        let tokens = context.sentenceTokens[sentence]
        guard !tokens.isEmpty, context.quoteOf[tokens.lowerBound] < 0 else { return nil }
        let start = context.tokens[tokens.lowerBound].range.start
        let limit = context.tokens[min(tokens.upperBound, tokens.lowerBound + 3) - 1].range.end
        let first = context.firstSpeakerIndex(startingAtOrAfter: start)
        guard first < context.speakers.count, context.speakers[first].range.start < limit,
              context.speakers[first].kind == .person else { return nil }
        return context.speakers[first]
    }

    /// Whether the pronoun at `index` cannot refer to the person called `name`: "he" and a given name
    /// the census gives to women ("Helen Carter"), "she" and one it gives to men.
    private func contradicts(_ index: Int, name: String) -> Bool {
        let key = context.tokens[index].key
        let he = key == Self.he, she = key == Self.she
        // (The given name read up to the first space: splitting the whole name was most of this.)
        guard he || she, !name.isEmpty else { return false }
        let given = name.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(name[..<$0]) } ?? name
        let givenKey = TokenKeys.of(given)
        return he ? context.lexicon.womenNames.contains(givenKey) : context.lexicon.menNames.contains(givenKey)
    }

    private static var he: TokenKey { TokenKeys.of(literal: "he") }
    private static var she: TokenKey { TokenKeys.of(literal: "she") }

    /// The most salient earlier person: the speaker of an attribution in the two sentences before,
    /// else the latest person mentioned outside quotation marks.
    func resolvePronoun(at index: Int, earlier: AttributionHistory) -> Quote.Speaker? {
        let pronoun = context.tokens[index].range
        let sentence = context.sentenceOf[index]
        // Sentence by sentence back: a speaker there, else a person that opens an earlier sentence as
        // its subject ("Cooper refused to blame Henderson. ‘…,’ he said." — Cooper, not a speaker two
        // sentences back).
        let isPersonal = context.tokens[index].key == Self.he || context.tokens[index].key == Self.she
        for back in (max(0, sentence - 2)...max(0, sentence)).reversed() {
            // "A spokesman for Carter rejected the claim. He said …": the one a description named.
            if isPersonal, back < sentence, let last = earlier.lastSpeaker(inSentence: back), last.resolution == .description,
               isOnePerson(last) {
                return Quote.Speaker(range: pronoun, name: last.name, entityID: nil, resolution: .pronoun)
            }
            if let speaker = earlier.recentEntitySpeaker(before: pronoun.start, inSentences: back...back,
                                                         where: { !contradicts(index, name: $0.name) }) {
                return Quote.Speaker(range: pronoun, name: speaker.name, entityID: speaker.entityID, resolution: .pronoun)
            }
            if back < sentence, let subject = personOpening(sentence: back), !contradicts(index, name: subject.name) {
                return Quote.Speaker(range: pronoun, name: subject.name, entityID: subject.entityID, resolution: .pronoun)
            }
            // "Kremlin spokesman Dmitry Peskov welcomed what he called …": the first person named in
            // the pronoun's own sentence, before it and outside quotation marks.
            if back == sentence, isPersonal,
               let subject = firstPerson(inSentence: sentence, before: pronoun.start, where: { !contradicts(index, name: $0.name) }) {
                return Quote.Speaker(range: pronoun, name: subject.name, entityID: subject.entityID, resolution: .pronoun)
            }
        }
        var candidate = context.firstSpeakerIndex(startingAtOrAfter: pronoun.start) - 1
        let oldest = max(0, candidate - 200) // a pronoun's antecedent is near; keeps long documents linear
        while candidate >= oldest {
            let person = context.speakers[candidate]
            if person.kind == .person, person.range.end <= pronoun.start, context.quoteOf[context.token(at: person.range.start)] < 0,
               !contradicts(index, name: person.name) {
                return Quote.Speaker(range: pronoun, name: person.name, entityID: person.entityID, resolution: .pronoun)
            }
            candidate -= 1
        }
        // Nobody to resolve to: the pronoun still says who spoke.
        return Quote.Speaker(range: pronoun, name: context.text(pronoun), entityID: nil, resolution: .pronoun)
    }
}
