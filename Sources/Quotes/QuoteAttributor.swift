import VerbatimCore

/// Finds who said what: direct quotes in every mark style, partial quotes inside reported speech,
/// and indirect quotes ("He added that …", "according to …"), each with its cue and speaker.
///
/// ```
/// quotation marks ─► drop names and terms ("called “EU debates”") ─► cue and speaker near each quote
///                 ─► join “A,” he said, “B.” ─► direct or partial
/// reporting verbs with a that-clause, "according to" ─► indirect quotes
/// ```
public struct QuoteAttributor: Stage {
    public let name = "quotes.attribution"
    public let requires: Set<Layer> = [.sentences, .tokens, .entities]
    public let produces: Set<Layer> = [.quotes]

    let lexicon: QuoteLexicon

    public init(lexicon: QuoteLexicon) {
        var lexicon = lexicon
        lexicon.otherCueKeys = KeySet(lexicon.stanceAdjectives.allKeys + lexicon.stanceNouns.allKeys
                                      + AttributionBuilder.passiveReportWords.map(TokenKeys.of))
        lexicon.reportedSpeechKeys = KeySet(lexicon.otherCueKeys.allKeys + lexicon.verbKeys.allKeys + lexicon.stanceKeys.allKeys
                                            + [QuoteContext.according])
        self.lexicon = lexicon
    }

    public func apply(to document: inout Document) throws(StageError) {
        let context = QuoteContext(document: document, lexicon: lexicon)
        var builder = AttributionBuilder(context: context)
        builder.attributeQuotations()
        builder.attributeTranscriptLines()
        builder.attributeReportedSpeech()
        builder.attributeByCueModel()
        // In text order, and in the order found among quotes of the same words. (Indices are
        // sorted: moving the quotes themselves, large values, was most of the sort.)
        var quotes = builder.takeQuotes()
        let order = quotes.indices.sorted { quotes[$0].content < quotes[$1].content || quotes[$0].content == quotes[$1].content && $0 < $1 }
        Self.arrange(&quotes, in: order)
        document.quotes = quotes
    }

    /// Puts `values[order[i]]` at `i`, one cycle of the permutation at a time, each value moved once
    /// in the array's storage: building a new array (or `swapAt`) copied every quote and destroyed the
    /// old one, each string in it retained and released, and a swap moved three quotes' bytes for one.
    static func arrange<Value>(_ values: inout [Value], in order: [Int]) {
        var placed = [Bool](repeating: false, count: values.count)
        values.withUnsafeMutableBufferPointer { values in
            guard let base = values.baseAddress else { return }
            for start in values.indices where !placed[start] {
                placed[start] = true
                guard order[start] != start else { continue }
                // The value at `start` is held while the cycle's others each move to the place that
                // wants them; it goes to the last place freed.
                let held = (base + start).move()
                var position = start
                while order[position] != start {
                    (base + position).moveInitialize(from: base + order[position], count: 1)
                    position = order[position]
                    placed[position] = true
                }
                (base + position).initialize(to: held)
            }
        }
    }
}

/// Builds the attributions of one document; later ones may refer to earlier ones (pronouns,
/// coordinated cues, continued quotes).
struct AttributionBuilder {
    let context: QuoteContext
    private(set) var history: AttributionHistory
    private var quotes: [Quote] { history.quotes }
    /// Contents of direct and partial quotes, in order, for the overlap check of indirect ones.
    private var quotedContents: [TextRange] = []
    /// For each token, whether it is the cue of an attribution already (a flag per token: this is
    /// asked of every token).
    var usedCues: [Bool]
    var finder: SpeakerFinder { SpeakerFinder(context: context) }

    init(context: QuoteContext) {
        self.context = context
        history = AttributionHistory(sentenceCount: context.sentenceTokens.count)
        usedCues = [Bool](repeating: false, count: context.tokens.count)
    }

    /// The attributions made, handed over when the passes are done.
    mutating func takeQuotes() -> [Quote] { history.takeQuotes() }

    // MARK: Quotations

    mutating func attributeQuotations() {
        let spans = context.spans
        var index = 0
        while index < spans.count {
            defer { index += 1 }
            let span = spans[index]
            let open = context.token(at: span.outer.start)
            guard open < context.tokens.count, context.sentenceOf[open] >= 0, !isNameOrTerm(openingAt: open),
                  !isHeading(span) else { continue }
            // "… is “a big problem” but “nobody has the guts …”": a quotation inside the clause
            // the last attribution reports is more of its verbatim words.
            if let last = quotes.last, last.kind == .partial, last.content.start <= span.outer.start, span.inner.end <= last.content.end {
                var quote = last
                quote.verbatim += span.pieces
                history.replaceLast(quote)
                continue
            }
            let sentence = context.sentenceOf[open]
            let close = context.token(at: span.outer.end)
            let sentenceEnd = context.sentenceTokens[context.sentenceOf[max(open, close - 1)]].upperBound

            var verbatim = span.pieces
            var parts = span.pieces
            var cueToken: Int?
            var cueIsNoun = false
            var cueAfter = false
            // Where a statement holding the quotation ends, before a closing attribution.
            var statementEnd: Int?
            // After the quote: “…,” he said / said Smith / Smith said.
            if let found = cue(after: close, before: sentenceEnd, open: open) {
                cueToken = found
                cueAfter = true
                // "“You squeezed employees …” to drive up the price, she said": the statement goes on
                // after the marks, up to the comma before the attribution.
                if let (closing, comma) = closingAttribution(after: close, end: sentenceEnd), closing == found,
                   let first = (close..<comma).first(where: { context.tokens[$0].kind == .word }), !context.tokens[first].isCapitalized {
                    statementEnd = comma
                }
                // “A,” he said, “B.”: the next quote in the same sentence continues this one.
                if index + 1 < spans.count, context.sentenceOf[context.token(at: spans[index + 1].outer.start)] == context.sentenceOf[found] {
                    let next = spans[index + 1]
                    let gap = context.token(at: span.outer.end)..<context.token(at: next.outer.start)
                    let between = context.tokens[gap]
                    // Only the attribution between them: "“You winning?” she said, but Kevin was …" goes on,
                    // and "“A,” Trump said, adding later, “B.”" is a second quote with its own cue.
                    let words = between.filter { $0.kind == .word }
                    if words.count <= 10, !words.contains(where: { Self.contrasts.contains($0.key) || $0.key == QuoteContext.and }),
                       between.contains(where: { $0.key == QuoteContext.comma }) || between.count <= 8,
                       !gap.contains(where: { $0 != found && context.verbLemma(at: $0) != nil }) {
                        verbatim += next.pieces
                        parts += next.pieces
                        index += 1
                    }
                }
            } else if let found = cue(before: open, sentenceStart: context.sentenceTokens[sentence].lowerBound) {
                cueToken = found.token
                cueIsNoun = found.isNoun
            } else if let found = cueEndingPreviousSentence(before: open) {
                // "He said:" closing the paragraph before the quotation.
                cueToken = found
            } else if let found = cueInAttributionSentence(after: close) {
                // “… accountable.” Warren said.
                cueToken = found
                cueAfter = true
            } else if let (found, comma) = closingAttribution(after: close, end: sentenceEnd) {
                // "A clerk who “pockets a few coins” is punished at once, Holt said.": quoted
                // words inside a statement that a closing attribution reports.
                cueToken = found
                cueAfter = true
                statementEnd = comma
            } else if transcriptLabel(in: span.pieces[0]) != nil {
                // "HOLT: Do you think the two plans are the same?": a transcript, whose paragraphs
                // each open with the speaker's label (or go on with the last speaker's words).
                var lines: [(Quote.Speaker, [TextRange])] = []
                for piece in span.pieces {
                    if let (speaker, content) = transcriptLabel(in: piece) {
                        lines.append((speaker, [content]))
                    } else if !piece.isEmpty {
                        lines[lines.count - 1].1.append(piece)
                    }
                }
                for (speaker, pieces) in lines {
                    add(.direct, content: TextRange(start: pieces[0].start, end: pieces[pieces.count - 1].end), parts: pieces,
                        verbatim: pieces, speaker: speaker, cue: nil, confidence: 0.8, rule: "transcript line with the speaker's label")
                }
                continue
            } else if let (dash, speaker) = dashAttribution(after: close) {
                // “…” ― Carla Sanchez
                add(.direct, content: span.inner, parts: span.pieces, verbatim: span.pieces, speaker: speaker,
                    cue: Quote.Cue(range: context.tokens[dash].range, lemma: context.text(context.tokens[dash].range)),
                    confidence: 0.8, rule: "quotation, then a dash and the speaker's name")
                continue
            }
            let lastSpanEnd = context.token(at: (index < spans.count ? spans[index] : span).outer.end)
            if var cue = cueToken {
                var speaker = finder.speaker(ofCueAt: cue, isNoun: cueIsNoun, earlier: history)
                // "Lynch said she recalled thinking, “…”": a cue without a speaker of its own lies in
                // the clause of an earlier one that has one.
                if speaker == nil, !cueAfter,
                   let earlier = clauseCue(before: cue, end: context.sentenceTokens[context.sentenceOf[cue]].upperBound, outermost: false) {
                    cue = earlier.cue
                    speaker = earlier.speaker
                    cueIsNoun = false
                }
                // "DuVernay said: “…,” she said.": the name before beats the pronoun after.
                if cueAfter, speaker?.resolution == .pronoun,
                   let before = self.cue(before: open, sentenceStart: context.sentenceTokens[sentence].lowerBound), !before.isNoun,
                   let named = finder.speaker(ofCueAt: before.token, isNoun: false, earlier: history),
                   [.name, .title, .role].contains(named.resolution), named.entityID == speaker?.entityID || speaker?.entityID == nil {
                    cue = before.token
                    speaker = named
                    cueAfter = false
                }
                usedCues[cue] = true
                let lemma = (cueIsNoun ? context.lexicon.nouns[context.tokens[cue].key] : context.verbLemma(at: cue) ?? context.stanceLemma(at: cue))
                    ?? context.text(context.tokens[cue].range)
                let cueRecord = Quote.Cue(range: context.tokens[cue].range, lemma: lemma)
                let sentenceStart = context.sentenceTokens[sentence].lowerBound
                let wordsBefore = context.tokens[sentenceStart..<open].contains { $0.kind == .word }
                if cueAfter && (wordsBefore || statementEnd != nil) {
                    // "Oz is “smart as hell,” Mosko wrote": the quoted words end a reported clause (of at
                    // most `longestClause` tokens: an endless sentence of them stays linear).
                    let content = trimmedClause(max(context.afterDateline(sentenceStart, before: open), open - Self.longestClause)
                                                    ..< (statementEnd ?? lastSpanEnd))
                    add(.partial, content: content, parts: [content], verbatim: verbatim, speaker: speaker, cue: cueRecord,
                        confidence: speaker == nil ? 0.4 : 0.8,
                        rule: context.text("clause with quoted words, then cue '", cueRecord.range, "'"))
                } else if cueAfter || fillsClause(open: open, close: lastSpanEnd, cue: cue) {
                    add(.direct, content: TextRange(start: parts[0].start, end: parts[parts.count - 1].end), parts: parts,
                        verbatim: verbatim, speaker: speaker, cue: cueRecord, confidence: speaker == nil ? 0.5 : 0.9,
                        rule: cueAfter ? context.text("quotation, then cue '", cueRecord.range, "'") : context.text("cue '", cueRecord.range, "', then quotation"))
                } else {
                    let content = reportedClause(afterCue: cue, through: lastSpanEnd)
                    add(.partial, content: content, parts: [content], verbatim: verbatim, speaker: speaker, cue: cueRecord,
                        confidence: speaker == nil ? 0.4 : 0.8,
                        rule: context.text("cue '", cueRecord.range, "' with quoted words inside the reported clause"))
                }
            } else if isWholeSentence(open: open, close: close), let (cue, speaker) = attributionEndingPreviousSentence(before: open) {
                // "…, Schiff said. “The other factor …”": the quotation goes on the statement before it.
                let lemma = context.verbLemma(at: cue) ?? context.text(context.tokens[cue].range)
                add(.direct, content: span.inner, parts: span.pieces, verbatim: span.pieces, speaker: speaker,
                    cue: Quote.Cue(range: context.tokens[cue].range, lemma: lemma), confidence: 0.6,
                    rule: context.text("quotation after a statement attributed by cue '", context.tokens[cue].range, "'"))
            } else if let previous = continuedQuote(before: open),
                      isWholeSentence(open: open, close: close)
                        || previous.sentences.last == sentence && !namesSomeoneElse(between: previous, and: span.outer.start) {
                // (In the same sentence: "Mills “got a deal,” Jordan said, and still “got to sit in …”".)
                let sameParagraph = context.document.sentences[sentence].paragraph
                    == context.document.sentences[previous.sentences.last ?? sentence].paragraph
                if sameParagraph {
                    // “A,” he said. “B.”: one attribution in two parts.
                    extendLastQuote(with: span.inner)
                } else {
                    add(.direct, content: span.inner, parts: [span.inner], verbatim: [span.inner],
                        speaker: previous.speaker.map { latestMention(of: $0, before: span.outer.start) },
                        cue: nil, confidence: 0.7, rule: "continues the quotation before it")
                }
            } else if isWholeSentence(open: open, close: close), let speaker = subjectOfSentenceBefore(open) {
                // "She paused. “I would tell them …”": the quotation is the words of the one the
                // sentence before it is about.
                add(.direct, content: span.inner, parts: span.pieces, verbatim: span.pieces, speaker: speaker, cue: nil,
                    confidence: 0.5, rule: "quotation after a sentence about its speaker")
            } else if isWholeSentence(open: open, close: close), let speaker = interviewee(answering: open) {
                // An interview: a question in the reporter's words, then a quotation that answers it.
                add(.direct, content: span.inner, parts: span.pieces, verbatim: span.pieces, speaker: speaker, cue: nil,
                    confidence: 0.5, rule: "quotation answering the interviewer's question")
            } else if wordCount(span.inner) >= 6 {
                // A long quotation nobody is named for: shown, with no speaker.
                add(.direct, content: span.inner, parts: [span.inner], verbatim: [span.inner], speaker: nil, cue: nil,
                    confidence: 0.3, rule: "quotation without a cue")
            }
            // Shorter quotations without a cue are scare quotes or names: not attributions.
        }
    }

    private func utf8Scalar(_ token: Token) -> Unicode.Scalar {
        context.document.utf8.scalar(at: token.range.start).scalar
    }

    /// A cue right before a colon that ends the sentence before a quotation opening its own sentence.
    private func cueEndingPreviousSentence(before open: Int) -> Int? {
        let sentence = context.sentenceOf[open]
        guard sentence > 0, open == context.sentenceTokens[sentence].lowerBound else { return nil }
        let previous = context.sentenceTokens[sentence - 1]
        guard previous.count >= 2, context.tokens[previous.upperBound - 1].key == QuoteContext.colon else { return nil }
        for index in stride(from: previous.upperBound - 2, through: max(previous.lowerBound, previous.upperBound - 4), by: -1)
            where context.verbLemma(at: index) != nil {
            return index
        }
        return nil
    }

    /// The speaker as last named before `offset`: a quotation that goes on an earlier one points at
    /// the nearest mention of the same entity ("Clinton restricted comments … ¶ “If any bank …”").
    private func latestMention(of speaker: Quote.Speaker, before offset: Int) -> Quote.Speaker {
        guard let id = speaker.entityID else { return speaker }
        let candidates = context.speakers[..<context.firstSpeakerIndex(startingAtOrAfter: offset)].suffix(50)
        guard let mention = candidates.last(where: { ($0.kind == .role ? $0.attributes["refers_to"] : $0.entityID) == id
                  && $0.range.start > speaker.range.start && context.quoteOf[context.token(at: $0.range.start)] < 0 })
        else { return speaker }
        return Quote.Speaker(range: mention.range, name: speaker.name, entityID: id, resolution: mention.kind == .role ? .role : .name)
    }

    /// The cue and speaker of a sentence just before, in the same paragraph, that ends with its
    /// attribution: "…, Schiff said." or "…, said Schiff.".
    private func attributionEndingPreviousSentence(before open: Int) -> (Int, Quote.Speaker)? {
        let sentence = context.sentenceOf[open]
        guard sentence > 0, open == context.sentenceTokens[sentence].lowerBound,
              context.document.sentences[sentence].paragraph == context.document.sentences[sentence - 1].paragraph else { return nil }
        let previous = context.sentenceTokens[sentence - 1]
        var end = previous.upperBound
        while end > previous.lowerBound, context.tokens[end - 1].kind == .punctuation { end -= 1 }
        for cue in stride(from: end - 1, through: max(previous.lowerBound + 2, end - 6), by: -1) where context.verbLemma(at: cue) != nil {
            // Only the speaker, and nothing quoted, between the comma and the sentence's end.
            guard let comma = (previous.lowerBound..<cue).last(where: { context.tokens[$0].key == QuoteContext.comma }),
                  cue - comma <= 6, !(comma..<end).contains(where: { context.quoteOf[$0] >= 0 }),
                  let speaker = finder.speaker(ofCueAt: cue, isNoun: false, earlier: history), speaker.resolution != .description,
                  speaker.range.start > context.tokens[comma].range.start else { return nil }
            return (cue, speaker)
        }
        return nil
    }

    /// "… “pockets a few coins” is punished at once, Holt said.", "“…” to lift the share
    /// price, she said, referencing …": after the quotation, more of the statement, then a comma and
    /// a short attribution (a name or pronoun and a verb of saying) that ends the sentence or goes on
    /// with a participle. The cue and the comma.
    private func closingAttribution(after close: Int, end: Int) -> (cue: Int, comma: Int)? {
        let tokens = context.tokens
        var comma = close
        while comma < min(end, close + Self.longestClause), context.quoteOf[comma] < 0 {
            defer { comma += 1 }
            guard tokens[comma].key == QuoteContext.comma, comma > close, comma + 2 < end else { continue }
            guard let cue = (comma + 2..<min(end, comma + 7)).first(where: { context.verbLemma(at: $0) != nil }),
                  (comma + 1..<cue).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive }) else { continue }
            let rest = cue + 1..<end
            let wordsAfter = context.wordCount(rest)
            let closes = wordsAfter <= 3 && !tokens[rest].contains { $0.key == QuoteContext.that }
            let goesOnWithParticiple = cue + 2 < end && tokens[cue + 1].key == QuoteContext.comma && context.token(cue + 2, endsWith: "ing")
            return closes || goesOnWithParticiple ? (cue, comma) : nil
        }
        return nil
    }

    // MARK: Transcripts and interviews

    /// Paragraphs without quotation marks that open with a speaker's label: a transcript ("PENCE: Well,
    /// look, …", when the text named Mike Pence) or an interview's answers ("A: I grew up …", the
    /// interviewee being the person named last before the first "Q:"). Each is a direct quote of the
    /// rest of its paragraph. "Q:" lines are the reporter's and left out.
    mutating func attributeTranscriptLines() {
        let tokens = context.tokens
        var firstQuestion: Int?
        var lines: [(label: Range<Int>, content: TextRange, isAnswer: Bool)] = []
        for paragraph in context.paragraphSentences {
            let first = context.sentenceTokens[paragraph.lowerBound].lowerBound
            let end = context.sentenceTokens[paragraph.upperBound - 1].upperBound
            guard first < end, context.quoteOf[first] < 0 else { continue }
            var colon = first
            while colon < min(end, first + 3), tokens[colon].kind == .word, tokens[colon].isAllCaps { colon += 1 }
            guard colon > first, colon + 1 < end, context.text(tokens[colon].range) == ":" else { continue }
            let label = context.text(tokens[first].range)
            let content = TextRange(start: tokens[colon + 1].range.start, end: tokens[end - 1].range.end)
            if colon == first + 1, label == "Q" {
                if firstQuestion == nil { firstQuestion = first }
                continue
            }
            let isAnswer = colon == first + 1 && label == "A"
            guard isAnswer || tokens[first].range.length >= 2 else { continue }
            lines.append((first..<colon, content, isAnswer))
        }
        let interviewee = firstQuestion.flatMap { question in
            context.lastSpeaker(in: 0..<tokens[question].range.start) {
                $0.kind == .person && context.quoteOf[context.token(at: $0.range.start)] < 0
            }
        }
        // Words already quoted in the paragraph are attributed there.
        let unquoted = lines.filter { !overlapsQuotation($0.content) }
        defer { quotedContents.sort { $0.start < $1.start } } // the lines came after the quotations
        for line in unquoted {
            let labelRange = context.range(line.label)
            let speaker: Quote.Speaker
            if line.isAnswer {
                guard let interviewee else { continue }
                speaker = Quote.Speaker(range: labelRange, name: interviewee.name, entityID: interviewee.entityID, resolution: .role)
            } else {
                // "PENCE" is Mike Pence when the text named him before; a label naming nobody ("NOTE:",
                // "UPDATE:") is no speaker.
                let lastWord = tokens[line.label.upperBound - 1].key
                guard let person = labelledPerson(before: labelRange.start, lastWord: lastWord) else { continue }
                speaker = Quote.Speaker(range: labelRange, name: person.name, entityID: person.entityID, resolution: .name)
            }
            add(.direct, content: line.content, parts: [line.content], verbatim: [line.content], speaker: speaker, cue: nil,
                confidence: 0.8, rule: line.isAnswer ? "interview answer after 'A:'" : "transcript line with the speaker's label")
        }
    }

    /// "“… held accountable.” Warren said.": a quotation that ends its sentence, followed in the same
    /// paragraph by a short sentence that is only a speaker, a cue and a short tail.
    private func cueInAttributionSentence(after close: Int) -> Int? {
        guard close < context.tokens.count, close > 0 else { return nil }
        let sentence = context.sentenceOf[close]
        guard sentence > 0, context.sentenceTokens[sentence].lowerBound == close,
              context.sentenceOf[close - 1] == sentence - 1,
              context.document.sentences[sentence].paragraph == context.document.sentences[sentence - 1].paragraph else { return nil }
        let range = context.sentenceTokens[sentence]
        guard range.count <= 24, !range.contains(where: { context.quoteOf[$0] >= 0 }) else { return nil }
        for cue in range where context.verbLemma(at: cue) != nil || isDocumentReading(cue) {
            // Only a short tail after the cue: "said in a statement", "said Friday".
            let tail = context.wordCount(cue + 1..<range.upperBound)
            guard tail <= 6, !context.tokens[cue + 1..<range.upperBound].contains(where: { $0.key == QuoteContext.that }) else { return nil }
            // "He did not say whether he would run.": a denial, or a cue with a question or an
            // infinitive of its own, attributes nothing before it.
            if cue + 1 < range.upperBound,
               Self.questionWords.contains(context.tokens[cue + 1].key) || context.tokens[cue + 1].key == QuoteContext.to {
                return nil
            }
            if context.tokens[range.lowerBound..<cue].contains(where: { $0.key == QuoteContext.not || $0.key == Self.contractedNot }) {
                return nil
            }
            guard let speaker = finder.speaker(ofCueAt: cue, isNoun: false, earlier: history) else { return nil }
            let speakerStart = context.token(at: speaker.range.start)
            // The speaker opens the sentence ("Warren said.") or follows a cue that does ("Said Axelrod.").
            return speakerStart == close || (cue == close && speakerStart == cue + 1) ? cue : nil
        }
        return nil
    }

    /// "“PENCE: Well, look, …”": a quoted paragraph that opens with a name in capitals and a colon is
    /// a transcript line; the label, linked to the person of that name met earlier, is the speaker.
    private func transcriptLabel(in piece: TextRange) -> (Quote.Speaker, TextRange)? {
        let tokens = context.tokens
        let first = context.token(at: piece.start)
        var colon = first
        while colon < min(tokens.count, first + 3), tokens[colon].kind == .word, tokens[colon].isAllCaps,
              tokens[colon].range.length >= 2 { colon += 1 }
        guard colon > first, colon < tokens.count, context.text(tokens[colon].range) == ":",
              tokens[colon].range.end < piece.end else { return nil }
        let label = context.range(first..<colon)
        let start = TextScanner(context.document.utf8).skippingSpaces(from: tokens[colon].range.end, limit: piece.end)
        let content = TextRange(start: start, end: piece.end)
        guard !content.isEmpty else { return nil }
        // "PENCE" is Mike Pence when the text named him before.
        let person = labelledPerson(before: label.start, lastWord: tokens[colon - 1].key)
        return (Quote.Speaker(range: label, name: person?.name ?? context.text(label), entityID: person?.entityID,
                              resolution: .name), content)
    }

    /// The person a transcript label names: the last one before `offset` whose name ends in the
    /// label's last word, among the last 200 mentions (a document of labels stays linear).
    private func labelledPerson(before offset: Int, lastWord key: TokenKey) -> EntityMention? {
        context.lastSpeaker(in: 0..<offset, limit: 200) {
            $0.kind == .person && context.tokens[context.token(at: $0.range.end) - 1].key == key
        }
    }

    /// "“…” ― Carla Sanchez": a dash after the closing mark, then a name.
    private func dashAttribution(after close: Int) -> (Int, Quote.Speaker)? {
        let tokens = context.tokens
        guard close + 1 < tokens.count, ["—", "―", "–", "-"].contains(context.text(tokens[close].range)),
              tokens[close + 1].kind == .word, tokens[close + 1].isCapitalized else { return nil }
        var end = close + 1
        while end + 1 < tokens.count, end - close < 6, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
              !context.document.utf8[tokens[end].range.end..<tokens[end + 1].range.start].contains(0x0A) { end += 1 }
        let range = context.range(close + 1..<end + 1)
        let mention = context.firstSpeaker(in: range.start..<range.end) { $0.range.start == range.start }
        let speaker = mention.map { Quote.Speaker(range: $0.range, name: $0.name, entityID: $0.kind == .role ? $0.attributes["refers_to"] : $0.entityID, resolution: .name) }
            ?? Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
        return (close, speaker)
    }

    /// "'Coal Isn't the Villain.'": a quoted paragraph of a few words in title case is a section
    /// heading (archive text quotes them), not anyone's words.
    private func isHeading(_ span: QuotedSpan) -> Bool {
        let first = context.token(at: span.outer.start), last = context.token(at: span.outer.end) - 1
        guard first > 0, last + 1 < context.tokens.count, span.pieces.count == 1,
              context.document.utf8[context.tokens[first - 1].range.end..<context.tokens[first].range.start].contains(0x0A),
              context.document.utf8[context.tokens[last].range.end..<context.tokens[last + 1].range.start].contains(0x0A) else { return false }
        let words = context.tokens[first...last].filter { $0.kind == .word }
        // Title case: every word but the small ones ("the", "in", "of") capitalised.
        let content = words.filter { $0.isCapitalized || !context.lexicon.functionWords.contains($0.key) }
        return (2...8).contains(words.count) && content.count >= 2 && content.allSatisfy(\.isCapitalized)
    }

    /// "an initiative called “EU debates”", "was described as “realistic”", "what does “x” mean".
    private func isNameOrTerm(openingAt open: Int) -> Bool {
        let tokens = context.tokens
        for (keys, frame) in context.lexicon.frames where open >= keys.count {
            let start = open - keys.count
            guard (0..<keys.count).allSatisfy({ tokens[start + $0].key == keys[$0] }) else { continue }
            if frame != "term-question" { return true }
        }
        // "what does “x” mean": the question words may stand a little before the mark.
        let sentenceStart = context.sentenceTokens[context.sentenceOf[open]].lowerBound
        // (The distance first: comparing every frame's name cost more than the rest.)
        return context.lexicon.frames.contains { keys, frame in
            open - sentenceStart >= keys.count && open - sentenceStart <= keys.count + 1 && frame == "term-question"
                && (0..<keys.count).allSatisfy { tokens[sentenceStart + $0].key == keys[$0] }
        }
    }

    /// A reporting verb within the first words after a closing mark: ", he said", ", said Smith",
    /// "Smith said", "the French president added". Mid-sentence, a comma (inside or outside the
    /// marks) must separate them; a participle or a verb with its own that-clause starts a new
    /// attribution instead ("“…,” suggesting that …").
    private func cue(after close: Int, before end: Int, open: Int) -> Int? {
        let tokens = context.tokens
        // The comma may sit inside the marks, even inside nested ones: “… ‘miracles,’” she said.
        var inside = close - 1
        while inside > open, tokens[inside].kind == .punctuation, utf8Scalar(tokens[inside]).isClosing { inside -= 1 }
        let commaBefore = tokens[inside].key == QuoteContext.comma || Self.questionOrExclamation.contains(tokens[inside].key)
            || (close < end && tokens[close].key == QuoteContext.comma)
        let startsSentence = open == context.sentenceTokens[context.sentenceOf[open]].lowerBound
        guard commaBefore || startsSentence else { return nil }
        var index = close
        var words = 0
        // "“…,” Jane Holt, the Republican treasurer of Kansas, one of the states that went to court
        // over the rule, said": a name with an apposition may stand long before the cue.
        let firstWord = (close..<min(end, close + 3)).first { tokens[$0].kind == .word }
        let limit = firstWord.map { tokens[$0].isCapitalized } == true ? 24 : 12
        while index < end, words < limit, context.quoteOf[index] < 0 {
            let key = tokens[index].key
            // "“…”, while Kemi Badenoch called it a surrender": a contrast opens someone else's clause.
            if key == QuoteContext.and || key == QuoteContext.that || Self.contrasts.contains(key) { return nil }
            if context.verbLemma(at: index) != nil {
                // "…, suggesting that …", and a cue with an -ing object of its own ("In his book, “Make
                // Your Kid a Millionaire,” McKinley suggested looking at …"): the quotation is a title
                // in the sentence, not the cue's words.
                let hasClause = (index + 1..<min(end, index + 3)).contains { tokens[$0].key == QuoteContext.that }
                let hasObject = index + 1 < end && !tokens[index + 1].isCapitalized && context.token(index + 1, endsWith: "ing")
                    && !Self.notParticiples.contains(tokens[index + 1].key)
                return context.token(index, endsWith: "ing") || hasClause || hasObject ? nil : index
            }
            if isDocumentReading(index) { return index }
            if tokens[index].kind == .word { words += 1 }
            index += 1
        }
        return nil
    }

    /// "“…,” the letter reads.": a document speaks through "reads" (a sign does not).
    private func isDocumentReading(_ index: Int) -> Bool {
        guard Self.reads.contains(context.tokens[index].key), context.quoteOf[index] < 0,
              let source = finder.speaker(ofCueAt: index, isNoun: false, earlier: history) else { return false }
        return isHeaded(source, by: context.lexicon.evidenceNouns)
    }

    private static let reads = KeySet(words: ["reads", "read"])

    /// The nearest reporting verb before an opening mark in the same sentence, or a reporting noun
    /// owned by someone ("his statement that").
    private func cue(before open: Int, sentenceStart: Int) -> (token: Int, isNoun: Bool)? {
        var index = open - 1
        while index >= sentenceStart, context.quoteOf[index] < 0 {
            // "“You winning?” she said, but Kevin …": a cue that closed the quotation before is spent.
            if usedCues[index] { return nil }
            if context.verbLemma(at: index) != nil { return (outerCue(enclosing: index, open: open) ?? index, false) }
            // "Trump attacked “the hateful ideology …”": a verb of stance reports the quoted words too.
            // (Only with a speaker: "called for “appropriate assistance”" alone is a scare quote.)
            if context.stanceLemma(at: index) != nil, finder.speaker(ofCueAt: index, isNoun: false, earlier: history) != nil {
                return (outerCue(enclosing: index, open: open, innerIsStance: true) ?? index, false)
            }
            if context.lexicon.nouns[context.tokens[index].key] != nil,
               finder.speaker(ofCueAt: index, isNoun: true, earlier: history) != nil {
                // "announcing that the mayor’s claim was “accurate”": the claim is the report's
                // subject; the verb before "that" is the cue.
                if let verb = verbIntroducingClause(before: index, sentenceStart: sentenceStart) { return (verb, false) }
                return (index, true)
            }
            index -= 1
        }
        return nil
    }

    /// "Trump said at a rally that Clinton once described the deal as “the gold standard”": the
    /// quoted words lie in the clause of an earlier reporting verb, whose speaker reports them. The
    /// cue nearest the mark keeps them when it introduces the quotation itself ("…, and Pence
    /// added: “…”").
    private func outerCue(enclosing inner: Int, open: Int, innerIsStance: Bool = false) -> Int? {
        let tokens = context.tokens
        let between = tokens[inner + 1..<open]
        // (A verb of stance never introduces a quotation of its own this way: "ready to talk “in a
        // transparent way”" stays in the clause "told reporters that" reports.)
        if !innerIsStance, context.wordCount(inner + 1..<open) <= 3,
           [QuoteContext.colon, QuoteContext.comma].contains(tokens[open - 1].key) || between.allSatisfy({ $0.kind != .word }) {
            return nil
        }
        guard let outer = clauseCue(before: inner, end: open, outermost: true)?.cue else { return nil }
        // "The Kremlin denied that …, calling the claims “absurd”": a participle after a comma opens
        // a phrase of its own, outside the earlier verb's clause.
        let opensPhrase = (outer + 1..<inner).contains { comma in
            tokens[comma].key == QuoteContext.comma && tokens[comma + 1].kind == .word && !tokens[comma + 1].isCapitalized
                && context.token(comma + 1, endsWith: "ing") && !Self.notParticiples.contains(tokens[comma + 1].key)
        }
        return opensPhrase ? nil : outer
    }

    /// A reporting verb before token `index` in its sentence (not past a semicolon or a quotation)
    /// that introduces a clause running to `end` and has a speaker: the nearest, or the outermost.
    private func clauseCue(before index: Int, end: Int, outermost: Bool) -> (cue: Int, speaker: Quote.Speaker)? {
        let sentenceStart = context.sentenceTokens[context.sentenceOf[index]].lowerBound
        var found: (cue: Int, speaker: Quote.Speaker)?
        var look = index - 1
        while look >= sentenceStart, context.quoteOf[look] < 0, context.tokens[look].key != Self.semicolon {
            if introducesClause(at: look, end: end),
               let speaker = finder.speaker(ofCueAt: look, isNoun: false, earlier: history) {
                found = (look, speaker)
                if !outermost { return found }
            }
            look -= 1
        }
        return found
    }

    /// A reporting verb followed by "that", earlier in the sentence than `index`.
    private func verbIntroducingClause(before index: Int, sentenceStart: Int) -> Int? {
        var look = index - 1
        while look > sentenceStart, context.quoteOf[look] < 0, index - look <= 6 {
            if context.tokens[look].key == QuoteContext.that, context.verbLemma(at: look - 1) != nil { return look - 1 }
            look -= 1
        }
        return nil
    }

    /// Direct when nothing but the speaker, "that", a colon or a comma stands between the cue and
    /// the opening mark, and nothing but punctuation follows the quotation in its sentence.
    private func fillsClause(open: Int, close: Int, cue: Int) -> Bool {
        let tokens = context.tokens
        var index = cue + 1
        var words = 0
        while index < open {
            if tokens[index].kind == .word, tokens[index].key != QuoteContext.that { words += 1 }
            index += 1
        }
        let sentence = context.sentenceOf[max(open, close - 1)]
        let end = context.sentenceTokens[sentence].upperBound
        let wordsAfter = context.wordCount(min(close, end)..<end)
        // "Holt told her podcast listeners on Sunday, “…”": the one told may take a few words.
        let addressee = context.verbLemmaKey(at: cue).map(Self.addresseeVerbs.contains) == true ? 5 : 0
        guard words <= 3 + addressee, tokens[open - 1].key == QuoteContext.colon || tokens[open - 1].key == QuoteContext.comma || words == 0
        else { return false }
        if wordsAfter == 0 { return true }
        // "chanted “What curfew?” and kept going": a whole quoted sentence right after the cue, then
        // the speaker's next action.
        var after = min(close, end)
        while after < end, tokens[after].kind == .punctuation { after += 1 }
        // (`close` is the token after the closing mark.)
        let endsSentence = close >= open + 3 && Self.sentenceEndMarks.contains(tokens[close - 2].key) && context.quoteOf[close - 2] >= 0
        return words == 0 && endsSentence && after < end && Self.nextActions.contains(tokens[after].key)
    }

    private static let sentenceEndMarks = KeySet(words: [".", "?", "!"])
    private static let nextActions = KeySet(words: ["and", "but", "before", "as", "while", "until", "then"])

    private static let addresseeVerbs = KeySet(words: ["tell", "ask", "assure", "remind", "warn", "inform", "urge"])

    private func isWholeSentence(open: Int, close: Int) -> Bool {
        let sentence = context.sentenceOf[open]
        let range = context.sentenceTokens[sentence]
        return open <= range.lowerBound + 1 && context.tokens[min(close, range.upperBound)..<range.upperBound].allSatisfy { $0.kind != .word }
    }

    /// The person a short sentence just before the quotation, in its paragraph, opens with ("She
    /// paused.", "Holt shook his head."), when it names nobody else and quotes nothing.
    private func subjectOfSentenceBefore(_ open: Int) -> Quote.Speaker? {
        let sentence = context.sentenceOf[open]
        guard sentence > 0, open == context.sentenceTokens[sentence].lowerBound,
              context.document.sentences[sentence].paragraph == context.document.sentences[sentence - 1].paragraph else { return nil }
        let previous = context.sentenceTokens[sentence - 1]
        guard previous.count <= 12, !previous.contains(where: { context.quoteOf[$0] >= 0 }),
              let subject = finder.openingSubject(of: sentence - 1, earlier: history), subject.resolution != .description
        else { return nil }
        let span = context.range(previous)
        let people = context.speakers(in: span.start..<span.end)
        return people.allSatisfy({ $0.range.start == subject.range.start }) ? subject : nil
    }

    /// The interviewee: a quotation opening a paragraph right after a paragraph that is one
    /// unquoted question, when the quotation before that question had a speaker.
    private func interviewee(answering open: Int) -> Quote.Speaker? {
        let sentence = context.sentenceOf[open]
        let sentences = context.document.sentences
        guard sentence > 0, open == context.sentenceTokens[sentence].lowerBound,
              sentences[sentence].paragraph != sentences[sentence - 1].paragraph else { return nil }
        // The question paragraph: its sentences, none quoted, the last one a question.
        let paragraphs = context.paragraphSentences
        let first = paragraphs[paragraphs.partitioningIndex { $0.upperBound > sentence - 1 }].lowerBound
        let question = context.sentenceTokens[first].lowerBound..<context.sentenceTokens[sentence - 1].upperBound
        guard question.count <= 60, !question.contains(where: { context.quoteOf[$0] >= 0 }),
              let mark = question.last(where: { context.tokens[$0].kind == .punctuation }), context.tokens[mark].key == Self.questionMark,
              let last = quotes.last, last.kind == .direct, let speaker = last.speaker, let lastSentence = last.sentences.last,
              first > 0, context.sentenceOf[context.token(at: last.content.end) - 1] < first,
              sentences[first].paragraph - sentences[lastSentence].paragraph <= 1 else { return nil }
        return latestMention(of: speaker, before: context.tokens[open].range.start)
    }

    /// The attributed quotation just before, in this paragraph or the one before, that a quotation
    /// standing alone continues.
    private func continuedQuote(before open: Int) -> Quote? {
        guard let last = quotes.last, last.speaker != nil, last.kind != .indirect else { return nil }
        let sentence = context.sentenceOf[open]
        let lastSentence = last.sentences.last ?? -1
        let paragraphs = context.document.sentences
        return sentence - lastSentence <= 1 || paragraphs[sentence].paragraph - paragraphs[max(lastSentence, 0)].paragraph <= 1
            && sentence - lastSentence <= 2 ? last : nil
    }

    /// The reported clause a cue introduces: after "that" (or after the cue and its object), up to
    /// the next coordinated cue or the sentence end, without the final full stop.
    mutating func reportedClause(afterCue cue: Int, through minimumEnd: Int, isIndirect: Bool = false) -> TextRange {
        let tokens = context.tokens
        let sentence = context.sentenceOf[cue]
        let end = context.sentenceTokens[sentence].upperBound
        var start = cue + 1
        if let that = complementizer(afterCue: cue, end: end) {
            start = that + 1
        } else if let lemma = context.verbLemmaKey(at: cue), Self.addresseeVerbs.contains(lemma),
           let clause = addresseeEnd(afterCue: cue, end: end) {
            start = clause
        } else if let clause = clauseAfterCircumstance(afterCue: cue, end: end) {
            start = clause
        }
        guard start < end else { return TextRange(start: tokens[cue].range.end, end: tokens[cue].range.end) }
        // "accused the city's mayor, Tom Vale, of “reckless spending”": what comes after the preposition.
        if start == cue + 1, let verb = context.lexicon.stanceVerbs[tokens[cue].key],
           let preposition = objectPreposition(afterCue: cue, verb: verb, end: end) {
            return clause(from: preposition + 1, cue: cue, through: minimumEnd)
        }
        // "criticized the act as a “crazy system” during a stop": a verb of stance reports its object.
        if start == cue + 1, context.lexicon.stanceVerbs[tokens[cue].key]?.frames.contains(.object) == true {
            return objectPhrase(from: start, end: end, through: minimumEnd)
        }
        // "warns of “climate breakdown”", "called for “a full inquiry”": the preposition belongs to the cue.
        if start == cue + 1, start + 1 < end, let preposition = Self.prepositionFrames[tokens[start].key],
           context.lexicon.stanceVerbs[tokens[cue].key]?.frames.contains(preposition) == true {
            // The object up to a comma or a phrase of time, and never past the next reporting verb.
            let object = objectPhrase(from: start + 1, end: end, through: minimumEnd)
            let reported = clause(from: start + 1, cue: cue, through: minimumEnd)
            return object.end <= reported.end ? object : reported
        }
        let ownSubject = isIndirect && (Self.clauseSubjects.contains(tokens[start].key) || tokens[start].isCapitalized
            || QuoteContext.determiners.contains(tokens[start].key))
        return clause(from: start, cue: cue, through: minimumEnd, ownSubject: ownSubject)
    }

    /// The clause from token `start` to the next coordinated cue or the sentence end.
    mutating func clause(from start: Int, cue: Int, through minimumEnd: Int, ownSubject: Bool = false) -> TextRange {
        // (Quoted words may run on past the cue's sentence: "told Fox that “they hit Matt … . What
        // they are doing is …”" — the clause reaches their closing mark.)
        let end = max(context.sentenceTokens[context.sentenceOf[cue]].upperBound, min(minimumEnd, context.tokens.count))
        guard start < end else { return TextRange(start: context.tokens[cue].range.end, end: context.tokens[cue].range.end) }
        // The clause ends before the next cue that "and", a comma or a closing quotation mark introduces
        // ("Police say he posed a threat and refused to drop the gun": a clause with a subject of its
        // own goes on through a verb of stance after "and").
        let stops = clauseStops
        var next = stops.partitioningIndex { $0.token >= max(start, minimumEnd - 1) }
        if ownSubject {
            while next < stops.count, stops[next].beforeStanceVerb, stops[next].token < min(end, start + Self.longestClause) { next += 1 }
        }
        var stop = next < stops.count && stops[next].token < end ? stops[next].stop : end
        // A reported clause longer than this is a run-on text, not a quotation: keep output linear.
        stop = min(stop, start + Self.longestClause)
        // "(or, as Holt called them, “Manchurian anchors”) met again": a bracket opened before the
        // clause closes it.
        var open = 0
        let openParenthesis = QuoteContext.openParenthesis, closeParenthesis = QuoteContext.closeParenthesis
        for index in start..<max(start, stop) where context.quoteOf[index] < 0 {
            if context.tokens[index].key == openParenthesis { open += 1 }
            if context.tokens[index].key == closeParenthesis {
                if open == 0, index > max(start, minimumEnd - 1) { stop = index; break }
                open = max(0, open - 1)
            }
        }
        return trimmedClause(start..<max(stop, start + 1))
    }

    static let longestClause = 250

    private static var semicolon: TokenKey { TokenKeys.of(literal: ";") }
    static var questionMark: TokenKey { TokenKeys.of(literal: "?") }
    private static var contractedNot: TokenKey { TokenKeys.of(literal: "n't") }
    /// "-ing" words after a comma that go on with the clause rather than comment on it.
    private static let notParticiples = KeySet(words: ["including", "according", "during", "something", "nothing",
                                                 "anything", "everything", "notwithstanding", "regarding", "concerning"])

    private static let contrasts = KeySet(words: ["but", "while", "although", "though", "whereas", "yet"])

    /// After the comma at `comma`: up to five words and a reporting verb, then the sentence's end or
    /// a short tail ("…, state media reported.", "…, officials said on Tuesday."). Static, for the
    /// lazy `clauseStops`.
    private static func closesWithAttribution(after comma: Int, _ context: QuoteContext) -> Bool {
        guard let (verb, end) = reportingVerb(afterComma: comma, within: 6, context) else { return false }
        // (Not "…, he said Trump would win": a verb after it makes a clause of its own.)
        let rest = context.tokens[verb + 1..<end]
        return rest.count <= 4 && !rest.contains { $0.key == QuoteContext.that || finiteMarkers.contains($0.key) }
    }

    /// The reporting verb that the words after the comma at `comma` lead to, within `limit` tokens
    /// (words, possessives and hyphens only), and the end of its sentence.
    private static func reportingVerb(afterComma comma: Int, within limit: Int, _ context: QuoteContext) -> (verb: Int, end: Int)? {
        let tokens = context.tokens
        let sentence = context.sentenceOf[comma]
        guard sentence >= 0 else { return nil }
        let end = context.sentenceTokens[sentence].upperBound
        var index = comma + 1
        while index < min(end, comma + 1 + limit), context.quoteOf[index] < 0 {
            if index > comma + 1, context.verbLemma(at: index) != nil { return (index, end) }
            guard tokens[index].kind == .word || tokens[index].kind == .possessive || tokens[index].kind == .hyphen else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a clause with a subject of its own starts at `start`: a capitalised word, a determiner
    /// or a subject pronoun, then a finite verb within six words. Static, for the lazy `clauseStops`.
    private static func opensMainClause(at start: Int, _ context: QuoteContext) -> Bool {
        let tokens = context.tokens
        let sentence = context.sentenceOf[start - 1]
        guard sentence >= 0 else { return false }
        let end = context.sentenceTokens[sentence].upperBound
        guard start + 1 < end, tokens[start].kind == .word, context.quoteOf[start] < 0,
              tokens[start].isCapitalized || QuoteContext.determiners.contains(tokens[start].key)
                || context.lexicon.subjectPronouns.contains(tokens[start].key) || context.lexicon.otherPronouns.contains(tokens[start].key)
        else { return false }
        for index in start + 1..<min(end, start + 7) {
            let token = tokens[index]
            if token.kind == .punctuation || context.quoteOf[index] >= 0 { return false }
            guard token.kind == .word, !token.isCapitalized else { continue }
            if finiteMarkers.contains(token.key) || context.verbLemma(at: index) != nil || context.stanceLemma(at: index) != nil
                || (token.range.length > 4 && context.token(index, endsWith: "ed")) { return true }
        }
        return false
    }

    /// After the comma at `comma`: up to eight words and a reporting verb that opens a clause of its
    /// own ("…, and when pressed on why, the 34-year-old said it was an issue"): another speaker's
    /// report starts there. Static, for the lazy `clauseStops`.
    private static func opensAttributedClause(after comma: Int, _ context: QuoteContext) -> Bool {
        let tokens = context.tokens
        guard let (verb, end) = reportingVerb(afterComma: comma, within: 9, context) else { return false }
        // ("The plan, Holt said, would fail": a parenthetical cue goes on with the clause.)
        guard verb + 2 < end, tokens[verb + 1].kind == .word, context.quoteOf[verb + 1] < 0 else { return false }
        return tokens[verb + 1..<min(end, verb + 9)].contains { $0.key == QuoteContext.that || finiteMarkers.contains($0.key) }
    }

    /// Where a reported clause can end: at `token`, going on at `stop` (the first token after it).
    private struct ClauseStop {
        var token: Int
        var stop: Int
        /// "and" before a verb of stance, which may go on with the reported clause's own subject.
        var beforeStanceVerb = false
    }

    /// Where reported clauses can end, found once per document.
    private lazy var clauseStops: [ClauseStop] = {
        // The context read once: reaching it through `self` in a lazy initializer copies the builder per use.
        let context = self.context
        let tokens = context.tokens
        // Statics read once, not per token (each read of a static checks its one-time initializer).
        let semicolon = Self.semicolon, comma = QuoteContext.comma, and = QuoteContext.and, but = QuoteContext.but, that = QuoteContext.that
        let contrasts = Self.contrasts, notParticiples = Self.notParticiples, stanceKeys = context.lexicon.stanceKeys
        var stops: [ClauseStop] = []
        for index in tokens.indices.dropLast() {
            // A word outside quotation marks ends a clause only as "and" or a contrast (the rules below):
            // most tokens are passed over here, first.
            if tokens[index].kind == .word, context.quoteOf[index] < 0, tokens[index].key != and,
               !contrasts.contains(tokens[index].key) { continue }
            let sentence = context.sentenceOf[index]
            guard sentence >= 0, index + 1 < context.sentenceTokens[sentence].upperBound else { continue }
            // "…, but he has also …", "…; …": a new main clause is no longer the reported one.
            // ("…, but that Russia is not …" goes on with the same report.)
            if context.quoteOf[index] < 0, tokens[index].key == semicolon
                || (tokens[index].key == comma && contrasts.contains(tokens[index + 1].key)
                    && !(index + 2 < tokens.count && (tokens[index + 2].key == that || context.quoteOf[index + 2] >= 0))) {
                stops.append(ClauseStop(token: index, stop: index))
                continue
            }
            // "…, and the teachers' union also weighed in": a new subject after a comma and "and".
            if tokens[index].key == comma, context.quoteOf[index] < 0, tokens[index + 1].key == and,
               Self.opensMainClause(at: index + 2, context) {
                stops.append(ClauseStop(token: index, stop: index))
                continue
            }
            // "…, citing her work after …", "… “the back rooms of Brussels” — a phrase for …": a
            // participle after a comma, or a spaced dash, opens the reporter's own comment.
            // ("…, quietly staking her job on it": an adverb may come first.)
            let participle = tokens[index].kind == .punctuation && index + 2 < tokens.count && context.token(index + 1, endsWith: "ly")
                && tokens[index + 1].range.length > 4 ? index + 2 : index + 1
            if tokens[index].kind == .punctuation, context.quoteOf[index] < 0, participle < tokens.count, context.quoteOf[participle] < 0,
               (tokens[index].key == comma && tokens[participle].kind == .word && !tokens[participle].isCapitalized
                   && !tokens[index + 1].isCapitalized
                   && context.token(participle, endsWith: "ing") && !notParticiples.contains(tokens[participle].key))
                || context.isSpacedDash(index) {
                stops.append(ClauseStop(token: index, stop: index))
                continue
            }
            // "…, state media reported.": a short attribution closing the sentence is not in the clause.
            if tokens[index].key == comma, context.quoteOf[index] < 0,
               Self.closesWithAttribution(after: index, context) || Self.opensAttributedClause(after: index, context) {
                stops.append(ClauseStop(token: index, stop: index))
                continue
            }
            // The same after a comma inside the marks: "… a “grave mistake,” but held back …".
            if index >= 2, context.quoteOf[index] < 0, contrasts.contains(tokens[index].key),
               context.quoteOf[index - 1] >= 0, tokens[index - 1].kind == .punctuation, tokens[index - 2].key == comma,
               !(index + 1 < tokens.count && (tokens[index + 1].key == that || context.quoteOf[index + 1] >= 0)) {
                stops.append(ClauseStop(token: index - 1, stop: index))
                continue
            }
            // "… and encouraged Americans to …": another reporting or stance verb.
            let nextIsReporting = context.verbLemma(at: index + 1) != nil
            let nextIsStance = !nextIsReporting && tokens[index].key == and && context.quoteOf[index + 1] < 0
                && !tokens[index + 1].isCapitalized && stanceKeys.contains(tokens[index + 1].key)
            guard nextIsReporting || nextIsStance else { continue }
            let closesQuote = context.quoteOf[index] >= 0 && context.quoteOf[index + 1] != context.quoteOf[index]
            if closesQuote || (context.quoteOf[index] < 0 && (tokens[index].key == and || tokens[index].key == comma
                                                                || (nextIsReporting && tokens[index].key == but))) {
                stops.append(ClauseStop(token: index, stop: index + (closesQuote ? 1 : 0), beforeStanceVerb: nextIsStance))
            }
        }
        return stops
    }()

    private static let clauseEndMarks = KeySet(words: [".", ",", ";", ":"])
    private static let questionOrExclamation = KeySet(words: ["?", "!"])

    /// Drops a final full stop, comma or colon outside quotation marks.
    private func trimmedClause(_ range: Range<Int>) -> TextRange {
        // ("And perhaps, he said, it could help …": no comma opens the clause.)
        var first = range.lowerBound
        while first + 1 < range.upperBound, context.tokens[first].kind == .punctuation, context.quoteOf[first] < 0,
              Self.clauseEndMarks.contains(context.tokens[first].key) { first += 1 }
        let range = first..<range.upperBound
        var last = range.upperBound - 1
        while last > range.lowerBound, context.tokens[last].kind == .punctuation, context.quoteOf[last] < 0,
              Self.clauseEndMarks.contains(context.tokens[last].key)
                // ("… called them “Manchurian anchors”)": a bracket the clause did not open.)
                || (context.tokens[last].key == QuoteContext.closeParenthesis
                    && !(range.lowerBound..<last).contains { context.tokens[$0].key == QuoteContext.openParenthesis }) { last -= 1 }
        return context.range(range.lowerBound..<last + 1)
    }

    private func wordCount(_ range: TextRange) -> Int {
        let first = context.token(at: range.start)
        var end = first
        while end < context.tokens.count, context.tokens[end].range.end <= range.end { end += 1 }
        return context.wordCount(first..<end)
    }

    // MARK: Reported speech

    /// Indirect quotes: a reporting verb with a that-clause ("He added that …"), a verb of saying
    /// followed directly by a clause ("He said European countries need to"), and "according to X".
    mutating func attributeReportedSpeech() {
        let tokens = context.tokens
        // Read once, not per token (each read of a static checks its one-time initializer).
        let passiveReports = Self.passiveReports, by = Self.by, otherCues = context.lexicon.otherCueKeys
        let stanceKeys = context.lexicon.stanceKeys, according = QuoteContext.according, to = QuoteContext.to
        let isCueWord = context.isCueWord
        quotedContents.sort()
        for sentence in context.sentenceTokens.indices {
            let range = context.sentenceTokens[sentence]
            attributeNameAndColon(sentence: range)
            // (Every rule below starts from a cue word.)
            for index in range where isCueWord[index] && !usedCues[index] {
                if tokens[index].key == according, index + 1 < range.upperBound, tokens[index + 1].key == to,
                   context.quoteOf[index] < 0 {
                    attributeAccordingTo(at: index, sentence: range)
                    continue
                }
                let key = tokens[index].key
                if otherCues.contains(key) {
                    if passiveReports.contains(key), attributePassiveReport(at: index, sentence: range) { continue }
                    if attributeStanceAdjective(at: index, sentence: range) || attributeStanceNoun(at: index, sentence: range) {
                        continue
                    }
                }
                if index + 2 < range.upperBound, tokens[index + 1].key == by || tokens[index + 2].key == by,
                   attributePassiveAgent(at: index, sentence: range) { continue }
                guard let lemma = context.verbLemma(at: index) else {
                    guard stanceKeys.contains(key) else { continue }
                    // "…, other studies have shown.": a source of findings closing the statement.
                    if let verb = context.lexicon.stanceVerbs[key], verb.frames.contains(.evidence), context.stanceLemma(at: index) != nil,
                       attributeTrailing(cue: index, lemma: verb.lemma, sentence: range, sourceOfFindings: true) { continue }
                    attributeStance(at: index, sentence: range)
                    continue
                }
                if attributeTrailing(cue: index, lemma: lemma, sentence: range) { continue }
                guard introducesClause(at: index, end: range.upperBound) else {
                    attributeStance(at: index, sentence: range)
                    continue
                }
                guard let speaker = finder.speaker(ofCueAt: index, isNoun: false, earlier: history) else { continue }
                let content = reportedClause(afterCue: index, through: index + 1, isIndirect: true)
                // (A speaker found inside the clause is its subject, not who said it: "Both said the talks …".)
                guard !content.isEmpty, !overlapsQuotation(content),
                      speaker.range.end <= content.start || speaker.range.start >= content.end else { continue }
                usedCues[index] = true
                add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
                    cue: Quote.Cue(range: tokens[index].range, lemma: lemma), confidence: 0.7,
                    rule: context.text("cue '", tokens[index].range, "' with a reported clause"))
            }
        }
    }

    /// "Obama's veto is expected to come before Friday", "the rebels are not thought to be capable of
    /// …", "it is considered a danger": a belief or report in the passive names no one who holds it.
    /// The whole clause, its subject included, is reported, with no speaker.
    private mutating func attributePassiveReport(at participle: Int, sentence: Range<Int>) -> Bool {
        let tokens = context.tokens
        guard context.quoteOf[participle] < 0, !tokens[participle].isCapitalized, participle + 2 < sentence.upperBound else { return false }
        let next = tokens[participle + 1].key
        let complement = (next == QuoteContext.to && isInfinitive(after: participle + 1))
            || (next == Self.asKey && Self.passiveReportsAs.contains(tokens[participle].key))
            || (Self.passiveReportsNamingWhat.contains(tokens[participle].key) && tokens[participle + 1].kind == .word
                && !Self.passiveBlockers.contains(next))
        guard complement else { return false }
        guard let (be, subject) = passiveSubject(before: participle, sentence: sentence) else { return false }
        let subjectStart = subject.lowerBound
        var content = clause(from: subjectStart, cue: participle, through: participle + 1)
        // "Although the rebels are not thought to be …, they are considered …", "Holt, who is expected to
        // run, praised …": a subordinate or relative clause ends at its comma.
        if (subjectStart > sentence.lowerBound && Self.subordinators.contains(tokens[subjectStart - 1].key))
            || QuoteContext.relatives.contains(tokens[subjectStart].key),
           let comma = (participle + 1..<context.token(at: content.end)).first(where: {
               tokens[$0].key == QuoteContext.comma && context.quoteOf[$0] < 0 }) {
            content = trimmedClause(subjectStart..<comma)
        }
        // "Governments are considered slow to act, and the study's authors called for …": a new subject
        // after a comma and "and" or "but" starts a clause of its own.
        if let comma = (participle + 1..<context.token(at: content.end)).first(where: { index in
            index + 2 < sentence.upperBound && tokens[index].key == QuoteContext.comma && context.quoteOf[index] < 0
                && Self.coordinators.contains(tokens[index + 1].key)
                && (QuoteContext.determiners.contains(tokens[index + 2].key) || tokens[index + 2].isCapitalized
                    || context.lexicon.subjectPronouns.contains(tokens[index + 2].key))
        }) {
            content = trimmedClause(subjectStart..<comma)
        }
        guard wordCount(content) >= 4, !overlapsQuotation(content) else { return false }
        usedCues[participle] = true
        let cue = TextRange(start: tokens[be].range.start, end: tokens[participle].range.end)
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: nil,
            cue: Quote.Cue(range: cue, lemma: "be " + context.text(tokens[participle].range).lowercased()), confidence: 0.5,
            rule: context.text("passive '", cue, "': a report or belief with no one named"))
        return true
    }

    /// "Graham has been critical of Trump", "she was sure Trump would win", "Ham made it clear he had
    /// misgivings": an adjective of belief, feeling or position (stance-adjectives.tsv) linked to its
    /// subject by "be", "become", "remain", "seem" or "feel" reports what follows as the subject's.
    private mutating func attributeStanceAdjective(at adjective: Int, sentence: Range<Int>) -> Bool {
        let tokens = context.tokens
        guard context.quoteOf[adjective] < 0, !tokens[adjective].isCapitalized, adjective + 2 < sentence.upperBound,
              let entry = context.lexicon.stanceAdjectives[tokens[adjective].key] else { return false }
        // The linking verb, past degree words and "not" ("so frustrated", "weren't too concerned").
        var link = adjective - 1
        while link > sentence.lowerBound, adjective - link <= 3,
              Self.degreeWords.contains(tokens[link].key) || tokens[link].key == QuoteContext.not
                || tokens[link].key == Self.contractedNot || context.token(link, endsWith: "ly") {
            link -= 1
        }
        // ("made it clear", "make clear": only "clear" is made.)
        let made = entry.lemma == "clear" && link > sentence.lowerBound && tokens[link].key == Self.it
            && Self.makeForms.contains(tokens[link - 1].key)
        if made { link -= 1 }
        guard link > sentence.lowerBound, Self.linkingVerbs.contains(tokens[link].key)
                || (entry.lemma == "clear" && Self.makeForms.contains(tokens[link].key)) else { return false }
        let next = adjective + 1
        var start = next, cueEnd = adjective, isObject = false
        if entry.frames.contains(.that), tokens[next].key == QuoteContext.that {
            start = next + 1
        } else if entry.frames.contains(.to), tokens[next].key == QuoteContext.to {
            start = next
        } else if let preposition = Self.complementPrepositions[tokens[next].key], entry.frames.contains(preposition) {
            start = next + 1
            cueEnd = next
            isObject = true
        } else if !entry.frames.contains(.clause) || !startsClause(at: next, end: sentence.upperBound) {
            return false
        }
        // ("He said he wasn't worried about …": the outer report holds it; PolNeAR counts it there.)
        guard start < sentence.upperBound, context.quoteOf[start] < 0,
              !history.reportsContent(inSentence: context.sentenceOf[adjective], holding: tokens[link].range.start),
              let speaker = finder.speaker(ofCueAt: link, isNoun: false, earlier: history),
              speaker.range.end <= tokens[link].range.start else { return false }
        // Someone named or referred to, or a description of people or a body ("Democratic leaders").
        if speaker.resolution == .description, !isHeaded(speaker, by: context.lexicon.sourceNouns),
           !isHeaded(speaker, by: context.lexicon.personNouns), !isHeadedByPeople(speaker) { return false }
        if speaker.entityID == nil, speaker.resolution == .pronoun, context.text(speaker.range).lowercased() == "it" { return false }
        let content = isObject ? objectPhrase(from: start, end: sentence.upperBound) : clause(from: start, cue: adjective, through: start + 1)
        guard wordCount(content) >= (isObject ? 1 : 2), !overlapsQuotation(content) else { return false }
        usedCues[adjective] = true
        let cue = TextRange(start: tokens[adjective].range.start, end: tokens[cueEnd].range.end)
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: cue, lemma: context.text(cue).lowercased()), confidence: 0.55,
            rule: context.text("'", cue, "' with a belief, feeling or position"))
        return true
    }

    /// "Trump's claim that …", "his refusal to use the words", "Clinton's comments on the shooting": a
    /// noun of saying, believing or intending (stance-nouns.tsv) owned by someone reports what follows
    /// as the owner's.
    private mutating func attributeStanceNoun(at noun: Int, sentence: Range<Int>) -> Bool {
        let tokens = context.tokens
        guard context.quoteOf[noun] < 0, !tokens[noun].isCapitalized, noun > sentence.lowerBound, noun + 2 < sentence.upperBound,
              let entry = context.lexicon.stanceNouns[tokens[noun].key] else { return false }
        let next = noun + 1
        var start = next + 1, cueEnd = next, isClause = false
        if entry.frames.contains(.that), tokens[next].key == QuoteContext.that, startsClause(at: next + 1, end: sentence.upperBound) {
            isClause = true
        } else if entry.frames.contains(.to), tokens[next].key == QuoteContext.to, tokens[next + 1].kind == .word,
                  !tokens[next + 1].isCapitalized {
            start = next
            cueEnd = noun
        } else if let preposition = Self.complementPrepositions[tokens[next].key], entry.frames.contains(preposition) {
            // (A preposition's object, not a date: "his comments on Tuesday".)
            guard !(tokens[start].isCapitalized && QuoteContext.calendarWords.contains(tokens[start].key)) else { return false }
        } else {
            return false
        }
        guard start < sentence.upperBound, context.quoteOf[start] < 0,
              !history.reportsContent(inSentence: context.sentenceOf[noun], holding: tokens[noun].range.start),
              let speaker = finder.speaker(ofCueAt: noun, isNoun: true, earlier: history),
              speaker.range.end <= tokens[noun].range.start,
              !(speaker.entityID == nil && speaker.resolution == .pronoun && context.text(speaker.range).lowercased() == "its") else {
            return false
        }
        var content = isClause ? clause(from: start, cue: noun, through: start + 1) : objectPhrase(from: start, end: sentence.upperBound)
        // The noun phrase is often the sentence's subject: its complement ends before the verb
        // ("his plan to cut taxes is unrealistic").
        // (After "to", the infinitive's own verb comes first: "his refusal to be …".)
        let verbSearch = tokens[start].key == QuoteContext.to ? start + 2 : start + 1
        if !isClause, let verb = (verbSearch..<max(verbSearch, context.token(at: content.end))).first(where: { Self.finiteMarkers.contains(tokens[$0].key) }) {
            content = trimmedClause(start..<verb)
        }
        guard wordCount(content) >= (isClause ? 2 : 1), !overlapsQuotation(content) else { return false }
        usedCues[noun] = true
        let cue = TextRange(start: tokens[noun].range.start, end: tokens[cueEnd].range.end)
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: cue, lemma: entry.lemma), confidence: 0.5,
            rule: context.text("'", cue, "' owned by its speaker, with what it reports"))
        return true
    }

    /// Verbs that link a subject to an adjective that describes it.
    private static let linkingVerbs = KeySet(words: ["is", "are", "was", "were", "be", "been", "being", "am", "'m",
                                                     "isn't", "aren't", "wasn't", "weren't",
                                                     "become", "becomes", "became", "remain", "remains", "remained",
                                                     "seem", "seems", "seemed", "appear", "appears", "appeared",
                                                     "feel", "feels", "felt", "grew", "grown", "stay", "stayed"])
    private static let makeForms = KeySet(words: ["make", "makes", "made", "making"])
    /// Words of degree between a linking verb and its adjective.
    private static let degreeWords = KeySet(words: ["so", "too", "very", "more", "less", "most", "least", "quite", "rather",
                                                    "fairly", "pretty", "also", "still", "now", "always", "never", "even",
                                                    "all", "both", "no", "longer", "as"])
    /// Prepositions an adjective's complement starts with, by the name its frames use.
    private static let complementPrepositions = KeyTable(Dictionary(uniqueKeysWithValues:
        ["of", "about", "with", "over", "on", "in", "at", "by", "for"].map { (TokenKeys.of($0), QuoteLexicon.Frames.named($0)) }))

    /// The form of "be" before a passive participle, past "not" or an adverb ("are widely expected",
    /// "is not thought", "could be expected", "has long been considered"), and where its subject
    /// starts: the sentence's start, a comma or other mark, or a word that opens a clause ("Although
    /// North Korea is …", "…, it is considered …"). Nil without "be" or a subject of at most 12 tokens.
    private func passiveSubject(before participle: Int, sentence: Range<Int>) -> (be: Int, subject: Range<Int>)? {
        let tokens = context.tokens
        var be = participle - 1
        while be > sentence.lowerBound, participle - be <= 2,
              tokens[be].key == QuoteContext.not || tokens[be].key == Self.contractedNot || context.token(be, endsWith: "ly")
                || Self.adverbsBeforeVerb.contains(tokens[be].key) || tokens[be].key == Self.first {
            be -= 1
        }
        guard be > sentence.lowerBound, Self.beForms.contains(tokens[be].key) else { return nil }
        // ("was being told", "is likely to be decided": auxiliaries and "likely to" before it.)
        var subjectEnd = be
        while subjectEnd > sentence.lowerBound, be - subjectEnd < 4,
              Self.auxiliaries.contains(tokens[subjectEnd - 1].key) || Self.beForms.contains(tokens[subjectEnd - 1].key)
                || tokens[subjectEnd - 1].key == QuoteContext.not || tokens[subjectEnd - 1].key == QuoteContext.to
                || context.token(subjectEnd - 1, endsWith: "ly") || Self.adverbsBeforeVerb.contains(tokens[subjectEnd - 1].key) {
            subjectEnd -= 1
        }
        var subjectStart = subjectEnd
        while subjectStart > sentence.lowerBound, subjectEnd - subjectStart < 12 {
            let before = tokens[subjectStart - 1]
            if context.quoteOf[subjectStart - 1] >= 0 || (before.kind == .punctuation && !isAbbreviationDot(subjectStart - 1))
                || Self.subjectOpeners.contains(before.key) { break }
            subjectStart -= 1
        }
        guard subjectStart < subjectEnd, subjectEnd - subjectStart < 12 else { return nil }
        return (be, subjectStart..<subjectEnd)
    }

    /// "The billing error was first reported by The Washington Post", "Trump is supported by far
    /// fewer publications": a verb of saying or stance in the passive reports its subject as the
    /// words of the one after "by".
    private mutating func attributePassiveAgent(at participle: Int, sentence: Range<Int>) -> Bool {
        let tokens = context.tokens
        guard context.quoteOf[participle] < 0, !tokens[participle].isCapitalized, participle + 2 < sentence.upperBound,
              context.token(participle, endsWith: "ed") || Self.irregularParticiples.contains(tokens[participle].key),
              context.lexicon.verbKeys.contains(tokens[participle].key) || context.lexicon.stanceKeys.contains(tokens[participle].key),
              let by = (participle + 1..<min(sentence.upperBound - 1, participle + 3)).first(where: { tokens[$0].key == Self.by }),
              (participle + 1..<by).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
              let (_, subject) = passiveSubject(before: participle, sentence: sentence),
              let speaker = agent(after: by, sentence: sentence) else { return false }
        let subjectStart = subject.lowerBound
        let content = trimmedClause(subject)
        // (A pronoun alone says nothing a fact-checker could look at: "It was first declared by …".)
        let lonePronoun = subject.count == 1 && (context.lexicon.subjectPronouns.contains(tokens[subjectStart].key)
                                                     || context.lexicon.otherPronouns.contains(tokens[subjectStart].key))
        // ("Paxton's claim that the law protects women was rejected by the court": after "that" the
        // subject is the noun's, and the words before it are the passive's subject.)
        guard wordCount(content) >= 1, !lonePronoun, !overlapsQuotation(content),
              !QuoteContext.relatives.contains(tokens[subjectStart].key),
              subjectStart == sentence.lowerBound || tokens[subjectStart - 1].key != QuoteContext.that else { return false }
        usedCues[participle] = true
        let cue = TextRange(start: tokens[subject.upperBound].range.start, end: tokens[by].range.end)
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: cue, lemma: context.text(cue).lowercased()), confidence: 0.5,
            rule: context.text("passive '", cue, "' with the one who said or holds it after 'by'"))
        return true
    }

    /// The one named after "by": a name or a description up to a mark, a preposition, a relative
    /// pronoun or a weekday ("by The Washington Post", "by Senate Republicans on Friday", "by fellow
    /// physicians"). A description must have a capital or a noun for people, a body or a source.
    private func agent(after by: Int, sentence: Range<Int>) -> Quote.Speaker? {
        let tokens = context.tokens
        let start = by + 1
        var end = start
        while end < min(sentence.upperBound, start + 8), context.quoteOf[end] < 0,
              tokens[end].kind == .word || tokens[end].kind == .possessive || tokens[end].kind == .hyphen || isAbbreviationDot(end),
              !(Self.agentEnders.contains(tokens[end].key) && !tokens[end].isCapitalized),
              !(tokens[end].isCapitalized && QuoteContext.calendarWords.contains(tokens[end].key)) {
            end += 1
        }
        guard end > start else { return nil }
        let range = context.range(start..<end)
        // A name that fills it, after an article or not.
        if let mention = context.firstSpeaker(in: range.start..<range.end, where: { $0.range.end == range.end }),
           context.token(at: mention.range.start) <= start + 1 {
            return finder.speaker(mention)
        }
        let head = tokens[end - 1]
        guard tokens[start].isCapitalized || head.isCapitalized || context.lexicon.personNouns.contains(head.key)
                || context.lexicon.sourceNouns.contains(head.key) || context.lexicon.evidenceNouns.contains(head.key)
        else { return nil }
        return Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
    }

    private static let agentEnders = KeySet(words: ["on", "in", "at", "during", "after", "before", "for", "with", "from",
                                                    "to", "over", "since", "as", "who", "which", "that", "because", "when",
                                                    "while", "last", "this", "earlier", "yesterday", "today"])
    private static var first: TokenKey { TokenKeys.of(literal: "first") }
    private static let irregularParticiples = KeySet(words: ["told", "said", "written", "seen", "known", "thought", "shown",
                                                              "held", "made", "given", "taken", "spoken", "sworn"])

    /// Whether "to" at `to` opens an infinitive after a passive report: "is expected to rise", but not
    /// "was reported to police" or "was known to fans". Participles that also take a person told
    /// ("said", "reported", "known", "seen", "viewed", "understood") need "to be" or "to have".
    func isInfinitive(after to: Int) -> Bool {
        let tokens = context.tokens
        guard to + 1 < tokens.count, tokens[to + 1].kind == .word, !tokens[to + 1].isCapitalized,
              !tokens[to + 1].startsWithDigit, context.quoteOf[to + 1] < 0 else { return false }
        let verb = tokens[to + 1].key
        if verb == Self.be || verb == Self.have { return true }
        if Self.passiveReportsToldTo.contains(tokens[to - 1].key) { return false }
        return !QuoteContext.determiners.contains(verb) && !Self.objectPronouns.contains(verb)
            && (!context.token(to + 1, endsWith: "s") || context.token(to + 1, endsWith: "ss") || context.token(to + 1, endsWith: "us"))
    }

    private static var be: TokenKey { TokenKeys.of(literal: "be") }
    private static var have: TokenKey { TokenKeys.of(literal: "have") }
    private static let passiveReportsToldTo = KeySet(words: ["said", "reported", "known", "seen", "viewed", "understood"])
    /// Words after "is considered" that are no description of the subject: prepositions and "that".
    private static let passiveBlockers = KeySet(words: ["for", "by", "with", "of", "in", "on", "at", "to", "from", "during",
                                                        "after", "before", "about", "among", "under", "over", "into",
                                                        "that", "and", "but", "or", "when", "if", "because"])

    /// Participles that report in the passive: "is expected to", "are believed to", "is said to".
    static let passiveReportWords = ["expected", "believed", "thought", "said", "reported", "considered", "seen", "viewed",
                                     "rumored", "rumoured", "alleged", "estimated", "projected", "predicted", "deemed",
                                     "understood", "feared", "regarded", "presumed", "suspected", "known"]
    private static let passiveReports = KeySet(words: passiveReportWords)
    /// Those that also take "as": "is seen as a giveaway".
    private static let passiveReportsAs = KeySet(words: ["considered", "seen", "viewed", "regarded"])
    /// Those that take what the subject is held to be: "is considered a threat", "was deemed unsafe".
    private static let passiveReportsNamingWhat = KeySet(words: ["considered", "deemed"])
    private static let beForms = KeySet(words: ["is", "are", "was", "were", "be", "been", "being"])
    private static let auxiliaries = KeySet(words: ["has", "have", "had", "will", "would", "could", "can", "may", "might",
                                                    "must", "should"])
    private static var by: TokenKey { TokenKeys.of(literal: "by") }
    static var than: TokenKey { TokenKeys.of(literal: "than") }
    private static let subordinatorWords = ["although", "though", "because", "while", "if", "when", "whereas", "since",
                                            "unless", "until", "after", "before", "once"]
    private static let subordinators = KeySet(words: subordinatorWords)
    /// Words after which a clause's subject starts: subordinators, question words and conjunctions.
    private static let subjectOpeners = KeySet(words: subordinatorWords + ["where", "why", "how", "what", "whether", "that",
                                                                           "as", "but", "and", "or", "so"])

    /// "Pence: Trump Was ‘Mocking’ the Campaign", "Poll: Clinton and Trump in dead heat": a sentence
    /// that opens with a name, or a source of findings, and a colon reports what follows the colon.
    private mutating func attributeNameAndColon(sentence: Range<Int>) {
        let tokens = context.tokens
        let colonKey = QuoteContext.colon
        guard sentence.count > 4, let colon = (sentence.lowerBound + 1..<min(sentence.upperBound, sentence.lowerBound + 6))
            .first(where: { tokens[$0].key == colonKey }), !usedCues[colon], colon + 3 < sentence.upperBound,
              context.quoteOf[colon] < 0 else { return }
        let nameRange = context.range(sentence.lowerBound..<colon)
        let speaker: Quote.Speaker
        if let mention = context.firstSpeaker(in: nameRange.start..<nameRange.end, where: { $0.range == nameRange }) {
            speaker = finder.speaker(mention)
        } else if colon == sentence.lowerBound + 1, context.lexicon.evidenceNouns.contains(tokens[sentence.lowerBound].key) {
            speaker = Quote.Speaker(range: nameRange, name: context.text(nameRange), entityID: nil, resolution: .description)
        } else {
            return
        }
        let content = trimmedClause(colon + 1..<sentence.upperBound)
        guard wordCount(content) >= 3, !overlapsQuotation(content) else { return }
        usedCues[colon] = true
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: tokens[colon].range, lemma: ":"), confidence: 0.6,
            rule: "name and colon opening the sentence")
    }

    /// A finding, position, intention or topic: "the poll shows that …", "Clinton wants to …", "urged
    /// Congress to …", "called for a ban on …", "accused the mayor of …". What follows is an indirect
    /// quote of the verb's subject.
    private mutating func attributeStance(at cue: Int, sentence: Range<Int>) {
        let tokens = context.tokens
        let token = tokens[cue]
        guard token.kind == .word, context.lexicon.stanceKeys.contains(token.key),
              !token.isCapitalized || token.startsSentence || context.isHeadlineVerb(cue),
              context.quoteOf[cue] < 0, let verb = context.lexicon.stanceVerbs[token.key], cue + 2 < sentence.upperBound else { return }
        // "his plans to", "the poll's findings that": after a determiner or possessive it is a noun.
        if cue > sentence.lowerBound, QuoteContext.determiners.contains(tokens[cue - 1].key) || tokens[cue - 1].kind == .possessive
            || context.isNounAfterModifier(cue) { return }
        // "rose more than expected", "as predicted": a comparison, no one's position.
        if cue > sentence.lowerBound, tokens[cue - 1].key == Self.than || tokens[cue - 1].key == Self.asKey { return }
        guard let frame = stanceFrame(of: verb, at: cue, sentence: sentence) else { return }
        let start = frame.start, cueEnd = frame.cueEnd
        guard start < sentence.upperBound, context.quoteOf[start] < 0 else { return }
        guard isVerbNotPluralNoun(cue, lemma: verb.lemma, sentence: sentence) else { return }
        // ("Caddell went on to discuss the polls": the subject of "went on" discussed them.)
        let verbOfSubject = aspectualVerb(before: cue, sentenceStart: sentence.lowerBound) ?? cue
        guard var speaker = finder.speaker(ofCueAt: verbOfSubject, isNoun: false, earlier: history) else { return }
        switch frame.subject {
        case .evidence:
            if !isHeaded(speaker, by: context.lexicon.evidenceNouns) {
                guard let source = longSourceOfFindings(before: cue, sentence: sentence) else { return }
                speaker = source
            }
        // An intention needs someone named or referred to ("Clinton wants to"), or a description of
        // people or a body ("the judge", "two speechwriters", "critics"), not of things; a finding may
        // come from anything ("a poll shows that"), and so may a belief or an expectation ("a majority
        // of voters expect Clinton to win").
        case .someone:
            if speaker.resolution == .description, !verb.frames.contains(.clause),
               !isHeaded(speaker, by: context.lexicon.sourceNouns), !isHeaded(speaker, by: context.lexicon.personNouns),
               !isHeadedByPeople(speaker) { return }
        case .anyone: break
        }
        // "It refers to …" defines a term; a thing holds no position.
        if speaker.entityID == nil, speaker.resolution == .pronoun, context.text(speaker.range).lowercased() == "it" { return }
        let content = frame.isObject ? objectPhrase(from: start, end: sentence.upperBound) : clause(from: start, cue: cue, through: start + 1)
        guard wordCount(content) >= (frame.isObject ? 1 : 2), !overlapsQuotation(content),
              speaker.range.end <= content.start || speaker.range.start >= content.end else { return }
        usedCues[cue] = true
        let cueRange = TextRange(start: token.range.start, end: tokens[cueEnd].range.end)
        let lemma = cueEnd > cue ? "\(verb.lemma) \(context.text(tokens[cueEnd].range))" : verb.lemma
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: cueRange, lemma: lemma), confidence: 0.6,
            rule: context.text("'", cueRange, "' with a finding, position or intention"))
    }

    /// A form that is also a plural noun ("Republican plans to …") is a verb only after a clear
    /// subject: a pronoun, a comma, "and" after a speaker, a noun for people or a body, or a name.
    /// `everyLemma`: any -s form is taken for a possible plural noun ("his remarks of", "demands and").
    func isVerbNotPluralNoun(_ cue: Int, lemma: String, sentence: Range<Int>, everyLemma: Bool = false) -> Bool {
        guard context.token(cue, endsWith: "s"), !context.token(cue, endsWith: "ss"), everyLemma || Self.pluralNouns.contains(word: lemma)
        else { return true }
        let tokens = context.tokens
        // ("He also wants to …": an adverb may stand between.)
        var subject = cue - 1
        if subject > sentence.lowerBound, Self.adverbsBeforeVerb.contains(tokens[subject].key) || context.token(subject, endsWith: "ly") {
            subject -= 1
        }
        // ("The Clinton campaign plans to …": a noun for a body or for people is a subject too.)
        // ("He proposes …, and plans to …", "Indiana Gov. Mike Pence, plans to …": the subject
        // before a coordinated verb or an apposition, which the speaker finder checks below.)
        return subject >= sentence.lowerBound && (context.lexicon.subjectPronouns.contains(tokens[subject].key)
                || tokens[subject].key == QuoteContext.comma
                || (tokens[subject].key == QuoteContext.and
                    && history.nearestSpeaker(inSentence: context.sentenceOf[cue], before: tokens[cue].range.start) != nil)
                || (!tokens[subject].isCapitalized && (context.lexicon.sourceNouns.contains(tokens[subject].key)
                                                       || context.lexicon.personNouns.contains(tokens[subject].key)))
                || context.firstSpeaker(in: max(0, tokens[subject].range.end - 200)..<tokens[subject].range.end,
                                        where: { $0.range.end == tokens[subject].range.end }) != nil)
    }

    /// "did not say", "has not said", "won't say", "never said": a verb with a denial just before it.
    private func isDenied(_ verb: Int, sentenceStart: Int) -> Bool {
        (max(sentenceStart, verb - 2)..<verb).contains { index in
            let key = context.tokens[index].key
            return key == QuoteContext.not || key == Self.contractedNot || key == Self.never
                || context.token(index, endsWith: "n't") || context.token(index, endsWith: "n’t")
        }
    }

    static var never: TokenKey { TokenKeys.of(literal: "never") }

    /// "went on to discuss", "continued to call for", "began to criticize": the verb of aspect before
    /// an infinitive, which tells that the action took place and whose subject is the speaker.
    private func aspectualVerb(before cue: Int, sentenceStart: Int) -> Int? {
        let tokens = context.tokens
        guard cue - 2 >= sentenceStart, tokens[cue - 1].key == QuoteContext.to else { return nil }
        if Self.aspectualVerbs.contains(tokens[cue - 2].key) { return cue - 2 }
        if cue - 3 >= sentenceStart, tokens[cue - 2].key == Self.on, Self.goForms.contains(tokens[cue - 3].key) { return cue - 3 }
        return nil
    }

    private static let aspectualVerbs = KeySet(words: ["continue", "continues", "continued", "continuing", "began", "begin",
                                                       "begins", "started", "start", "starts", "proceeded"])
    private static let goForms = KeySet(words: ["went", "go", "goes", "going", "gone"])
    private static var on: TokenKey { TokenKeys.of(literal: "on") }

    /// Where a stance verb's reported words start, which cue words the frame takes, and who may be its subject.
    struct StanceFrame {
        enum Subject { case anyone, someone, evidence }
        var start: Int
        var cueEnd: Int
        var subject: Subject
        /// The reported words are the verb's object alone ("Trump attacked Machado during a rally",
        /// "She spoke about her ties to black churches while at the convention", "Polls show a close
        /// contest in the state, where …").
        var isObject = false
    }

    /// The preposition after a verb's object that its frame names ("accused Clinton's campaign of",
    /// "accused the city's mayor, Tom Vale, of", "blamed Congress for"), or nil.
    private func objectPreposition(afterCue cue: Int, verb: QuoteLexicon.StanceWord, end: Int) -> Int? {
        guard verb.frames.contains(.objectOf) || verb.frames.contains(.objectFor) else { return nil }
        let tokens = context.tokens
        guard let preposition = (cue + 2..<min(end, cue + 12)).first(where: {
            Self.objectPrepositionFrames[tokens[$0].key].map { verb.frames.contains($0) } ?? false
        }) else { return nil }
        // Only the object between: words, owners, and an apposition set off by commas.
        let between = cue + 1..<preposition
        guard between.allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive || tokens[$0].kind == .hyphen
                                   || tokens[$0].key == QuoteContext.comma || isAbbreviationDot($0) }),
              context.quoteOf[preposition] < 0,
              between.filter({ tokens[$0].key == QuoteContext.comma }).count != 1 else { return nil }
        return preposition
    }

    /// The first of the verb's frames that the words after it fill.
    func stanceFrame(of verb: QuoteLexicon.StanceWord, at cue: Int, sentence: Range<Int>) -> StanceFrame? {
        let tokens = context.tokens
        // (Read once: the searches below would check their one-time initializers at every token.)
        let thatKey = QuoteContext.that, toKey = QuoteContext.to, relatives = QuoteContext.relatives
        let next = tokens[cue + 1].key == QuoteContext.not ? cue + 2 : cue + 1
        // "that" right after the verb or its object, or after a phrase that says where from: "We know from
        // his disclosure statements that …".
        // ("agreed with Jane Holt that …": so after "with".)
        let reach = Self.prepositions.contains(tokens[cue + 1].key) || tokens[cue + 1].key == Self.with ? 10 : 4
        let that = (cue + 1..<min(sentence.upperBound, cue + reach)).first { tokens[$0].key == thatKey }
            .flatMap { that in (cue + 1..<that).allSatisfy { tokens[$0].kind != .punctuation && context.verbLemma(at: $0) == nil
                && !relatives.contains(tokens[$0].key) } || that < cue + 4 ? that : nil }
        if verb.frames.contains(.that), let that {
            return StanceFrame(start: that + 1, cueEnd: cue, subject: .anyone)
        }
        if verb.frames.contains(.to), next < sentence.upperBound, tokens[next].key == toKey {
            return StanceFrame(start: next, cueEnd: cue, subject: .someone)
        }
        // ("has not said when they would act": a verb that takes only "whether" takes any question word
        // when it is denied.)
        if next < sentence.upperBound, verb.frames.contains(.wh) && Self.questionWords.contains(tokens[next].key)
            || verb.frames.contains(.whether) && (Self.whether.contains(tokens[next].key)
                                                   || (isDenied(cue, sentenceStart: sentence.lowerBound)
                                                       && Self.questionWords.contains(tokens[next].key))) {
            // "Holt questioned what sort of leader …", "lawmakers asked whether …", "isn't saying if …".
            return StanceFrame(start: next, cueEnd: cue, subject: .anyone)
        }
        if let preposition = Self.prepositionFrames[tokens[cue + 1].key], verb.frames.contains(preposition),
           !(tokens[cue + 2].isCapitalized && QuoteContext.calendarWords.contains(tokens[cue + 2].key)) {
            // "called for a ban", "talked about taxes": the preposition belongs to the cue.
            return StanceFrame(start: cue + 2, cueEnd: cue + 1, subject: .someone, isObject: true)
        }
        // "called Friday for releasing the videos", "spoke out Tuesday about the death": a particle or a
        // day between the verb and its preposition.
        var preposition = cue + 1
        if tokens[preposition].key == Self.out || tokens[preposition].key == Self.up { preposition += 1 }
        if preposition + 1 < sentence.upperBound, tokens[preposition].isCapitalized,
           QuoteContext.calendarWords.contains(tokens[preposition].key) { preposition += 1 }
        if preposition > cue + 1, preposition + 1 < sentence.upperBound,
           let name = Self.prepositionFrames[tokens[preposition].key], verb.frames.contains(name) {
            return StanceFrame(start: preposition + 1, cueEnd: preposition, subject: .someone, isObject: true)
        }
        if let preposition = objectPreposition(afterCue: cue, verb: verb, end: sentence.upperBound) {
            // "accused Clinton's campaign of being duped": the object and preposition belong to the cue.
            return StanceFrame(start: preposition + 1, cueEnd: preposition, subject: .someone)
        }
        // ("urged them to leave": an object pronoun is the one urged.)
        if verb.frames.contains(.objectTo), tokens[cue + 1].kind == .word,
           !Self.notClauseOpeners.contains(tokens[cue + 1].key) || Self.objectPronouns.contains(tokens[cue + 1].key),
           let to = (cue + 2..<min(sentence.upperBound, cue + 7)).first(where: { tokens[$0].key == toKey }),
           (cue + 1..<to).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive || tokens[$0].kind == .hyphen }) {
            return StanceFrame(start: cue + 1, cueEnd: cue, subject: .someone)
        }
        if verb.frames.contains(.clause), startsClause(at: next, end: sentence.upperBound) {
            // "I know your accounts are being checked".
            return StanceFrame(start: next, cueEnd: cue, subject: .anyone)
        }
        if verb.frames.contains(.gerund), tokens[next].kind == .word, !tokens[next].isCapitalized,
           context.token(next, endsWith: "ing"), !Self.notParticiples.contains(tokens[next].key) {
            // "He proposes doing away with the mandate".
            return StanceFrame(start: next, cueEnd: cue, subject: .someone)
        }
        // "Clinton cited Trump's remarks", "Trump attacked Machado": the object is what the subject
        // said something about; not after an infinitive or a possibility ("refused to endorse
        // Trump", "could deny them permits").
        // A word right after the verb that is neither a preposition nor a particle ("called off").
        let objectFollows = next == cue + 1 && tokens[next].kind == .word && !Self.notClauseOpeners.contains(tokens[next].key)
            && !Self.particles.contains(tokens[next].key)
        let realized = cue == sentence.lowerBound || !Self.unrealized.contains(tokens[cue - 1].key)
            || aspectualVerb(before: cue, sentenceStart: sentence.lowerBound) != nil
        if verb.frames.contains(.object), objectFollows, realized, !context.lexicon.otherPronouns.contains(tokens[next].key) {
            return StanceFrame(start: next, cueEnd: cue, subject: .someone, isObject: true)
        }
        // "Critics see the program as a giveaway": what is seen and what it is seen as.
        if verb.frames.contains(.as), objectFollows,
           (cue + 2..<min(sentence.upperBound, cue + 10)).contains(where: { tokens[$0].key == Self.asKey }) {
            return StanceFrame(start: next, cueEnd: cue, subject: .someone)
        }
        // "Clinton called her vote a mistake": the one named and what they are called.
        if verb.frames.contains(.complement), objectFollows, realized {
            return StanceFrame(start: next, cueEnd: cue, subject: .someone)
        }
        // "Polls show a close contest", "a 2014 study found 31 incidents": a source of findings
        // reports whatever follows.
        if verb.frames.contains(.evidence), tokens[cue + 1].kind == .word {
            return StanceFrame(start: cue + 1, cueEnd: cue, subject: .evidence, isObject: true)
        }
        return nil
    }

    /// A verb's object: from `start` (and at least to `minimumEnd`) to a comma, a semicolon, a dash,
    /// a phrase of time or reason, a date or the subject's next action ("Trump attacked Machado during
    /// a rally", "endorsed Clinton on Thursday").
    func objectPhrase(from start: Int, end: Int, through minimumEnd: Int = 0) -> TextRange {
        var stop = max(start + 1, min(minimumEnd, end))
        while stop < end, stop - start < Self.longestClause, context.quoteOf[stop] >= 0 || !endsObject(at: stop) {
            stop += 1
        }
        return trimmedClause(start..<stop)
    }

    private func endsObject(at index: Int) -> Bool {
        let tokens = context.tokens
        let token = tokens[index]
        if token.kind == .punctuation || token.kind == .hyphen {
            return Self.objectEnders.contains(token.key) && !isAbbreviationDot(index) && !context.isFullStopOfAbbreviation(index)
                // (A spaced hyphen ends an object; a reported clause runs on past it as often as not.)
                || context.isSpacedDash(index, orHyphen: true)
        }
        // ("the moments before he was shot", "shortly after assuming his post": a measure of time keeps it.)
        if Self.circumstanceOpeners.contains(token.key) { return index == 0 || !Self.timeMeasures.contains(tokens[index - 1].key) }
        // "attacked Holt as a “fraud” Thursday on the radio" (but "Monday's debate").
        if token.isCapitalized, Self.weekdays.contains(token.key),
           !(index + 1 < tokens.count && tokens[index + 1].kind == .possessive) { return true }
        // "… was only “partial,” meaning it …": a participle after a comma inside the closing marks.
        if index >= 2, token.kind == .word, !token.isCapitalized, context.token(index, endsWith: "ing"),
           !Self.notParticiples.contains(token.key), context.quoteOf[index - 1] >= 0, tokens[index - 1].kind == .punctuation,
           tokens[index - 2].key == QuoteContext.comma { return true }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let next = tokens[index + 1]
        // "on Friday", "in July": a date.
        if Self.datePrepositions.contains(token.key), next.isCapitalized, QuoteContext.calendarWords.contains(next.key) { return true }
        // "praised the scheme and played down its costs": the subject's next action.
        // "praised his work but also had to give him more time": an adverb or auxiliary after "and" or
        // "but" opens the next action too.
        return Self.coordinators.contains(token.key) && !next.isCapitalized
            && (context.token(index + 1, endsWith: "ed") || context.lexicon.stanceKeys.contains(next.key) || context.verbLemma(at: index + 1) != nil
                || Self.verbOpeners.contains(next.key))
    }

    private static let datePrepositions = KeySet(words: ["on", "in"])
    private static let adverbsBeforeVerb = KeySet(words: ["also", "still", "now", "already", "even", "never", "often", "again"])
    private static let weekdays = KeySet(words: weekdayNames)
    private static let coordinators = KeySet(words: ["and", "but"])
    private static let timeMeasures = KeySet(words: ["shortly", "just", "soon", "right", "long", "immediately", "moments", "minutes",
                                                     "hours", "days", "weeks", "months", "years"])
    private static let verbOpeners = KeySet(words: ["also", "then", "later", "still", "now", "had", "has", "have", "would", "will",
                                                    "could", "can", "did", "does", "is", "was", "were", "are", "may", "might", "should"])

    private static let objectEnders = KeySet(words: [",", ";", ":", ".", "?", "!", "("])
    /// Words that open a phrase of time or reason after an object. (A phrase with "in", "on" or "as"
    /// belongs to the object as often as not: "denied any involvement in the attacks".)
    private static let circumstanceOpeners = KeySet(words: ["during", "since", "when", "while", "because", "before", "after", "despite",
                                                            "amid", "earlier", "yesterday", "today", "tonight", "until"])

    /// "The Gallup average of the surveys run over the last ten days shows …": a sentence
    /// whose subject, too long for the speaker finder, names a source of findings in its first
    /// six words and reaches the cue without a clause of its own.
    private func longSourceOfFindings(before cue: Int, sentence: Range<Int>) -> Quote.Speaker? {
        let tokens = context.tokens
        guard cue - sentence.lowerBound <= 30,
              (sentence.lowerBound..<min(cue, sentence.lowerBound + 6)).contains(where: { context.lexicon.evidenceNouns.contains(tokens[$0].key) }),
              !(sentence.lowerBound..<cue).contains(where: { context.quoteOf[$0] >= 0 || context.verbLemma(at: $0) != nil
                  || tokens[$0].key == Self.semicolon })
        else { return nil }
        var end = cue
        while end > sentence.lowerBound + 1, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .hyphen { end -= 1 }
        let range = context.range(sentence.lowerBound..<end)
        return Quote.Speaker(range: range, name: context.text(range), entityID: nil, resolution: .description)
    }

    /// Whether a speaker's head noun is one of `nouns`: the last word before "of", or its last word
    /// ("a USA TODAY analysis of …": analysis; "Polls": polls).
    func isHeaded(_ speaker: Quote.Speaker, by nouns: KeySet) -> Bool {
        let first = context.token(at: speaker.range.start)
        var last = context.token(at: speaker.range.end) - 1
        // ("a majority of voters", "prosecutors in April": the noun before the first preposition.)
        if let of = (first...max(first, last)).first(where: { Self.headEnders.contains(context.tokens[$0].key) }), of > first { last = of - 1 }
        return last >= first && nouns.contains(context.tokens[last].key)
    }

    /// "Two Democratic speechwriters", "the pollsters", "Ukrainian physicians": a plural noun for
    /// people who do something (-ers, -ors, -ists, -ians) heads the description.
    func isHeadedByPeople(_ speaker: Quote.Speaker) -> Bool {
        let last = context.token(at: speaker.range.end) - 1
        guard last >= 0, context.tokens[last].kind == .word, !context.tokens[last].isCapitalized || last == context.token(at: speaker.range.start),
              !context.lexicon.evidenceNouns.contains(context.tokens[last].key), !Self.thingsLikePeople.contains(context.tokens[last].key)
        else { return false }
        return context.token(last, endsWith: "ers") || context.token(last, endsWith: "ors")
            || context.token(last, endsWith: "ists") || context.token(last, endsWith: "ians")
    }

    private static let thingsLikePeople = KeySet(words: ["numbers", "papers", "letters", "matters", "centers", "borders", "powers",
                                                         "orders", "offers", "answers", "computers", "waters", "layers", "factors",
                                                         "sectors", "errors", "motors", "doors", "floors", "corridors"])
    private static let headEnders = KeySet(words: ["of", "in", "at", "from", "for", "with", "on", "across", "around"])

    private static var asKey: TokenKey { TokenKeys.of(literal: "as") }
    private static let whether = KeySet(words: ["whether", "if"])
    static let questionWords = KeySet(words: ["whether", "if", "how", "why", "what", "who", "whom", "when", "where", "which"])
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Particles that make a phrasal verb: "called off", "backed away".
    private static let particles = KeySet(words: ["off", "up", "out", "back", "in", "into", "down", "over", "away", "around", "upon"])
    private static var out: TokenKey { TokenKeys.of(literal: "out") }
    private static var up: TokenKey { TokenKeys.of(literal: "up") }
    private static let unrealized = KeySet(words: ["to", "from", "could", "would", "should", "can", "will", "may", "might", "must"])

    private static let prepositionFrames = KeyTable(Dictionary(uniqueKeysWithValues: ["for", "about", "of", "on", "against"].map {
        (TokenKeys.of($0), QuoteLexicon.Frames.named($0))
    }))
    /// "accused X of", "blamed X for": the preposition after an object, by its frame.
    private static let objectPrepositionFrames = KeyTable(Dictionary(uniqueKeysWithValues: ["of", "for"].map {
        (TokenKeys.of($0), QuoteLexicon.Frames.named("object-" + $0))
    }))

    /// Stance verbs whose -s form is also a plural noun.
    private static let pluralNouns = KeySet(words: ["plan", "hope", "fear", "call", "push", "doubt", "worry",
                                                    "pledge", "promise", "vow", "want", "press", "threaten", "talk",
                                                    "comment", "point", "object", "tweet", "joke", "thank", "praise",
                                                    "fault", "blame", "focus", "rail"])

    /// "CONTENT, SPEAKER said.", "CONTENT, said SPEAKER.", "CONTENT, SPEAKER, a farmer, said." and
    /// "CONTENT, SPEAKER said, since …": a cue after a comma, closing its sentence or its clause,
    /// reports everything before the comma.
    /// `sourceOfFindings`: the cue is a verb of finding ("shows", "found"), whose subject must be a
    /// source of findings ("…, a new poll shows.").
    private mutating func attributeTrailing(cue: Int, lemma: String, sentence: Range<Int>, sourceOfFindings: Bool = false) -> Bool {
        let tokens = context.tokens
        // (Read once: the loops below would check their one-time initializers at every token.)
        let commaKey = QuoteContext.comma, thatKey = QuoteContext.that
        // Only a short tail may follow the cue ("on Tuesday", "in a statement", "last week"), up to
        // the sentence end or a comma.
        var tailEnd = cue + 1
        while tailEnd < sentence.upperBound, tailEnd - cue <= 10, tokens[tailEnd].key != commaKey { tailEnd += 1 }
        guard tailEnd == sentence.upperBound || tokens[tailEnd].key == commaKey else { return false }
        let tail = tokens[cue + 1..<tailEnd]
        // The tail says when, where or to whom ("on Tuesday", "in a statement", "to reporters"), not
        // what: "…, Jane Holt acknowledged their long odds." reports no statement before it.
        // Right after the comma the tail may be the speaker ("…, said one GOP source in the room"),
        // and after "told" the one told ("…, he told me on Friday, …").
        let describesSpeaker = cue > sentence.lowerBound && tokens[cue - 1].key == commaKey
            && tail.first.map { QuoteContext.determiners.contains($0.key) || SpeakerFinder.quantifiers.contains($0.key) } == true
            && context.lexicon.invertingVerbs.contains(word: lemma)
        let namesAddressee = tail.first.map { Self.addressees.contains($0.key) } == true && Self.addresseeVerbs.contains(word: lemma)
        if let first = tail.first(where: { $0.kind == .word }), !Self.tailOpeners.contains(first.key), !first.isCapitalized,
           !describesSpeaker, !namesAddressee { return false }
        // A name after the cue may be long: "said European Council President Donald Tusk".
        let tailLimit = tail.first?.isCapitalized == true || describesSpeaker ? 8 : 4
        // "…, Zelensky said Ukraine would never cede territory": a tail with a verb is the cue's clause.
        guard context.wordCount(cue + 1..<tailEnd) <= tailLimit, !tail.contains(where: { $0.key == thatKey }),
              tail.isEmpty || !hasFiniteVerb(from: cue + 1, end: tailEnd),
              (cue + 1..<tailEnd).allSatisfy({ context.quoteOf[$0] < 0 }) else { return false }
        guard cue > sentence.lowerBound + 1, context.quoteOf[cue - 1] < 0 else { return false }
        guard let speaker = describesSpeaker ? finder.describedSpeaker(after: cue, earlier: history)
                : finder.speaker(ofCueAt: cue, isNoun: false, earlier: history),
              !sourceOfFindings || isHeaded(speaker, by: context.lexicon.evidenceNouns) else { return false }
        // The statement ends at the comma before the speaker (", sources said", ", Holt, a farmer,
        // said") or, for an inverted speaker, right before the cue (", said Smith").
        let speakerStart = context.token(at: speaker.range.start)
        // "Ted Cruz endorses Trump, who says …": a relative clause reports nothing before it.
        if QuoteContext.relatives.contains(tokens[speakerStart].key) { return false }
        // "In a post, Trump called the verdict “a disgrace” and vowed to appeal": the speaker stands
        // right before the cue (an adverb, an auxiliary or an apposition between), not a clause away.
        if speakerStart < cue {
            let speakerEnd = context.token(at: speaker.range.end)
            let apposition = speakerEnd < cue && [commaKey, QuoteContext.openParenthesis].contains(tokens[speakerEnd].key)
                && [commaKey, QuoteContext.closeParenthesis].contains(tokens[cue - 1].key)
            guard speakerEnd <= cue, cue - speakerEnd <= 3 || apposition,
                  !(speakerEnd..<cue).contains(where: { context.quoteOf[$0] >= 0 }) else { return false }
        }
        var comma = speakerStart > cue ? cue - 1 : speakerStart - 1
        // ", the Tax Foundation said": the name's article; "Hawaii, as one of his advisers pointed out, …".
        if comma > sentence.lowerBound, speakerStart < cue, QuoteContext.determiners.contains(tokens[comma].key) { comma -= 1 }
        if comma > sentence.lowerBound, speakerStart < cue, tokens[comma].key == Self.asKey { comma -= 1 }
        // "The museum, Mr. Bush said, …": a title before the name.
        while comma > speakerStart - 4, comma > sentence.lowerBound, tokens[comma].key != commaKey,
              tokens[comma].isCapitalized || context.isFullStopOfAbbreviation(comma) {
            comma -= 1
        }
        // A short opening ("The museum, Mr. Bush said, …") needs the rest of the sentence after the cue.
        let minimumOpening = tailEnd < sentence.upperBound ? 1 : 3
        // (A statement longer than a clause is a run-on text: its last `longestClause` tokens, which
        // keeps an endless sentence of closing cues linear.)
        // ("GENEVA (Reuters) - Swiss glaciers lost …, scientists said": the dateline is not theirs.)
        var opening = max(context.afterDateline(sentence.lowerBound, before: comma), comma - Self.longestClause)
        // "A, said Smith, B, said Jones": B's statement starts after the closing attribution before it.
        if let previous = history.lastQuote(inSentence: context.sentenceOf[cue]), let previousCue = previous.cue,
           previousCue.range.start >= previous.content.end {
            var after = context.token(at: max(previousCue.range.end, previous.speaker?.range.end ?? 0))
            while after < comma, tokens[after].kind == .punctuation || Self.coordinators.contains(tokens[after].key) { after += 1 }
            if after < comma { opening = max(opening, after) }
        }
        guard comma >= sentence.lowerBound + minimumOpening, comma < cue, tokens[comma].key == commaKey, cue - comma <= 16,
              !(opening..<comma).contains(where: { context.quoteOf[$0] >= 0 }) else { return false }
        var parts = [context.range(opening..<comma)]
        // "The museum, Mr. Bush said, celebrated his heroes": the clause goes on after the cue.
        // (After a name that follows the cue, the rest is about the speaker: ", said Smith, a farmer.")
        if tailEnd < sentence.upperBound, tailEnd + 1 < sentence.upperBound, speakerStart < cue {
            let restEnd = min(sentence.upperBound, tailEnd + 1 + Self.longestClause)
            let rest = trimmedClause(tailEnd + 1..<restEnd)
            if wordCount(rest) >= 2, !(tailEnd + 1..<restEnd).contains(where: { context.quoteOf[$0] >= 0 }) {
                parts.append(rest)
            }
        }
        let content = TextRange(start: parts[0].start, end: parts[parts.count - 1].end)
        usedCues[cue] = true
        add(.indirect, content: content, parts: parts, verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: tokens[cue].range, lemma: lemma), confidence: 0.7,
            rule: parts.count > 1 ? context.text("cue '", tokens[cue].range, "' set inside the statement")
                : context.text("statement, then cue '", tokens[cue].range, "' after it"))
        return true
    }

    /// The ones told, after "told" in a closing cue.
    private static let addressees = KeySet(words: ["me", "us", "him", "her", "them", "reporters", "journalists"])

    /// Words that open the short tail after a closing cue: time, place, medium, audience.
    private static let tailOpeners = KeySet(words: [
        "on", "in", "at", "to", "during", "after", "before", "last", "this", "earlier", "later", "late", "early",
        "yesterday", "today", "tonight", "recently", "previously", "again", "also", "then", "now", "afterward",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "via", "from", "while",
        "when", "as", "with", "through", "over", "repeatedly", "privately", "publicly", "told",
    ])

    /// "that" within the next four words ("told reporters that"), or, for verbs of saying and
    /// thinking, a clause that starts right away with a subject ("said European countries").
    private func introducesClause(at cue: Int, end: Int) -> Bool {
        let tokens = context.tokens
        guard let lemma = context.verbLemmaKey(at: cue) else { return false }
        if complementizer(afterCue: cue, end: end) != nil { return true }
        if Self.addresseeVerbs.contains(lemma), addresseeEnd(afterCue: cue, end: end) != nil { return true }
        if Self.takesBareClause.contains(lemma), clauseAfterCircumstance(afterCue: cue, end: end) != nil { return true }
        guard Self.takesBareClause.contains(lemma), cue + 3 < end else { return false }
        let next = tokens[cue + 1]
        guard next.kind == .word, context.quoteOf[cue + 1] < 0 else { return false }
        // "said local officials should…": any word opens the clause but a preposition, a time word or
        // an adverb ("said in a statement", "said Tuesday", "said repeatedly").
        guard context.verbLemma(at: cue - 1) == nil else { return false }
        // "…,” said Tom Vale, an assistant professor …": a name closed by a comma or the sentence's
        // end is the speaker, not the clause's subject.
        if next.isCapitalized {
            var last = cue + 1
            // "said NBC's Dante Chinni": a possessive between capitals belongs to the name.
            while last + 1 < end, tokens[last + 1].isCapitalized || isAbbreviationDot(last + 1)
                    || context.isFullStopOfAbbreviation(last + 1)
                    || (tokens[last + 1].kind == .possessive && last + 2 < end && tokens[last + 2].isCapitalized) { last += 1 }
            if last + 1 >= end || tokens[last + 1].key == QuoteContext.comma { return false }
        }
        // "…, said the report.": right after a comma, a short phrase with an article and no verb to the
        // sentence's end is the speaker, not a clause.
        if cue > 0, tokens[cue - 1].key == QuoteContext.comma, end - cue <= 7,
           QuoteContext.determiners.contains(next.key) || SpeakerFinder.quantifiers.contains(next.key),
           !hasFiniteVerb(from: cue + 1, end: end) { return false }
        // "He said European countries need to", "she thinks the vote": a subject opens the clause.
        if Self.takesSubjectClause.contains(lemma), next.isCapitalized || Self.clauseOpeners.contains(next.key) { return true }
        // "said parents still want …": a plural noun and another word open a clause as well.
        if Self.takesSubjectClause.contains(lemma), !next.isCapitalized, next.range.length > 3, context.token(cue + 1, endsWith: "s"),
           !Self.finiteMarkers.contains(next.key),
           !Self.notClauseOpeners.contains(next.key), tokens[cue + 2].kind == .word, !tokens[cue + 2].isCapitalized,
           !Self.notClauseOpeners.contains(tokens[cue + 2].key), !QuoteContext.relatives.contains(tokens[cue + 2].key),
           tokens[cue + 2].key != QuoteContext.that, !context.token(cue + 1, endsWith: "ss") { return true }
        // "said about 20 people have …": an approximate number is the clause's subject, not a topic.
        if Self.approximators.contains(next.key) {
            var number = cue + 2
            if Self.approximatorTails.contains(tokens[number].key), number + 1 < end { number += 1 }
            if tokens[number].startsWithDigit || Self.numberWords.contains(tokens[number].key) { return hasFiniteVerb(from: cue + 1, end: end) }
        }
        // Other verbs and other first words need a verb to show a clause, not an object, follows.
        let startsClause = next.isCapitalized || Self.clauseOpeners.contains(next.key)
            || (!Self.notClauseOpeners.contains(next.key) && !context.token(cue + 1, endsWith: "ly"))
        return startsClause && hasFiniteVerb(from: cue + 1, end: end)
    }

    /// "said on Tuesday she would run", "said in an interview they had agreed": after a time or a
    /// place, a subject pronoun opens the cue's clause. The token where the clause starts, or nil.
    private func clauseAfterCircumstance(afterCue cue: Int, end: Int) -> Int? {
        let tokens = context.tokens
        guard cue + 2 < end, Self.prepositions.contains(tokens[cue + 1].key) || Self.timeWords.contains(tokens[cue + 1].key)
        else { return nil }
        for look in cue + 2..<min(end - 1, cue + 9) {
            let token = tokens[look]
            if context.quoteOf[look] >= 0 || context.verbLemma(at: look) != nil || QuoteContext.relatives.contains(token.key)
                || token.key == QuoteContext.that { return nil }
            if token.kind == .punctuation, !isAbbreviationDot(look), !context.isFullStopOfAbbreviation(look) { return nil }
            if Self.clauseSubjects.contains(token.key), tokens[look + 1].kind == .word, context.verbLemma(at: look + 1) == nil { return look }
            // "said on Wednesday it would cut": "it" with a modal or an auxiliary after it (not "said in it").
            if token.key == Self.it, look > cue + 2, Self.finiteMarkers.contains(tokens[look + 1].key) { return look }
        }
        return nil
    }

    /// Subject pronouns with a verb contracted onto them ("she'll", "they're").
    private static let contractedSubjects = ["he'd", "she'd", "they'd", "he'll", "she'll", "they'll", "we'll", "i'll", "he's",
                                             "she's", "they're", "we're", "i'm", "i've", "we've", "they've"]
    private static let clauseSubjects = KeySet(words: ["he", "she", "they", "we", "i", "there"] + contractedSubjects)

    /// The "that" opening a cue's clause after the one told, a time or a place: "told reporters
    /// that", "told ABC News Tonight on Monday that", "says at a rally in Dayton, Ohio, that".
    /// Another verb, a relative pronoun or a quotation mark on the way means the "that" is not the cue's.
    private func complementizer(afterCue cue: Int, end: Int) -> Int? {
        let tokens = context.tokens
        // Read once, not per word (each read of a static checks its one-time initializer).
        let that = QuoteContext.that, comma = QuoteContext.comma, timeWords = Self.timeWords, relatives = QuoteContext.relatives
        let placeOrTime = cue + 1 < end && Self.prepositions.contains(tokens[cue + 1].key)
        // Only the one told may stand before "that" besides a time or a place: in "said many of the
        // examples that critics …" or "agreed to reclaim the land that had been …" it is a relative.
        let takesObject = context.verbLemmaKey(at: cue).map(Self.addresseeVerbs.contains) == true
        var object = false
        // "cautioned, however, that": a parenthetical word set off by commas.
        if cue + 3 < end, tokens[cue + 1].key == comma, Self.parentheticals.contains(tokens[cue + 2].key),
           tokens[cue + 3].key == comma, cue + 4 < end, tokens[cue + 4].key == that {
            return cue + 4
        }
        // The one told may be long: "told one of his young protégés on a regular basis that".
        for look in cue + 1..<min(end, cue + (placeOrTime || takesObject ? 13 : 9)) {
            if tokens[look].key == that {
                guard context.quoteOf[look] < 0, look + 1 < end else { return nil }
                // ("said that was “not nearly enough”": "that" before a verb is the clause's subject;
                // "called that idea “dangerous”": verbs of naming take no that-clause.)
                if look == cue + 1 {
                    let naming = Self.namingVerbs.contains(word: context.verbLemma(at: cue) ?? context.stanceLemma(at: cue) ?? "")
                    return Self.finiteMarkers.contains(tokens[look + 1].key) || naming ? nil : look
                }
                if object && !takesObject { return nil }
                let next = tokens[look + 1]
                if Self.finiteMarkers.contains(next.key) || context.token(look + 1, endsWith: "ed") { return nil }
                return look
            }
            if tokens[look].kind == .word, !placeOrTime, !timeWords.contains(tokens[look].key), !tokens[look].startsWithDigit {
                object = true
            }
            if context.quoteOf[look] >= 0 || context.verbLemma(at: look) != nil || relatives.contains(tokens[look].key) {
                return nil
            }
            // Words, possessives and hyphens; commas only inside a place or time phrase.
            if tokens[look].kind == .punctuation, !(placeOrTime && tokens[look].key == comma) && !isAbbreviationDot(look)
                && !context.isFullStopOfAbbreviation(look) {
                return nil
            }
        }
        return nil
    }

    private static let timeWords = KeySet(words: [
        "today", "yesterday", "tonight", "last", "this", "next", "week", "month", "year", "earlier", "later", "recently",
        "again", "also", "repeatedly", "publicly", "privately", "previously", "often", "morning", "afternoon", "evening",
        "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then", "now",
        "first", "once", "already", "separately", "late", "early",
    ])

    /// "told reporters he would …", "assured the crowd the plant would stay": the one told (up to
    /// four words), then a clause that opens with a subject. Returns the clause's first token.
    private func addresseeEnd(afterCue cue: Int, end: Int) -> Int? {
        let tokens = context.tokens
        var index = cue + 1
        while index < min(end, cue + 7), tokens[index].kind != .punctuation, context.quoteOf[index] < 0 {
            // "told voters this weekend he would …": a time phrase is no subject.
            if index + 1 < end, QuoteContext.timeDeterminers.contains(tokens[index].key), QuoteContext.timeNouns.contains(tokens[index + 1].key) {
                index += 2
                continue
            }
            if index > cue + 1, startsClause(at: index, end: end),
               context.lexicon.subjectPronouns.contains(tokens[index].key) || context.lexicon.otherPronouns.contains(tokens[index].key)
                || QuoteContext.determiners.contains(tokens[index].key) {
                return index
            }
            if Self.notClauseOpeners.contains(tokens[index].key) || tokens[index].key == QuoteContext.that { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a clause with its own subject and finite verb opens at `start` ("your tax returns are
    /// being audited", "there are people who …").
    private func startsClause(at start: Int, end: Int) -> Bool {
        guard start < end, start + 1 < end, context.tokens[start].kind == .word, context.quoteOf[start] < 0 else { return false }
        let first = context.tokens[start]
        guard first.isCapitalized || Self.clauseOpeners.contains(first.key) || context.lexicon.otherPronouns.contains(first.key)
                || context.lexicon.subjectPronouns.contains(first.key) else { return false }
        return hasFiniteVerb(from: start, end: end)
    }

    /// Whether the words from `start` look like a clause, not an object ("acknowledged the reality
    /// of …"): a subject pronoun first, or an auxiliary, a modal or a past form before any comma.
    func hasFiniteVerb(from start: Int, end: Int) -> Bool {
        let tokens = context.tokens
        if context.lexicon.subjectPronouns.contains(tokens[start].key) { return true }
        // "I", "we", "they" are always subjects; "it" may be an object ("announced it on Friday").
        if context.lexicon.otherPronouns.contains(tokens[start].key), tokens[start].key != Self.it { return true }
        for index in start + 1..<min(end, start + 12) {
            let token = tokens[index]
            if token.kind == .punctuation || context.quoteOf[index] >= 0 { return false }
            guard token.kind == .word, !token.isCapitalized else { continue }
            if Self.finiteMarkers.contains(token.key) { return true }
            if token.range.length > 4, context.token(index, endsWith: "ed") { return true }
        }
        return false
    }

    private static var it: TokenKey { TokenKeys.of(literal: "it") }

    /// Verbs of saying and thinking whose complement can be a bare clause ("said the economy grew").
    private static let takesBareClause = KeySet(words: ["say", "believe", "think", "add", "insist", "argue", "warn", "claim",
                                                        "acknowledge", "admit", "concede", "note", "predict", "suggest",
                                                        "assert", "contend", "maintain", "estimate", "feel", "complain",
                                                        "explain", "agree", "confirm", "report", "recall",
                                                        "announce", "declare", "state", "emphasize", "stress", "reveal",
                                                        "disclose", "deny", "testify", "concede"])

    private static let takesSubjectClause = KeySet(words: ["say", "believe", "think"])

    /// Auxiliaries, modals and common irregular past forms: a clause's finite verb.
    static let finiteMarkers = KeySet(words: [
        "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
        "has", "have", "had", "do", "does", "did", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't",
        "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "don't", "went", "made", "came", "took",
        "got", "gave", "found", "became", "left", "thought", "knew", "saw", "told", "won", "lost", "began", "ran", "paid",
        "kept", "held", "brought", "stood", "sent", "felt", "met", "led", "spent", "built", "sold", "fell", "rose", "grew",
        "needs", "wants", "remains", "seems", "plans", "intends", "expects", "believes", "thinks", "knows", "says",
    ])

    private static let prepositions = KeySet(words: ["at", "in", "on", "during", "after", "before", "from", "to"])
    private static var with: TokenKey { TokenKeys.of(literal: "with") }

    /// Words after a verb of saying that do not open its clause.
    private static let notClauseOpeners = KeySet(words: [
        "to", "of", "in", "on", "at", "by", "for", "with", "about", "from", "during", "after", "before", "over", "through",
        "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "earlier", "later", "recently", "again", "so", "as", "nothing", "something", "anything",
        "yes", "goodbye", "hello", "thanks", "sorry", "otherwise", "also", "not", "never", "and", "or", "but", "if",
        "when", "while", "because", "then", "what", "how", "why", "whether", "who", "which",
        "him", "them", "us", "me",
    ])

    static let objectPronouns = KeySet(words: ["him", "her", "them", "us", "me"])
    private static let namingVerbs = KeySet(words: ["call", "describe", "label", "dub", "brand"])
    private static let parentheticals = KeySet(words: ["however", "though", "too", "also", "moreover", "nonetheless", "nevertheless",
                                                       "meanwhile", "instead", "again", "repeatedly", "privately", "publicly"])

    /// Words that make a number approximate: "about 20 people", "nearly half".
    private static let approximators = KeySet(words: ["about", "around", "nearly", "almost", "roughly", "some", "over", "fewer",
                                                      "more", "less", "only", "just", "at"])
    /// "more than", "at least".
    private static let approximatorTails = KeySet(words: ["than", "least", "most"])
    private static let numberWords = KeySet(words: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                                                    "millions", "billion", "half", "third", "quarter"])

    private static let clauseOpeners = KeySet(words: ["the", "a", "an", "it", "he", "she", "they", "we", "there", "this", "these",
                                            "his", "her", "their", "its", "your", "my", "our", "no", "some", "many", "most", "all",
                                            "it'll", "we'd", "i'd", "there's", "that's"] + contractedSubjects)

    /// "According to X, …" and "…, according to X." X is a name when the entity stage knows it, else
    /// the phrase after "to" up to a comma or the sentence end ("according to the poll").
    private mutating func attributeAccordingTo(at index: Int, sentence: Range<Int>) {
        let tokens = context.tokens
        guard index + 2 < sentence.upperBound else { return }
        let phraseStart = index + 2
        var phraseEnd = phraseStart
        // (Not past a verb of saying or "but": "according to … but said" is two clauses.)
        while phraseEnd < sentence.upperBound, phraseEnd - phraseStart < 14, context.quoteOf[phraseEnd] < 0,
              tokens[phraseEnd].key != QuoteContext.comma, tokens[phraseEnd].key != QuoteContext.but, context.verbLemma(at: phraseEnd) == nil,
              tokens[phraseEnd].kind != .punctuation || isAbbreviationDot(phraseEnd) {
            phraseEnd += 1
        }
        // "according to which …", "according to some": a relative or a bare pronoun names no source.
        guard phraseEnd > phraseStart, !Self.notSources.contains(tokens[phraseStart].key) else { return }
        let phrase = context.range(phraseStart..<phraseEnd)
        // The name is the source when it opens the phrase, after an article, titles or a person noun
        // ("according to Pentagon spokesman John Kirby"); in "a Western intelligence assessment seen
        // by Reuters" the whole phrase is.
        let sources = context.speakers(in: phrase.start..<phrase.end).prefix { mention in
            (phraseStart..<context.token(at: mention.range.start)).allSatisfy {
                tokens[$0].isCapitalized || QuoteContext.determiners.contains(tokens[$0].key) || tokens[$0].kind == .possessive
                    || context.lexicon.personNouns.contains(tokens[$0].key) || isAbbreviationDot($0)
            }
        }
        let source = sources.first { $0.kind == .person } ?? sources.first
        let speaker: Quote.Speaker
        let sourceEnd: Int
        if let source {
            speaker = Quote.Speaker(range: source.range, name: source.name,
                                    entityID: source.kind == .role ? source.attributes["refers_to"] : source.entityID,
                                    resolution: source.kind == .role ? .role : .name)
            sourceEnd = max(context.token(at: source.range.end), phraseEnd)
        } else {
            speaker = Quote.Speaker(range: phrase, name: context.text(phrase), entityID: nil, resolution: .description)
            sourceEnd = phraseEnd
        }
        let content: TextRange
        if index == sentence.lowerBound {
            var start = sourceEnd
            while start < sentence.upperBound, tokens[start].key == QuoteContext.comma { start += 1 }
            guard start < sentence.upperBound else { return }
            content = trimmedClause(start..<min(sentence.upperBound, start + Self.longestClause))
        } else {
            var end = index
            while end > sentence.lowerBound, tokens[end - 1].key == QuoteContext.comma { end -= 1 }
            guard end > sentence.lowerBound else { return }
            // (At most a clause's length before it: "…, according to X, and …" repeated stays linear.)
            content = context.range(max(sentence.lowerBound, end - Self.longestClause)..<end)
        }
        let cue = TextRange(start: tokens[index].range.start, end: tokens[index + 1].range.end)
        usedCues[index] = true
        add(.indirect, content: content, parts: [content], verbatim: [], speaker: speaker,
            cue: Quote.Cue(range: cue, lemma: "according to"), confidence: 0.75, rule: "according to")
    }

    private static let notSources = KeySet(words: ["which", "whom", "what", "whose", "plan", "schedule", "and", "or"])

    /// A full stop inside a name or abbreviation ("U.S.", "Gov."), not the sentence's end.
    private func isAbbreviationDot(_ index: Int) -> Bool {
        index + 1 < context.tokens.count && context.text(context.tokens[index].range) == "."
            && context.tokens[index + 1].range.start == context.tokens[index].range.end
    }

    /// Whether `content` overlaps a direct or partial quote's content.
    /// - Complexity: O(log n).
    func overlapsQuotation(_ content: TextRange) -> Bool {
        let index = quotedContents.partitioningIndex { $0.end > content.start }
        return index < quotedContents.count && quotedContents[index].start < content.end
    }

    /// "“Are you ahead?” she asked, but Tom was nodding off as Holt went on about “…”": someone
    /// other than the speaker named between a quote and a later quotation in its sentence.
    /// - Complexity: O(log n): a run of more than a few mentions between them counts as someone else.
    private func namesSomeoneElse(between previous: Quote, and offset: Int) -> Bool {
        guard previous.content.end < offset else { return false }
        let speakers = context.speakers
        var index = context.firstSpeakerIndex(startingAtOrAfter: previous.content.end)
        var seen = 0
        while index < speakers.count, speakers[index].range.start < offset {
            let mention = speakers[index]
            if mention.kind == .person, mention.entityID != previous.speaker?.entityID || previous.speaker?.entityID == nil,
               !(previous.speaker?.range.contains(mention.range.start) ?? false) { return true }
            seen += 1
            if seen == 16 { return true }
            index += 1
        }
        return false
    }

    private mutating func extendLastQuote(with piece: TextRange) {
        var last = quotes[quotes.count - 1]
        last.content = TextRange(start: last.content.start, end: piece.end)
        last.parts.append(piece)
        last.verbatim.append(piece)
        last.rule += "; continued by the next quotation"
        last.sentences = sentenceIndices(overlapping: last.content)
        history.replaceLast(last)
        if !quotedContents.isEmpty { quotedContents[quotedContents.count - 1] = last.content }
    }

    private func sentenceIndices(overlapping content: TextRange) -> [Int] {
        Array(context.sentences(overlapping: content))
    }

    mutating func add(_ kind: Quote.Kind, content: TextRange, parts: consuming [TextRange], verbatim: consuming [TextRange],
                      speaker: consuming Quote.Speaker?, cue: consuming Quote.Cue?, confidence: Double, rule: consuming String) {
        let reported = kind
        var kind = kind, verbatim = verbatim, content = content, parts = parts
        // "Mayor Eric Adams, who had urged both sides to return to the table, welcomed the news": what
        // a relative clause reports ends at the comma that closes it.
        if kind == .indirect, parts.count == 1, let speaker, speaker.resolution == .pronoun,
           QuoteContext.relatives.contains(context.tokens[context.token(at: speaker.range.start)].key) {
            let first = context.token(at: content.start), end = context.token(at: content.end)
            if let comma = (first..<end).first(where: { context.tokens[$0].key == QuoteContext.comma && context.quoteOf[$0] < 0 }),
               comma > first {
                content = trimmedClause(first..<comma)
                parts = [content]
            }
        }
        // "After saying her foot was “so swollen …,” she was taken …": the speaker named after the words
        // ends them.
        if parts.count == 1, let speaker, speaker.range.start > content.start, speaker.range.start < content.end {
            let speakerToken = context.token(at: speaker.range.start)
            if verbatim.allSatisfy({ $0.end <= speaker.range.start }), speakerToken > context.token(at: content.start) {
                content = trimmedClause(context.token(at: content.start)..<speakerToken)
                parts = [content]
            }
        }
        // "rejected the plan as “a recipe for chaos”": reported content with quoted words in it is partial.
        if kind == .indirect {
            let spans = context.spans
            // The first quotation that opens inside the content, found from the content's tokens (a
            // binary search of a long document's quotations missed the cache at every step).
            var index = spans.count
            var token = context.token(at: content.start)
            while token < context.tokens.count, context.tokens[token].range.start < content.end {
                let quote = context.quoteOf[token]
                if quote >= 0, spans[quote].outer.start >= content.start {
                    index = quote
                    break
                }
                token += 1
            }
            while index < spans.count, spans[index].outer.start < content.end {
                if !spans[index].isNested, spans[index].outer.end <= content.end { verbatim += spans[index].pieces }
                index += 1
            }
            if !verbatim.isEmpty { kind = .partial }
        }
        let sentences = sentenceIndices(overlapping: content)
        let cueSentence = cue.map { context.sentenceOf[context.token(at: $0.range.start)] }
        history.append(Quote(kind: kind, content: content, parts: parts, verbatim: verbatim, speaker: speaker, cue: cue,
                             sentences: sentences, confidence: confidence, rule: rule), cueSentence: cueSentence)
        if reported != .indirect {
            // Quotations are attributed in text order, so this stays sorted (reported speech, even
            // when it holds quoted words, comes later and is not added).
            quotedContents.append(content)
        }
    }
}
