import ArgumentParser
import Foundation
import Verbatim

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check your own lexicon files, or see what a name matches.",
        subcommands: [Check.self, Lookup.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate entity lexicon files: every malformed line is reported as path:line: reason.",
            discussion: "Example:\n  verbatim lexicon check my-newsroom.tsv")

        @Argument(help: "Entity lexicon files.")
        var files: [String]

        func run() throws {
            guard let directory = Lexicons.directory?.path else { throw Exit.badData }
            var failed = false
            for file in files {
                do {
                    let lexicon = try EntityLexicon.load(directory: directory, userFiles: [file])
                    let own = lexicon.entries.filter { $0.originFile == (file.split(separator: "/").last.map(String.init) ?? file) }.count
                    print("\(file): ok, \(own) entries")
                } catch {
                    Terminal.error("\(error)")
                    failed = true
                }
            }
            if failed { throw Exit.badData }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookup",
            abstract: "Show the lexicon entries a name matches, as the entity stage would match it.",
            discussion: "Example:\n  verbatim lexicon lookup Zelensky")

        @Argument(help: "A name as it might appear in an article.")
        var name: String

        @Option(name: .customLong("lexicon"), help: "Your own lexicon files to include (repeatable).")
        var lexicons: [String] = []

        func run() throws {
            guard let directory = Lexicons.directory?.path else { throw Exit.badData }
            let lexicon: EntityLexicon
            do {
                lexicon = try EntityLexicon.load(directory: directory, userFiles: lexicons)
            } catch {
                Terminal.error("\(error)")
                throw Exit.badData
            }
            let entries = lexicon.entries(matching: name)
            guard !entries.isEmpty else {
                print("no entry matches '\(name)'")
                throw ExitCode(1)
            }
            for entry in entries {
                let attributes = entry.attributes.keys.sorted().map { "\($0)=\(entry.attributes[$0]!)" }.joined(separator: ";")
                print([entry.id, entry.kind.rawValue, entry.subtype, entry.name, entry.origin, attributes].joined(separator: "\t"))
            }
        }
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema of the annotation records.")

    func run() throws {
        guard let schema = AnnotationSchema.text else {
            Terminal.error("cannot find annotation.schema.json next to the binary")
            throw Exit.ioError
        }
        print(schema, terminator: schema.hasSuffix("\n") ? "" : "\n")
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that every span of annotation records slices its record's text (JSON or JSONL).",
        discussion: "For users who transform Verbatim's output. Exit 0 when every span holds, 65 otherwise.\n\nExample:\n  verbatim annotate a.jsonl | jq -c . | verbatim validate -")

    @Argument(help: "A JSON or JSONL file of records; '-' reads standard input.")
    var file: String = "-"

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try InputReader(path: file).readAll()
        } catch {
            Terminal.error("\(file): \(error)")
            throw Exit.noInput
        }
        var records: [(label: String, value: JSONValue)] = []
        if let whole = try? JSONParser.parse(bytes) {
            if case .array(let items) = whole { records = items.enumerated().map { ("record \($0.offset + 1)", $0.element) } } else { records = [("record 1", whole)] }
        } else {
            for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                do {
                    records.append(("line \(number + 1)", try JSONParser.parse(Array(line))))
                } catch {
                    Terminal.error("\(file): line \(number + 1): \(error)")
                    throw Exit.badData
                }
            }
        }
        var problems = 0, checked = 0
        for (label, record) in records {
            guard let text = record["text"]?.stringValue else { continue } // error records carry no text
            let unit = record["offsets"]?.stringValue.flatMap(OffsetUnit.init(rawValue:)) ?? .codepoint
            for problem in SpanValidator(text: text, unit: unit).problems(in: record) {
                Terminal.error("\(file): \(label): \(problem)")
                problems += 1
            }
            checked += 1
        }
        guard problems == 0 else { throw Exit.badData }
        print("\(checked) records, every span slices its text")
    }
}
