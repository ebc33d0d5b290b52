import Foundation
import VerbatimCore

/// Turns an annotated document into the output record described by `annotation.schema.json`.
///
/// Offsets are converted from UTF-8 once per document; every span carries its own `text`, so
/// `text[start:end] == span.text` holds in the chosen unit.
public struct AnnotationEncoder: Sendable {
    /// Bumped when the record's shape changes incompatibly.
    public static let schemaVersion = "1.0"

    public var offsets: OffsetUnit
    /// Written into each record's provenance.
    public var toolVersion: String

    public init(offsets: OffsetUnit = .codepoint, toolVersion: String) {
        self.offsets = offsets
        self.toolVersion = toolVersion
    }

    /// The whole record as a value (for library users and tests): what `write` writes, read back.
    public func record(for document: Document) -> JSONValue {
        var bytes: [UInt8] = []
        write(document, to: &bytes, style: .compact)
        // The encoder writes only valid JSON, so reading it back cannot fail.
        return (try? JSONParser.parse(bytes)) ?? .null
    }

    /// Writes the record straight into `out`, one annotation at a time, without building a value:
    /// span texts are copied from the document's bytes, offsets converted once per document.
    public func write(_ document: Document, to out: inout [UInt8], style: JSONValue.Style) {
        encodeRecord(document, style: style, pieceSize: .max) { out.append(contentsOf: $0) }.move(into: &out)
    }

    /// Writes the record a piece at a time: `write` is handed the bytes each time `pieceSize` or more
    /// have been written (between two annotations), and the rest at the end, each piece valid only
    /// during the call. A huge document's record never sits in memory whole, and no piece is copied
    /// on its way out.
    public func write(_ document: Document, style: JSONValue.Style, pieceSize: Int = 1 << 20,
                      to write: (UnsafeBufferPointer<UInt8>) -> Void) {
        encodeRecord(document, style: style, pieceSize: pieceSize, emit: write).withBytes(write)
    }

    /// The whole record, its bytes left where they were written (see `EncodedRecord`).
    public func encode(_ document: Document, style: JSONValue.Style) -> EncodedRecord {
        EncodedRecord(output: encodeRecord(document, style: style, pieceSize: .max) { _ in })
    }

    /// Writes the record; pieces of `pieceSize` bytes or more go to `emit` as they are done, and the
    /// rest are returned.
    private func encodeRecord(_ document: Document, style: JSONValue.Style, pieceSize: Int,
                              emit: (UnsafeBufferPointer<UInt8>) -> Void) -> JSONOutput {
        // The document's bytes are read through one unsafe view for the whole record: a slice of them per
        // span retained and released the array each time.
        withoutActuallyEscaping(emit) { emit in document.utf8.withUnsafeBufferPointer { text in
            var writer = Writer(text: text, converter: OffsetConverter(utf8: document.utf8, unit: offsets),
                                json: JSONWriter(style: style), pieceSize: pieceSize, emit: emit)
            // A record is twelve to sixteen times its text (handed over a piece at a time): room made
            // once, not doubled a dozen times (room never written costs no memory).
            writer.json.out.reserve(min(text.count * 16, pieceSize) + 4096)
            let metadata = document.metadata
            writer.json.beginObject()
            writer.member("schema_version", Self.schemaVersion)
            writer.member("id", document.id)
            writer.json.key("text")
            writer.text(text)
            writer.member("title", metadata.title)
            writer.member("url", metadata.url)
            writer.member("published", metadata.published)
            writer.member("language", metadata.language)
            writer.member("offsets", offsets.rawValue)
            writer.array("sentences", document.sentences) { writer, sentence in
                writer.span(sentence.range)
                writer.json.key("paragraph")
                writer.json.int(sentence.paragraph)
                writer.member("boundary", sentence.boundary.rawValue)
            }
            writer.array("entities", document.entities) { writer, mention in writer.entity(mention) }
            writer.array("quotes", document.quotes) { writer, quote in writer.quote(quote) }
            writer.array("dates", document.dates) { writer, timex in writer.date(timex) }
            writer.array("claims", document.claims) { writer, claim in writer.claim(claim) }
            writer.json.key("provenance")
            writer.json.beginObject()
            writer.member("tool", "verbatim \(toolVersion)")
            writer.json.key("stages")
            writer.json.beginArray()
            for stage in document.provenance {
                writer.json.item()
                writer.json.string(stage)
            }
            writer.json.endArray()
            writer.json.endObject()
            writer.json.endObject()
            return writer.json.out
        } }
    }

    /// The attributes every entity record carries, null when unknown, so tables keep their columns.
    static let entityAttributes: [(key: StaticString, isNumber: Bool)] = [
        ("country", false), ("geonames", true), ("lat", true), ("lon", true), ("wikidata", false),
    ]
    /// The same keys as the attributes' own `String`s, made once rather than for every mention.
    static let entityAttributeNames = entityAttributes.map(\.key.description)

    /// Writes one document's annotations: its bytes, its offset converter and the JSON so far.
    private struct Writer {
        /// The document's UTF-8 bytes, valid while the record is written.
        let text: UnsafeBufferPointer<UInt8>
        let converter: OffsetConverter
        var json: JSONWriter
        /// Each piece goes to `emit` once it holds `pieceSize` bytes.
        let pieceSize: Int
        let emit: (UnsafeBufferPointer<UInt8>) -> Void

        /// (Inlined: each key's length is then known where it is written, and stored without a call
        /// to copy it.)
        @inline(__always)
        mutating func member(_ key: StaticString, _ value: String?) {
            json.key(key)
            json.string(orNull: value)
        }

        /// The document's text, which may be megabytes, as a string written a piece at a time: no more
        /// than a piece of the buffer is ever written (memory written is fresh, faulted in page by
        /// page; room reserved for escapes and never written costs nothing).
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count > pieceSize else { return json.string(utf8: bytes) }
            json.out.append(UInt8(ascii: "\""))
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + pieceSize)
                json.out.stringPiece(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                json.out.handOver(to: emit)
                start = end
            }
            json.out.append(UInt8(ascii: "\""))
        }

        /// `start`, `end` and `text` of a span, as members of the object being written.
        mutating func span(_ range: TextRange) {
            json.spanOffsets(converter.convert(range.start), converter.convert(range.end))
            json.string(utf8: UnsafeBufferPointer(rebasing: text[range.start..<range.end]))
        }

        /// An object holding only a span.
        mutating func spanObject(_ range: TextRange) {
            json.beginObject()
            span(range)
            json.endObject()
        }

        /// An array member, each element written by `write`.
        mutating func list<Elements: RandomAccessCollection>(_ key: StaticString, _ elements: Elements,
                                                             _ write: (inout Writer, Elements.Element) -> Void) {
            json.key(key)
            json.beginArray()
            // By index: `for element in elements` copied each element once more, retaining and then
            // releasing every string and array it holds.
            for index in elements.indices {
                json.item()
                write(&self, elements[index])
            }
            json.endArray()
        }

        /// An array member of objects, a piece handed over between two objects once it is large enough.
        mutating func array<Element>(_ key: StaticString, _ elements: [Element], _ write: (inout Writer, Element) -> Void) {
            list(key, elements) { writer, element in
                writer.json.beginObject()
                write(&writer, element)
                writer.json.endObject()
                if writer.json.out.count >= writer.pieceSize { writer.json.out.handOver(to: writer.emit) }
            }
        }

        /// An object member, or null when there is no value.
        mutating func object<Value>(_ key: StaticString, _ value: Value?, _ write: (inout Writer, Value) -> Void) {
            json.key(key)
            guard let value else { return json.null() }
            json.beginObject()
            write(&self, value)
            json.endObject()
        }

        mutating func ints(_ key: StaticString, _ values: some RandomAccessCollection<Int>) { list(key, values) { $0.json.int($1) } }
        mutating func strings(_ key: StaticString, _ values: some RandomAccessCollection<String>) { list(key, values) { $0.json.string($1) } }
        mutating func spans(_ key: StaticString, _ ranges: [TextRange]) { list(key, ranges) { $0.spanObject($1) } }

        mutating func entity(_ mention: EntityMention) {
            span(mention.range)
            member("type", mention.kind.rawValue)
            member("subtype", mention.subtype)
            member("name", mention.name)
            member("id", mention.entityID)
            member("source", mention.source.rawValue)
            member("rule", mention.rule)
            json.key("confidence")
            json.double(mention.confidence)
            // Half the mentions have no attributes: their columns are nulls, with no key hashed to say so.
            guard !mention.attributes.isEmpty else {
                for (key, _) in AnnotationEncoder.entityAttributes {
                    json.key(key)
                    json.null()
                }
                return
            }
            // One pass over the mention's attributes, each name compared with the known ones (a hashed
            // look-up per known name cost more than the rest of the record); their values kept on the
            // stack, where an array made and freed for every mention was a tenth of the encoding.
            let names = AnnotationEncoder.entityAttributeNames
            var extra: [(name: String, value: String)] = []
            withUnsafeTemporaryAllocation(of: String?.self, capacity: names.count) { known in
                known.initialize(repeating: nil)
                for (name, value) in mention.attributes {
                    if let index = names.firstIndex(of: name) {
                        known[index] = value
                    } else {
                        extra.append((name, value))
                    }
                }
                for (index, attribute) in AnnotationEncoder.entityAttributes.enumerated() {
                    json.key(attribute.key)
                    if let value = known[index] {
                        if attribute.isNumber { number(value) } else { json.string(value) }
                    } else {
                        json.null()
                    }
                }
                _ = known.deinitialize()
            }
            // Other attributes, sorted by name; most mentions have none.
            guard !extra.isEmpty else { return }
            if extra.count > 1 { extra.sort { $0.name < $1.name } }
            json.key("attributes")
            json.beginObject()
            for (name, value) in extra {
                json.key(escaping: name)
                json.string(value)
            }
            json.endObject()
        }

        /// A lexicon value that is a number, written as the number it reads as: text that already is
        /// what Swift writes for that number (as lexicon coordinates and ids are) is copied as it is,
        /// with no number made from it and written back.
        mutating func number(_ text: String) {
            let copied = text.withUTF8Bytes { bytes in
                guard AnnotationEncoder.isCanonicalNumber(bytes) else { return false }
                json.out.append(bytes)
                return true
            }
            if !copied { json.value(AnnotationEncoder.number(text)) }
        }

        mutating func quote(_ quote: Quote) {
            span(quote.content)
            member("kind", quote.kind.rawValue)
            spans("parts", quote.parts)
            spans("verbatim", quote.verbatim)
            object("speaker", quote.speaker) { writer, speaker in
                writer.span(speaker.range)
                writer.member("name", speaker.name)
                writer.member("entity", speaker.entityID)
                writer.member("resolution", speaker.resolution.rawValue)
            }
            object("cue", quote.cue) { writer, cue in
                writer.span(cue.range)
                writer.member("lemma", cue.lemma)
            }
            ints("sentences", quote.sentences)
            json.key("confidence")
            json.double(quote.confidence)
            member("rule", quote.rule)
        }

        mutating func date(_ timex: Timex) {
            span(timex.range)
            member("type", timex.kind.rawValue)
            member("value", timex.value)
            member("mod", timex.mod)
            let anchor: (kind: String, value: String?)? = switch timex.anchor {
            case .none: nil
            case .published(let date): ("published", date)
            case .previousDate(let date): ("previous-date", date)
            case .unknown: ("unknown", nil)
            }
            object("anchor", anchor) { writer, anchor in
                writer.member("kind", anchor.kind)
                writer.member("value", anchor.value)
            }
            member("granularity", timex.granularity)
            member("rule", timex.rule)
        }

        mutating func claim(_ claim: Claim) {
            span(claim.range)
            json.key("score")
            json.double((claim.score * 1000).rounded() / 1000)
            json.key("checkworthy")
            json.bool(claim.isCheckworthy)
            strings("types", claim.types)
            strings("signals", claim.signals)
            object("claimant", claim.claimant) { writer, claimant in
                writer.member("name", claimant.name)
                writer.member("entity", claimant.entityID)
                writer.member("source", claimant.source)
            }
            ints("quotes", claim.quotes)
            ints("entities", claim.entities)
            ints("dates", claim.dates)
        }
    }

    /// schema.org `Claim` objects (JSON-LD) for the check-worthy claims: what was claimed, by whom,
    /// when and where it appeared. Never a rating: that is the fact-checker's to give.
    public func claimReview(for document: Document) -> JSONValue {
        .array(document.claims.filter(\.isCheckworthy).map { claim in
            var members: [(String, JSONValue)] = [
                ("@context", .string("https://schema.org")),
                ("@type", .string("Claim")),
                ("text", .string(document.text(of: claim.range))),
            ]
            if let claimant = claim.claimant {
                let isPerson = claimant.entityID?.hasPrefix("org:") != true && claimant.entityID?.hasPrefix("doc:organization") != true
                members.append(("author", .object([("@type", .string(isPerson ? "Person" : "Organization")),
                                                   ("name", .string(claimant.name))])))
            }
            if let published = document.metadata.published { members.append(("datePublished", .string(published))) }
            if let url = document.metadata.url {
                members.append(("appearance", .object([("@type", .string("CreativeWork")), ("url", .string(url))])))
            }
            return .object(members)
        })
    }

    /// CheckThat! rows (id, text, score, label) for every claim record, the id made from the record
    /// id and the claim's position.
    public func checkThatRows(for document: Document) -> [String] {
        document.claims.enumerated().map { index, claim in
            let id = "\(document.id ?? "doc")-\(index + 1)"
            let text = document.text(of: claim.range).replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            return "\(id)\t\(text)\t\((claim.score * 1000).rounded() / 1000)\t\(claim.isCheckworthy ? "Yes" : "No")"
        }
    }

    /// Whether `text` is written back unchanged when read as a number (`number(_:)`) and written: an
    /// integer of at most 18 digits, with no sign but "-", no leading zero and not "-0"; or a decimal
    /// with a point, at most 15 significant digits, no trailing zero, and at most three zeros after
    /// "0." (0.0001 or more: smaller numbers are written with an exponent). Fifteen digits always read
    /// back as the same digits, so they are the shortest that name the number, which is what Swift
    /// writes.
    static func isCanonicalNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = text.first == UInt8(ascii: "-") ? 1 : 0
        let integerStart = index
        while index < text.count, text[index] &- 0x30 < 10 { index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0, integerDigits == 1 || text[integerStart] != UInt8(ascii: "0") else { return false }
        guard index < text.count else {
            return integerDigits <= 18 && !(integerStart == 1 && text[integerStart] == UInt8(ascii: "0"))
        }
        guard text[index] == UInt8(ascii: "."), index + 1 < text.count else { return false }
        let fractionStart = index + 1
        index = fractionStart
        while index < text.count, text[index] &- 0x30 < 10 { index += 1 }
        guard index == text.count, text[text.count - 1] != UInt8(ascii: "0") else { return false }
        let isZero = text[integerStart] == UInt8(ascii: "0")
        var leadingZeros = 0
        if isZero { while text[fractionStart + leadingZeros] == UInt8(ascii: "0") { leadingZeros += 1 } }
        let significant = (isZero ? 0 : integerDigits) + (text.count - fractionStart) - leadingZeros
        return significant <= 15 && leadingZeros <= 3
    }

    fileprivate static func number(_ text: String) -> JSONValue {
        if let integer = Int(text) { return .int(integer) }
        if let double = Double(text) { return .double(double) }
        return .string(text)
    }

    /// The record that stands in a batch for an input line that could not be annotated.
    public func errorRecord(line: Int?, file: String? = nil, id: String?, error: String) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let line { members.append(("line", .int(line))) }
        if let file { members.append(("file", .string(file))) }
        if let id { members.append(("id", .string(id))) }
        members.append(("error", .string(error)))
        return .object(members)
    }
}
