// Using Verbatim as a library: annotate a text and walk its sentences.
//
//   swift run library-usage "Dr. Ruiz spoke at 9 a.m. Mr. Lee left. “Why?” she asked."
import Verbatim

let text = CommandLine.arguments.dropFirst().joined(separator: " ")
let annotator = try Annotator()
let document = try annotator.annotate(ArticleRecord(id: "example", text: text))
for sentence in document.sentences {
    print("[\(sentence.paragraph)] \(document.text(of: sentence.range))  (ends: \(sentence.boundary.rawValue))")
}
// The same document as the JSON record `verbatim annotate` prints, offsets in UTF-16 for a JS consumer:
let json = AnnotationEncoder(offsets: .utf16, toolVersion: Verbatim.version).record(for: document)
print(String(decoding: json.serialized(), as: UTF8.self))
