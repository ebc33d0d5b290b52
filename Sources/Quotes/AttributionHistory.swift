import VerbatimCore

/// The attributions made so far, indexed by the sentence of their cue, so that pronouns and
/// coordinated cues find their antecedents in constant time however long the article.
struct AttributionHistory {
    private(set) var quotes: [Quote] = []
    /// For each sentence, the latest attribution whose cue it holds, or -1; for each attribution, the
    /// one before it in the same sentence, or -1. (Chains, not an array per sentence: recording an
    /// attribution allocates nothing, and it is done for every one.)
    private var latestInSentence: [Int32]
    private var previousInSentence: [Int32] = []

    init(sentenceCount: Int) {
        latestInSentence = Array(repeating: -1, count: sentenceCount)
        // Room for about one attribution a sentence (news has fewer): the array of large records is
        // then not copied at each doubling. Room never written costs no memory.
        quotes.reserveCapacity(sentenceCount)
        previousInSentence.reserveCapacity(sentenceCount)
    }

    mutating func append(_ quote: consuming Quote, cueSentence: Int?) {
        var previous: Int32 = -1
        if let cueSentence, latestInSentence.indices.contains(cueSentence) {
            previous = latestInSentence[cueSentence]
            latestInSentence[cueSentence] = Int32(quotes.count)
        }
        previousInSentence.append(previous)
        quotes.append(quote)
    }

    /// The attributions, handed over whole; the history is left empty.
    mutating func takeQuotes() -> [Quote] {
        var taken: [Quote] = []
        swap(&taken, &quotes)
        return taken
    }

    mutating func replaceLast(_ quote: Quote) {
        quotes[quotes.count - 1] = quote
    }

    /// The index of the latest attribution whose cue is in sentence `sentence`.
    private func latest(inSentence sentence: Int) -> Int? {
        latestInSentence.indices.contains(sentence) && latestInSentence[sentence] >= 0 ? Int(latestInSentence[sentence]) : nil
    }

    /// The first attribution, newest first among the last `limit` whose cue is in sentence
    /// `sentence`, that satisfies `matches`.
    private func firstAttribution(inSentence sentence: Int, limit: Int = .max, where matches: (Int) -> Bool) -> Int? {
        var index = latest(inSentence: sentence) ?? -1
        var count = 0
        while index >= 0, count < limit {
            if matches(index) { return index }
            index = Int(previousInSentence[index])
            count += 1
        }
        return nil
    }

    /// Whether an attribution whose cue is in sentence `sentence` reports words that hold byte `offset`.
    /// - Complexity: O(1): the sentence's last 50 attributions.
    func reportsContent(inSentence sentence: Int, holding offset: Int) -> Bool {
        firstAttribution(inSentence: sentence, limit: 50) { quotes[$0].content.start <= offset && offset < quotes[$0].content.end } != nil
    }

    /// The latest attribution whose cue is in sentence `sentence`.
    func lastQuote(inSentence sentence: Int) -> Quote? {
        latest(inSentence: sentence).map { quotes[$0] }
    }

    /// The speaker of the latest attribution whose cue is in sentence `sentence`.
    func lastSpeaker(inSentence sentence: Int) -> Quote.Speaker? {
        latest(inSentence: sentence).flatMap { quotes[$0].speaker }
    }

    /// The speaker of the attribution in sentence `sentence` whose cue is the nearest before byte
    /// `offset` (attributions are made in passes, not in text order: "Mitchell supports …; Chen
    /// called it “dangerous” and pledged …" — Chen's cue is the nearer).
    /// - Complexity: O(1): only the sentence's last 50 attributions are looked at (an endless sentence
    ///   of cues stays linear).
    func nearestSpeaker(inSentence sentence: Int, before offset: Int) -> Quote.Speaker? {
        var best: Int?
        // (Newest first: of two cues at the same place, the older one wins, as it always has.)
        _ = firstAttribution(inSentence: sentence, limit: 50) { index in
            guard let cue = quotes[index].cue, cue.range.start < offset else { return false }
            if best.map({ cue.range.start >= quotes[$0].cue!.range.start }) ?? true { best = index }
            return false
        }
        return best.flatMap { quotes[$0].speaker }
    }

    /// The latest speaker naming an entity whose cue lies in `sentences` and before `offset`.
    func recentEntitySpeaker(before offset: Int, inSentences sentences: ClosedRange<Int>,
                             where accepts: (Quote.Speaker) -> Bool = { _ in true }) -> Quote.Speaker? {
        for sentence in sentences.reversed() {
            let found = firstAttribution(inSentence: sentence) { index in
                let quote = quotes[index]
                guard let speaker = quote.speaker, speaker.entityID != nil, let cue = quote.cue else { return false }
                return cue.range.start < offset && accepts(speaker)
            }
            if let found { return quotes[found].speaker }
        }
        return nil
    }
}
