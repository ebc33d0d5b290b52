import VerbatimCore

/// Finds who a cue's words belong to: a name, title or role next to the cue in either order, a
/// pronoun resolved to the most salient earlier person, or the speaker of an earlier cue in the
/// same sentence ("… dismissed X and suggested that …").
struct SpeakerFinder {
    let context: QuoteContext

    /// Words that may stand between a subject and its verb ("He also warned", "Smith has said").
    private static let fillers = Set(["also", "later", "then", "again", "previously", "repeatedly", "has", "had", "have",
                                      "was", "is", "once", "further", "recently", "earlier", "reportedly", "had", "would",
                                      "will", "may", "might", "could", "did", "does", "do", "not", "never", "often",
                                      "has", "publicly", "privately", "told", "on", "monday", "tuesday", "wednesday",
                                      "thursday", "friday", "saturday", "sunday"].map(TokenKeys.of))

    /// The speaker of the cue at token `cue`; `earlier` holds the attributions already made, for
    /// pronouns and coordinated cues.
    func speaker(ofCueAt cue: Int, isNoun: Bool, earlier: [Quote]) -> Quote.Speaker? {
        let tokens = context.tokens
        let sentence = context.sentenceOf[cue]
        guard sentence >= 0 else { return nil }
        let sentenceStart = context.sentenceTokens[sentence].lowerBound
        if isNoun { return possessor(ofNounAt: cue, sentenceStart: sentenceStart, earlier: earlier) }

        // Before the cue: "Macron told", "He added", "Russia's foreign minister, Sergey Lavrov, dismissed".
        var index = cue - 1
        while index >= sentenceStart, Self.fillers.contains(tokens[index].key), context.quoteOf[index] < 0 { index -= 1 }
        if index >= sentenceStart, context.quoteOf[index] < 0 {
            if context.lexicon.subjectPronouns.contains(tokens[index].key) {
                return resolvePronoun(at: index, earlier: earlier)
            }
            if let mention = mention(endingAt: tokens[index].range.end) {
                return speaker(mention)
            }
            // An apposition: "NAME, a farmer, said" or "ROLE, NAME, said": a person before either comma.
            if tokens[index].key == QuoteContext.comma, index > sentenceStart {
                var back = index - 1
                while back > max(sentenceStart, index - 14), tokens[back].key != QuoteContext.comma, context.quoteOf[back] < 0 { back -= 1 }
                let inner = mention(endingAt: tokens[index - 1].range.end)
                let outer = back > sentenceStart && tokens[back].key == QuoteContext.comma ? mention(endingAt: tokens[back - 1].range.end) : nil
                if let chosen = [inner, outer].compactMap({ $0 }).first(where: { $0.kind == .person }) ?? outer ?? inner {
                    return speaker(chosen)
                }
            }
            // A coordinated or participial cue takes the subject of the cue before it in the sentence.
            if tokens[index].key == QuoteContext.and || tokens[index].key == QuoteContext.comma || context.quoteOf[index] >= 0,
               let previous = earlier.last(where: { $0.cue.map { context.sentenceOf[context.token(at: $0.range.start)] == sentence } ?? false }),
               let speaker = previous.speaker {
                return speaker
            }
        } else if index >= sentenceStart, context.quoteOf[index] >= 0,
                  let previous = earlier.last(where: { $0.cue.map { context.sentenceOf[context.token(at: $0.range.start)] == sentence } ?? false }),
                  let speaker = previous.speaker {
            // "“…,” suggesting that …": the quote's own speaker.
            return speaker
        }
        // After the cue: "said Smith", "said the French president", "said he".
        var after = cue + 1
        let end = context.sentenceTokens[sentence].upperBound
        while after < min(end, cue + 4), context.quoteOf[after] < 0, tokens[after].key != QuoteContext.that {
            if context.lexicon.subjectPronouns.contains(tokens[after].key) { return resolvePronoun(at: after, earlier: earlier) }
            if let mention = context.speakers(in: tokens[after].range.start..<tokens[min(end, cue + 8) - 1].range.end)
                .first(where: { $0.range.start == tokens[after].range.start }) {
                return speaker(mention)
            }
            after += 1
        }
        return nil
    }

    /// "his statement", "Macron's call", "the minister's remarks".
    private func possessor(ofNounAt noun: Int, sentenceStart: Int, earlier: [Quote]) -> Quote.Speaker? {
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
        let candidates = context.speakers(in: max(0, offset - 200)..<offset).filter { $0.range.end == offset }
        // A person beats the role phrase or organization that shares its end.
        return candidates.first { $0.kind == .person } ?? candidates.first { $0.kind == .role } ?? candidates.first
    }

    private func speaker(_ mention: EntityMention) -> Quote.Speaker {
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
              context.tokens[index].range.end < offset else { return false }
        return !context.speakers.contains { $0.range.contains(context.tokens[index].range.start) }
    }

    /// The most salient earlier person: the speaker of an attribution in the two sentences before,
    /// else the latest person mentioned outside quotation marks.
    func resolvePronoun(at index: Int, earlier: [Quote]) -> Quote.Speaker? {
        let pronoun = context.tokens[index].range
        let sentence = context.sentenceOf[index]
        if let recent = earlier.last(where: { quote in
            guard let speaker = quote.speaker, speaker.entityID != nil, let cue = quote.cue else { return false }
            let cueSentence = context.sentenceOf[context.token(at: cue.range.start)]
            return cueSentence >= sentence - 2 && cue.range.start < pronoun.start
        }), let speaker = recent.speaker {
            return Quote.Speaker(range: pronoun, name: speaker.name, entityID: speaker.entityID, resolution: .pronoun)
        }
        var candidate = context.speakers.partitioningIndex { $0.range.start >= pronoun.start } - 1
        while candidate >= 0 {
            let person = context.speakers[candidate]
            if person.kind == .person, person.range.end <= pronoun.start, context.quoteOf[context.token(at: person.range.start)] < 0 {
                return Quote.Speaker(range: pronoun, name: person.name, entityID: person.entityID, resolution: .pronoun)
            }
            candidate -= 1
        }
        return nil
    }
}
