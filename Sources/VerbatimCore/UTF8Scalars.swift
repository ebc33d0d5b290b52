/// Scalar access on UTF-8 bytes by byte offset, for stages that scan text without `String.Index`.
extension Array where Element == UInt8 {
    /// The scalar that starts at `offset` and its length in bytes. Assumes valid UTF-8.
    /// - Complexity: O(1).
    @inlinable
    public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for index in offset + 1..<Swift.min(offset + length, count) {
            value = value << 6 | UInt32(self[index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `offset` and the offset it starts at.
    /// - Complexity: O(1).
    @inlinable
    public func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = offset - 1
        while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).scalar, start)
    }

    /// True when `offset` falls between two scalars (or at either end).
    @inlinable
    public func isScalarBoundary(_ offset: Int) -> Bool {
        offset == 0 || offset == count || (offset > 0 && offset < count && self[offset] & 0xC0 != 0x80)
    }

    /// `before` + the text of the bytes at `range` + `after`, made in one buffer: a rule's evidence
    /// ("cue 'said' with a reported clause") is written for every annotation, and interpolation grew
    /// the string piece by piece.
    public func text(_ before: StaticString, _ range: TextRange, _ after: StaticString) -> String {
        // (Like `String(decoding:as:)`, this repairs any ill-formed bytes, so the text is the same.)
        let middle = Swift.max(0, Swift.min(range.end, count) - Swift.max(0, range.start))
        // (Each piece copied whole: byte by byte, with a check per byte, was most of the cost.)
        return String(unsafeUninitializedCapacity: before.utf8CodeUnitCount + middle + after.utf8CodeUnitCount) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            base.update(from: before.utf8Start, count: before.utf8CodeUnitCount)
            withUnsafeBufferPointer { bytes in
                if middle > 0 { (base + before.utf8CodeUnitCount).update(from: bytes.baseAddress! + Swift.max(0, range.start), count: middle) }
            }
            (base + before.utf8CodeUnitCount + middle).update(from: after.utf8Start, count: after.utf8CodeUnitCount)
            return before.utf8CodeUnitCount + middle + after.utf8CodeUnitCount
        }
    }

    /// Whether the bytes at `range` end with an ASCII `suffix` ("ing", "ed"): read in place, no String
    /// made (the rules ask it of token after token).
    @inlinable
    public func bytes(_ range: TextRange, endWith suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard range.length >= length, range.end <= count else { return false }
        let expected = suffix.utf8Start
        return withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < length {
                guard bytes[range.end - length + offset] == expected[offset] else { return false }
                offset += 1
            }
            return true
        }
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether these bytes are exactly `text`'s: lengths first, then the bytes, with no `String`
    /// involved (comparing with `"…".utf8` walked a string view byte by byte, for every attribute
    /// of every lexicon entry at start-up).
    @inlinable
    public func spells(_ text: StaticString) -> Bool {
        count == text.utf8CodeUnitCount && text.withUTF8Buffer { elementsEqual($0) }
    }
}

extension Unicode.Scalar {
    // The tests below decide ASCII inline and ask Unicode's properties out of line, in the
    // `@inline(never)` functions at the end. Code that reads `properties` itself makes the function
    // it is inlined into fetch the metadata of the standard library's property types, and make stack
    // room for them, on every call, whether the scalar is ASCII or not: a third of the tokenizer.

    /// White space including no-break spaces (U+00A0, U+202F) and line separators.
    @inlinable
    public var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : Self.isWhitespace(self)
    }

    @inlinable
    public var isLetterOrDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20) }
        return Self.isAlphabeticOrNumeric(self)
    }

    /// Quotation marks and brackets that can open a span: “ ‘ « ‹ „ ‚ " ' ( [ { 「 『 ¿ ¡.
    @inlinable
    public var isOpening: Bool {
        if value < 0x80 { return value == 0x22 || value == 0x27 || value == 0x28 || value == 0x5B || value == 0x7B }
        return Self.isOpeningBeyondASCII(self)
    }

    /// Quotation marks and brackets that can close a span: ” ’ » › " ' ) ] } 」 』.
    @inlinable
    public var isClosing: Bool {
        if value < 0x80 { return value == 0x22 || value == 0x27 || value == 0x29 || value == 0x5D || value == 0x7D }
        return Self.isClosingBeyondASCII(self)
    }

    /// An upper-case letter (Unicode's Uppercase property).
    @inlinable
    public var isUppercaseLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : Self.hasUppercaseProperty(self)
    }

    /// A lower-case letter (Unicode's Lowercase property).
    @inlinable
    public var isLowercaseLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : Self.hasLowercaseProperty(self)
    }

    /// A letter (Unicode's Alphabetic property).
    @inlinable
    public var isLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value | 0x20) : Self.hasAlphabeticProperty(self)
    }

    /// A scalar with a numeric value: a digit, a fraction, a Roman numeral.
    @inlinable
    public var isNumeric: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : Self.hasNumericType(self)
    }

    /// A mark that combines with the letter before it (general category Mn).
    @inlinable
    public var isNonspacingMark: Bool {
        value >= 0x80 && Self.isNonspacingMarkBeyondASCII(self)
    }

    /// General Punctuation, U+2000–U+206F: dashes, curly quotes, ellipses, bullets, the commonest
    /// scalars beyond ASCII in news. None is a letter, a digit or cased; a few are spaces. Answered
    /// without the property tables (a look-up there costs hundreds of instructions).
    @usableFromInline
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool { (0x2000...0x206F).contains(scalar.value) }

    @usableFromInline @inline(never)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard isGeneralPunctuation(scalar) else { return scalar.properties.isWhitespace }
        return scalar.value <= 0x200A || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x202F || scalar.value == 0x205F
    }

    @usableFromInline @inline(never)
    static func isAlphabeticOrNumeric(_ scalar: Unicode.Scalar) -> Bool {
        !isGeneralPunctuation(scalar) && (scalar.properties.isAlphabetic || scalar.properties.numericValue != nil)
    }

    @usableFromInline @inline(never)
    static func isOpeningBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .openPunctuation, .initialPunctuation: return true
        default: return scalar == "„" || scalar == "‚" || scalar == "¿" || scalar == "¡"
        }
    }

    @usableFromInline @inline(never)
    static func isClosingBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return scalar == "“" || scalar == "‘"
        }
    }

    @usableFromInline @inline(never)
    static func hasUppercaseProperty(_ scalar: Unicode.Scalar) -> Bool { !isGeneralPunctuation(scalar) && scalar.properties.isUppercase }

    @usableFromInline @inline(never)
    static func hasLowercaseProperty(_ scalar: Unicode.Scalar) -> Bool { !isGeneralPunctuation(scalar) && scalar.properties.isLowercase }

    @usableFromInline @inline(never)
    static func hasAlphabeticProperty(_ scalar: Unicode.Scalar) -> Bool { !isGeneralPunctuation(scalar) && scalar.properties.isAlphabetic }

    /// (A numeric type goes with a numeric value; the value, a `Double?`, is copied without the
    /// runtime's generic value witnesses that the type's optional went through.)
    @usableFromInline @inline(never)
    static func hasNumericType(_ scalar: Unicode.Scalar) -> Bool { !isGeneralPunctuation(scalar) && scalar.properties.numericValue != nil }

    @usableFromInline @inline(never)
    static func isNonspacingMarkBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}
