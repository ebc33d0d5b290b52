import VerbatimCore

/// One input article: `{"id", "text", "published"?, "title"?, "url"?, "language"?}`.
public struct ArticleRecord: Sendable, Equatable {
    public var id: String?
    public var text: String
    public var metadata: Metadata

    public init(id: String?, text: String, metadata: Metadata = Metadata()) {
        self.id = id
        self.text = text
        self.metadata = metadata
    }

    /// Parses one JSONL line.
    ///
    /// - Parameter lossy: replace invalid UTF-8 with U+FFFD instead of refusing the line.
    /// - Throws: `InputError` naming what is wrong; `partialID` carries the id when it could be read.
    public static func parse(line: ArraySlice<UInt8>, lossy: Bool, textField: String = "text",
                             idField: String = "id") throws(RecordError) -> ArticleRecord {
        var bytes = Array(line)
        if !UTF8Decoding.isValid(bytes), let bad = UTF8Decoding.firstInvalidOffset(in: bytes) {
            guard lossy else { throw RecordError(id: nil, reason: InputError.invalidUTF8(byteOffset: bad).description) }
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes, knownValidUTF8: true)
        } catch {
            throw RecordError(id: nil, reason: error.description)
        }
        guard case .object = value else { throw RecordError(id: nil, reason: "a record must be a JSON object") }
        let id: String?
        switch value[idField] {
        case nil, .null?: id = nil
        case .string(let string)?: id = string
        case .int(let number)?: id = String(number)
        default: throw RecordError(id: nil, reason: "\"\(idField)\" must be a string or an integer")
        }
        guard let textValue = value[textField] else { throw RecordError(id: id, reason: "missing \"\(textField)\"") }
        guard case .string(let text) = textValue else { throw RecordError(id: id, reason: "\"\(textField)\" must be a string") }
        var metadata = Metadata()
        do {
            if let published = try optionalString(value, "published") {
                metadata.published = try PublicationDate.normalize(published)
            }
            metadata.title = try optionalString(value, "title")
            metadata.url = try optionalString(value, "url")
            metadata.language = try optionalString(value, "language") ?? "en"
        } catch {
            throw RecordError(id: id, reason: error.description)
        }
        return ArticleRecord(id: id, text: text, metadata: metadata)
    }

    private static func optionalString(_ value: JSONValue, _ key: String) throws(InputError) -> String? {
        switch value[key] {
        case nil, .null?: return nil
        case .string(let string)?: return string
        default: throw .malformedRecord("\"\(key)\" must be a string")
        }
    }
}

/// A record that could not be annotated; it becomes `{"line", "id"?, "error"}` in the output.
public struct RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    public var id: String?
    public var reason: String

    public init(id: String?, reason: String) {
        self.id = id
        self.reason = reason
    }

    public var description: String { reason }
}

/// Publication dates: `YYYY-MM-DD`, or an ISO 8601 date-time whose date part is kept.
public enum PublicationDate {
    public static func normalize(_ text: String) throws(InputError) -> String {
        let scalars = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count, scalars[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(String(decoding: scalars[range], as: UTF8.self))
        }
        guard scalars.count == 10 || (scalars.count > 10 && (scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: " "))),
              let year = digits(0..<4), scalars[4] == UInt8(ascii: "-"), let month = digits(5..<7),
              scalars[7] == UInt8(ascii: "-"), let day = digits(8..<10),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            throw .malformedRecord("published date '\(text)' is not YYYY-MM-DD")
        }
        return String(decoding: scalars[0..<10], as: UTF8.self)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
