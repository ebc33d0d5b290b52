/// Turns input bytes into text without losing anything silently.
public enum UTF8Decoding {
    /// Decodes `bytes` as UTF-8, dropping one leading byte-order mark.
    ///
    /// - Parameter lossy: replace each invalid sequence with U+FFFD instead of refusing the input.
    /// - Throws: `InputError.invalidUTF8` with the offset of the first bad byte.
    /// - Complexity: O(n).
    public static func decode(_ bytes: some Collection<UInt8>, lossy: Bool = false) throws(InputError) -> String {
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        // The standard library's validation is vectorised; the scalar-by-scalar search below runs
        // only to name the offset of a bad byte.
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let bad = firstInvalidOffset(in: body) {
            guard lossy else {
                let offset = bad + (body.count == bytes.count ? 0 : 3)
                throw .invalidUTF8(byteOffset: offset)
            }
            return String(decoding: body, as: UTF8.self)
        }
        return String(decoding: body, as: UTF8.self)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `bytes` are valid UTF-8, by the standard library's vectorised validation.
    /// (Checked in place: a `String` made to validate them copied them first.)
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        (try? UTF8Span(validating: bytes.span)) != nil
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil. Scalar by
    /// scalar: ask `isValid` first on long input.
    public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
        var decoder = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// Input that cannot become a document.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case malformedRecord(String)

    public var description: String {
        switch self {
        case .invalidUTF8(let offset):
            "invalid UTF-8 at byte offset \(offset) (use --lossy to replace bad bytes with U+FFFD)"
        case let .tooLarge(bytes, limit):
            "document of \(bytes) bytes exceeds the limit of \(limit) bytes"
        case .malformedRecord(let reason):
            reason
        }
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place when they are contiguous, as a native
    /// string's are; copied otherwise. (`withUTF8` needs a mutable copy, retained and released each
    /// time, and the stages read the bytes of hundreds of thousands of strings.)
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
