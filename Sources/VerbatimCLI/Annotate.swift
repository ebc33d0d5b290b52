import ArgumentParser
import Verbatim

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate articles: sentences now; entities, quotes, dates and claims as they land.",
        discussion: """
        Plain text gives one JSON record. JSONL (one {"id","text","published"?,"title"?,"url"?,"language"?} \
        per line) gives one record per line, in order; a line that cannot be annotated gives \
        {"line":N,"error":"…"} in its place and the exit code is 1.

        Examples:
          verbatim annotate seeds/macron-europe-russia.txt --published 2026-02-13
          verbatim annotate articles.jsonl | jq -c '.sentences | length'
          cat article.txt | verbatim annotate - --offsets utf16
        """
    )

    enum InputKind: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
        /// schema.org Claim objects (JSON-LD), one JSON array per input record.
        case claimreview
        /// CheckThat! TSV: id, text, score, label.
        case checkthat
    }

    @Argument(help: "A text or JSONL file; '-' reads standard input.")
    var file: String = "-"

    @Option(help: "How to read the input (default: jsonl for files ending in .jsonl, else text).")
    var input: InputKind?

    @Option(help: "json: indented, a JSON array for several records; jsonl: one compact record per line; claimreview: schema.org Claim JSON-LD; checkthat: CheckThat! TSV. (default: json for text, jsonl for JSONL)")
    var format: Format?

    @Option(name: .customLong("min-score"), help: "Sentences scoring below this get no claim record (0 lists every sentence).")
    var minScore: Double = 0.5

    @Option(help: "Publication date (YYYY-MM-DD) of a plain-text article: the anchor for relative dates.")
    var published: String?

    @Option(help: "The id of a plain-text article (default: the file name without extension).")
    var id: String?

    @Option(help: "Unit of every start/end: codepoint, utf16 or utf8.")
    var offsets: OffsetUnit = .codepoint

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing it.")
    var lossy = false

    @Option(name: .customLong("lexicon"), help: "An entity lexicon file of your own (repeatable); its entries extend ours or replace those with the same id.")
    var lexicons: [String] = []

    func validate() throws {
        if let published {
            do {
                _ = try PublicationDate.normalize(published)
            } catch {
                throw ValidationError("--published: \(error)")
            }
        }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
        if published != nil && inputKind == .jsonl {
            throw ValidationError("--published applies to plain text; JSONL records carry their own \"published\"")
        }
    }

    var inputKind: InputKind {
        input ?? (file.hasSuffix(".jsonl") ? .jsonl : .text)
    }

    func run() throws {
        let annotator: Annotator
        do {
            var configuration = Annotator.Configuration(userLexicons: lexicons)
            configuration.minimumClaimScore = minScore
            annotator = try Annotator(configuration)
        } catch {
            Terminal.error("\(error)")
            throw Exit.badData
        }
        let encoder = AnnotationEncoder(offsets: offsets, toolVersion: Verbatim.version)
        let output = OutputStream(.standardOutput)
        let reader: InputReader
        do {
            reader = try InputReader(path: file)
        } catch {
            Terminal.error("\(file): \(error)")
            throw Exit.noInput
        }
        switch inputKind {
        case .text:
            try annotateText(from: reader, annotator, encoder, output)
        case .jsonl:
            try annotateLines(from: reader, annotator, encoder, output)
        }
        output.flush()
    }

    private func annotateText(from reader: InputReader, _ annotator: Annotator, _ encoder: AnnotationEncoder,
                              _ output: OutputStream) throws {
        let text: String
        do {
            text = try UTF8Decoding.decode(try reader.readAll(), lossy: lossy)
        } catch let error as InputError {
            Terminal.error("\(file): \(error)")
            throw Exit.badData
        } catch {
            Terminal.error("\(file): \(error)")
            throw Exit.ioError
        }
        let metadata = Metadata(published: published.flatMap { try? PublicationDate.normalize($0) })
        let record = ArticleRecord(id: id ?? defaultID, text: text, metadata: metadata)
        do {
            let document = try annotator.annotate(record)
            write(document, encoder, output, single: true)
        } catch {
            Terminal.error("\(file): \(error)")
            throw Exit.badData
        }
    }

    private func annotateLines(from reader: InputReader, _ annotator: Annotator, _ encoder: AnnotationEncoder,
                               _ output: OutputStream) throws {
        let asArray = format == .json
        var failures = 0
        var count = 0
        if asArray { output.write(bytes: Array("[".utf8)) }
        do {
            try reader.forEachLine { number, line in
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                let result: JSONValue
                do {
                    let record = try ArticleRecord.parse(line: line, lossy: lossy)
                    do {
                        let document = try annotator.annotate(record)
                        if format == .claimreview || format == .checkthat {
                            write(document, encoder, output, single: false)
                            count += 1
                            return
                        }
                        result = encoder.record(for: document)
                    } catch let error as AnnotatorError {
                        throw RecordError(id: record.id, reason: error.description)
                    }
                } catch let error as RecordError {
                    failures += 1
                    result = encoder.errorRecord(line: number, id: error.id, error: error.reason)
                } catch {
                    failures += 1
                    result = encoder.errorRecord(line: number, id: nil, error: "\(error)")
                }
                if asArray {
                    output.write(bytes: Array((count == 0 ? "\n" : ",\n").utf8))
                    output.write(result, style: .pretty, newline: false)
                } else {
                    output.write(result, style: .compact)
                }
                count += 1
            }
        } catch {
            output.flush()
            Terminal.error("\(file): \(error)")
            throw Exit.ioError
        }
        if asArray { output.write(bytes: Array((count == 0 ? "]\n" : "\n]\n").utf8)) }
        output.flush()
        if failures > 0 {
            Terminal.error("\(failures) of \(count) records could not be annotated (see their \"error\" records)")
            throw Exit.someRecordsFailed
        }
    }

    /// Writes one annotated document in the chosen format.
    private func write(_ document: Document, _ encoder: AnnotationEncoder, _ output: OutputStream, single: Bool) {
        switch format {
        case .claimreview?:
            output.write(encoder.claimReview(for: document), style: single ? .pretty : .compact)
        case .checkthat?:
            for row in encoder.checkThatRows(for: document) { output.write(bytes: Array((row + "\n").utf8)) }
        case .jsonl?:
            output.write(encoder.record(for: document), style: .compact)
        case .json?, nil:
            output.write(encoder.record(for: document), style: single ? .pretty : .compact)
        }
    }

    private var defaultID: String? {
        guard file != "-" else { return nil }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
