import VerbatimCore

/// The last pass: reporting and stance verbs that no rule read ("…, and calling for permanent NATO
/// bases", "Hillary Clinton's campaign has asked NBC's Lester Holt to …"), each scored by the cue model
/// from the words around it. One above the model's threshold reports the clause after it; its rule
/// lists the features that scored it (the lemma's pairings with them are implied), so a reader sees why.
extension AttributionBuilder {
    mutating func attributeByCueModel() {
        let model = context.lexicon.cueModel
        guard model.threshold <= 1 else { return }
        let tokens = context.tokens
        // Tokens some earlier attribution reports: their words are not cues of a new one.
        // (The parts sorted, then one walk over the tokens: a binary search per part over a long
        // document's tokens missed the cache at every step.)
        var reported = [Bool](repeating: false, count: tokens.count)
        let parts = history.quotes.flatMap { $0.parts.isEmpty ? [$0.content] : $0.parts }.sorted { $0.start < $1.start }
        var index = 0
        for part in parts {
            while index < tokens.count, tokens[index].range.start < part.start { index += 1 }
            var inside = index
            while inside < tokens.count, tokens[inside].range.start < part.end {
                reported[inside] = true
                inside += 1
            }
        }
        // Scored against the rules' attributions only, then added: a candidate never depends on another.
        var accepted: [AcceptedCue] = []
        let isCueWord = context.isCueWord
        for sentence in context.sentenceTokens.indices {
            let range = context.sentenceTokens[sentence]
            // (The cue words hold the verbs and words of stance: most words are passed over at the first test.)
            for index in range where isCueWord[index] && !usedCues[index] && !reported[index] && context.quoteOf[index] < 0 {
                let key = tokens[index].key
                guard tokens[index].kind == .word,
                      context.lexicon.verbKeys.contains(key) || context.lexicon.stanceKeys.contains(key),
                      index + 1 < range.upperBound,
                      let candidate = cueCandidate(at: index, sentence: range, reported: reported) else { continue }
                let score = model.score(keys: candidate.features.keys)
                guard score >= model.threshold else { continue }
                let percent = Int((score * 100).rounded())
                accepted.append(AcceptedCue(content: candidate.content, speaker: candidate.speaker, cue: candidate.cue,
                                            confidence: Double(percent) / 100, rule: candidate.features.rule(percent: percent)))
            }
        }
        for quote in accepted {
            add(.indirect, content: quote.content, parts: [quote.content], verbatim: [], speaker: quote.speaker, cue: quote.cue,
                confidence: quote.confidence, rule: quote.rule)
        }
    }

    /// What a reporting word would report, who would say it, and the features the model reads.
    /// (This and `AcceptedCue` are structs, not tuples: a tuple of these was copied through the
    /// runtime's generic value witnesses.)
    private struct CueCandidate {
        let content: TextRange
        let speaker: Quote.Speaker?
        let cue: Quote.Cue
        let features: CueModel.Features
    }

    /// A candidate the model accepts, with its score and the rule a reader sees.
    private struct AcceptedCue {
        let content: TextRange
        let speaker: Quote.Speaker?
        let cue: Quote.Cue
        let confidence: Double
        let rule: String
    }

    /// The candidate at the reporting word `cue`; nil when it reports no words or only words another
    /// attribution already has.
    private mutating func cueCandidate(at cue: Int, sentence: Range<Int>, reported: [Bool]) -> CueCandidate? {
        let tokens = context.tokens
        let key = tokens[cue].key
        let verbLemma = context.lexicon.verbs[key]
        let stance = verbLemma == nil ? context.lexicon.stanceVerbs[key] : nil
        guard let lemma = verbLemma ?? stance?.lemma else { return nil }
        // A capital inside a sentence is a name or a heading's word, unless the heading reports
        // ("Macron Urges Europe to …"), and capitals alone are a label ("NOTE:"); a question asks, it
        // reports nothing.
        guard !tokens[cue].isCapitalized || cue == sentence.lowerBound || context.isHeadlineVerb(cue), !tokens[cue].isAllCaps,
              tokens[sentence.upperBound - 1].key != Self.questionMark else { return nil }
        // What the rules know a verb is not: a noun after a determiner, a possessive or a modifier ("the
        // state", "his plans"), a comparison ("more than expected"), a passive (the passive rules judge
        // those: "was reported to police").
        let form = formClass(cue)
        if cue > sentence.lowerBound {
            let before = tokens[cue - 1]
            if QuoteContext.determiners.contains(before.key) || before.kind == .possessive || context.isNounAfterModifier(cue)
                || before.key == Self.than || before.key == QuoteContext.as { return nil }
            // ("could deny them permits": what might be is no one's statement.)
            if Self.modals.contains(before.key) { return nil }
            // ("was first declared by", "is not thought to").
            if form == "ed", (max(sentence.lowerBound, cue - 2)..<cue).contains(where: { Self.passiveAuxiliaries.contains(tokens[$0].key) }) {
                return nil
            }
        }
        // An -s form with no subject before it may be a plural noun ("calls for calm"): the model weighs
        // that, but one opening the sentence ("Plans to expand the airport were shelved"), after an
        // article and a word ("the closing remarks of") or before an auxiliary ("talks can happen") is a
        // noun.
        let mayBeNoun = !isVerbNotPluralNoun(cue, lemma: lemma, sentence: sentence, everyLemma: true)
        if mayBeNoun, cue == sentence.lowerBound || cue >= sentence.lowerBound + 2 && QuoteContext.determiners.contains(tokens[cue - 2].key)
            || cue + 1 < sentence.upperBound && Self.finiteMarkers.contains(tokens[cue + 1].key) { return nil }
        var content: TextRange
        var cueEnd = cue
        var frameName = "none"
        var isCircumstance = false
        if let stance, cue + 2 < sentence.upperBound, let frame = stanceFrame(of: stance, at: cue, sentence: sentence) {
            content = frame.isObject ? objectPhrase(from: frame.start, end: sentence.upperBound)
                : clause(from: frame.start, cue: cue, through: frame.start + 1)
            cueEnd = frame.cueEnd
            frameName = frame.isObject ? "object" : "clause"
        } else {
            // ("spoke to farmers in Kent": outside a frame, "to" without a verb names the one told. "spoke
            // at length", "spoke during his speech of …": another preposition opens a circumstance, which
            // the model weighs.)
            if tokens[cue + 1].key == QuoteContext.to, !isInfinitive(after: cue + 1) { return nil }
            isCircumstance = Self.circumstances.contains(tokens[cue + 1].key)
            content = reportedClause(afterCue: cue, through: cue + 1, isIndirect: true)
        }
        guard !content.isEmpty, !overlapsQuotation(content) else { return nil }
        let first = context.token(at: content.start, near: sentence)
        var end = context.token(at: content.end, near: sentence)
        // "By agreeing on a stance, Europe could …": a gerund after a preposition opens a phrase that
        // ends at its comma; the main clause is no one's report.
        if form == "ing", cue > sentence.lowerBound, Self.classedPrepositions[tokens[cue - 1].key] != nil,
           let comma = (first..<end).first(where: { tokens[$0].key == QuoteContext.comma }) {
            guard comma > first else { return nil }
            end = comma
            content = context.range(first..<comma)
        }
        // ("the crowd wants and the mayor …": a verb with nothing after it before "and".)
        guard first < end, !Self.coordinators.contains(tokens[first].key) else { return nil }
        // Quoted words are the rules' to judge (a partial quote, or a name or term in quotation marks).
        guard !(first..<end).contains(where: { context.quoteOf[$0] >= 0 }) else { return nil }
        // The words reported, counted in place: all of them, those another attribution reports, and
        // those other than "to" and "that".
        var wordCount = 0, reportedCount = 0, reportingCount = 0, firstReporting = -1
        for index in first..<end where tokens[index].kind == .word {
            wordCount += 1
            if reported[index] { reportedCount += 1 }
            if tokens[index].key != QuoteContext.to && tokens[index].key != QuoteContext.that {
                if firstReporting < 0 { firstReporting = index }
                reportingCount += 1
            }
        }
        // A verb alone after "to" ("continues to hope") reports nothing; one word may ("declared bankruptcy").
        guard firstReporting >= 0, reportingCount >= 2 || !context.lexicon.verbKeys.contains(tokens[firstReporting].key)
                && !context.lexicon.stanceKeys.contains(tokens[firstReporting].key),
              reportedCount * 2 < wordCount else { return nil }
        var speaker = finder.speaker(ofCueAt: cue, isNoun: false, earlier: history)
        if let found = speaker, found.range.end > content.start, found.range.start < content.end { speaker = nil }
        // "It refers to …" defines a term; a thing holds no position ("The heavy rain cited the
        // weather"): a description must name people or a body, or, for a verb of finding, a source of findings.
        if let found = speaker, found.entityID == nil, found.resolution == .pronoun,
           context.text(found.range).lowercased() == "it" { return nil }
        if let found = speaker, found.resolution == .description, !isHeaded(found, by: context.lexicon.sourceNouns),
           !isHeaded(found, by: context.lexicon.personNouns),
           !(isHeaded(found, by: context.lexicon.evidenceNouns) && stance?.frames.contains(.evidence) == true),
           !isHeadedByPeople(found) { return nil }
        // "…, indicating that talks are near": a participle after a comma with no one before it to say it
        // comments on an event.
        // (The comma may stand inside a closing mark: "… “realistic and cautious,” underscoring that …".)
        if speaker == nil, cue > sentence.lowerBound + 1, form == "ing", tokens[cue - 1].key == QuoteContext.comma
            || (context.quoteOf[cue - 1] >= 0 && tokens[cue - 2].key == QuoteContext.comma) { return nil }
        // Words that hold another attribution's cue are that attribution's ("continued to call for …").
        guard !(first..<end).contains(where: { usedCues[$0] }) else { return nil }

        let next = cueEnd + 1
        let before = wordClass(cue - 1, in: sentence), after = wordClass(next, in: sentence)
        var features = CueModel.Features()
        features.list("l=", lemma)
        features.list("k=", verbLemma == nil ? "stance" : "speech")
        features.list("fr=", frameName)
        features.list("f=", form)
        features.list("p=", before)
        features.list("n=", after)
        features.list("nn=", after, wordClass(next + 1, in: sentence))
        features.list("s=", speaker.map { speakerClass($0, cue: cue) } ?? "none")
        features.list("len=", lengthClass(wordCount))
        // The lemma with the form, the words around and whether anyone speaks: scored, not listed in
        // the rule (the features above give them).
        features.pair("lp=", lemma, before)
        features.pair("ln=", lemma, after)
        features.pair("lf=", lemma, form)
        features.pair("ls=", lemma, speaker == nil ? "none" : "some")
        if cue + 1 < sentence.upperBound, hasFiniteVerb(from: cue + 1, end: sentence.upperBound) { features.list("finite") }
        if tokens[cue].isCapitalized { features.list(cue == sentence.lowerBound ? "first" : "cap") }
        if history.lastQuote(inSentence: context.sentenceOf[cue]) != nil { features.list("attributed") }
        if isCircumstance { features.list("circumstance") }
        if mayBeNoun { features.list("noun") }
        if sentence.contains(where: { context.quoteOf[$0] >= 0 }) { features.list("marks") }
        let cueRange = TextRange(start: tokens[cue].range.start, end: tokens[cueEnd].range.end)
        let cueLemma = cueEnd > cue ? "\(lemma) \(context.text(tokens[cueEnd].range))" : lemma
        return CueCandidate(content: content, speaker: speaker, cue: Quote.Cue(range: cueRange, lemma: cueLemma), features: features)
    }

    /// The verb form: past or participle, third person, -ing, or base.
    private func formClass(_ index: Int) -> String {
        if context.token(index, endsWith: "ing") { return "ing" }
        if context.token(index, endsWith: "ed") || Self.irregularPasts.contains(context.tokens[index].key) { return "ed" }
        if context.token(index, endsWith: "s"), !context.token(index, endsWith: "ss") { return "s" }
        return "base"
    }

    private static let irregularPasts = KeySet(words: ["said", "told", "wrote", "written", "thought", "knew", "known", "saw",
                                                       "seen", "found", "spoke", "spoken", "felt", "held", "made", "sought",
                                                       "taught", "heard", "meant", "forbade", "chose", "foresaw", "gave"])

    /// A coarse class of the word at `index`: what a reader of the grammar around a verb looks at.
    private func wordClass(_ index: Int, in sentence: Range<Int>) -> String {
        guard sentence.contains(index) else { return "edge" }
        let token = context.tokens[index]
        let key = token.key
        if context.quoteOf[index] >= 0 { return "mark" }
        switch token.kind {
        case .possessive: return "poss"
        case .word: break
        default:
            if key == QuoteContext.comma { return "comma" }
            return context.isDash(index) ? "dash" : "punct"
        }
        if key == QuoteContext.that { return "that" }
        if key == QuoteContext.to { return "to" }
        if key == QuoteContext.not || key == Self.never || context.token(index, endsWith: "n't") { return "not" }
        if context.lexicon.subjectPronouns.contains(key) || context.lexicon.otherPronouns.contains(key) { return "pron" }
        if Self.objectPronouns.contains(key) { return "obj" }
        if QuoteContext.determiners.contains(key) { return "det" }
        if let preposition = Self.classedPrepositions[key] { return "p-" + preposition }
        if Self.questionWords.contains(key) { return "wh" }
        if Self.modals.contains(key) { return "modal" }
        if Self.formsOfHave.contains(key) { return "have" }
        if Self.passiveAuxiliaries.contains(key) { return "be" }
        if Self.finiteMarkers.contains(key) { return "aux" }
        if Self.coordinators.contains(key) { return "conj" }
        if token.startsWithDigit { return "num" }
        if token.isCapitalized { return "cap" }
        if context.verbLemma(at: index) != nil || context.lexicon.stanceKeys.contains(key) { return "cue" }
        if context.token(index, endsWith: "ly") { return "adv" }
        if context.token(index, endsWith: "ing") { return "ing" }
        if context.token(index, endsWith: "ed") { return "ed" }
        return "word"
    }

    private static let formsOfHave = KeySet(words: ["has", "have", "had", "'s", "’s"])
    private static let circumstances = KeySet(words: ["at", "in", "during", "after", "before", "from", "until", "since"])
    /// Forms of "be" and "get", the passive's auxiliaries.
    private static let passiveAuxiliaries = KeySet(words: ["is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets"])
    private static let modals = KeySet(words: ["will", "would", "can", "could", "should", "shall", "may", "might", "must"])
    private static let coordinators = KeySet(words: ["and", "or", "but"])
    private static let classedPrepositions = KeyTable(Dictionary(uniqueKeysWithValues: [
        "for", "about", "on", "of", "against", "with", "as", "at", "in", "from", "by", "over", "into", "out", "up", "after",
        "before", "during",
    ].map { (TokenKeys.of($0), $0) }))

    /// How the speaker was found, and whether they stand right before the cue.
    private func speakerClass(_ speaker: Quote.Speaker, cue: Int) -> String {
        let end = context.token(at: speaker.range.end, near: context.sentenceTokens[context.sentenceOf[cue]])
        let near = end <= cue && cue - end <= 2 ? "near" : (end > cue ? "after" : "far")
        return "\(speaker.resolution.rawValue)-\(near)"
    }

    private func lengthClass(_ words: Int) -> String {
        switch words {
        case ..<3: "1-2"
        case ..<6: "3-5"
        case ..<13: "6-12"
        case ..<26: "13-25"
        default: "26+"
        }
    }
}
