import VerbatimCore

/// Our corrections to ICU's candidate sentence ends: abbreviations, initials, "?!" before a
/// lower-case word or an attribution, ellipses, bullets and inline lists.
struct BoundaryRules {
    let text: TextScanner
    let lexicon: SegmentationLexicon
    /// Offsets of every ".", ")" and 0xE2 byte (which leads "…" and every bullet): the only
    /// places the rules below look at, found in one pass.
    let marks: [Int]
    /// Dot runs ("...", ". . .", "…"), ascending.
    let dotRuns: [DotRun]

    init(_ utf8: [UInt8], lexicon: SegmentationLexicon) {
        self.text = TextScanner(utf8)
        self.lexicon = lexicon
        self.marks = Self.marks(in: utf8)
        self.dotRuns = DotRun.all(in: utf8, marks: marks)
    }

    /// Offsets of `.`, `)` and of the lead byte 0xE2 (`…` and other marks): eight bytes at a time are
    /// tested for any of the three, and only a block that may hold one is read byte by byte.
    private static func marks(in utf8: [UInt8]) -> [Int] {
        var found: [Int] = []
        utf8.withUnsafeBytes { bytes in
            func isMark(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x29 || byte == 0xE2 }
            var index = 0
            while index + 16 <= bytes.count {
                let blocks = bytes.loadUnaligned(fromByteOffset: index, as: SIMD2<UInt64>.self)
                if ByteBlock.any(ByteBlock.equal(blocks, 0x2E) | ByteBlock.equal(blocks, 0x29) | ByteBlock.equal(blocks, 0xE2)) {
                    for offset in index..<index + 16 where isMark(bytes[offset]) { found.append(offset) }
                }
                index += 16
            }
            for offset in index..<bytes.count where isMark(bytes[offset]) { found.append(offset) }
        }
        return found
    }

    var utf8: [UInt8] { text.utf8 }

    /// Whether ICU's candidate boundary at `offset` ends a sentence that started at `sentenceStart`.
    func keeps(_ offset: Int, sentenceStart: Int) -> Bool {
        // "HEMPSTEAD, N.Y. ― If …": a horizontal bar (E2 80 95) goes on with the sentence, as ICU lets
        // the other dashes do (UAX #29's SContinue, which lacks U+2015). ICU's boundary falls after the
        // spaces; read from the bytes, as this is asked at every boundary.
        let after = offset < utf8.count && utf8[offset] == 0x20 ? text.skippingSpaces(from: offset, limit: utf8.count) : offset
        if after + 2 < utf8.count, utf8[after] == 0xE2, utf8[after + 1] == 0x80, utf8[after + 2] == 0x95 { return false }
        let end = text.trimmingSpaces(before: offset, limit: sentenceStart)
        guard let terminal = text.lastSignificantScalar(before: end, after: sentenceStart) else { return true }
        if isInDotRun(terminal.start) { return false }
        switch terminal.scalar {
        case ".":
            return keepsAfterFullStop(at: terminal.start, next: offset, sentenceStart: sentenceStart)
        case "?", "!", "‽":
            return keepsAfterQuestionOrExclamation(at: terminal.start, end: end, next: offset)
        default:
            return true
        }
    }

    /// Where a kept boundary really falls: after a closing mark set off by a space ("fini. » Il"),
    /// when the sentence opened that quotation; ICU would start the next sentence with it.
    func cut(at offset: Int, sentenceStart: Int) -> Int {
        guard offset < utf8.count else { return offset }
        let (next, length) = utf8.scalar(at: offset)
        guard let opener = Self.openerOfDetachedCloser(next) else { return offset }
        var opened = 0
        var index = sentenceStart
        while index < offset {
            let (scalar, scalarLength) = utf8.scalar(at: index)
            if scalar == opener { opened += 1 } else if scalar == next { opened -= 1 }
            index += scalarLength
        }
        return opened > 0 ? offset + length : offset
    }

    /// Closing marks that can stand apart from the sentence they close, with their opening mark;
    /// both directions of guillemets, since German writes »so«.
    /// (A switch, not a dictionary: every cut asks, and most ask of a space or a letter.)
    private static func openerOfDetachedCloser(_ closer: Unicode.Scalar) -> Unicode.Scalar? {
        switch closer {
        case "»": "«"
        case "«": "»"
        case "›": "‹"
        case "‹": "›"
        case "”": "“"
        case "“": "„"
        case "」": "「"
        case "』": "『"
        default: nil
        }
    }

    /// "Mr. Smith", "p. 55", "U.S. Government", "Albert I. Jones" continue; "Co. It", "E.U. How",
    /// "you and I. Did" end.
    private func keepsAfterFullStop(at dot: Int, next offset: Int, sentenceStart: Int) -> Bool {
        let token = text.token(endingAt: dot + 1, after: sentenceStart)
        guard let kind = abbreviationKind(of: token) else { return true }
        guard let next = text.nextWord(after: offset) else { return true }
        let ends: Bool
        switch kind {
        case .title:
            ends = isSentenceStarter(next)
        case .number where next.startsWithDigit:
            ends = false
        case .number, .postpositive:
            ends = !next.startsWithDigit && (isSentenceStarter(next) || isTitle(next))
        }
        return ends && !isPrepositionalFragment(sentenceStart..<token.start)
    }

    /// The kind of an abbreviation token ending in "." — from the lexicon, or by shape: a single
    /// capital is an initial, letters separated by dots ("N.A.T.O.") a postpositive abbreviation.
    func abbreviationKind(of token: TextRange) -> SegmentationLexicon.AbbreviationKind? {
        // An ASCII token (most: a full stop after an ordinary word) is read from its bytes, with no
        // string made; the same tests as below, on bytes.
        if let key = asciiLowercasedKey(of: token) {
            if let kind = lexicon.abbreviationKeys[key] { return kind }
            let length = token.end - 1 - token.start
            if length == 1 { return (0x41...0x5A).contains(utf8[token.start]) ? .title : nil }
            guard length > 1 else { return nil }
            for offset in 0..<length {
                let byte = utf8[token.start + offset]
                guard offset % 2 == 1 ? byte == UInt8(ascii: ".") : (0x61...0x7A).contains(byte | 0x20) else { return nil }
            }
            return .postpositive
        }
        let spelled = String(decoding: utf8[token.start..<token.end], as: UTF8.self)
        if let kind = lexicon.abbreviations[spelled.lowercased()] { return kind }
        let scalars = Array(spelled.unicodeScalars.dropLast())
        // Only a single letter or a dotted run can still be an abbreviation: most words stop here.
        guard scalars.count == 1 || scalars.contains("."),
              scalars.allSatisfy({ $0 == "." || $0.isLetter }) else { return nil }
        if scalars.count == 1 { return scalars[0].isUppercaseLetter ? .title : nil }
        // Alternating letter and dot: "U.S", "e.g", "N.A.T.O".
        let alternating = scalars.enumerated().allSatisfy { index, scalar in (index % 2 == 1) == (scalar == ".") }
        return alternating ? .postpositive : nil
    }

    /// The key `SegmentationLexicon.abbreviationKeys` has for the token's lower-cased bytes, or nil
    /// when the token is not ASCII.
    private func asciiLowercasedKey(of token: TextRange) -> TokenKey? {
        var key = TokenKeys.offset
        for index in token.start..<token.end {
            let byte = utf8[index]
            guard byte < 0x80 else { return nil }
            TokenKeys.add((0x41...0x5A).contains(byte) ? byte | 0x20 : byte, to: &key)
        }
        return key
    }

    /// "What?” she asked." and "Yahoo! in" continue; so does "“Why now?” asked Smith."
    private func keepsAfterQuestionOrExclamation(at mark: Int, end: Int, next offset: Int) -> Bool {
        guard let next = text.nextWord(after: offset) else { return true }
        if next.startsLowercase { return false }
        let closesQuote = end > mark + 1 && utf8.scalar(before: end).scalar.isClosing
        return !(closesQuote && startsAttribution(at: next))
    }

    /// A speech verb within the first four words: "said Smith", "Smith asked", "Prime Minister Jones said".
    private func startsAttribution(at first: TextScanner.Word) -> Bool {
        var word: TextScanner.Word? = first
        for _ in 0..<4 {
            guard let current = word else { return false }
            if lexicon.speechVerbForms.contains(current.lowercased) { return true }
            guard current.startsUppercase else { return false }
            word = text.nextWord(after: current.range.end)
        }
        return false
    }

    private func isSentenceStarter(_ word: TextScanner.Word) -> Bool {
        guard word.startsUppercase else { return false }
        // (Most words hold no apostrophe, and need no split into parts to say so.)
        let mayHoldApostrophe = word.lowercased.utf8.contains { $0 == UInt8(ascii: "'") || $0 == 0xE2 }
        let bare = !mayHoldApostrophe ? word.lowercased
            : word.lowercased.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? word.lowercased
        return lexicon.sentenceStarters.contains(bare)
    }

    private func isTitle(_ word: TextScanner.Word) -> Bool {
        word.followedByDot && lexicon.abbreviations[word.lowercased + "."] == .title
    }

    /// "At 5" before "a.m. Mr. Smith went": a few words opened by a preposition cannot stand alone.
    private func isPrepositionalFragment(_ range: Range<Int>) -> Bool {
        guard let first = text.nextWord(after: range.lowerBound, limit: range.upperBound),
              lexicon.prepositions.contains(first.lowercased) else { return false }
        var words = 0
        var index = range.lowerBound
        while let word = text.nextWord(after: index, limit: range.upperBound) {
            words += 1
            index = word.range.end
        }
        return words <= 3
    }

    private func isInDotRun(_ offset: Int) -> Bool {
        let index = dotRuns.partitioningIndex { $0.range.end > offset }
        return index < dotRuns.count && dotRuns[index].range.contains(offset)
    }

    // MARK: Boundaries ICU does not see

    /// Where ellipses end sentences: after "....", after ". . . ." and after "..." or "…" before a
    /// capital; before ". . . The" when the full stop is attached to the word before. Never after a
    /// spaced ". . ." or inside "[...]".
    func ellipsisBreaks() -> [Int] {
        var breaks: [Int] = []
        for run in dotRuns where !run.isBracketed(in: utf8) {
            guard let next = text.nextWord(after: afterClosings(run.range.end)), next.startsUppercase else { continue }
            // (A run that opens with "…" is an ellipsis first: "-… . Z" breaks after the run, and never
            // inside the character.)
            if run.isSpaced && run.isAttached(in: utf8) && run.dots == 4 && utf8[run.range.start] == UInt8(ascii: ".") {
                breaks.append(run.range.start + 1)
            } else if !(run.isSpaced && run.dots == 3) {
                breaks.append(afterClosings(run.range.end))
            }
        }
        return breaks
    }

    /// Bullets in the middle of a line ("• 9. first • 10. second") start a new item.
    func bulletBreaks() -> [Int] {
        // Every bullet we know is encoded with a leading 0xE2 byte.
        marks.filter { index in
            utf8[index] == 0xE2 && index > 0 && TextScanner.isBullet(utf8.scalar(at: index).scalar) && utf8.scalar(before: index).scalar.isSpace
        }
    }

    /// Inline numbered or lettered lists ("1) first 2) second", "a. first b. second"): a marker
    /// starts an item when the marker before it on the same paragraph has the previous number.
    func listBreaks(paragraphStarts: [Int]) -> [Int] {
        var breaks: [Int] = []
        var previous: (value: Int, offset: Int, paragraph: Int)?
        var paragraph = 0
        var lastMarker = -1
        // A marker ends in "." or ")": find those, then look back for its digits or letter.
        for end in marks where utf8[end] != 0xE2 {
            guard let index = markerStart(endingAt: end), index > lastMarker,
                  let length = text.listMarkerLength(at: index), index + length < utf8.count,
                  utf8.scalar(at: index + length).scalar.isSpace,
                  let value = Self.markerValue(utf8[index..<index + length]) else { continue }
            lastMarker = index
            while paragraph + 1 < paragraphStarts.count, paragraphStarts[paragraph + 1] <= index { paragraph += 1 }
            let itemStart = bulletStart(before: index) ?? index
            if let last = previous, last.paragraph == paragraph, value == last.value + 1 {
                breaks.append(itemStart)
                breaks.append(last.offset)
            }
            previous = (value, itemStart, paragraph)
        }
        return breaks
    }

    /// The start of "12" or "b" just before `end`, when a space, a bullet or the text's start precedes it.
    private func markerStart(endingAt end: Int) -> Int? {
        var start = end
        while start > 0, end - start < 3, (0x30...0x39).contains(utf8[start - 1]) { start -= 1 }
        if start == end, start > 0, (0x61...0x7A).contains(utf8[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        return start == 0 || Self.isSpaceOrBullet(before: start, utf8) ? start : nil
    }

    /// The offset of a bullet just before a list marker ("• 9."), which then starts the item.
    private func bulletStart(before offset: Int) -> Int? {
        let end = text.trimmingSpaces(before: offset)
        guard end > 0 else { return nil }
        let (scalar, start) = utf8.scalar(before: end)
        return TextScanner.isBullet(scalar) ? start : nil
    }

    private static func isSpaceOrBullet(before index: Int, _ utf8: [UInt8]) -> Bool {
        let byte = utf8[index - 1]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) }
        let scalar = utf8.scalar(before: index).scalar
        return scalar.isSpace || TextScanner.isBullet(scalar)
    }

    private static func markerValue(_ marker: ArraySlice<UInt8>) -> Int? {
        let head = marker.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ")") }
        if let first = head.first, (0x61...0x7A).contains(first) { return Int(first) - 0x60 }
        return Int(String(decoding: head, as: UTF8.self))
    }

    private func afterClosings(_ offset: Int) -> Int {
        var index = offset
        while index < utf8.count {
            let (scalar, length) = utf8.scalar(at: index)
            guard scalar.isClosing else { break }
            index += length
        }
        return index
    }
}

/// Three or more full stops, together or single-spaced, or "…" (which counts as three).
struct DotRun {
    var range: TextRange
    var dots: Int
    /// Written with spaces between the dots: ". . .".
    var isSpaced: Bool

    /// The first dot touches the word before it: "compounds. . . .".
    func isAttached(in utf8: [UInt8]) -> Bool {
        range.start > 0 && !utf8.scalar(before: range.start).scalar.isSpace
    }

    /// An editor's omission in brackets: "[...]", "(…)".
    func isBracketed(in utf8: [UInt8]) -> Bool {
        guard range.start > 0, range.end < utf8.count else { return false }
        let before = utf8.scalar(before: range.start).scalar, after = utf8.scalar(at: range.end).scalar
        return (before == "[" || before == "(") && (after == "]" || after == ")")
    }

    static func all(in utf8: [UInt8], marks: [Int]) -> [DotRun] {
        var runs: [DotRun] = []
        var resume = 0
        // "." is 0x2E and "…" starts with 0xE2: only those bytes can start a run.
        for index in marks where index >= resume && utf8[index] != 0x29 {
            guard let first = dotLength(at: index, utf8) else { continue }
            var dots = first.dots, end = index + first.length, spaced = false
            while true {
                if let more = dotLength(at: end, utf8) {
                    dots += more.dots
                    end += more.length
                } else if end + 1 < utf8.count, utf8[end] == 0x20, let more = dotLength(at: end + 1, utf8) {
                    dots += more.dots
                    end += 1 + more.length
                    spaced = true
                } else {
                    break
                }
            }
            if dots >= 3 { runs.append(DotRun(range: TextRange(start: index, end: end), dots: dots, isSpaced: spaced)) }
            resume = end
        }
        return runs
    }

    /// "." is one dot of one byte, "…" three dots of three bytes.
    private static func dotLength(at index: Int, _ utf8: [UInt8]) -> (dots: Int, length: Int)? {
        guard index < utf8.count else { return nil }
        if utf8[index] == UInt8(ascii: ".") { return (1, 1) }
        if utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA6 { return (3, 3) }
        return nil
    }
}
