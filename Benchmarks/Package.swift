// swift-tools-version: 6.1
// Benchmarks live in their own package so the product never depends on benchmark code.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which is whatever the clone is called.
let verbatimFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "VerbatimBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "verbatim-bench",
            dependencies: [.product(name: "Verbatim", package: verbatimFolder)]
        ),
        // Built with -sanitize=fuzzer,address by fuzz.sh; libFuzzer supplies main.
        .executableTarget(
            name: "verbatim-fuzz",
            dependencies: [.product(name: "Verbatim", package: verbatimFolder)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
