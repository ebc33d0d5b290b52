/// The matching key of a word: a 64-bit FNV-1a hash of its lower-cased UTF-8 with ’ read as '.
/// Comparing hashes instead of strings keeps matching free of allocation; with 64 bits, collisions
/// among a lexicon's hundred thousand words are not a practical concern.
public typealias TokenKey = UInt64

public enum TokenKeys {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable
    public static func add(_ byte: UInt8, to hash: inout UInt64) {
        hash = (hash ^ UInt64(byte)) &* prime
    }

    /// Adds a scalar, lower-cased, to `hash`.
    @inlinable
    public static func add(_ scalar: Unicode.Scalar, to hash: inout UInt64) {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            add((0x41...0x5A).contains(byte) ? byte | 0x20 : byte, to: &hash)
        } else {
            addBeyondASCII(scalar, to: &hash)
        }
    }

    /// (Out of line, as the property tests of `Unicode.Scalar.isSpace` are.)
    @usableFromInline @inline(never)
    static func addBeyondASCII(_ scalar: Unicode.Scalar, to hash: inout UInt64) {
        if scalar == "’" {
            add(UInt8(ascii: "'"), to: &hash)
        } else if !Unicode.Scalar.isGeneralPunctuation(scalar), scalar.properties.changesWhenLowercased {
            for byte in scalar.properties.lowercaseMapping.utf8 { add(byte, to: &hash) }
        } else {
            for byte in String(scalar).utf8 { add(byte, to: &hash) }
        }
    }

    /// FNV-1a over `text`'s UTF-8 bytes as they are (no case folding), continuing from `hash`: a key for
    /// names that are not words (entry ids, feature names).
    public static func ofBytes(_ text: String, after hash: UInt64 = offset) -> UInt64 {
        text.withUTF8Bytes { bytes in
            var hash = hash
            for byte in bytes { add(byte, to: &hash) }
            return hash
        }
    }

    /// `ofBytes(_:after:)` of text written in the source (a feature's name, "l="): its bytes read in
    /// place, where a `String` was first copied out of its small-string form.
    @inlinable @inline(__always)
    public static func ofBytes(literal text: StaticString, after hash: UInt64 = offset) -> UInt64 {
        guard text.hasPointerRepresentation else { return ofBytes(text.description, after: hash) }
        var hash = hash
        for index in 0..<text.utf8CodeUnitCount { add(text.utf8Start[index], to: &hash) }
        return hash
    }

    /// The key of an ASCII word or mark written in the source ("that", ","), computed where it is read:
    /// the compiler knows a literal's bytes and folds the hash to a constant, where a `static let`
    /// holding `of(_:)` was a call to its one-time initializer at every read. (Other text is hashed
    /// by `of(_:)` when read.)
    @inlinable @inline(__always)
    public static func of(literal text: StaticString) -> TokenKey {
        guard text.hasPointerRepresentation else { return of(text.description) }
        var hash = offset
        for index in 0..<text.utf8CodeUnitCount {
            let byte = text.utf8Start[index]
            guard byte < 0x80 else { return of(text.description) }
            add((0x41...0x5A).contains(byte) ? byte | 0x20 : byte, to: &hash)
        }
        return hash
    }

    /// The key of a single word or mark written as `text` ("of", ",", "Sen").
    public static func of(_ text: String) -> TokenKey {
        // ASCII, the common case, read from the contiguous bytes: walking the scalars (or the UTF-8
        // view) cost hundreds of instructions a word.
        if let hash = text.withUTF8Bytes({ bytes -> TokenKey? in
            var hash = offset
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                add((0x41...0x5A).contains(byte) ? byte | 0x20 : byte, to: &hash)
            }
            return hash
        }) { return hash }
        var hash = offset
        for scalar in text.unicodeScalars { add(scalar, to: &hash) }
        return hash
    }
}

/// A word or mark of punctuation, as the entity matcher sees the text.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable {
        /// Letters and digits, with inner apostrophes and dots ("O'Brien", "U.S").
        case word
        /// A hyphen between words, whatever its code point (-, U+2010, U+2011).
        case hyphen
        /// The possessive "'s" or "’s" split off a word ("Russia’s" → "Russia" + "’s").
        case possessive
        /// Any other mark.
        case punctuation
    }

    // Sixteen bytes a token: the start in 32 bits (a text is at most `maximumTextBytes`), the length in
    // 24 (a word is cut at `maximumBytes`) and the kind and flags in the 8 above it. A long document's
    // tokens are its largest array, faulted in page by page and read by every stage (with 32 bytes a
    // token, the rules' searches of it were cache misses).
    @usableFromInline var start: UInt32
    @usableFromInline var lengthAndFlags: UInt32
    public var key: TokenKey

    /// The longest text tokens can hold (2 GiB): offsets and token indices fit in 32 bits.
    public static let maximumTextBytes = Int(Int32.max)
    /// The longest token (16 MiB): a longer run of letters is cut into words this long.
    public static let maximumBytes = (1 << 24) - 1

    @usableFromInline static let lengthMask: UInt32 = (1 << 24) - 1
    @usableFromInline static let kindShift: UInt32 = 24
    @usableFromInline static let capitalizedBit: UInt32 = 1 << 26
    @usableFromInline static let allCapsBit: UInt32 = 1 << 27
    @usableFromInline static let digitBit: UInt32 = 1 << 28
    @usableFromInline static let sentenceStartBit: UInt32 = 1 << 29

    public var range: TextRange {
        @inlinable get { TextRange(unchecked: Int(start), Int(start) + Int(lengthAndFlags & Self.lengthMask)) }
        set {
            precondition(newValue.length <= Self.maximumBytes, "a token of more than 16 MiB")
            start = UInt32(newValue.start)
            lengthAndFlags = lengthAndFlags & ~Self.lengthMask | UInt32(newValue.length)
        }
    }

    public var kind: Kind {
        // (The two bits are the case's raw value, which is how the case is stored: no check, no call.)
        @inlinable @inline(__always) get { unsafeBitCast(UInt8(truncatingIfNeeded: lengthAndFlags >> Self.kindShift) & 3, to: Kind.self) }
        set { lengthAndFlags = lengthAndFlags & ~(3 << Self.kindShift) | UInt32(newValue.rawValue) << Self.kindShift }
    }

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool { @inlinable get { has(Self.capitalizedBit) } set { set(Self.capitalizedBit, newValue) } }
    /// Has letters and none of them lower-case ("NATO", "U.S").
    public var isAllCaps: Bool { @inlinable get { has(Self.allCapsBit) } set { set(Self.allCapsBit, newValue) } }
    public var startsWithDigit: Bool { @inlinable get { has(Self.digitBit) } set { set(Self.digitBit, newValue) } }
    /// The first word of its sentence.
    public var startsSentence: Bool { @inlinable get { has(Self.sentenceStartBit) } set { set(Self.sentenceStartBit, newValue) } }

    @inlinable @inline(__always)
    func has(_ bit: UInt32) -> Bool { lengthAndFlags & bit != 0 }

    private mutating func set(_ bit: UInt32, _ isOn: Bool) {
        lengthAndFlags = isOn ? lengthAndFlags | bit : lengthAndFlags & ~bit
    }

    init(range: TextRange, key: TokenKey, kind: Kind, isCapitalized: Bool = false, isAllCaps: Bool = false, startsWithDigit: Bool = false) {
        start = UInt32(truncatingIfNeeded: range.start)
        lengthAndFlags = UInt32(truncatingIfNeeded: range.length) | UInt32(kind.rawValue) << Self.kindShift
            | (isCapitalized ? Self.capitalizedBit : 0) | (isAllCaps ? Self.allCapsBit : 0) | (startsWithDigit ? Self.digitBit : 0)
        self.key = key
    }
}

/// Splits text into word and punctuation tokens with hashed keys, for stages that compare words
/// with lexicons. Boundaries follow UAX #29 words (as ICU's word break iterator does) for the cases
/// names and cues need; the entity matcher confirms each match's edges with ICU.
public enum WordTokenizer {
    @inlinable public static var hyphenKey: TokenKey { TokenKeys.of(literal: "-") }
    @inlinable public static var possessiveKey: TokenKey { TokenKeys.of(literal: "'s") }

    /// - Precondition: `utf8` holds at most `Token.maximumTextBytes` bytes.
    /// - Complexity: O(n).
    public static func tokens(in utf8: [UInt8], range: Range<Int>? = nil) -> [Token] {
        precondition(utf8.count <= Token.maximumTextBytes, "a text of more than 2 GiB cannot be tokenized")
        var tokens: [Token] = []
        let end = range?.upperBound ?? utf8.count
        var index = range?.lowerBound ?? 0
        // News runs at about a token per four and a half bytes (a word, its space, and the commas and
        // full stops between): room for one per four, so that the array is not made twice and copied;
        // a short phrase (a lexicon alias) gets room for a few more.
        tokens.reserveCapacity((end - index) / 4 + 4)
        while index < end {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if byte < 0x80, !((0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)) {
                let isHyphen = byte == UInt8(ascii: "-")
                var hash = TokenKeys.offset
                TokenKeys.add(byte, to: &hash)
                tokens.append(Token(range: TextRange(start: index, end: index + 1), key: isHyphen ? hyphenKey : hash,
                                    kind: isHyphen ? .hyphen : .punctuation))
                index += 1
                continue
            }
            // A word ends where a token's length could no longer be held (its last scalar may run three
            // bytes past): a longer run of letters goes on as the next word.
            let wordLimit = min(end, index + Token.maximumBytes - 3)
            // Any other ASCII byte is a letter or digit: a word, with no scalar decoded to tell.
            if byte < 0x80 {
                if let plain = plainWord(from: index, utf8, wordLimit) {
                    tokens.append(Token(range: TextRange(start: index, end: plain.end), key: plain.key, kind: .word,
                                        isCapitalized: (0x41...0x5A).contains(byte), isAllCaps: plain.hasLetter && !plain.hasLower,
                                        startsWithDigit: (0x30...0x39).contains(byte)))
                    index = plain.end
                } else {
                    index = word(from: index, utf8, wordLimit, into: &tokens)
                }
                continue
            }
            let (scalar, length) = utf8.scalar(at: index)
            if scalar.isLetterOrDigit {
                index = word(from: index, utf8, wordLimit, into: &tokens)
            } else if scalar.isSpace {
                index += length
            } else {
                let isHyphen = scalar == "\u{2010}" || scalar == "\u{2011}"
                var hash = TokenKeys.offset
                TokenKeys.add(scalar, to: &hash)
                tokens.append(Token(range: TextRange(start: index, end: index + length), key: isHyphen ? hyphenKey : hash,
                                    kind: isHyphen ? .hyphen : .punctuation))
                index += length
            }
        }
        return tokens
    }

    /// A comma after a digit of a number that starts with a digit, before exactly three digits.
    private static func isThousandsSeparator(at index: Int, start: Int, _ utf8: [UInt8], _ end: Int) -> Bool {
        func isDigit(_ at: Int) -> Bool { at < end && (0x30...0x39).contains(utf8[at]) }
        return index > start && isDigit(start) && isDigit(index - 1) && isDigit(index + 1) && isDigit(index + 2) && isDigit(index + 3)
            && !isDigit(index + 4)
    }

    /// Most words: ASCII letters and digits only, ended by a byte that cannot continue a word (not
    /// `,` `'` `.` `&` or a non-ASCII byte, which `word` looks at). Its end, key and letter cases;
    /// nil for any other word. (Kept apart from `word`, this loop holds its state in registers.)
    @inline(__always)
    private static func plainWord(from start: Int, _ utf8: [UInt8], _ end: Int)
        -> (end: Int, key: TokenKey, hasLower: Bool, hasLetter: Bool)? {
        utf8.withUnsafeBufferPointer { bytes in
            var index = start, hash = TokenKeys.offset, hasLower = false, hasLetter = false
            while index < end {
                let byte = bytes[index]
                if byte &- 0x61 < 26 {
                    hasLower = true
                    hasLetter = true
                    TokenKeys.add(byte, to: &hash)
                } else if byte &- 0x41 < 26 {
                    hasLetter = true
                    TokenKeys.add(byte | 0x20, to: &hash)
                } else if byte &- 0x30 < 10 {
                    TokenKeys.add(byte, to: &hash)
                } else {
                    break
                }
                index += 1
            }
            if index < end {
                let byte = bytes[index]
                if byte >= 0x80 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "&") { return nil }
            }
            return (index, hash, hasLower, hasLetter)
        }
    }

    private static func word(from start: Int, _ utf8: [UInt8], _ end: Int, into tokens: inout [Token]) -> Int {
        var index = start
        var wordEnd = start
        var hasLower = false, hasLetter = false
        var hash = TokenKeys.offset
        var possessiveStart: Int?
        while index < end {
            let byte = utf8[index]
            if byte < 0x80 {
                if (0x61...0x7A).contains(byte) {
                    hasLower = true
                    hasLetter = true
                    TokenKeys.add(byte, to: &hash)
                    index += 1
                    wordEnd = index
                    continue
                }
                if (0x41...0x5A).contains(byte) {
                    hasLetter = true
                    TokenKeys.add(byte | 0x20, to: &hash)
                    index += 1
                    wordEnd = index
                    continue
                }
                if (0x30...0x39).contains(byte) {
                    TokenKeys.add(byte, to: &hash)
                    index += 1
                    wordEnd = index
                    continue
                }
                // Any other ASCII byte ends the word, except the few tested below (most words end at
                // a space, with no scalar to decode).
                guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
                        || byte == UInt8(ascii: "&") else { break }
            }
            let (scalar, length) = utf8.scalar(at: index)
            if byte >= 0x80, scalar.isLetterOrDigit || scalar.isNonspacingMark {
                if scalar.isLetter {
                    hasLetter = true
                    if scalar.isLowercaseLetter { hasLower = true }
                }
                TokenKeys.add(scalar, to: &hash)
                index += length
                wordEnd = index
                continue
            }
            // "1,700", "300,000": a comma that groups three digits stays inside the number.
            if byte == UInt8(ascii: ","), isThousandsSeparator(at: index, start: start, utf8, end) {
                TokenKeys.add(byte, to: &hash)
                index += 1
                continue
            }
            // Inner apostrophe, dot or ampersand between two letters or digits stays inside the word.
            guard scalar == "'" || scalar == "’" || scalar == "." || scalar == "&", index + length < end else { break }
            let next = utf8.scalar(at: index + length)
            guard next.scalar.isLetterOrDigit else { break }
            if scalar == "'" || scalar == "’", next.scalar == "s" || next.scalar == "S",
               index + length + next.length >= end || !utf8.scalar(at: index + length + next.length).scalar.isLetterOrDigit {
                possessiveStart = index
                wordEnd = index
                index += length + next.length
                break
            }
            TokenKeys.add(scalar, to: &hash)
            index += length
        }
        let firstByte = utf8[start]
        let capitalized = firstByte < 0x80 ? (0x41...0x5A).contains(firstByte) : utf8.scalar(at: start).scalar.isUppercaseLetter
        let digit = firstByte < 0x80 ? (0x30...0x39).contains(firstByte) : utf8.scalar(at: start).scalar.isNumeric
        tokens.append(Token(range: TextRange(start: start, end: wordEnd), key: hash, kind: .word, isCapitalized: capitalized,
                            isAllCaps: hasLetter && !hasLower, startsWithDigit: digit))
        if let possessiveStart {
            tokens.append(Token(range: TextRange(start: possessiveStart, end: index), key: possessiveKey, kind: .possessive))
        }
        return index
    }

    /// The keys of a phrase's tokens, as the same phrase in a text would have them.
    public static func keys(of phrase: String) -> [TokenKey] {
        tokens(in: Array(phrase.utf8)).map(\.key)
    }
}

extension String {
    public func replacingApostrophes() -> String {
        guard unicodeScalars.contains("’") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    }
}
