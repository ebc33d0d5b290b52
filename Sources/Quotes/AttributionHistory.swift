import VerbatimCore

/// The attributions made so far, indexed by the sentence of their cue, so that pronouns and
/// coordinated cues find their antecedents in constant time however long the article.
struct AttributionHistory {
    private(set) var quotes: [Quote] = []
    /// For each sentence, the indices of the attributions whose cue it holds (an array, not a
    /// dictionary: these are asked for at every cue, and an empty array costs no allocation).
    private var bySentence: [[Int]]

    init(sentenceCount: Int) {
        bySentence = Array(repeating: [], count: sentenceCount)
    }

    mutating func append(_ quote: Quote, cueSentence: Int?) {
        if let cueSentence, bySentence.indices.contains(cueSentence) { bySentence[cueSentence].append(quotes.count) }
        quotes.append(quote)
    }

    /// The attributions whose cue is in sentence `sentence`, oldest first.
    private func attributions(inSentence sentence: Int) -> [Int] {
        bySentence.indices.contains(sentence) ? bySentence[sentence] : []
    }

    mutating func replaceLast(_ quote: Quote) {
        quotes[quotes.count - 1] = quote
    }

    /// Whether an attribution whose cue is in sentence `sentence` reports words that hold byte `offset`.
    /// - Complexity: O(1): the sentence's last 50 attributions.
    func reportsContent(inSentence sentence: Int, holding offset: Int) -> Bool {
        attributions(inSentence: sentence).suffix(50).contains { quotes[$0].content.start <= offset && offset < quotes[$0].content.end }
    }

    /// The latest attribution whose cue is in sentence `sentence`.
    func lastQuote(inSentence sentence: Int) -> Quote? {
        attributions(inSentence: sentence).last.map { quotes[$0] }
    }

    /// The speaker of the latest attribution whose cue is in sentence `sentence`.
    func lastSpeaker(inSentence sentence: Int) -> Quote.Speaker? {
        attributions(inSentence: sentence).last.flatMap { quotes[$0].speaker }
    }

    /// The speaker of the attribution in sentence `sentence` whose cue is the nearest before byte
    /// `offset` (attributions are made in passes, not in text order: "Mitchell supports …; Chen
    /// called it “dangerous” and pledged …" — Chen's cue is the nearer).
    /// - Complexity: O(1): only the sentence's last 50 attributions are looked at (an endless sentence
    ///   of cues stays linear).
    func nearestSpeaker(inSentence sentence: Int, before offset: Int) -> Quote.Speaker? {
        var best: Quote?
        for index in attributions(inSentence: sentence).suffix(50) {
            guard let cue = quotes[index].cue, cue.range.start < offset else { continue }
            if best.map({ cue.range.start > $0.cue!.range.start }) ?? true { best = quotes[index] }
        }
        return best?.speaker
    }

    /// The latest speaker naming an entity whose cue lies in `sentences` and before `offset`.
    func recentEntitySpeaker(before offset: Int, inSentences sentences: ClosedRange<Int>,
                             where accepts: (Quote.Speaker) -> Bool = { _ in true }) -> Quote.Speaker? {
        for sentence in sentences.reversed() {
            for index in attributions(inSentence: sentence).reversed() {
                let quote = quotes[index]
                if let speaker = quote.speaker, speaker.entityID != nil, let cue = quote.cue, cue.range.start < offset, accepts(speaker) {
                    return speaker
                }
            }
        }
        return nil
    }
}
