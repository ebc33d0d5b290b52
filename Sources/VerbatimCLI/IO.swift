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
final class OutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ value: JSONValue, style: JSONValue.Style, newline: Bool = true) {
        value.write(to: &buffer, style: style, depth: 0)
        if newline { buffer.append(0x0A) }
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Streams an annotation record (see `AnnotationEncoder.write`).
    func write(_ document: Document, _ encoder: AnnotationEncoder, style: JSONValue.Style, newline: Bool = true) {
        let handle = self.handle
        encoder.write(document, to: &buffer, style: style, flushAt: 1 << 20) { bytes in
            handle.write(Data(bytes))
            bytes.removeAll(keepingCapacity: true)
        }
        if newline { buffer.append(0x0A) }
        if buffer.count >= 1 << 20 { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
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
