import Foundation

/// The JSON Schema of the annotation records, shipped as a resource next to the binary.
public enum AnnotationSchema {
    /// The schema's text: from the resource bundle beside the binary, else from the source checkout.
    public static let text: String? = {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var candidates = [Bundle.main.bundleURL, executable.deletingLastPathComponent()].map {
            $0.appendingPathComponent("Verbatim_VerbatimJSON.resources/annotation.schema.json")
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/annotation.schema.json"))
        return candidates.lazy.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.first
    }()
}
