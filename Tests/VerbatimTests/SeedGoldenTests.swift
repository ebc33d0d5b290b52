import Foundation
import Testing
import Verbatim

/// The seed article's full record, compared with a reviewed golden file.
/// Re-record on purpose with `VERBATIM_RECORD=1 swift test --filter SeedGoldenTests`; the test then
/// fails once so the new file is looked at in the diff.
@Suite struct SeedGoldenTests {
    let seed = repositoryRoot.appendingPathComponent("seeds/macron-europe-russia.txt")
    let golden = repositoryRoot.appendingPathComponent("Tests/VerbatimTests/Golden/macron-europe-russia.json")

    func seedRecord() throws -> [UInt8] {
        let text = try UTF8Decoding.decode(try Data(contentsOf: seed))
        let document = try annotate(text, id: "macron-europe-russia", published: "2026-02-13")
        return record(document).serialized(.pretty) + [0x0A]
    }

    @Test func matchesGoldenFile() throws {
        let actual = try seedRecord()
        if ProcessInfo.processInfo.environment["VERBATIM_RECORD"] == "1" {
            try Data(actual).write(to: golden)
            Issue.record("re-recorded \(golden.lastPathComponent); review the diff and run again")
            return
        }
        let expected = [UInt8](try Data(contentsOf: golden))
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        // Compared as values and as bytes; on a difference only the first differing line is shown.
        let sameValue = try JSONParser.parse(actual) == JSONParser.parse(expected)
        let sameBytes = actual == expected
        #expect(sameValue, "record differs in value")
        #expect(sameBytes, "record differs in bytes at line \((firstDifference?.offset ?? min(actualLines.count, expectedLines.count)) + 1): \(firstDifference.map { "got \($0.element.0)" } ?? "length differs")")
    }

    @Test func seedSentencesAreRight() throws {
        let text = try UTF8Decoding.decode(try Data(contentsOf: seed))
        let document = try annotate(text)
        let sentences = document.sentences.map { document.text(of: $0.range) }
        #expect(sentences.first == "Macron Urges Europe to Prepare Now for Future Talks with Russia and Putin")
        #expect(sentences.contains("by Chief Editor"))
        #expect(sentences.contains("• Coordinate their positions and security guarantees before any diplomatic overture."))
        #expect(sentences.contains("Yes."))
        #expect(sentences.contains { $0.hasPrefix("During a visit to northeastern France on 3\u{202F}February\u{202F}2026, Macron told reporters") && $0.hasSuffix("European partners.”") })
        #expect(sentences.last == "Leave a Comment")
        // No sentence runs across a blank line.
        #expect(!sentences.contains { $0.contains("\n\n") })
    }

    @Test(arguments: [JSONValue.Style.compact, .pretty])
    func streamingWriterMatchesTheTree(style: JSONValue.Style) throws {
        let text = try UTF8Decoding.decode(try Data(contentsOf: seed))
        let document = try annotate(text, id: "seed", published: "2026-02-13")
        let encoder = AnnotationEncoder(toolVersion: Verbatim.version)
        var streamed: [UInt8] = []
        encoder.write(document, to: &streamed, style: style)
        let same = streamed == encoder.record(for: document).serialized(style)
        #expect(same)
        // Handed over every few hundred bytes, the pieces make the same record.
        var pieces: [UInt8] = []
        var count = 0
        encoder.write(document, style: style, pieceSize: 256) { piece in
            pieces += piece
            count += 1
        }
        let joined = pieces == streamed
        #expect(joined)
        #expect(count > 10)
        // Encoded into the encoder's own buffer (as a batch's records are), the bytes are the same.
        let encoded = encoder.encode(document, style: style)
        #expect(encoded.count == streamed.count)
        let sameEncoded = encoded.bytes == streamed
        #expect(sameEncoded)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = try seedRecord(), second = try seedRecord()
        #expect(first == second, "two runs differ")
    }
}
