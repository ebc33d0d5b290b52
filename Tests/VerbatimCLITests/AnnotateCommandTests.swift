import Foundation
import Testing
import Verbatim

/// The `verbatim` binary, next to the test bundle in the build folder.
private let binary: URL = {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [folder, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    return candidates.map { $0.appendingPathComponent("verbatim") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? folder.appendingPathComponent("verbatim")
}()

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct Run {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String

    var lines: [JSONValue] {
        stdout.split(separator: 0x0A).map { try! JSONParser.parse(Array($0)) }
    }
}

func verbatim(_ arguments: [String], stdin: [UInt8] = []) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = root
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(stdin))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: [UInt8](out), stderr: String(decoding: err, as: UTF8.self))
}

/// A file of `bytes` named `name`, in the running test's own folder (see `TemporaryFiles`).
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    guard let folder = TemporaryFiles.folder else { throw TemporaryFiles.Missing() }
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// Gives each test of a suite marked `.temporaryFiles` a folder of its own for the files it writes,
/// removed when the test ends: the system's temporary folder does not fill with test inputs.
struct TemporaryFiles: SuiteTrait, TestTrait, TestScoping {
    @TaskLocal static var folder: URL?

    struct Missing: Error, CustomStringConvertible {
        var description: String { "temporaryFile needs the suite to be marked .temporaryFiles" }
    }

    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        guard !test.isSuite else { return try await function() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$folder.withValue(folder) { try await function() }
    }
}

extension Trait where Self == TemporaryFiles {
    static var temporaryFiles: Self { Self() }
}

@Suite(.temporaryFiles) struct AnnotateCommandTests {
    @Test func annotatesTheSeedAsTheReadmeSays() throws {
        let run = try verbatim(["annotate", "seeds/macron-europe-russia.txt", "--published", "2026-02-13"])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try JSONParser.parse(run.stdout)
        #expect(record["id"] == .string("macron-europe-russia"))
        #expect(record["published"] == .string("2026-02-13"))
        #expect((record["sentences"]?.arrayValue?.count ?? 0) > 40)
    }

    @Test func readsStandardInputAndConvertsOffsets() throws {
        let text = "😀 One. Two."
        let run = try verbatim(["annotate", "-", "--offsets", "utf16", "--format", "jsonl"], stdin: Array(text.utf8))
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        let sentences = run.lines[0]["sentences"]!.arrayValue!
        #expect(sentences.map { $0["start"] } == [.int(0), .int(8)])
        #expect(run.lines[0]["offsets"] == .string("utf16"))
        #expect(run.lines[0]["id"] == .null)
    }

    @Test func refusesInvalidUTF8WithTheByteOffsetUnlessLossy() throws {
        let path = try temporaryFile("bad.txt", Array("Fine text. ".utf8) + [0xC3, 0x28] + Array(" more.".utf8))
        let refused = try verbatim(["annotate", path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("invalid UTF-8 at byte offset 11"))
        #expect(refused.stdout.isEmpty)
        let repaired = try verbatim(["annotate", path, "--lossy"])
        #expect(repaired.status == 0)
        #expect(try JSONParser.parse(repaired.stdout)["text"] == .string("Fine text. \u{FFFD}( more."))
    }

    @Test func dropsTheByteOrderMarkAndKeepsCRLF() throws {
        let path = try temporaryFile("crlf.txt", [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nOne. Two.\r\n".utf8))
        let record = try JSONParser.parse(try verbatim(["annotate", path]).stdout)
        #expect(record["text"] == .string("Title\r\n\r\nOne. Two.\r\n"))
        let sentences = record["sentences"]!.arrayValue!
        #expect(sentences.map { $0["text"] } == [.string("Title"), .string("One."), .string("Two.")])
        #expect(sentences.map { $0["start"] } == [.int(0), .int(9), .int(14)]) // CR and LF are a code point each
    }

    @Test func emptyFileGivesAnEmptyRecord() throws {
        let run = try verbatim(["annotate", try temporaryFile("empty.txt", [])])
        #expect(run.status == 0)
        let record = try JSONParser.parse(run.stdout)
        #expect(record["text"] == .string(""))
        #expect(record["sentences"] == .array([]))
    }

    @Test func batchKeepsOrderAndReplacesBadLinesWithErrorRecords() throws {
        var lines: [String] = []
        for index in 1...30 {
            switch index % 7 {
            case 3: lines.append(#"{"id":"x"# + String(index))            // malformed JSON
            case 5: lines.append(#"{"id":"r\#(index)"}"#)                 // no text
            default: lines.append(#"{"id":"r\#(index)","text":"Record \#(index). It ends."}"#)
            }
        }
        let input = Array((lines.joined(separator: "\n") + "\n").utf8) + Array("\n".utf8) // a blank line is no record
        let run = try verbatim(["annotate", "-", "--input", "jsonl"], stdin: input)
        #expect(run.status == 1)
        let records = run.lines
        #expect(records.count == 30)
        for (index, record) in records.enumerated() {
            let number = index + 1
            switch number % 7 {
            case 3:
                #expect(record["line"] == .int(number))
                #expect(record["error"]?.stringValue?.hasPrefix("malformed JSON") == true)
            case 5:
                #expect(record["line"] == .int(number) && record["id"] == .string("r\(number)") && record["error"] == .string("missing \"text\""))
            default:
                #expect(record["id"] == .string("r\(number)"))
                #expect(record["sentences"]?.arrayValue?.count == 2)
            }
        }
        #expect(run.stderr.contains("records could not be annotated"))
    }

    @Test func invalidUTF8InABatchLosesOnlyThatRecord() throws {
        let input = Array(#"{"id":"a","text":"A."}"#.utf8) + [0x0A] + Array(#"{"id":"b","text":""#.utf8) + [0xFF] + Array("\"}\n".utf8)
            + Array(#"{"id":"c","text":"C."}"#.utf8)
        let run = try verbatim(["annotate", "-", "--input", "jsonl"], stdin: input)
        #expect(run.status == 1)
        #expect(run.lines.count == 3)
        #expect(run.lines[1]["error"]?.stringValue?.contains("invalid UTF-8") == true)
        #expect(run.lines[2]["id"] == .string("c"))
    }

    @Test func jsonFormatWritesAnArrayForABatch() throws {
        let path = try temporaryFile("two.jsonl", Array(#"{"id":"a","text":"A."}\#n{"id":"b","text":"B."}"#.utf8))
        let run = try verbatim(["annotate", path, "--format", "json"])
        #expect(run.status == 0)
        #expect(try JSONParser.parse(run.stdout).arrayValue?.map { $0["id"] } == [.string("a"), .string("b")])
    }

    @Test func usageAndMissingInputHaveTheirExitCodes() throws {
        #expect(try verbatim(["annotate", "seeds/macron-europe-russia.txt", "--published", "Feb 13"]).status == 64)
        #expect(try verbatim(["annotate", "seeds/macron-europe-russia.txt", "--offsets", "bytes"]).status == 64)
        let missing = try verbatim(["annotate", "no/such/file.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no such file"))
    }

    /// Output that cannot be written (a full disk: Linux's /dev/full) is an I/O error with the reason,
    /// not a crash and not success.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")))
    func anUnwritableOutputIsAnIOError() throws {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["annotate", "seeds/macron-europe-russia.txt"]
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message.contains("cannot write the output: No space left on device"))
    }
}
