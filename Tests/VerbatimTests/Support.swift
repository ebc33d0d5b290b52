import Foundation
import Verbatim

/// The repository's root, found from this file so tests need nothing outside the checkout.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let sharedAnnotator: Annotator = try! Annotator()

func annotate(_ text: String, id: String? = nil, published: String? = nil) throws -> Document {
    try sharedAnnotator.annotate(ArticleRecord(id: id, text: text, metadata: Metadata(published: published)))
}

func record(_ document: Document, offsets: OffsetUnit = .codepoint) -> JSONValue {
    AnnotationEncoder(offsets: offsets, toolVersion: Verbatim.version).record(for: document)
}

/// Every object in `value` that has integer `start` and `end` and a string `text`.
func spans(in value: JSONValue) -> [(start: Int, end: Int, text: String)] {
    switch value {
    case .array(let items):
        return items.flatMap(spans(in:))
    case .object(let members):
        var found: [(Int, Int, String)] = []
        if let start = value["start"]?.intValue, let end = value["end"]?.intValue, let text = value["text"]?.stringValue {
            found.append((start, end, text))
        }
        return found + members.flatMap { spans(in: $0.1) }
    default:
        return []
    }
}

/// `text[start..<end]` counted in `unit`, as Python, JavaScript or a byte-oriented reader would slice.
func slice(_ text: String, _ start: Int, _ end: Int, unit: OffsetUnit) -> String? {
    switch unit {
    case .codepoint:
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    case .utf16:
        let units = Array(text.utf16)
        guard start >= 0, start <= end, end <= units.count else { return nil }
        return String(decoding: units[start..<end], as: UTF16.self)
    case .utf8:
        let bytes = Array(text.utf8)
        guard start >= 0, start <= end, end <= bytes.count else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
