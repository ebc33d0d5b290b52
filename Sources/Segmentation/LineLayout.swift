import VerbatimCore

/// The lines and paragraphs of a text, and which line breaks end a sentence.
///
/// ICU ends a sentence at every line break. News text mixes hard-wrapped paragraphs (a break that
/// must not split a sentence) with headlines, bylines and bullets (a break that must). This type
/// decides each break; the ones that do not end a sentence are blanked in ICU's copy of the text.
struct LineLayout {
    struct Line {
        /// The line without its terminator.
        var content: TextRange
        /// The terminator's bytes (empty for the last line).
        var terminator: TextRange
        var isBlank: Bool
        /// Ends with U+2029 PARAGRAPH SEPARATOR.
        var endsParagraph: Bool
    }

    /// Line breaks that end a sentence, by the byte offset where the next sentence starts.
    private(set) var hardBreaks: [(offset: Int, boundary: SentenceBoundary)] = []
    /// Byte offsets where paragraphs start, ascending.
    private(set) var paragraphStarts: [Int] = []
    /// Terminators that continue a sentence (hard wraps); ICU must see a space there.
    private(set) var softBreaks: [TextRange] = []

    init(_ utf8: [UInt8], lexicon: SegmentationLexicon) {
        let lines = Self.lines(in: utf8)
        var paragraph: [Line] = []
        var paragraphEnded = true
        for line in lines {
            if line.isBlank {
                paragraphEnded = true
                continue
            }
            if paragraphEnded {
                layOut(paragraph, utf8, lexicon)
                paragraph = []
                if !paragraphStarts.isEmpty { hardBreaks.append((line.content.start, .paragraph)) }
                paragraphStarts.append(line.content.start)
                paragraphEnded = false
            }
            paragraph.append(line)
            if line.endsParagraph { paragraphEnded = true }
        }
        layOut(paragraph, utf8, lexicon)
    }

    /// Decides each break between the lines of one paragraph.
    private mutating func layOut(_ paragraph: [Line], _ utf8: [UInt8], _ lexicon: SegmentationLexicon) {
        guard paragraph.count > 1 else { return }
        let widths = paragraph.map { Self.width(of: $0.content, utf8) }
        let widest = widths.max() ?? 0
        for index in 1..<paragraph.count {
            let previous = paragraph[index - 1], line = paragraph[index]
            if let boundary = Self.boundary(between: previous.content, width: widths[index - 1],
                                            and: line.content, widest: widest, utf8, lexicon) {
                hardBreaks.append((line.content.start, boundary))
            } else {
                softBreaks.append(previous.terminator)
            }
        }
    }

    /// Nil when the break between `previous` and `next` continues a sentence.
    private static func boundary(between previous: TextRange, width: Int, and next: TextRange, widest: Int,
                                 _ utf8: [UInt8], _ lexicon: SegmentationLexicon) -> SentenceBoundary? {
        let text = TextScanner(utf8)
        if text.startsListItem(at: text.skippingSpaces(from: next.start, limit: next.end)) { return .list }
        guard let last = text.lastSignificantScalar(before: previous.end, after: previous.start) else { return .line }
        // Punctuated lines join: ICU then decides as it would within a line.
        if ".!?…:;,–—-".unicodeScalars.contains(last.scalar) { return nil }
        if isTitleCase(previous, text, lexicon) { return .line }
        if let first = text.nextWord(after: next.start), first.startsLowercase || first.startsWithDigit { return nil }
        if let word = text.word(endingAt: previous.end, after: previous.start),
           lexicon.prepositions.contains(word) || Self.joiningWords.contains(word) { return nil }
        // A long line in a block of similar lines is hard-wrapped prose; a short one is a headline.
        if width >= 40 && width * 4 >= widest * 3 { return nil }
        return .line
    }

    /// A headline: at least two words, each capitalised unless it is a short function word.
    private static func isTitleCase(_ line: TextRange, _ text: TextScanner, _ lexicon: SegmentationLexicon) -> Bool {
        var words = 0
        var offset = line.start
        while let word = text.nextWord(after: offset, limit: line.end) {
            words += 1
            offset = word.range.end
            let minor = word.lowercased.count <= 4 && (lexicon.prepositions.contains(word.lowercased) || joiningWords.contains(word.lowercased))
            if !word.startsUppercase && !word.startsWithDigit && !minor { return false }
        }
        return words >= 2
    }

    /// Words after which a line cannot end a sentence or a headline.
    private static let joiningWords: Set<String> = ["the", "a", "an", "and", "or", "but", "that", "of", "to"]

    /// Width in scalars (trailing spaces too), counted eight bytes at a time.
    private static func width(of range: TextRange, _ utf8: [UInt8]) -> Int {
        OffsetConverter.units(in: utf8, from: range.start, to: range.end, unit: .codepoint)
    }

    /// Splits text at LF, CR LF, CR, VT, FF, NEL, U+2028 and U+2029.
    static func lines(in utf8: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        var blank = true
        func close(terminatorLength: Int, paragraph: Bool = false) {
            lines.append(Line(content: TextRange(start: start, end: index),
                              terminator: TextRange(start: index, end: index + terminatorLength),
                              isBlank: blank, endsParagraph: paragraph))
            index += terminatorLength
            start = index
            blank = true
        }
        while index < utf8.count {
            if !blank {
                // Once a line has text, only the first byte of a terminator matters: skipped eight
                // bytes at a time while all are ASCII from 0x0E up, then byte by byte to the end of the
                // block that may hold one.
                while true {
                    index = Self.skippingPlainASCII(utf8, from: index)
                    let blockEnd = min(utf8.count, index + 8)
                    while index < blockEnd, !(0x0A...0x0D).contains(utf8[index]), utf8[index] != 0xC2, utf8[index] != 0xE2 { index += 1 }
                    if index < blockEnd || index == utf8.count { break }
                }
                guard index < utf8.count else { break }
            }
            let byte = utf8[index]
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                close(terminatorLength: 1)
            case 0x0D:
                close(terminatorLength: index + 1 < utf8.count && utf8[index + 1] == 0x0A ? 2 : 1)
            case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85:
                close(terminatorLength: 2)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                close(terminatorLength: 3, paragraph: utf8[index + 2] == 0xA9)
            case 0x20, 0x09:
                index += 1
            default:
                if byte < 0x80 {
                    blank = false
                    index += 1
                } else {
                    let (scalar, length) = utf8.scalar(at: index)
                    if !scalar.isSpace { blank = false }
                    index += length
                }
            }
        }
        if start < utf8.count {
            lines.append(Line(content: TextRange(start: start, end: utf8.count),
                              terminator: TextRange(start: utf8.count, end: utf8.count),
                              isBlank: blank, endsParagraph: false))
        }
        return lines
    }

    /// The first offset from `index` of a block of eight bytes that may hold a control character or a
    /// byte of a non-ASCII scalar (a line terminator is one or starts with one).
    private static func skippingPlainASCII(_ utf8: [UInt8], from index: Int) -> Int {
        utf8.withUnsafeBytes { raw in
            ByteBlock.skip(raw, from: index, to: raw.count) { ByteBlock.below($0, 0x0E) | ByteBlock.nonASCII($0) != 0 }
        }
    }
}
