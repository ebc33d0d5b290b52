// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Verbatim",
    products: [
        .library(name: "Verbatim", targets: ["Verbatim"]),
        .executable(name: "verbatim", targets: ["VerbatimCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // The only code that includes ICU headers; its public header exposes stdint types only.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // glibc's allocator settings (<malloc.h> is not in Swift's Glibc module).
        .target(name: "CAllocator"),
        // Lexicon data shipped with the binary as a resource bundle.
        .target(
            name: "Lexicons",
            path: "Lexicons",
            exclude: ["README.md", "scripts"],
            sources: ["Lexicons.swift"],
            resources: [.copy("data")]
        ),
        .target(name: "VerbatimCore"),
        .target(name: "VerbatimICU", dependencies: ["VerbatimCore", "CICU"]),
        .target(name: "Segmentation", dependencies: ["VerbatimCore", "VerbatimICU"]),
        .target(name: "Tokens", dependencies: ["VerbatimCore"]),
        .target(name: "Entities", dependencies: ["VerbatimCore", "VerbatimICU"]),
        .target(name: "Quotes", dependencies: ["VerbatimCore"]),
        .target(name: "Dates", dependencies: ["VerbatimCore"]),
        .target(name: "Claims", dependencies: ["VerbatimCore"]),
        .target(name: "VerbatimJSON", dependencies: ["VerbatimCore"], resources: [
            .copy("Resources/annotation.schema.json"), .copy("Resources/review.html"), .copy("Resources/review.js"),
        ]),
        .target(name: "Verbatim", dependencies: ["CAllocator", "VerbatimCore", "VerbatimICU", "Segmentation", "Tokens", "Entities", "Quotes", "Dates", "Claims", "VerbatimJSON", "Lexicons"]),
        .executableTarget(
            name: "VerbatimCLI",
            dependencies: ["Verbatim", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // A real executable, so the example keeps compiling with the library.
        .executableTarget(name: "library-usage", dependencies: ["Verbatim"], path: "Examples/library-usage"),
        .testTarget(name: "VerbatimCoreTests", dependencies: ["VerbatimCore"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "Lexicons", "VerbatimICU"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "Segmentation", "Tokens", "Lexicons", "VerbatimICU"]),
        .testTarget(name: "QuotesTests", dependencies: ["Quotes", "Entities", "Segmentation", "Tokens", "Lexicons"]),
        .testTarget(name: "DatesTests", dependencies: ["Dates", "Segmentation", "Tokens", "Lexicons"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Verbatim", "Claims"]),
        .testTarget(
            name: "VerbatimTests",
            dependencies: ["Verbatim", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Golden")]
        ),
        // Runs the built `verbatim` binary as a user would; depending on the target makes it build.
        .testTarget(name: "VerbatimCLITests", dependencies: ["VerbatimCLI", "Verbatim"]),
    ]
)
