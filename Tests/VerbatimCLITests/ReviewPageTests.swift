import Foundation
import Testing
import Verbatim

/// Debian's chromium, when installed (`.ci/run` installs it): the review page is checked in a real browser.
private let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// The DOM after the page's scripts ran.
private func renderedDOM(_ page: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium!)
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000", "--dump-dom",
                         URL(fileURLWithPath: page).absoluteString]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

private func decodeEntities(_ html: String) -> String {
    var text = html
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", "\u{00A0}"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
}

/// (annotation keys, text) of every segment the page drew over the article.
private func segments(_ dom: String) throws -> [(keys: [String], text: String)] {
    let pattern = try NSRegularExpression(pattern: #"<span class="seg[^"]*" data-ann="([^"]*)"[^>]*>([^<]*)</span>"#,
                                          options: [.dotMatchesLineSeparators])
    let ns = dom as NSString
    return pattern.matches(in: dom, range: NSRange(location: 0, length: ns.length)).map { match in
        (ns.substring(with: match.range(at: 1)).split(separator: " ").map(String.init), decodeEntities(ns.substring(with: match.range(at: 2))))
    }
}

@Suite(.temporaryFiles) struct ReviewPageTests {
    @Test func thePageIsSelfContainedAndItsDataCannotCloseTheScript() throws {
        let path = try temporaryFile("hostile.txt", Array("He wrote </script><script>alert(1)</script> & left.".utf8))
        let run = try verbatim(["review", path])
        #expect(run.status == 0)
        let html = String(decoding: run.stdout, as: UTF8.self)
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("src=\"http"))
        #expect(html.components(separatedBy: "</script>").count == 3) // only the page's own two scripts close
        #expect(html.contains("\\u003c/script\\u003e"))
    }

    @Test(.enabled(if: chromium != nil, "needs chromium (apt-get install chromium)"))
    func highlightsCoverExactlyTheAnnotatedTextAfterAstralCharacters() throws {
        let text = "😀👩‍👩‍👧 🇫🇷 “We will not stop,” said Jane Holt on 3 February 2026 in Paris.\n\n𝒜 Emmanuel Macron said that prices rose 5% in 2025, according to Reuters."
        let article = try temporaryFile("astral.txt", Array(text.utf8))
        let json = try verbatim(["annotate", article, "--published", "2026-02-13"])
        let recordPath = URL(fileURLWithPath: article).deletingLastPathComponent().appendingPathComponent("astral.json").path
        try Data(json.stdout).write(to: URL(fileURLWithPath: recordPath))
        let page = URL(fileURLWithPath: article).deletingLastPathComponent().appendingPathComponent("astral.html").path
        #expect(try verbatim(["review", recordPath, "-o", page]).status == 0)
        let record = try JSONParser.parse(json.stdout)
        let drawn = try segments(try renderedDOM(page))
        #expect(!drawn.isEmpty)
        var checked = 0
        for (kind, key) in [("entity", "entities"), ("quote", "quotes"), ("date", "dates"), ("claim", "claims")] {
            for (index, annotation) in (record[key]?.arrayValue ?? []).enumerated() {
                let covered = drawn.filter { $0.keys.contains("\(kind)-\(index)") }.map(\.text).joined()
                #expect(covered == annotation["text"]?.stringValue, "\(kind) \(index)")
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    @Test(.enabled(if: chromium != nil, "needs chromium (apt-get install chromium)"))
    func noScriptOfTheArticleRuns() throws {
        let hostile = """
        <script>document.title='PWNED'</script> <img src=x onerror="document.body.setAttribute('data-pwned','1')"> \
        &lt;b&gt; \u{202E}desrever\u{202C} "Quoted <b>bold</b>," said Jane Holt.
        """
        let line = try String(decoding: JSONValue.object([
            ("id", .string("hostile")), ("text", .string(hostile)), ("url", .string("javascript:document.title='PWNED'")),
            ("title", .string("<img src=x onerror=alert(1)>")),
        ]).serialized(), as: UTF8.self)
        let input = try temporaryFile("hostile.jsonl", Array((line + "\n").utf8))
        let page = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent("hostile.html").path
        #expect(try verbatim(["review", input, "-o", page]).status == 0)
        let dom = try renderedDOM(page)
        #expect(dom.contains("data-rendered="))
        #expect(!dom.contains("data-pwned=\"1\"")) // the attribute the article's onerror would set
        #expect(!dom.contains("<title>PWNED"))
        #expect(!dom.contains("<img src=\"x\""))
        #expect(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"))
    }
}
