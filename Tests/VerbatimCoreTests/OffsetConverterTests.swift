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
    @Test func aSuffixIsReadFromTheBytesInTheRange() {
        let utf8 = Array("he said, nothing".utf8)
        #expect(utf8.bytes(TextRange(start: 3, end: 7), endWith: "id"))
        #expect(!utf8.bytes(TextRange(start: 3, end: 7), endWith: "ing"))
        #expect(utf8.bytes(TextRange(start: 9, end: 16), endWith: "ing"))
        // Longer than the range, or past the text's end: no.
        #expect(!utf8.bytes(TextRange(start: 0, end: 2), endWith: "she"))
        #expect(!utf8.bytes(TextRange(start: 9, end: 40), endWith: "ing"))
    }

    @Test func aRuleTextJoinsItsPiecesAroundTheBytesInTheRange() {
        let utf8 = Array("Élysée said “no”".utf8)
        let said = TextRange(start: 9, end: 13)
        #expect(utf8.text("cue '", said, "' with a reported clause") == "cue 'said' with a reported clause")
        // Scalars of several bytes are copied whole; an empty or a clipped range adds what lies in the text.
        #expect(utf8.text("", TextRange(start: 0, end: 8), "!") == "Élysée!")
        #expect(utf8.text("[", TextRange(start: 4, end: 4), "]") == "[]")
        #expect(utf8.text("<", TextRange(start: 14, end: 99), ">") == "<“no”>")
        #expect(utf8.text("<", TextRange(start: 99, end: 120), ">") == "<>")
    }

    /// The tests answered without Unicode's tables (ASCII, General Punctuation) agree with the tables.
    /// Scalars of one to four bytes at every alignment to the converter's 32-byte blocks: every boundary
    /// converts as Swift counts it. (The fuzzer found a block with as many UTF-16 units as bytes that was
    /// not ASCII — an "é", then an emoji's lead byte as the block's last — read as ASCII.)
    @Test func convertsEveryBoundaryAtEveryAlignment() {
        let scalars: [String] = ["a", " ", "é", "\u{00A0}", "“", "€", "😀", "🇫", "\u{301}", "東"]
        var state: UInt64 = 0x5EED
        var texts: [String] = []
        for padding in 0..<32 {
            texts.append(String(repeating: "x", count: padding) + "é" + String(repeating: "a", count: 28) + "😀 after")
        }
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<60 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += scalars[Int(state >> 33) % scalars.count]
            }
            texts.append(text)
        }
        for text in texts {
            let utf8 = Array(text.utf8)
            let codepoints = OffsetConverter(utf8: utf8, unit: .codepoint), utf16 = OffsetConverter(utf8: utf8, unit: .utf16)
            var scalarCount = 0, utf16Count = 0, byteCount = 0
            for scalar in text.unicodeScalars {
                #expect(codepoints.convert(byteCount) == scalarCount, "\(text.debugDescription) at byte \(byteCount)")
                #expect(utf16.convert(byteCount) == utf16Count, "\(text.debugDescription) at byte \(byteCount)")
                scalarCount += 1
                utf16Count += scalar.utf16.count
                byteCount += scalar.utf8.count
            }
            #expect(codepoints.convert(byteCount) == scalarCount && utf16.convert(byteCount) == utf16Count)
        }
    }

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

    /// The batch reader's own validation says what the standard library's says: on every lead byte
    /// with every second byte, and on random mixes of ASCII runs (read eight bytes at a time) and the
    /// bytes where the rules change (lead bytes, range ends, continuation bytes).
    @Test func validationAgreesWithTheStandardLibrary() {
        func standard(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }
        for lead in 0x80...0xFF as ClosedRange<UInt8> {
            for second in 0x00...0xFF as ClosedRange<UInt8> {
                for bytes in [[lead, second], [lead, second, 0x80], [lead, second, 0xBF, 0xBF], Array("abcdefgh".utf8) + [lead, second, 0x90, 0x80]] {
                    #expect(UTF8Decoding.isValid(bytes) == standard(bytes), "\(bytes)")
                }
            }
        }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                              0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            // SplitMix64: the same cases on every run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random(6) {
                bytes += Array(repeating: UInt8(ascii: "a"), count: random(20))
                bytes += (0..<random(5)).map { _ in edges[random(edges.count)] }
            }
            #expect(UTF8Decoding.isValid(bytes) == standard(bytes), "\(bytes)")
        }
        #expect(UTF8Decoding.isValid(Array("“Quoted” — naïve café, 北京, 😀".utf8)))
    }
}
