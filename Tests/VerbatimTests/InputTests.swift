import Testing
import Verbatim
@testable import VerbatimJSON

@Suite struct ArticleRecordTests {
    func parse(_ line: String) throws(RecordError) -> ArticleRecord {
        try ArticleRecord.parse(line: Array(line.utf8)[...], lossy: false)
    }

    @Test func readsEveryField() throws {
        let record = try parse(#"{"id":"a1","text":"Hi.","published":"2026-02-13T08:00:00Z","title":"T","url":"https://x.test/a","language":"fr"}"#)
        #expect(record == ArticleRecord(id: "a1", text: "Hi.", metadata: Metadata(published: "2026-02-13", title: "T", url: "https://x.test/a", language: "fr")))
        #expect(try parse(#"{"id":7,"text":""}"#).id == "7")
    }

    @Test(arguments: [
        (#"{"id":"a","text":"#, nil, "malformed JSON at byte 17: unexpected end of input"),
        (#"["a"]"#, nil, "a record must be a JSON object"),
        (#"{"id":"a"}"#, "a", "missing \"text\""),
        (#"{"id":"a","text":5}"#, "a", "\"text\" must be a string"),
        (#"{"id":"a","text":"x","published":"13/02/2026"}"#, "a", "published date '13/02/2026' is not YYYY-MM-DD"),
        (#"{"id":"a","text":"x","published":"2026-02-30"}"#, "a", "published date '2026-02-30' is not YYYY-MM-DD"),
        (#"{"id":"a","text":"\ud800"}"#, nil, "malformed JSON at byte 18: unpaired surrogate \\u escape"),
        (#"{"id":[1],"text":"x"}"#, nil, "\"id\" must be a string or an integer"),
    ] as [(String, String?, String)])
    func explainsWhatIsWrong(line: String, id: String?, reason: String) {
        #expect(throws: RecordError(id: id, reason: reason)) { try parse(line) }
    }

    @Test func invalidUTF8IsRefusedOrRepaired() throws {
        let bytes: [UInt8] = Array(#"{"text":"a"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(throws: RecordError(id: nil, reason: "invalid UTF-8 at byte offset 10 (use --lossy to replace bad bytes with U+FFFD)")) {
            try ArticleRecord.parse(line: bytes[...], lossy: false)
        }
        #expect(try ArticleRecord.parse(line: bytes[...], lossy: true).text == "a\u{FFFD}")
    }
}

@Suite struct JSONTests {
    @Test(arguments: [
        #"{"a":[1,-2.5e3,true,false,null,"x\n\"\\\/\u00e9\ud83d\ude00"],"b":{}}"#,
        #"[]"#, #""""#, #"0"#, #"-0.5"#,
    ])
    func roundTrips(text: String) throws {
        let value = try JSONParser.parse(text)
        #expect(try JSONParser.parse(value.serialized()) == value)
        #expect(try JSONParser.parse(value.serialized(.pretty)) == value)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\u{1}\"", "tru", "{} x", String(repeating: "[", count: 600)])
    func refusesMalformedInput(text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    /// Numbers are written as `String(value)` writes them, whether the thousandths fast path takes
    /// them (scores, confidences) or not.
    @Test func writesNumbersAsSwiftDoes() {
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 0.85, 0.95, 0.1 + 0.2, 1.0 / 3, 999_999.999, 1e9, 1e-5, 123_456_789.125,
                                .pi, -2.5e3, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        values += (0...2_000).map { Double($0) / 1000 } + (0...300).map { -Double($0) / 100 }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(bitPattern: state >> 2 | 0x3F00_0000_0000_0000) * 3 - 1)
        }
        for value in values {
            #expect(String(decoding: JSONValue.double(value).serialized(), as: UTF8.self) == String(value), "\(value)")
        }
        #expect(String(decoding: JSONValue.double(.nan).serialized(), as: UTF8.self) == "null")
        #expect(String(decoding: JSONValue.double(-.infinity).serialized(), as: UTF8.self) == "null")
    }

    @Test func escapesOnlyWhatJSONRequires() {
        #expect(String(decoding: JSONValue.string("é “q” \u{1}\t\"\\").serialized(), as: UTF8.self) == #""é “q” \u0001\t\"\\""#)
    }

    /// Each character that must be escaped, at every position in a run longer than the eight bytes
    /// the writer scans at once, among multi-byte scalars: read back, the string is the same.
    @Test(arguments: ["\u{0}", "\u{1F}", "\n", "\"", "\\"])
    func escapesAtEveryPosition(special: String) throws {
        for position in 0..<24 {
            let text = String(repeating: "aé", count: position / 2) + special + String(repeating: "😀b", count: 5)
            let serialized = JSONValue.string(text).serialized()
            #expect(!serialized.contains { $0 < 0x20 })
            #expect(try JSONParser.parse(serialized) == .string(text))
        }
    }

    /// Strings of every length up to 40 bytes (the writer copies eight at a time and the last few in
    /// overlapping words), plain or with one character to escape at each position, written exactly as a
    /// byte-by-byte escaper writes them.
    @Test func escapesStringsOfEveryLengthLikeAByteByByteEscaper() {
        func escaped(_ text: String) -> [UInt8] {
            var out: [UInt8] = [UInt8(ascii: "\"")]
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += Array(#"\""#.utf8)
                case 0x5C: out += Array(#"\\"#.utf8)
                case 0x0A: out += Array(#"\n"#.utf8)
                case 0x0D: out += Array(#"\r"#.utf8)
                case 0x09: out += Array(#"\t"#.utf8)
                case ..<0x20: out += Array(#"\u00"#.utf8) + Array(String(byte, radix: 16).leftPadded(to: 2).utf8)
                default: out.append(byte)
                }
            }
            return out + [UInt8(ascii: "\"")]
        }
        let filler = Array("abcdéfgh“ij”kl😀mnopqrstuvwxyz0123456789ABCDEF".unicodeScalars)
        for length in 0...40 {
            let plain = String(String.UnicodeScalarView(filler.prefix(length)))
            #expect(JSONValue.string(plain).serialized() == escaped(plain), "\(plain.debugDescription)")
            for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
                for position in 0...length {
                    var scalars = Array(filler.prefix(length))
                    scalars.insert(special.unicodeScalars.first!, at: position)
                    let text = String(String.UnicodeScalarView(scalars))
                    #expect(JSONValue.string(text).serialized() == escaped(text), "\(text.debugDescription)")
                }
            }
        }
    }

    /// Lexicon numbers (coordinates, ids) are copied as they are when that is what reading and writing
    /// them would give: every text the check lets through must read and write back to itself, and it
    /// must let through the ordinary ones.
    @Test func copiesOnlyNumbersThatWriteBackUnchanged() {
        func writtenBack(_ text: String) -> String {
            let value: JSONValue = Int(text).map { .int($0) } ?? Double(text).map { .double($0) } ?? .string(text)
            return String(decoding: value.serialized(), as: UTF8.self)
        }
        func isCopied(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { AnnotationEncoder.isCanonicalNumber($0) }
        }
        var texts = ["0", "-0", "7", "-7", "10", "007", "+5", "5.", ".5", "-", "", "1e5", "0.5", "-0.5", "0.50", "48.69096",
                     "-122.41942", "6255148", "0.0001", "0.00012", "0.00001", "1.000", "3.0", "123456789012345.6",
                     "12345678901234.5", "999999999999999999", "9999999999999999999", "1.5e3", "0x10", " 1", "1 "]
        // Random texts of digits, signs and points, from a fixed seed.
        let alphabet = Array("0123456789-.")
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) + 1
            texts.append(String((0..<length).map { alphabet[Int((state >> UInt64(4 * $0 + 3)) % 12)] }))
        }
        for text in texts where isCopied(text) {
            #expect(writtenBack(text) == text, "\(text)")
        }
        for text in ["0", "-7", "6255148", "48.69096", "-122.41942", "0.5", "0.0001", "12345678901234.5"] {
            #expect(isCopied(text), "\(text)")
        }
    }

    /// A value far larger than the writer's first buffer, most of it escapes (six bytes each).
    @Test func writesValuesLargerThanItsFirstBuffer() throws {
        let text = String(repeating: "\u{1}é\"", count: 20_000)
        let value = JSONValue.array([.string(text), .int(-1), .object([("k", .string(text))])])
        #expect(try JSONParser.parse(value.serialized()) == value)
        #expect(try JSONParser.parse(value.serialized(.pretty)) == value)
    }

    /// Integers are written as `String(value)` writes them, at every length and at both extremes.
    @Test(arguments: [0, 7, -7, 10, -10, 99, 100, 101, 1_000, 12_345, 65_535, -1_000_001, 999_999_999, 1 << 40, Int.max, Int.min])
    func writesIntegersAsSwiftPrintsThem(value: Int) {
        #expect(String(decoding: JSONValue.int(value).serialized(), as: UTF8.self) == String(value))
    }

    /// The digit count comes from the number of bits: every power of ten and of two, one either side
    /// of it, and their negatives, where a count off by one would show.
    @Test func writesIntegersAtEveryDigitAndBitBoundary() {
        var values: [Int] = []
        var power = 1
        for _ in 0...18 {
            values += [power - 1, power, power + 1]
            power = power.multipliedReportingOverflow(by: 10).partialValue
        }
        for bits in 0..<63 { values += [(1 << bits) - 1, 1 << bits, (1 << bits) + 1] }
        for value in values + values.map({ -$0 }) {
            #expect(String(decoding: JSONValue.int(value).serialized(), as: UTF8.self) == String(value))
        }
    }

    @Test func keepsKeyOrder() {
        let value = JSONValue.object([("z", .int(1)), ("a", .null)])
        #expect(String(decoding: value.serialized(), as: UTF8.self) == #"{"z":1,"a":null}"#)
    }
}

@Suite struct AnnotatorTests {
    @Test func refusesDocumentsOverTheLimit() throws {
        let small = try Annotator(Annotator.Configuration(maxDocumentBytes: 10))
        #expect(throws: AnnotatorError.self) { try small.annotate(ArticleRecord(id: nil, text: "eleven bytes")) }
    }

    @Test func emptyTextGivesAnEmptyRecord() throws {
        let value = record(try annotate(""))
        #expect(value["text"] == .string(""))
        #expect(value["sentences"] == .array([]))
        #expect(value["entities"] == .array([]))
    }

    @Test func provenanceNamesTheStages() throws {
        #expect(record(try annotate("A."))["provenance"]?["stages"] == .array(["segment.icu", "tokens.words", "entities.lexicon", "quotes.attribution", "dates.timex", "claims.signals"].map(JSONValue.string)))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
