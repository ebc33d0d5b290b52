import VerbatimCore

/// A span between matching quotation marks.
struct QuotedSpan {
    /// From the opening mark to the closing mark, both included.
    var outer: TextRange
    /// The words inside the marks; one piece per paragraph when a quote runs over several.
    var pieces: [TextRange]
    /// Inside another quotation.
    var isNested: Bool

    var inner: TextRange { TextRange(start: pieces[0].start, end: pieces[pieces.count - 1].end) }
}

/// Pairs quotation marks in every common style: “ ” " " ‘ ’ ' ' « » ‹ › „ “ ‚ ‘ 「」 『』, the
/// doubled marks of typewritten and archive text: ''…'' and ``…'', and curly with straight double
/// marks (“…" and "…”), which edited copy mixes.
///
/// Apostrophes (don’t, Russia’s) are told apart from closing single quotes by the letters on both
/// sides. A paragraph that opens a quote without closing it continues into the next paragraph when
/// that one opens with a mark (the newswire convention); otherwise the stray mark is ignored.
enum QuotationMarks {
    private struct Open {
        var mark: Unicode.Scalar
        var closers: Closers
        var offset: Int
        var length: Int
        var pieces: [TextRange] = []
        var pieceStart: Int
    }

    /// - Parameter paragraphs: the paragraphs' ranges, in order.
    /// - Complexity: O(n).
    static func spans(in utf8: [UInt8], paragraphs: [TextRange]) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var stack: [Open] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            var index = paragraph.start
            // A quote left open by the previous paragraph continues if this one opens with a mark.
            if !stack.isEmpty {
                let (scalar, length) = utf8.scalar(at: index)
                if let outer = stack.first, opens(scalar) != nil, scalar == outer.mark || isContinuation(scalar, of: outer.mark) {
                    stack = [outer]
                    stack[0].pieceStart = index + length
                    index += length
                } else {
                    stack.removeAll()
                }
            }
            while index < paragraph.end {
                // Every mark is either " ' or ` or starts with 0xC2 («»), 0xE2 (“”‘’„‚‹›) or 0xE3 (「」『』):
                // the bytes between are skipped in one tight loop (most of a text is letters).
                index = utf8.withUnsafeBytes { bytes in
                    let end = min(paragraph.end, bytes.count)
                    func mayStartMark(_ byte: UInt8) -> Bool {
                        byte < 0x61 ? byte == 0x22 || byte == 0x27 || byte == 0x60 : byte == 0xC2 || byte == 0xE2 || byte == 0xE3
                    }
                    // Eight bytes at a time while none is `"`, `'`, a backtick or a byte from 0x80 (the
                    // lead bytes above are among those), then byte by byte.
                    var next = ByteBlock.skip(bytes, from: index, to: end, unless: Self.mayHoldMark)
                    while next < end, !mayStartMark(bytes[next]) { next += 1 }
                    return next
                }
                guard index < paragraph.end else { break }
                let byte = utf8[index]
                var (scalar, length) = utf8.scalar(at: index)
                // Two apostrophes or two backticks make one double mark; a lone backtick is no mark.
                if byte == 0x27 || byte == 0x60, index + 1 < paragraph.end, utf8[index + 1] == byte {
                    scalar = byte == 0x27 ? Self.doubledApostrophe : Self.doubledBacktick
                    length = 2
                } else if byte == 0x60 {
                    index += 1
                    continue
                }
                defer { index += length }
                let before = index > paragraph.start ? utf8.scalar(before: index).scalar : " "
                let after = index + length < paragraph.end ? utf8.scalar(at: index + length).scalar : " "
                // Quotes nest a few levels at most: look for the opener among the innermost eight, which
                // keeps a run of thousands of unclosed marks linear.
                if Self.isClosingMark(scalar),
                   let depth = stack.indices.reversed().prefix(8).first(where: { stack[$0].closers.contains(scalar) }),
                   closes(scalar, before: before, after: after, opener: stack[depth].mark) {
                    var open = stack[depth]
                    stack.removeSubrange(depth...)
                    open.pieces.append(TextRange(start: open.pieceStart, end: index))
                    spans.append(QuotedSpan(outer: TextRange(start: open.offset, end: index + length),
                                            pieces: open.pieces.map { trimmed($0, utf8) }, isNested: depth > 0))
                } else if let closers = opens(scalar), canOpen(scalar, before: before, after: after) {
                    stack.append(Open(mark: scalar, closers: closers, offset: index, length: length, pieceStart: index + length))
                }
            }
            // Keep only the outermost open quote across the paragraph break, with this piece recorded.
            if var outer = stack.first, paragraphIndex + 1 < paragraphs.count {
                outer.pieces.append(TextRange(start: outer.pieceStart, end: paragraph.end))
                stack = [outer]
            } else {
                stack.removeAll()
            }
        }
        spans.sort { $0.outer < $1.outer }
        return spans
    }

    /// Whether any of eight bytes may start a mark: `"`, `'`, a backtick, or any byte from 0x80 (a
    /// test that can only err towards yes).
    private static func mayHoldMark(_ block: UInt64) -> Bool {
        ByteBlock.nonASCII(block) | ByteBlock.equal(block, 0x22) | ByteBlock.equal(block, 0x27) | ByteBlock.equal(block, 0x60) != 0
    }

    /// A piece without the spaces French and some other styles put inside the marks.
    private static func trimmed(_ piece: TextRange, _ utf8: [UInt8]) -> TextRange {
        let scanner = TextScanner(utf8)
        let start = scanner.skippingSpaces(from: piece.start, limit: piece.end)
        return TextRange(start: start, end: scanner.trimmingSpaces(before: piece.end, limit: start))
    }

    /// Stand-ins, from the private use area, for the two-character marks '' and ``.
    private static let doubledApostrophe: Unicode.Scalar = "\u{E000}"
    private static let doubledBacktick: Unicode.Scalar = "\u{E001}"

    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "“", "’", "‘", "\"", "'", "»", "«", "›", "‹", "」", "』", doubledApostrophe: true
        default: false
        }
    }

    /// The one or two marks that close an opening mark (a value, not a set: the scan asks this of
    /// every apostrophe).
    struct Closers {
        let first: Unicode.Scalar
        let second: Unicode.Scalar?

        init(_ first: Unicode.Scalar, _ second: Unicode.Scalar? = nil) {
            self.first = first
            self.second = second
        }

        func contains(_ scalar: Unicode.Scalar) -> Bool { scalar == first || scalar == second }
    }

    /// The closing marks for an opening mark, or nil when `scalar` never opens.
    private static func opens(_ scalar: Unicode.Scalar) -> Closers? {
        switch scalar {
        // Typed text mixes curly and straight double marks: “…" and "…” are pairs too.
        case "“": Closers("”", "\"")
        case "‘": Closers("’")
        case "\"": Closers("\"", "”")
        case "'": Closers("'")
        case "«": Closers("»")
        case "»": Closers("«")
        case "‹": Closers("›")
        case "›": Closers("‹")
        case "„": Closers("“", "”")
        case "‚": Closers("‘", "’")
        case "「": Closers("」")
        case "『": Closers("』")
        case doubledApostrophe, doubledBacktick: Closers(doubledApostrophe)
        default: nil
        }
    }

    private static func isContinuation(_ scalar: Unicode.Scalar, of mark: Unicode.Scalar) -> Bool {
        (mark == "„" && scalar == "„") || (mark == "“" && scalar == "“") || (mark == "«" && scalar == "«")
    }

    /// An opening mark stands before a word, after a space, an opening bracket or the paragraph start;
    /// a straight or closing-shaped mark must also not close a word ("rock 'n' roll" aside).
    private static func canOpen(_ scalar: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "»", "›", doubledApostrophe:
            return (before.isSpace || before.isOpening || before == "—" || before == "–" || before == ":")
                && !after.isSpace
        case "«", "‹":
            return true // French sets guillemets off with spaces
        default:
            return !after.isSpace || after == "\u{202F}" || after == "\u{00A0}"
        }
    }

    /// (Out of line: see `Unicode.Scalar.isSpace`.)
    @inline(never)
    private static func isOtherPunctuation(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .otherPunctuation }

    /// A closing mark ends a word or punctuation; an apostrophe inside a word ("don’t") does not close.
    private static func closes(_ scalar: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar, opener: Unicode.Scalar) -> Bool {
        switch scalar {
        case "’", "'":
            if before.isLetterOrDigit && after.isLetterOrDigit { return false }
            return !before.isSpace
        case "\"", doubledApostrophe:
            return !before.isSpace || after.isSpace || isOtherPunctuation(after)
        default:
            return true
        }
    }
}
