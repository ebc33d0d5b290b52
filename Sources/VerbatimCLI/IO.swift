import ArgumentParser
import Foundation
import Verbatim

/// Reads a file or standard input, whole or line by line in bounded memory.
struct InputReader {
    private let handle: FileHandle

    init(path: String) throws {
        if path == "-" {
            handle = .standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("no such file")
            }
            guard !isDirectory.boolValue else { throw CLIError("is a directory") }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIError("cannot open the file") }
            self.handle = handle
        }
    }

    func readAll() throws -> [UInt8] {
        [UInt8](try handle.readToEnd() ?? Data())
    }

    /// Calls `body` with each line (without its LF) and its 1-based number.
    func forEachLine(_ body: (Int, ArraySlice<UInt8>) throws -> Void) throws {
        var pending: [UInt8] = []
        var number = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                number += 1
                try body(number, pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty {
            number += 1
            try body(number, pending[...])
        }
    }
}

/// Buffered standard output: JSON only, never logs.
///
/// Bytes go to the file descriptor straight from their buffer: a `Data` made of each megabyte was
/// one more copy of an output about fifteen times the size of its input.
final class OutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// A piece at least this large is written as it is rather than copied into the buffer.
    private static let direct = 1 << 16

    init(_ handle: FileHandle) {
        descriptor = handle.fileDescriptor
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ value: JSONValue, style: JSONValue.Style, newline: Bool = true) {
        value.write(to: &buffer, style: style, depth: 0)
        if newline { buffer.append(0x0A) }
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Streams an annotation record: each megabyte goes out from the encoder's buffer as it is
    /// written (see `AnnotationEncoder.write(_:style:pieceSize:to:)`).
    func write(_ document: Document, _ encoder: AnnotationEncoder, style: JSONValue.Style, newline: Bool = true) {
        encoder.write(document, style: style) { write(bytes: $0) }
        if newline { self.newline() }
    }

    func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// A record encoded on a worker thread, written from the encoder's own buffer.
    func write(_ record: EncodedRecord) {
        record.withUnsafeBytes { write(bytes: $0) }
    }

    private func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count < Self.direct else {
            flush()
            return writeOut(bytes)
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    func newline() {
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`, or stops the tool with the system's reason (a full disk, a closed pipe
    /// when SIGPIPE is ignored): output cut short must not look like success.
    private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                Terminal.error("cannot write the output: \(String(cString: strerror(errno)))")
                exit(Exit.ioError.rawValue)
            }
            offset += written
        }
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Terminal {
    /// One line on standard error, prefixed with the tool's name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("verbatim: \(message)\n".utf8))
    }
}

extension OffsetUnit: ExpressibleByArgument {}
