import Foundation

/// Where Verbatim's own lexicon files are.
public enum Lexicons {
    /// The folder holding the shipped lexicon files.
    ///
    /// Looked up, in order: `$VERBATIM_LEXICONS`; the resource bundle SwiftPM places next to the
    /// built binary (`Verbatim_Lexicons.resources/data`); the source checkout this file was built from.
    /// Nil when none exists (a binary copied away from its bundle and its checkout).
    public static let directory: URL? = {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["VERBATIM_LEXICONS"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for folder in [Bundle.main.bundleURL, executable.deletingLastPathComponent()] {
            candidates.append(folder.appendingPathComponent("Verbatim_Lexicons.resources/data"))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("data"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("abbreviations.tsv").path) }
    }()
}
