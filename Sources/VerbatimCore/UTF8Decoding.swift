/// Turns input bytes into text without losing anything silently.
public enum UTF8Decoding {
    /// Decodes `bytes` as UTF-8, dropping one leading byte-order mark.
    ///
    /// - Parameter lossy: replace each invalid sequence with U+FFFD instead of refusing the input.
    /// - Throws: `InputError.invalidUTF8` with the offset of the first bad byte.
    /// - Complexity: O(n).
    public static func decode(_ bytes: some Collection<UInt8>, lossy: Bool = false) throws(InputError) -> String {
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        // Validated once as the string is made; the scalar-by-scalar search below runs only to name
        // the offset of a bad byte.
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

    /// Whether `bytes` are valid UTF-8, checked in place (a `String` made to validate them copied
    /// them first).
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    /// Whether `bytes` are valid UTF-8: ASCII passed over eight bytes at a time, each other scalar
    /// checked by the ranges its lead byte allows the bytes after it (the Unicode standard's table
    /// of well-formed sequences: no overlong forms, surrogates or scalars past U+10FFFF). Every
    /// record of a batch is checked whole: the standard library's check took about twelve
    /// instructions a byte of news text, this one about one.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = bytes.count
        var index = 0
        while true {
            index = ByteBlock.skip(raw, from: index, to: count) { ByteBlock.nonASCII($0) != 0 }
            while index < count, bytes[index] < 0x80 { index += 1 }
            guard index < count else { return true }
            let lead = bytes[index]
            // The second byte's range, and how many bytes the scalar has.
            let second: ClosedRange<UInt8>, length: Int
            switch lead {
            case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
            case 0xE0: (second, length) = (0xA0...0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
            case 0xED: (second, length) = (0x80...0x9F, 3)
            case 0xF0: (second, length) = (0x90...0xBF, 4)
            case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
            case 0xF4: (second, length) = (0x80...0x8F, 4)
            default: return false
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
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
