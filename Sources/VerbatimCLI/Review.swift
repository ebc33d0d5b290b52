import ArgumentParser
import Foundation
import Verbatim

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a self-contained HTML page for reviewing an annotated article.",
        discussion: """
        The page needs no network: CSS, JavaScript and the annotation record are inside it, and a
        Content-Security-Policy forbids any request. Open it in any browser.

        Examples:
          verbatim review seeds/macron-europe-russia.txt --published 2026-02-13 -o macron.html
          verbatim annotate article.txt > article.json && verbatim review article.json -o article.html
          verbatim review articles.jsonl -o pages/      # one page per record, named by id
        """
    )

    @OptionGroup var options: InputOptions

    @Option(name: .shortAndLong, help: "The page to write ('-' for standard output), or a folder for several articles.")
    var output: String = "-"

    func run() throws {
        let paths = try options.paths()
        // An annotation record (from `verbatim annotate`) is reviewed as it is.
        if paths.count == 1, paths[0].hasSuffix(".json"), let record = try? JSONParser.parse(try InputReader(path: paths[0]).readAll()),
           record["schema_version"] != nil {
            try write(page(record), to: output)
            return
        }
        let annotator = try options.makeAnnotator()
        let encoder = AnnotationEncoder(toolVersion: Verbatim.version)
        var pages: [(name: String, html: String)] = []
        let (_, failed) = try BatchRunner(options: options, annotator: annotator).run { item in
            switch item.outcome {
            case .annotated(let document):
                pages.append((document.id ?? "article-\(pages.count + 1)", try page(encoder.record(for: document))))
            case .failed(let error):
                Terminal.error("\(item.line.map { "\(item.source):\($0)" } ?? item.source): \(error.reason)")
            case .rendered:
                preconditionFailure("the review sets no renderer")
            }
        }
        if pages.count == 1 && !output.hasSuffix("/") {
            try write(pages[0].html, to: output)
        } else {
            guard output != "-" else { throw ValidationError("several articles: give -o a folder") }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for (name, html) in pages {
                let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
                try write(html, to: (output as NSString).appendingPathComponent(safe + ".html"))
            }
        }
        if failed > 0 { throw Exit.someRecordsFailed }
    }

    private func page(_ record: JSONValue) throws -> String {
        guard let html = ReviewPage.html(for: record) else {
            Terminal.error("cannot find the review page's template next to the binary")
            throw Exit.ioError
        }
        return html
    }

    private func write(_ html: String, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(html.utf8))
            return
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Terminal.error("\(path): \(error.localizedDescription)")
            throw Exit.ioError
        }
    }
}
