import Foundation

/// A self-contained HTML page for reviewing one annotation record: no network, inline CSS and
/// JavaScript, the record embedded as JSON data that the page only ever shows as text.
public enum ReviewPage {
    /// The page for `record` (an annotation record). Nil when the page's template is missing.
    public static func html(for record: JSONValue) -> String? {
        guard let template = resource("review.html"), let script = resource("review.js"),
              case .object(var members) = record else { return nil }
        let text = record["text"]?.stringValue ?? ""
        members.append(("text_hash", .string("fnv1a64:" + fnv1a64(text))))
        let data = embedded(String(decoding: JSONValue.object(members).serialized(), as: UTF8.self))
        // Neither replacement can be produced by the other: the data holds no "{{", the script no data.
        return template.replacingOccurrences(of: "{{SCRIPT}}", with: script)
            .replacingOccurrences(of: "{{DATA}}", with: data)
    }

    /// JSON made safe inside a <script> element: no "<", ">" or "&" can end it or open a tag, and
    /// U+2028/U+2029 are escaped for old JavaScript engines.
    static func embedded(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A 64-bit FNV-1a hash of the text's UTF-8, in hex: identifies the text the page shows.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func resource(_ name: String) -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var candidates = [Bundle.main.bundleURL, executable.deletingLastPathComponent()].map {
            $0.appendingPathComponent("Verbatim_VerbatimJSON.resources/" + name)
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/" + name))
        return candidates.lazy.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.first
    }
}
