import VerbatimCore

/// A word or mark of punctuation, as the entity matcher sees the text.
struct Token {
    enum Kind: UInt8 {
        /// Letters and digits, with inner apostrophes and dots ("O'Brien", "U.S").
        case word
        /// A hyphen between words, whatever its code point (-, U+2010, U+2011).
        case hyphen
        /// The possessive "'s" or "’s" split off a word ("Russia’s" → "Russia" + "’s").
        case possessive
        /// Any other mark.
        case punctuation
    }

    var range: TextRange
    var kind: Kind
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// Has letters and none of them lower-case ("NATO", "U.S").
    var isAllCaps: Bool
    var startsWithDigit: Bool
    /// The first token of its sentence.
    var startsSentence = false
}

/// Splits text into tokens for matching. Boundaries follow UAX #29 words (as ICU's word break
/// iterator does) for the cases names need; the matcher confirms each match's edges with ICU.
enum WordTokenizer {
    /// - Complexity: O(n).
    static func tokens(in utf8: [UInt8], range: Range<Int>? = nil) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(utf8.count / 5)
        let end = range?.upperBound ?? utf8.count
        var index = range?.lowerBound ?? 0
        while index < end {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            let (scalar, length) = utf8.scalar(at: index)
            if scalar.isLetterOrDigit {
                index = word(from: index, utf8, end, into: &tokens)
            } else if scalar.isSpace {
                index += length
            } else {
                let isHyphen = scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
                tokens.append(Token(range: TextRange(start: index, end: index + length),
                                    kind: isHyphen ? .hyphen : .punctuation,
                                    isCapitalized: false, isAllCaps: false, startsWithDigit: false))
                index += length
            }
        }
        return tokens
    }

    private static func word(from start: Int, _ utf8: [UInt8], _ end: Int, into tokens: inout [Token]) -> Int {
        var index = start
        var wordEnd = start
        var hasLower = false, hasLetter = false
        var possessiveStart: Int?
        while index < end {
            let (scalar, length) = utf8.scalar(at: index)
            if scalar.isLetterOrDigit || scalar.properties.generalCategory == .nonspacingMark {
                if scalar.value < 0x80 {
                    if (0x61...0x7A).contains(scalar.value) { hasLower = true; hasLetter = true }
                    else if (0x41...0x5A).contains(scalar.value) { hasLetter = true }
                } else if scalar.properties.isAlphabetic {
                    hasLetter = true
                    if scalar.properties.isLowercase { hasLower = true }
                }
                index += length
                wordEnd = index
                continue
            }
            // Inner apostrophe, dot or ampersand between two letters or digits stays inside the word.
            guard scalar == "'" || scalar == "’" || scalar == "." || scalar == "&", index + length < end else { break }
            let next = utf8.scalar(at: index + length)
            guard next.scalar.isLetterOrDigit else { break }
            if (scalar == "'" || scalar == "’"), next.scalar == "s" || next.scalar == "S",
               index + length + next.length >= end || !utf8.scalar(at: index + length + next.length).scalar.isLetterOrDigit {
                possessiveStart = index
                wordEnd = index
                index += length + next.length
                break
            }
            index += length
        }
        let first = utf8.scalar(at: start).scalar
        let capitalized = first.value < 0x80 ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
        tokens.append(Token(range: TextRange(start: start, end: wordEnd), kind: .word, isCapitalized: capitalized,
                            isAllCaps: hasLetter && !hasLower, startsWithDigit: first.properties.numericType != nil))
        if let possessiveStart {
            tokens.append(Token(range: TextRange(start: possessiveStart, end: index), kind: .possessive,
                                isCapitalized: false, isAllCaps: false, startsWithDigit: false))
        }
        return index
    }

    /// The matching key of a token: lower-cased, with ’ as '.
    static func key(_ token: Token, _ utf8: [UInt8]) -> String {
        key(utf8[token.range.start..<token.range.end])
    }

    static func key(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self).lowercased().replacingApostrophes()
    }
}

extension String {
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains("’") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    }
}
