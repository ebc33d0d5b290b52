/// Word-level looks around a byte offset, for rules that inspect a few words of context.
///
/// Every method is O(length of the words it reads), so rules applied at each candidate boundary
/// keep a stage linear in the text.
public struct TextScanner {
    public let utf8: [UInt8]

    public init(_ utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// A word: letters and digits, with inner apostrophes, hyphens and dots ("U.S", "don't").
    public struct Word {
        public var range: TextRange
        /// Lower-cased text.
        public var lowercased: String
        public var first: Unicode.Scalar
        /// A full stop follows the word directly ("Mr.").
        public var followedByDot: Bool

        public var startsUppercase: Bool { first.isUppercaseLetter || (first.value >= 0x80 && Self.isTitlecase(first)) }
        public var startsLowercase: Bool { first.isLowercaseLetter }
        public var startsWithDigit: Bool { first.isNumeric }

        // (Out of line: see `Unicode.Scalar.isSpace`.)
        @inline(never) private static func isTitlecase(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.generalCategory == .titlecaseLetter
        }
    }

    /// The offset of the first non-space scalar at or after `offset` (at most `limit`).
    public func skippingSpaces(from offset: Int, limit: Int? = nil) -> Int {
        let limit = limit ?? utf8.count
        var index = offset
        while index < limit {
            let (scalar, length) = utf8.scalar(at: index)
            guard scalar.isSpace else { break }
            index += length
        }
        return index
    }

    /// The offset just after the last non-space scalar before `offset` (at least `limit`).
    public func trimmingSpaces(before offset: Int, limit: Int = 0) -> Int {
        var index = offset
        while index > limit {
            let (scalar, start) = utf8.scalar(before: index)
            guard scalar.isSpace else { break }
            index = start
        }
        return index
    }

    /// The word after `offset`, skipping spaces and opening quotes or brackets; nil when something
    /// else (or the end) comes first.
    public func nextWord(after offset: Int, limit: Int? = nil) -> Word? {
        let limit = limit ?? utf8.count
        var index = skippingSpaces(from: offset, limit: limit)
        while index < limit {
            let (scalar, length) = utf8.scalar(at: index)
            guard scalar.isOpening else { break }
            index += length
        }
        return word(startingAt: index, limit: limit)
    }

    /// The word starting exactly at `offset`, or nil.
    public func word(startingAt offset: Int, limit: Int? = nil) -> Word? {
        let limit = limit ?? utf8.count
        guard offset < limit else { return nil }
        let first = utf8.scalar(at: offset).scalar
        guard first.isLetterOrDigit else { return nil }
        var index = offset
        var end = offset
        while index < limit {
            let (scalar, length) = utf8.scalar(at: index)
            if scalar.isLetterOrDigit || scalar.isNonspacingMark {
                index += length
                end = index
            } else if Self.isInnerJoiner(scalar), index + length < limit,
                      utf8.scalar(at: index + length).scalar.isLetterOrDigit {
                index += length
            } else {
                break
            }
        }
        let range = TextRange(start: offset, end: end)
        let followedByDot = end < limit && utf8[end] == UInt8(ascii: ".")
        return Word(range: range, lowercased: String(decoding: utf8[offset..<end], as: UTF8.self).lowercased(),
                    first: first, followedByDot: followedByDot)
    }

    /// The lower-cased last word before `offset`, skipping spaces; nil when the text there does not
    /// end in a letter or digit.
    public func word(endingAt offset: Int, after limit: Int = 0) -> String? {
        let end = trimmingSpaces(before: offset, limit: limit)
        var start = end
        while start > limit {
            let (scalar, previous) = utf8.scalar(before: start)
            guard scalar.isLetterOrDigit else { break }
            start = previous
        }
        guard start < end else { return nil }
        return String(decoding: utf8[start..<end], as: UTF8.self).lowercased()
    }

    /// The run of non-space scalars that ends at `offset`, without the quotes or brackets before it
    /// (opening ones, or a closing one set there by mistake: "”Mr.").
    public func token(endingAt offset: Int, after limit: Int = 0) -> TextRange {
        var start = offset
        while start > limit {
            let (scalar, previous) = utf8.scalar(before: start)
            guard !scalar.isSpace else { break }
            start = previous
        }
        while start < offset {
            let (scalar, length) = utf8.scalar(at: start)
            guard scalar.isOpening || scalar.isClosing else { break }
            start += length
        }
        return TextRange(start: start, end: offset)
    }

    /// The last scalar before `offset` that is neither space nor a closing quote or bracket.
    public func lastSignificantScalar(before offset: Int, after limit: Int = 0) -> (scalar: Unicode.Scalar, start: Int)? {
        var index = offset
        while index > limit {
            let (scalar, start) = utf8.scalar(before: index)
            if !scalar.isSpace && !scalar.isClosing { return (scalar, start) }
            index = start
        }
        return nil
    }

    /// True when a bullet or list marker ("•", "- ", "1.", "2)", "a.") starts at `offset` and is
    /// followed by a space.
    public func startsListItem(at offset: Int) -> Bool {
        guard offset < utf8.count else { return false }
        let (scalar, length) = utf8.scalar(at: offset)
        if Self.isBullet(scalar) { return true }
        if Self.dashBullets.contains(scalar) { return isSpace(at: offset + length) }
        return listMarkerLength(at: offset).map { isSpace(at: offset + $0) } ?? false
    }

    /// The length of a list marker ("12.", "3)", "1.)", "b.") at `offset`, or nil.
    public func listMarkerLength(at offset: Int) -> Int? {
        var index = offset
        while index < utf8.count, index - offset < 3, (0x30...0x39).contains(utf8[index]) { index += 1 }
        let digits = index - offset
        if digits == 0 {
            guard index < utf8.count, (0x61...0x7A).contains(utf8[index]) else { return nil }
            index += 1
        }
        guard index < utf8.count else { return nil }
        if utf8[index] == UInt8(ascii: ")") { return index + 1 - offset }
        guard utf8[index] == UInt8(ascii: ".") else { return nil }
        index += 1
        if index < utf8.count, utf8[index] == UInt8(ascii: ")") { index += 1 }
        return index - offset
    }

    private func isSpace(at offset: Int) -> Bool {
        offset < utf8.count && utf8.scalar(at: offset).scalar.isSpace
    }

    /// Scalars that mark a list item wherever they stand: • ◦ ▪ ▫ ● ○ ■ □ ‣ ⁃ ∙ ➢ ► ▸ ✓ ✔.
    @inlinable
    public static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2022, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x2023, 0x2043, 0x2219, 0x27A2,
             0x25BA, 0x25B8, 0x2713, 0x2714: true
        default: false
        }
    }
    /// Scalars that mark a list item at the start of a line when a space follows.
    static let dashBullets: Set<Unicode.Scalar> = ["-", "*", "+", "–", "—"]

    private static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "’", "-", "\u{2011}", ".", "&": true
        default: false
        }
    }
}
