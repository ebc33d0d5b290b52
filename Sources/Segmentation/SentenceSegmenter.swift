import VerbatimCore
import VerbatimICU

/// Splits a document into sentences: ICU's sentence break iterator, then our news corrections.
///
/// ```
/// text ─► LineLayout (hard wraps blanked, headline/bullet breaks kept)
///      ─► ICU candidates ─► BoundaryRules.keeps (abbreviations, "?” she said", ellipses)
///      ─► + breaks ICU cannot see (bullets, inline lists, ellipses) ─► fragments merged ─► sentences
/// ```
public struct SentenceSegmenter: Stage {
    public let name = "segment.icu"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.sentences]

    private let lexicon: SegmentationLexicon
    private let template: ICUBreaker

    /// - Parameter locale: the ICU locale whose sentence rules to start from.
    public init(lexicon: SegmentationLexicon, locale: String = "en") throws(StageError) {
        self.lexicon = lexicon
        self.template = try ICUBreaker(.sentence, locale: locale)
    }

    public func apply(to document: inout Document) throws(StageError) {
        document.sentences = try sentences(in: document.utf8)
    }

    /// The sentences of `utf8`, in order, tiling its non-space text.
    /// - Complexity: O(n) in the text's length.
    public func sentences(in utf8: [UInt8]) throws(StageError) -> [Sentence] {
        guard !utf8.isEmpty else { return [] }
        let layout = LineLayout(utf8, lexicon: lexicon)
        var icuView = utf8
        for wrap in layout.softBreaks {
            for index in wrap.start..<wrap.end { icuView[index] = 0x20 }
        }
        let candidates = try template.clone().boundaries(in: icuView)
        let rules = BoundaryRules(utf8, lexicon: lexicon)

        // Every cut with its reason, in the order the reasons are weighed: at one offset the last wins.
        var cuts: [(offset: Int, boundary: SentenceBoundary)] = []
        var sentenceStart = 0
        for offset in candidates where offset < utf8.count {
            if rules.keeps(offset, sentenceStart: sentenceStart) {
                let cut = rules.cut(at: offset, sentenceStart: sentenceStart)
                cuts.append((cut, .icu))
                sentenceStart = cut
            }
        }
        for offset in rules.ellipsisBreaks() { cuts.append((offset, .ellipsis)) }
        for offset in rules.bulletBreaks() { cuts.append((offset, .list)) }
        for offset in rules.listBreaks(paragraphStarts: layout.paragraphStarts) { cuts.append((offset, .list)) }
        for (offset, boundary) in layout.hardBreaks { cuts.append((offset, boundary)) }
        return assemble(cuts: cuts, utf8: utf8, rules: rules, paragraphStarts: layout.paragraphStarts)
    }

    /// Turns cut offsets into trimmed sentences, folding fragments that cannot stand alone:
    /// punctuation only (". . . .”") joins the sentence before, a bare list marker ("1.)") the one after.
    private func assemble(cuts: [(offset: Int, boundary: SentenceBoundary)], utf8: [UInt8], rules: BoundaryRules,
                          paragraphStarts: [Int]) -> [Sentence] {
        let text = rules.text
        // By offset, one reason each: the last given (a dictionary of offsets cost more than the rest).
        var ordered: [(offset: Int, boundary: SentenceBoundary)] = []
        ordered.reserveCapacity(cuts.count + 1)
        for index in cuts.indices.sorted(by: { (cuts[$0].offset, $0) < (cuts[$1].offset, $1) }) where cuts[index].offset > 0 {
            if ordered.last?.offset == cuts[index].offset { ordered[ordered.count - 1] = cuts[index] } else { ordered.append(cuts[index]) }
        }
        ordered.append((utf8.count, .end))
        var sentences: [Sentence] = []
        var start = 0
        var pendingMarker: Int?
        for (cut, boundary) in ordered {
            let first = text.skippingSpaces(from: start, limit: cut)
            let last = text.trimmingSpaces(before: cut, limit: first)
            start = cut
            guard first < last else {
                // Only space before this cut (ICU cuts after each line break): its reason is the
                // stronger one for the sentence before, e.g. a blank line after a headline.
                if let previous = sentences.last, boundary.outranks(previous.boundary) {
                    sentences[sentences.count - 1].boundary = boundary
                }
                continue
            }
            let span = TextRange(start: pendingMarker ?? first, end: last)
            pendingMarker = nil
            let isHard = boundary == .paragraph || boundary == .line
            if !Self.hasLetterOrDigit(utf8, first..<last), let previous = sentences.last,
               previous.boundary != .paragraph, previous.boundary != .line {
                sentences[sentences.count - 1].range.end = last
                sentences[sentences.count - 1].boundary = boundary
                continue
            }
            let startsItem = sentences.last.map { [.list, .line, .paragraph].contains($0.boundary) } ?? true
            if !isHard, Self.isBareListMarker(text, first..<last, startsItem: startsItem) {
                pendingMarker = span.start
                continue
            }
            let paragraph = paragraphStarts.partitioningIndex { $0 > span.start } - 1
            sentences.append(Sentence(range: span, paragraph: max(paragraph, 0), boundary: boundary))
        }
        if let marker = pendingMarker {
            let last = text.trimmingSpaces(before: utf8.count, limit: marker)
            let paragraph = paragraphStarts.partitioningIndex { $0 > marker } - 1
            sentences.append(Sentence(range: TextRange(start: marker, end: last), paragraph: max(paragraph, 0), boundary: .end))
        }
        return sentences
    }

    private static func hasLetterOrDigit(_ utf8: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = utf8.scalar(at: index)
            if scalar.isLetterOrDigit { return true }
            index += length
        }
        return false
    }

    /// "• 9.", "2.)", "a)" alone; "1." alone only where an item can start (not "? 42. That").
    private static func isBareListMarker(_ text: TextScanner, _ range: Range<Int>, startsItem: Bool) -> Bool {
        var index = range.lowerBound
        let (scalar, length) = text.utf8.scalar(at: index)
        let hasBullet = TextScanner.isBullet(scalar)
        if hasBullet { index = text.skippingSpaces(from: index + length, limit: range.upperBound) }
        guard index < range.upperBound else { return true }
        guard text.listMarkerLength(at: index) == range.upperBound - index else { return false }
        return hasBullet || startsItem || text.utf8[range.upperBound - 1] == UInt8(ascii: ")")
    }
}

extension SentenceBoundary {
    /// A paragraph end says more than a line break, which says more than ICU's rules.
    fileprivate func outranks(_ other: SentenceBoundary) -> Bool {
        let order: [SentenceBoundary] = [.icu, .ellipsis, .list, .line, .paragraph, .end]
        return order.firstIndex(of: self)! > order.firstIndex(of: other)!
    }
}
