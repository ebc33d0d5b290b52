/// Reads the tab-separated files in `Lexicons/`: one entry a line, `#` starts a comment line,
/// blank lines are skipped. Each file's header comments say where its entries come from.
public struct LexiconFile: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var fields: [String]
    }

    public let path: String
    public let lines: [Line]

    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the name used in error messages.
    ///   - fieldCount: the fields each line must have at least.
    /// - Throws: `LexiconError` for a line with too few fields or an empty first field.
    public init(text: String, path: String, fieldCount: ClosedRange<Int> = 1...Int.max) throws(LexiconError) {
        self.path = path
        var lines: [Line] = []
        // Character-wise, "\r\n" is one newline, so CRLF files count lines as LF files do.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingWhitespace() }
            guard fieldCount.contains(fields.count) else {
                throw LexiconError(file: path, line: index + 1,
                                   reason: "expected \(Self.describe(fieldCount)) tab-separated fields, found \(fields.count)")
            }
            guard !fields[0].isEmpty else {
                throw LexiconError(file: path, line: index + 1, reason: "empty entry")
            }
            lines.append(Line(number: index + 1, fields: fields))
        }
        self.lines = lines
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max ? "at least \(range.lowerBound)"
            : range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }
}

/// A lexicon file that cannot be used, printed as `path:line: reason`.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line.map { "\(file):\($0): \(reason)" } ?? "\(file): \(reason)"
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension LexiconFile {
    /// Reads and parses the file at `path`.
    public init(contentsOf path: String, fieldCount: ClosedRange<Int> = 1...Int.max) throws(LexiconError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(file: path, reason: "cannot read the file")
        }
        let text: String
        do {
            text = try UTF8Decoding.decode(data)
        } catch {
            throw LexiconError(file: path, reason: error.description)
        }
        try self.init(text: text, path: path, fieldCount: fieldCount)
    }
}
