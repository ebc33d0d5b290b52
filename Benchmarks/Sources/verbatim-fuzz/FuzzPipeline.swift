// libFuzzer target for the whole pipeline: any bytes in, a valid record out, or a crash to report.
//
//   swift build --package-path Benchmarks --product verbatim-fuzz -Xswiftc -sanitize=fuzzer,address
//   Benchmarks/fuzz.sh 1800     # runs 30 minutes over Benchmarks/fuzz-corpus
import Verbatim

let annotator = try! Annotator()
let encoder = AnnotationEncoder(toolVersion: Verbatim.version)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Half the inputs go in as JSONL lines, half as text, so both readers are exercised.
    let text: String
    if bytes.first == UInt8(ascii: "{") {
        guard let record = try? ArticleRecord.parse(line: bytes[...], lossy: true) else { return 0 }
        text = record.text
    } else {
        text = (try? UTF8Decoding.decode(bytes, lossy: true)) ?? ""
    }
    guard let document = try? annotator.annotate(ArticleRecord(id: "fuzz", text: text, metadata: Metadata(published: "2026-02-13"))) else {
        return 0
    }
    for unit in OffsetUnit.allCases {
        let record = AnnotationEncoder(offsets: unit, toolVersion: Verbatim.version).record(for: document)
        let problems = SpanValidator(text: text, unit: unit).problems(in: record)
        if !problems.isEmpty { fatalError("spans do not slice the text (\(unit)): \(problems.prefix(3))") }
    }
    var streamed: [UInt8] = []
    encoder.write(document, to: &streamed, style: .compact)
    if streamed != encoder.record(for: document).serialized() { fatalError("the stream and the tree differ") }
    return 0
}

// SwiftPM links executables with `main` pointing at `<module>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("verbatim_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
