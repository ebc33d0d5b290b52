// Prints throughput figures for each stage on a corpus built from text we may ship.
//
//   Benchmarks/pgo-build.sh --bench && Benchmarks/.build/release/verbatim-bench [--megabytes 20] [--corpus FILE]
//
// (Built as the release build of `verbatim` is, README "Release build": the Swift runtime linked in
// (`--static-swift-stdlib`; without it the figures are 4–5% slower), link-time optimization
// (`--experimental-lto-mode=full`; about 5%) and a profile of a training run (about 4–6%).)
//
// Figures are MB/s of UTF-8 input on one core (best of several runs), start-up in ms, and the
// process's peak resident memory. Nothing here is asserted: read the numbers.
import Foundation
import Verbatim

let arguments = CommandLine.arguments
let megabytes = arguments.firstIndex(of: "--megabytes").flatMap { Int(arguments[$0 + 1]) } ?? 20
/// `--stage NAME` times that stage alone, 20 times, for profiling.
let onlyStage = arguments.firstIndex(of: "--stage").map { arguments[$0 + 1] }
/// `--corpus FILE` times a text of your own (e.g. real articles joined by blank lines) in place of
/// the built corpus: the figures then say what your text costs.
let corpusFile = arguments.firstIndex(of: "--corpus").map { arguments[$0 + 1] }
let repetitions = 5

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func best(_ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<repetitions { fastest = min(fastest, try seconds(body)) }
    return fastest
}

/// Peak resident set size from /proc (Linux), in MB.
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kilobytes / 1024
}

// The corpus: the seed article, then plain English prose we wrote (corpus-prose.txt, shared with
// peers.py), repeated to the size asked for.
let benchmarkFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seed = try String(contentsOf: benchmarkFolder.deletingLastPathComponent().appendingPathComponent("seeds/macron-europe-russia.txt"), encoding: .utf8)
let prose = try String(contentsOf: benchmarkFolder.appendingPathComponent("corpus-prose.txt"), encoding: .utf8)
var corpus = seed + "\n\n"
if let corpusFile {
    corpus = try String(contentsOfFile: corpusFile, encoding: .utf8)
} else {
    while corpus.utf8.count < megabytes << 20 { corpus += prose }
}
let proseOnly = String(repeating: prose, count: max(1, (megabytes << 20) / prose.utf8.count))
let size = Double(corpus.utf8.count) / 1e6

// As the `verbatim` command sets it up.
Allocator.keepFreedMemoryForReuse()
var annotator: Annotator?
let startup = try seconds { annotator = try Annotator() }
let document = Document(text: corpus)
let utf8 = document.utf8

print("corpus: \(String(format: "%.1f", size)) MB (\(corpusFile ?? "seed article + English prose")); best of \(repetitions) runs, one core")
/// Whether the Swift runtime was loaded from a shared library (Linux: named in /proc/self/maps).
let runtimeIsShared = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8))?.contains("libswiftCore.so") ?? false
print(runtimeIsShared
      ? "Swift runtime: shared libraries (a release of verbatim links it in: build with --static-swift-stdlib to time that)"
      : "Swift runtime: linked in, as in a release build of verbatim")
print(String(format: "start-up (lexicons loaded, pipeline assembled): %.1f ms", startup * 1000))
// What the start-up is made of, each loaded again alone (files now in the page cache).
let lexicons = Lexicons.directory!.path
let entityLoad = try seconds { _ = try EntityLexicon.load(directory: lexicons) }
let otherLoads = try seconds {
    _ = try SegmentationLexicon.load(fromDirectory: lexicons)
    _ = try QuoteLexicon.load(fromDirectory: lexicons)
    _ = try CalendarLexicon.load(fromDirectory: lexicons)
    _ = try ClaimLexicon.load(fromDirectory: lexicons)
}
if onlyStage == "lexicons" {
    // `--stage lexicons` loads the entity lexicon 30 times, for profiling the start-up.
    var fastest = Double.infinity
    for _ in 0..<30 { fastest = min(fastest, try seconds { _ = try EntityLexicon.load(directory: lexicons) }) }
    print(String(format: "entity lexicon, fastest of 30 loads: %.1f ms", fastest * 1000))
    exit(0)
}
print(String(format: "  entity lexicon alone %.1f ms (on a second thread); the other lexicons %.1f ms", entityLoad * 1000, otherLoads * 1000))

/// `ratios`: the times this is of each floor, printed after it.
func report(_ name: String, bytes: Int, seconds: Double, ratios: [(floor: Double, name: String)] = []) {
    let rate = Double(bytes) / 1e6 / seconds
    var line = name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%8.1f MB/s  %8.1f ms", rate, seconds * 1000)
    if !ratios.isEmpty {
        line += "  (" + ratios.map { String(format: "%.2fx ", seconds / $0.floor) + $0.name }.joined(separator: ", ") + ")"
    }
    print(line)
}

let encoder = AnnotationEncoder(toolVersion: Verbatim.version)
// `verbatim annotate` writes a record this large as it is encoded, a megabyte at a time from the
// encoder's buffer (`AnnotationEncoder.write(_:style:pieceSize:to:)`); here the pieces go to /dev/null.
final class Output {
    let encoder: AnnotationEncoder
    let descriptor = open("/dev/null", O_WRONLY)

    init(encoder: AnnotationEncoder) { self.encoder = encoder }

    func stream(_ document: Document) {
        encoder.write(document, style: .compact) { bytes in _ = write(descriptor, bytes.baseAddress, bytes.count) }
    }
}
let output = Output(encoder: encoder)

// The floor and end to end are timed in turns, the best of each kept: this machine's speed drifts
// over a run, and a ratio of two figures taken a minute apart drifted with it.
var icuSentences = Double.infinity, icuWords = Double.infinity, endToEnd = Double.infinity
for _ in 0..<repetitions {
    icuSentences = min(icuSentences, try seconds { _ = try ICUBaseline.boundaryCount(in: utf8) })
    icuWords = min(icuWords, try seconds { _ = try ICUBaseline.boundaryCount(in: utf8, words: true) })
    endToEnd = min(endToEnd, try seconds { output.stream(try annotator!.annotate(ArticleRecord(id: "bench", text: corpus))) })
}
report("ICU sentence breaks", bytes: utf8.count, seconds: icuSentences)
report("ICU word breaks", bytes: utf8.count, seconds: icuWords)
// The floor end to end is measured against: ICU's bare segmentation, a pass for sentences and one for words.
let icuSegmentation = icuSentences + icuWords
report("ICU sentences + words (the floor)", bytes: utf8.count, seconds: icuSegmentation)

let segmenter = annotator!.pipeline.stages[0]
let segmentation = try best {
    var copy = document
    try segmenter.apply(to: &copy)
}
report("segment.icu", bytes: utf8.count, seconds: segmentation, ratios: [(icuSentences, "bare ICU sentences")])

// Each later stage is timed on a document the stages before it have already annotated.
var prepared = document
try segmenter.apply(to: &prepared)
for stage in annotator!.pipeline.stages.dropFirst() {
    let input = prepared
    if stage.name == onlyStage {
        let time = try seconds { for _ in 0..<20 { var copy = input; try stage.apply(to: &copy) } }
        report(stage.name + " ×20", bytes: utf8.count * 20, seconds: time)
        exit(0)
    }
    let time = try best {
        var copy = input
        try stage.apply(to: &copy)
    }
    report(stage.name, bytes: utf8.count, seconds: time)
    try stage.apply(to: &prepared)
}

let proseDocument = Document(text: proseOnly)
let proseSegmentation = try best {
    var copy = proseDocument
    try segmenter.apply(to: &copy)
}
report("segment.icu (plain prose)", bytes: proseDocument.utf8.count, seconds: proseSegmentation)

// End to end (timed with the floor, above) is the record's annotation plus its JSON written out;
// each is also timed alone.
let record = ArticleRecord(id: "bench", text: corpus)
let annotation = try best { _ = try annotator!.annotate(record) }
report("  annotation alone (all stages)", bytes: utf8.count, seconds: annotation)
let annotated = try annotator!.annotate(record)
let streaming = best { output.stream(annotated) }
report("  JSON encoding alone", bytes: utf8.count, seconds: streaming)
// A smaller record is encoded whole into a buffer of its own (`AnnotationEncoder.encode`), on a worker
// thread; at this size that buffer is fresh memory, each page faulted in as it is first written.
let encoding = best { _ = encoder.encode(annotated, style: .compact) }
report("  (whole, in one fresh buffer)", bytes: utf8.count, seconds: encoding)
if onlyStage == "json" {
    // `--stage json` encodes the annotated corpus 20 more times, for profiling.
    let time = seconds { for _ in 0..<20 { output.stream(annotated) } }
    report("JSON encoding ×20", bytes: utf8.count * 20, seconds: time)
    exit(0)
}
report("end to end (annotate -> JSON)", bytes: utf8.count, seconds: endToEnd,
       ratios: [(icuSegmentation, "the floor"), (icuSentences, "ICU sentences alone")])

print(String(format: "peak memory: %.0f MB", peakMemoryMB()))
