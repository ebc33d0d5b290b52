import Testing
import Verbatim

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

    /// A value far larger than the writer's first buffer, most of it escapes (six bytes each).
    @Test func writesValuesLargerThanItsFirstBuffer() throws {
        let text = String(repeating: "\u{1}é\"", count: 20_000)
        let value = JSONValue.array([.string(text), .int(-1), .object([("k", .string(text))])])
        #expect(try JSONParser.parse(value.serialized()) == value)
        #expect(try JSONParser.parse(value.serialized(.pretty)) == value)
    }

    /// Integers are written as `String(value)` writes them, at every length and at both extremes.
    @Test(arguments: [0, 7, -7, 10, -10, 99, 100, 65_535, -1_000_001, 1 << 40, Int.max, Int.min])
    func writesIntegersAsSwiftPrintsThem(value: Int) {
        #expect(String(decoding: JSONValue.int(value).serialized(), as: UTF8.self) == String(value))
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
