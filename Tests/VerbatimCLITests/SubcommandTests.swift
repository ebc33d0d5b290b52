import Foundation
import Testing
import Verbatim

@Suite(.temporaryFiles) struct SubcommandTests {
    let seed = "seeds/macron-europe-russia.txt"

    func rows(_ run: Run) -> [JSONValue] { run.lines }

    @Test func quotesListsSpeakersAndFiltersBySpeaker() throws {
        let all = try verbatim(["quotes", seed, "--published", "2026-02-13", "--format", "jsonl"])
        #expect(all.status == 0)
        #expect(rows(all).contains { $0["speaker"] == .string("Sergey Lavrov") && $0["cue"] == .string("dismissed") })
        let lavrov = try verbatim(["quotes", seed, "--speaker", "lavrov", "--format", "jsonl"])
        #expect(!rows(lavrov).isEmpty)
        #expect(rows(lavrov).allSatisfy { $0["speaker"] == .string("Sergey Lavrov") })
    }

    @Test(arguments: ["tsv", "csv", "text", "table", "json"])
    func everyListingFormatPrints(format: String) throws {
        let run = try verbatim(["quotes", seed, "--format", format])
        #expect(run.status == 0)
        let text = String(decoding: run.stdout, as: UTF8.self)
        #expect(text.contains("Sergey Lavrov"))
        switch format {
        case "tsv": #expect(text.hasPrefix("id\tspeaker\tcue\tkind\tquote"))
        case "csv": #expect(text.hasPrefix("id,speaker,cue,kind,quote"))
        case "table": #expect(text.hasPrefix("ID"))
        case "json": #expect(try JSONParser.parse(run.stdout).arrayValue?.isEmpty == false)
        default: #expect(text.contains(" | "))
        }
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let piped = String(decoding: try verbatim(["quotes", seed, "--format", "table"]).stdout, as: UTF8.self)
        #expect(!piped.contains("\u{1B}["))
        let forced = String(decoding: try verbatim(["quotes", seed, "--format", "table", "--color", "always"]).stdout, as: UTF8.self)
        #expect(forced.hasPrefix("\u{1B}[1mID"))
    }

    @Test func unwritableOutputIsAnIOError() throws {
        let run = try verbatim(["review", seed, "-o", "/proc/verbatim-cannot-write-here.html"])
        #expect(run.status == 74)
    }

    @Test func entitiesFilterByTypeWithCodepointOffsets() throws {
        let run = try verbatim(["entities", seed, "--type", "person", "--format", "jsonl"])
        let text = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(seed), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        #expect(rows(run).allSatisfy { $0["type"] == .string("person") })
        for row in rows(run) {
            let start = row["start"]!.intValue!, end = row["end"]!.intValue!
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == row["text"]?.stringValue)
        }
    }

    @Test func placesCountMentionsWithGazetteerFacts() throws {
        let moscow = try #require(rows(try verbatim(["places", seed, "--format", "jsonl"])).first { $0["name"] == .string("Moscow") })
        #expect(moscow["country"] == .string("RU"))
        #expect(moscow["geonames"] == .int(524901))
        #expect(moscow["mentions"] == .int(5))
        #expect(moscow["lat"] != .null)
    }

    @Test func datesAndClaims() throws {
        let dates = rows(try verbatim(["dates", seed, "--published", "2026-02-13", "--format", "jsonl"]))
        #expect(dates.contains { $0["text"] == .string("early February") && $0["value"] == .string("2026-02") && $0["mod"] == .string("START") })
        let claims = rows(try verbatim(["claims", seed, "--published", "2026-02-13", "--format", "jsonl"]))
        let scores = claims.compactMap { row -> Double? in if case .double(let score)? = row["score"] { return score } else { return nil } }
        #expect(!scores.isEmpty && scores == scores.sorted(by: >))
    }

    @Test func schemaAndValidate() throws {
        let schema = try verbatim(["schema"])
        #expect(try JSONParser.parse(schema.stdout)["title"] == .string("Verbatim annotation record"))
        let record = try verbatim(["annotate", seed, "--format", "jsonl"]).stdout
        #expect(try verbatim(["validate", "-"], stdin: record).status == 0)
        // Break one span: validate must say where.
        var broken = String(decoding: record, as: UTF8.self)
        broken = broken.replacingOccurrences(of: "\"start\":0,\"end\":73", with: "\"start\":1,\"end\":73")
        let run = try verbatim(["validate", "-"], stdin: Array(broken.utf8))
        #expect(run.status == 65)
        #expect(run.stderr.contains("$.sentences[0]"))
    }

    @Test func lexiconCheckAndLookup() throws {
        let good = try temporaryFile("mine.tsv", Array("person:ana-ruiz\tperson\tjournalist\tAna Ruiz\tRuiz\tcountry=ES\n".utf8))
        let checked = try verbatim(["lexicon", "check", good])
        #expect(checked.status == 0)
        #expect(String(decoding: checked.stdout, as: UTF8.self).contains("ok, 1 entries"))
        let bad = try temporaryFile("bad.tsv", Array("x\tanimal\ts\tName\n".utf8))
        let refused = try verbatim(["lexicon", "check", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.tsv:1: unknown type 'animal'"))
        let lookup = try verbatim(["lexicon", "lookup", "Zelensky"])
        #expect(String(decoding: lookup.stdout, as: UTF8.self).hasPrefix("person:volodymyr-zelenskyy\t"))
        #expect(try verbatim(["lexicon", "lookup", "Nobody Atall"]).status == 1)
    }

    @Test func foldersFilesFromAndCustomFields() throws {
        let folder = URL(fileURLWithPath: try temporaryFile("a.txt", Array("Jane Holt said the vote failed.".utf8))).deletingLastPathComponent()
        try Data("{\"doc\":\"b\",\"body\":\"Prices rose 5% in 2025.\"}\n".utf8).write(to: folder.appendingPathComponent("b.jsonl"))
        let run = try verbatim(["annotate", folder.path, "--text-field", "body", "--id-field", "doc"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.map { $0["id"] } == [.string("a"), .string("b")])
        let list = try temporaryFile("list.txt", Array((folder.appendingPathComponent("a.txt").path + "\n").utf8))
        #expect(try verbatim(["annotate", "--files-from", list, "--format", "jsonl"]).lines.count == 1)
    }

    @Test func aBadTextFileInABatchBecomesAnErrorRecord() throws {
        let folder = URL(fileURLWithPath: try temporaryFile("good.txt", Array("Fine.".utf8))).deletingLastPathComponent()
        try Data([0x61, 0xFF]).write(to: folder.appendingPathComponent("bad.txt"))
        let run = try verbatim(["annotate", folder.path])
        #expect(run.status == 1)
        #expect(run.lines.count == 2)
        #expect(run.lines[0]["file"]?.stringValue?.hasSuffix("bad.txt") == true)
        #expect(run.lines[1]["id"] == .string("good"))
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        var lines: [String] = []
        for index in 0..<40 { lines.append(#"{"id":"r\#(index)","text":"Jane Holt said on Tuesday that prices rose \#(index)%."}"#) }
        let input = Array(lines.joined(separator: "\n").utf8)
        let one = try verbatim(["annotate", "-", "--input", "jsonl", "--jobs", "1"], stdin: input)
        let two = try verbatim(["annotate", "-", "--input", "jsonl", "--jobs", "2"], stdin: input)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
    }

    @Test func exportFormats() throws {
        let review = try verbatim(["annotate", seed, "--published", "2026-02-13", "--format", "claimreview"])
        let claims = try #require(try JSONParser.parse(review.stdout).arrayValue)
        #expect(!claims.isEmpty && claims.allSatisfy { $0["@type"] == .string("Claim") })
        let tsv = String(decoding: try verbatim(["annotate", seed, "--format", "checkthat"]).stdout, as: UTF8.self)
        #expect(tsv.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
    }
}
