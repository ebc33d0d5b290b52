import ArgumentParser
import Dispatch
import Foundation
import Verbatim

/// One article annotated, or the reason it could not be, with where it came from.
struct BatchItem {
    var line: Int?
    var source: String
    var outcome: Outcome

    enum Outcome {
        case annotated(Document)
        /// Annotated and rendered by `BatchRunner.render` on the worker, which freed the document too.
        case rendered(EncodedRecord)
        case failed(RecordError)
    }
}

/// Reads articles from every input, annotates them in parallel chunks and hands them back in input
/// order, so output stays ordered and memory stays bounded however large the batch.
struct BatchRunner {
    let options: InputOptions
    let annotator: Annotator
    /// Records read before a chunk is annotated.
    var chunkSize = 256
    /// Renders a document for output on the worker threads (encoding JSON is as costly as annotating);
    /// nil leaves it to be written out when its turn comes (a large document, streamed in pieces).
    var render: (@Sendable (Document) -> EncodedRecord?)?

    /// Calls `emit` with every item in input order; returns how many failed.
    /// - Throws: `Exit` codes for inputs that cannot be opened or read.
    func run(_ emit: (BatchItem) throws -> Void) throws -> (total: Int, failed: Int) {
        var pending: [(line: Int?, source: String, work: @Sendable () -> Result<Document, RecordError>)] = []
        var total = 0, failed = 0
        let paths = try options.paths()
        let totalBytes = paths.contains("-") ? nil : paths.reduce(0) { sum, path in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let progress = Progress(enabled: !options.quiet && isatty(STDERR_FILENO) != 0, totalBytes: totalBytes)
        var bytesRead = 0
        func flush() throws {
            var results = [BatchItem.Outcome?](repeating: nil, count: pending.count)
            let render = self.render
            let jobs = max(1, min(options.jobs, pending.count))
            let work = pending.map(\.work)
            results.withUnsafeMutableBufferPointer { slots in
                // Each stripe writes its own slots only.
                let base = SlotPointer(base: slots.baseAddress!)
                // Workers take the next record as they finish one, so long and short articles balance.
                let next = NextIndex()
                DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                    while let index = next.take(below: work.count) {
                        // A rendered document is freed here too, on the worker: freeing every record's
                        // annotations on the thread that writes them out was a tenth of its serial work.
                        switch work[index]() {
                        case .success(let document):
                            base.base[index] = render?(document).map { .rendered($0) } ?? .annotated(document)
                        case .failure(let error):
                            base.base[index] = .failed(error)
                        }
                    }
                }
            }
            for (index, item) in pending.enumerated() {
                let outcome = results[index]!
                if case .failed = outcome { failed += 1 }
                total += 1
                try emit(BatchItem(line: item.line, source: item.source, outcome: outcome))
            }
            progress.update(total, bytes: bytesRead)
            pending.removeAll(keepingCapacity: true)
        }
        let isBatch = paths.count > 1 || paths.contains { options.kind(of: $0) == .jsonl }
        for path in paths {
            let reader: InputReader
            do {
                reader = try InputReader(path: path)
            } catch {
                Terminal.error("\(path): \(error)")
                throw Exit.noInput
            }
            switch options.kind(of: path) {
            case .text:
                let bytes: [UInt8]
                do {
                    bytes = try reader.readAll()
                    bytesRead += bytes.count
                } catch {
                    Terminal.error("\(path): \(error)")
                    throw Exit.ioError
                }
                let text: String
                do {
                    text = try UTF8Decoding.decode(bytes, lossy: options.lossy)
                } catch {
                    // One file alone is refused; in a batch it becomes an error record and the rest go on.
                    guard isBatch else {
                        Terminal.error("\(path): \(error)")
                        throw Exit.badData
                    }
                    pending.append((nil, path, { .failure(RecordError(id: nil, reason: error.description)) }))
                    try flush()
                    continue
                }
                let metadata = Metadata(published: options.published.flatMap { try? PublicationDate.normalize($0) })
                let record = ArticleRecord(id: options.id ?? Self.defaultID(path), text: text, metadata: metadata)
                let annotator = self.annotator
                pending.append((nil, path, { Self.annotate(record, annotator) }))
                try flush()
            case .jsonl:
                let (lossy, textField, idField, annotator) = (options.lossy, options.textField, options.idField, self.annotator)
                do {
                    try reader.forEachLine { number, line in
                        bytesRead += line.count + 1
                        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
                        let bytes = Array(line)
                        pending.append((number, path, {
                            let record: ArticleRecord
                            do {
                                record = try ArticleRecord.parse(line: bytes[...], lossy: lossy, textField: textField, idField: idField)
                            } catch let error as RecordError {
                                return .failure(error)
                            } catch {
                                return .failure(RecordError(id: nil, reason: "\(error)"))
                            }
                            return Self.annotate(record, annotator)
                        }))
                        if pending.count >= chunkSize { try flush() }
                    }
                } catch let exit as ExitCode {
                    throw exit
                } catch {
                    Terminal.error("\(path): \(error)")
                    throw Exit.ioError
                }
                try flush()
            }
        }
        progress.finish(total)
        return (total, failed)
    }

    private static func annotate(_ record: ArticleRecord, _ annotator: Annotator) -> Result<Document, RecordError> {
        do {
            return .success(try annotator.annotate(record))
        } catch {
            return .failure(RecordError(id: record.id, reason: error.description))
        }
    }

    static func defaultID(_ path: String) -> String? {
        guard path != "-" else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// A counter the workers share.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

private struct SlotPointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<BatchItem.Outcome?>
}

/// Records done, records per second and, when the input's size is known, the time left, on standard
/// error when it is a terminal.
final class Progress {
    private let enabled: Bool
    private let totalBytes: Int?
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastShown: UInt64 = 0

    init(enabled: Bool, totalBytes: Int? = nil) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func update(_ done: Int, bytes: Int = 0, force: Bool = false) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard force || now - lastShown > 500_000_000 else { return }
        lastShown = now
        let seconds = max(Double(now - start) / 1e9, 0.001)
        var line = String(format: "\r%d records, %.0f records/s", done, Double(done) / seconds)
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let left = seconds * Double(max(totalBytes - bytes, 0)) / Double(bytes)
            line += String(format: ", %.0f%%, about %.0f s left   ", 100 * Double(min(bytes, totalBytes)) / Double(totalBytes), left)
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish(_ done: Int) {
        guard enabled, lastShown > 0 else { return }
        update(done, bytes: totalBytes ?? 0, force: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
