/// Reads the tab-separated files in `Lexicons/`: one entry a line, `#` starts a comment line,
/// blank lines are skipped. Each file's header comments say where its entries come from.
public struct LexiconFile: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var fields: [String]

        /// Whether the field at `index` holds the flag `name`; absent or "-", it does not, and any
        /// other word there is an error in `path` (a misspelt flag would be ignored silently).
        public func hasFlag(_ name: String, at index: Int, in path: String) throws(LexiconError) -> Bool {
            guard index < fields.count, fields[index] != "-" else { return false }
            guard fields[index] == name else {
                throw LexiconError(file: path, line: number, reason: "'\(fields[index])' in field \(index + 1): only '\(name)' or '-' may stand there")
            }
            return true
        }
    }

    public let path: String
    public let lines: [Line]

    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the name used in error messages.
    ///   - fieldCount: the fields each line must have at least.
    /// - Throws: `LexiconError` for a line with too few fields or an empty first field.
    public init(text: String, path: String, fieldCount: ClosedRange<Int> = 1...Int.max) throws(LexiconError) {
        // Bytes, not Characters: lexicons are large and grapheme breaking would dominate start-up.
        try self.init(utf8: Array(text.utf8)[...], path: path, firstLine: 1, fieldCount: fieldCount)
    }

    /// Parses valid UTF-8 lines whose first is line `firstLine` of the file: a large file can be read
    /// in parts on several threads.
    public init(utf8 bytes: ArraySlice<UInt8>, path: String, firstLine: Int, fieldCount: ClosedRange<Int> = 1...Int.max) throws(LexiconError) {
        self.path = path
        var lines: [Line] = []
        try Self.forEachEntry(in: bytes, path: path, firstLine: firstLine, fieldCount: fieldCount) { number, fields in
            lines.append(Line(number: number, fields: fields.map { String(decoding: bytes[$0], as: UTF8.self) }))
        }
        self.lines = lines
    }

    /// The matching keys of the first field of every entry in the file at `path`: for the long word
    /// lists (given names, family names), read without making a `Line` or a `String` for each.
    public static func firstFieldKeys(contentsOf path: String, fieldCount: ClosedRange<Int> = 1...Int.max) throws(LexiconError) -> [TokenKey] {
        let bytes = try contents(of: path)
        var keys: [TokenKey] = []
        try forEachEntry(in: bytes[...], path: path, firstLine: 1, fieldCount: fieldCount) { _, fields in
            let field = bytes[fields[0]]
            guard field.allSatisfy({ $0 < 0x80 }) else {
                keys.append(TokenKeys.of(String(decoding: field, as: UTF8.self)))
                return
            }
            var hash = TokenKeys.offset
            for byte in field { TokenKeys.add((0x41...0x5A).contains(byte) ? byte | 0x20 : byte, to: &hash) }
            keys.append(hash)
        }
        return keys
    }

    /// Calls `body` with the number and the trimmed field ranges of each entry line (not a comment,
    /// not blank), after checking its field count and that its first field is not empty.
    /// - Complexity: O(n); one buffer of ranges serves every line. The bytes are read through an unsafe
    ///   buffer (every index stays below its count): bounds-checked reads were most of the scan.
    public static func forEachEntry(in bytes: ArraySlice<UInt8>, path: String, firstLine: Int, fieldCount: ClosedRange<Int>,
                                    _ body: (Int, [Range<Int>]) throws(LexiconError) -> Void) throws(LexiconError) {
        let base = bytes.startIndex
        try bytes.withUnsafeBufferPointer { (buffer) throws(LexiconError) in
            var number = firstLine - 1
            var start = 0
            var fields: [Range<Int>] = []
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                number += 1
                defer { start = end + 1 }
                var lineEnd = end
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = buffer[start..<lineEnd]
                if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = start
                for index in start...lineEnd where index == lineEnd || buffer[index] == 0x09 {
                    var first = fieldStart, last = index
                    while first < last, buffer[first] == 0x20 { first += 1 }
                    while last > first, buffer[last - 1] == 0x20 { last -= 1 }
                    fields.append(base + first..<base + last)
                    fieldStart = index + 1
                }
                guard fieldCount.contains(fields.count) else {
                    throw LexiconError(file: path, line: number,
                                       reason: "expected \(Self.describe(fieldCount)) tab-separated fields, found \(fields.count)")
                }
                guard !fields[0].isEmpty else {
                    throw LexiconError(file: path, line: number, reason: "empty entry")
                }
                try body(number, fields)
            }
        }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LexiconFile {
    /// Reads and parses the file at `path`.
    public init(contentsOf path: String, fieldCount: ClosedRange<Int> = 1...Int.max) throws(LexiconError) {
        try self.init(utf8: Self.contents(of: path)[...], path: path, firstLine: 1, fieldCount: fieldCount)
    }

    /// The bytes of the file at `path`, checked to be UTF-8.
    ///
    /// Read with `read(2)` in chunks into an array sized for the file: through `Data` (and a `String`
    /// made to validate them) every byte was copied three times, a good part of start-up for the
    /// megabyte gazetteer.
    public static func contents(of path: String) throws(LexiconError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else {
            if descriptor >= 0 { close(descriptor) }
            throw LexiconError(file: path, reason: "cannot read the file")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        let failed = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
            while true {
                let count = read(descriptor, chunk.baseAddress!, chunk.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return count < 0 }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<count]))
            }
        }
        if failed { throw LexiconError(file: path, reason: "cannot read the file") }
        guard UTF8Decoding.isValid(bytes) else {
            let offset = UTF8Decoding.firstInvalidOffset(in: bytes) ?? 0
            throw LexiconError(file: path, reason: InputError.invalidUTF8(byteOffset: offset).description)
        }
        return bytes
    }
}
