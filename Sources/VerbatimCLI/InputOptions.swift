import ArgumentParser
import Foundation
import Verbatim

/// The options every annotating subcommand shares: where articles come from and how to read them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text or JSONL files, or folders (searched for .txt and .jsonl); '-' reads standard input.")
    var inputs: [String] = []

    @Option(help: "Read these paths too, one per line ('-' for standard input).")
    var filesFrom: String?

    @Option(help: "How to read the input (default: jsonl for files ending in .jsonl, else text).")
    var input: InputKind?

    @Option(help: "Publication date (YYYY-MM-DD) of plain-text articles: the anchor for relative dates.")
    var published: String?

    @Option(help: "The id of a plain-text article (default: the file name without extension).")
    var id: String?

    @Option(help: "The JSONL field holding the text.")
    var textField = "text"

    @Option(help: "The JSONL field holding the id.")
    var idField = "id"

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing it.")
    var lossy = false

    @Option(name: .customLong("lexicon"), help: "An entity lexicon file of your own (repeatable); its entries extend ours or replace those with the same id.")
    var lexicons: [String] = []

    @Option(name: .customLong("min-score"), help: "Sentences scoring below this get no claim record (0 lists every sentence).")
    var minScore: Double = 0.5

    @Option(help: "Articles annotated at once (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress on standard error.")
    var quiet = false

    enum InputKind: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    func validate() throws {
        if let published {
            do {
                _ = try PublicationDate.normalize(published)
            } catch {
                throw ValidationError("--published: \(error)")
            }
        }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func makeAnnotator() throws -> Annotator {
        // Every command that annotates comes here first; the process is ours to tune.
        Allocator.keepFreedMemoryForReuse()
        var configuration = Annotator.Configuration(userLexicons: lexicons)
        configuration.minimumClaimScore = minScore
        do {
            return try Annotator(configuration)
        } catch {
            Terminal.error("\(error)")
            throw Exit.badData
        }
    }

    /// Every input path, folders expanded (sorted, so runs are reproducible), in the order given.
    func paths() throws -> [String] {
        var listed = inputs
        if let filesFrom {
            let reader = try InputReader(path: filesFrom)
            listed += String(decoding: try reader.readAll(), as: UTF8.self)
                .split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        }
        if listed.isEmpty { listed = ["-"] }
        var paths: [String] = []
        for path in listed {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                paths += found.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }.sorted().map { path + "/" + $0 }
            } else {
                paths.append(path)
            }
        }
        return paths
    }

    func kind(of path: String) -> InputKind {
        input ?? (path.hasSuffix(".jsonl") ? .jsonl : .text)
    }
}
