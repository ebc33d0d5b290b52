import Testing
import VerbatimCore

@Suite struct OffsetConverterTests {
    /// Every scalar boundary of `text` converts to the count Swift itself gives for that prefix.
    @Test(arguments: [
        "",
        "plain ASCII",
        "café e\u{301}",
        "CRLF\r\nline",
        "emoji 👩‍👩‍👧 and 🇫🇷 flags",
        "NBSP\u{00A0}NNBSP\u{202F}“quotes” «guillemets»",
        String(repeating: "é😀a", count: 100),
        // Whole blocks of ASCII (read without a scan) between blocks that need one, and text ending mid-block.
        String(repeating: "plain words, ", count: 12) + "“é”" + String(repeating: "more ASCII ", count: 20) + "😀 end",
    ])
    func convertsEveryBoundary(text: String) {
        let utf8 = Array(text.utf8)
        let codepoints = OffsetConverter(utf8: utf8, unit: .codepoint)
        let utf16 = OffsetConverter(utf8: utf8, unit: .utf16)
        let bytes = OffsetConverter(utf8: utf8, unit: .utf8)
        var scalarCount = 0, utf16Count = 0, byteCount = 0
        for scalar in text.unicodeScalars {
            #expect(codepoints.convert(byteCount) == scalarCount)
            #expect(utf16.convert(byteCount) == utf16Count)
            #expect(bytes.convert(byteCount) == byteCount)
            scalarCount += 1
            utf16Count += scalar.utf16.count
            byteCount += scalar.utf8.count
        }
        #expect(codepoints.convert(utf8.count) == text.unicodeScalars.count)
        #expect(utf16.convert(utf8.count) == text.utf16.count)
    }
}

@Suite struct ScalarPropertyTests {
    /// The tests answered without Unicode's tables (ASCII, General Punctuation) agree with the tables.
    @Test func shortcutsAgreeWithTheProperties() {
        for value in Array(0...0x7F) + Array(0x2000...0x206F) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let properties = scalar.properties
            #expect(scalar.isSpace == properties.isWhitespace)
            #expect(scalar.isLetterOrDigit == (properties.isAlphabetic || properties.numericType != nil))
            #expect(scalar.isLetter == properties.isAlphabetic)
            #expect(scalar.isUppercaseLetter == properties.isUppercase)
            #expect(scalar.isLowercaseLetter == properties.isLowercase)
            #expect(scalar.isNumeric == (properties.numericType != nil))
            #expect(scalar.isNonspacingMark == (properties.generalCategory == .nonspacingMark))
            #expect(TokenKeys.of(String(scalar)) == TokenKeys.of(scalar == "’" ? "'" : String(scalar).lowercased()))
        }
    }
}

@Suite struct UTF8DecodingTests {
    @Test func dropsByteOrderMark() throws {
        #expect(try UTF8Decoding.decode([0xEF, 0xBB, 0xBF] + Array("hi".utf8)) == "hi")
    }

    @Test func keepsCRLFAndNoBreakSpaces() throws {
        let text = "a\r\nb\u{202F}c"
        #expect(try UTF8Decoding.decode(Array(text.utf8)) == text)
    }

    @Test(arguments: [
        ([0x61, 0xFF, 0x62], 1),
        ([0x61, 0x62, 0xC3], 2),                   // truncated sequence at the end
        ([0xE2, 0x80, 0x9C, 0xED, 0xA0, 0x80], 3), // an encoded surrogate
        ([0xEF, 0xBB, 0xBF, 0x61, 0x80], 4),       // offsets count the BOM
    ] as [([UInt8], Int)])
    func refusesInvalidUTF8WithTheFirstBadByte(bytes: [UInt8], offset: Int) {
        #expect(throws: InputError.invalidUTF8(byteOffset: offset)) { try UTF8Decoding.decode(bytes) }
    }

    @Test func lossyReplacesBadBytes() throws {
        #expect(try UTF8Decoding.decode([0x61, 0xFF, 0x62], lossy: true) == "a\u{FFFD}b")
    }
}
