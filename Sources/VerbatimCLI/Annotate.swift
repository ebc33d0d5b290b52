import ArgumentParser
import Verbatim

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate articles: sentences, entities, quotes, dates and claims as JSON.",
        discussion: """
        Plain text gives one JSON record. JSONL (one {"id","text","published"?,"title"?,"url"?,"language"?} \
        per line) gives one record per line, in order; a line that cannot be annotated gives \
        {"line":N,"error":"…"} in its place and the exit code is 1.

        Examples:
          verbatim annotate seeds/macron-europe-russia.txt --published 2026-02-13
          verbatim annotate articles.jsonl --jobs 2 | jq -c '.quotes | length'
          verbatim annotate corpus/ --format jsonl > annotated.jsonl
          cat article.txt | verbatim annotate - --offsets utf16
          verbatim annotate article.txt --format claimreview
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
        /// schema.org Claim objects (JSON-LD), one JSON array per article.
        case claimreview
        /// CheckThat! TSV: id, text, score, label.
        case checkthat
    }

    @OptionGroup var options: InputOptions

    @Option(help: "json: indented, a JSON array for several records; jsonl: one compact record per line; claimreview: schema.org Claim JSON-LD; checkthat: CheckThat! TSV. (default: json for one text, jsonl otherwise)")
    var format: Format?

    @Option(help: "Unit of every start/end: codepoint, utf16 or utf8.")
    var offsets: OffsetUnit = .codepoint

    func validate() throws {
        if options.published != nil && options.input == .jsonl {
            throw ValidationError("--published applies to plain text; JSONL records carry their own \"published\"")
        }
    }

    static let largestRenderedInParallel = 4 << 20

    func run() throws {
        let annotator = try options.makeAnnotator()
        let encoder = AnnotationEncoder(offsets: offsets, toolVersion: Verbatim.version)
        let output = OutputStream(.standardOutput)
        let paths = try options.paths()
        let single = paths.count == 1 && options.kind(of: paths[0]) == .text
        let format = self.format ?? (single ? .json : .jsonl)
        let asArray = format == .json && !single
        var written = 0
        if asArray { output.write(bytes: Array("[".utf8)) }
        var runner = BatchRunner(options: options, annotator: annotator)
        // Records are rendered on the workers when there may be several to annotate in parallel. One
        // plain-text document is written straight out, a megabyte at a time, as is a large one: its
        // record is about sixteen times its size, memory faulted in for nothing.
        if format == .jsonl, !single {
            runner.render = { document in
                guard document.utf8.count <= Self.largestRenderedInParallel else { return nil }
                return encoder.encode(document, style: .compact)
            }
        }
        let (total, failed) = try runner.run { item in
            switch item.outcome {
            case .rendered(let record):
                // (The line break is written apart: appended to the record, it copied it to grow it.)
                output.write(record)
                output.newline()
            case .annotated(let document):
                switch format {
                case .claimreview:
                    output.write(encoder.claimReview(for: document), style: single ? .pretty : .compact)
                case .checkthat:
                    for row in encoder.checkThatRows(for: document) { output.write(bytes: Array((row + "\n").utf8)) }
                case .json, .jsonl:
                    if asArray {
                        output.write(bytes: Array((written == 0 ? "\n" : ",\n").utf8))
                        // Inside the array the record is indented like the rest of it.
                        output.write(encoder.record(for: document), style: .pretty, newline: false)
                    } else {
                        output.write(document, encoder, style: format == .json ? .pretty : .compact)
                    }
                }
            case .failed(let error):
                let record = encoder.errorRecord(line: item.line, file: item.line == nil ? item.source : nil, id: error.id, error: error.reason)
                if asArray {
                    output.write(bytes: Array((written == 0 ? "\n" : ",\n").utf8))
                    output.write(record, style: .pretty, newline: false)
                } else {
                    output.write(record, style: .compact)
                }
            }
            written += 1
        }
        if asArray { output.write(bytes: Array((written == 0 ? "]\n" : "\n]\n").utf8)) }
        output.flush()
        if failed > 0 {
            Terminal.error("\(failed) of \(total) records could not be annotated (see their \"error\" records)")
            throw Exit.someRecordsFailed
        }
    }
}
