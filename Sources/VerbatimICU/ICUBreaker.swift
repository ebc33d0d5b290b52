import CICU
import VerbatimCore

/// An ICU break iterator over UTF-8 bytes. Not for concurrent use: each document clones its own.
public final class ICUBreaker: @unchecked Sendable {
    public enum Kind: Int32, Sendable {
        case sentence = 0 // VB_BREAK_SENTENCE
        case word = 1 // VB_BREAK_WORD
    }

    private let handle: OpaquePointer
    public let kind: Kind

    public init(_ kind: Kind, locale: String) throws(StageError) {
        var status: Int32 = 0
        guard let handle = vb_breaker_open(kind.rawValue, locale, &status) else {
            throw StageError(stage: "icu", reason: "cannot open the \(kind) break iterator: \(String(cString: vb_error_name(status)))")
        }
        self.handle = handle
        self.kind = kind
    }

    private init(handle: OpaquePointer, kind: Kind) {
        self.handle = handle
        self.kind = kind
    }

    /// A breaker with the same rules; cloning is much cheaper than opening.
    public func clone() throws(StageError) -> ICUBreaker {
        var status: Int32 = 0
        guard let copy = vb_breaker_clone(handle, &status) else {
            throw StageError(stage: "icu", reason: "cannot clone a break iterator: \(String(cString: vb_error_name(status)))")
        }
        return ICUBreaker(handle: copy, kind: kind)
    }

    /// Every boundary ICU finds in `utf8`, as byte offsets, excluding 0 and including the end.
    /// Sentences are read in blocks (`boundaries(in:inBlocks:)`), words in place.
    public func boundaries(in utf8: [UInt8]) throws(StageError) -> [Int] {
        try boundaries(in: utf8, inBlocks: kind == .sentence)
    }

    /// Every boundary ICU finds in `utf8`. `inBlocks`: the text is handed to ICU a block of lines at a
    /// time in UTF-16, its own encoding (for valid UTF-8, as a document's text is, the same boundaries,
    /// about a fifth less time for sentences, conversion included); otherwise ICU reads the UTF-8 in
    /// place, which is quicker for words, whose many boundaries each cost a step back to a byte offset.
    public func boundaries(in utf8: [UInt8], inBlocks: Bool) throws(StageError) -> [Int] {
        var result: [Int] = []
        var failure: Int32 = 0
        utf8.withUnsafeBufferPointer { buffer in
            if inBlocks {
                failure = vb_breaker_set_text_in_blocks(handle, buffer.baseAddress, Int64(buffer.count))
                guard failure == 0 else { return }
                while case let next = vb_breaker_next_in_blocks(handle, &failure), next >= 0 {
                    result.append(Int(next))
                }
                return
            }
            failure = vb_breaker_set_text(handle, buffer.baseAddress, Int64(buffer.count))
            guard failure == 0 else { return }
            while case let next = vb_breaker_next(handle), next >= 0 {
                result.append(Int(next))
            }
        }
        guard failure <= 0 else {
            throw StageError(stage: "icu", reason: "cannot iterate the text: \(String(cString: vb_error_name(failure)))")
        }
        return result
    }

    /// Points the breaker at `utf8` for `isBoundary(_:)` queries; the bytes must outlive the queries,
    /// so the breaker keeps a reference to them.
    public func setText(_ utf8: [UInt8]) throws(StageError) {
        text = utf8
        let failure = text.withUnsafeBufferPointer { vb_breaker_set_text(handle, $0.baseAddress, Int64($0.count)) }
        guard failure <= 0 else {
            throw StageError(stage: "icu", reason: "cannot set the text: \(String(cString: vb_error_name(failure)))")
        }
    }

    /// Whether ICU puts a boundary at `offset` of the text given to `setText(_:)`.
    public func isBoundary(_ offset: Int) -> Bool {
        vb_breaker_is_boundary(handle, Int64(offset)) != 0
    }

    private var text: [UInt8] = []

    deinit {
        vb_breaker_close(handle)
    }
}

/// ICU's bare break iteration, with none of our rules: the floor benchmarks compare against.
public enum ICUBaseline {
    /// How many sentence (or word) boundaries ICU finds in `utf8`.
    public static func boundaryCount(in utf8: [UInt8], words: Bool = false) throws(StageError) -> Int {
        try ICUBreaker(words ? .word : .sentence, locale: "en").boundaries(in: utf8).count
    }
}
