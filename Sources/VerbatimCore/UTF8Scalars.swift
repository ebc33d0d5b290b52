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
}

extension Unicode.Scalar {
    /// White space including no-break spaces (U+00A0, U+202F) and line separators.
    /// (ASCII is decided without Unicode property tables: this runs on every byte of a scan.)
    @inlinable
    public var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    @inlinable
    public var isLetterOrDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20) }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Quotation marks and brackets that can open a span: “ ‘ « ‹ „ ‚ " ' ( [ { 「 『 ¿ ¡.
    @inlinable
    public var isOpening: Bool {
        if value < 0x80 { return value == 0x22 || value == 0x27 || value == 0x28 || value == 0x5B || value == 0x7B }
        switch properties.generalCategory {
        case .openPunctuation, .initialPunctuation: return true
        default: return self == "„" || self == "‚" || self == "¿" || self == "¡"
        }
    }

    /// Quotation marks and brackets that can close a span: ” ’ » › " ' ) ] } 」 』.
    @inlinable
    public var isClosing: Bool {
        if value < 0x80 { return value == 0x22 || value == 0x27 || value == 0x29 || value == 0x5D || value == 0x7D }
        switch properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return self == "“" || self == "‘"
        }
    }
}
