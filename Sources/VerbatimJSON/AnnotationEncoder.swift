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

    /// A top-level member of the record: a value, or an array whose elements are made one at a time.
    enum Field {
        case value(JSONValue)
        case elements(count: Int, element: (Int) -> JSONValue)
    }

    /// The record's members in order; `record(for:)` and `write(_:to:style:)` both read them, so the
    /// tree and the stream cannot differ.
    func fields(for document: Document) -> [(String, Field)] {
        let converter = OffsetConverter(utf8: document.utf8, unit: offsets)
        let span: (TextRange) -> [(String, JSONValue)] = { range in
            [("start", .int(converter.convert(range.start))),
             ("end", .int(converter.convert(range.end))),
             ("text", .string(document.text(of: range)))]
        }
        let metadata = document.metadata
        return [
            ("schema_version", .value(.string(Self.schemaVersion))),
            ("id", .value(document.id.map(JSONValue.string) ?? .null)),
            ("text", .value(.string(document.text))),
            ("title", .value(metadata.title.map(JSONValue.string) ?? .null)),
            ("url", .value(metadata.url.map(JSONValue.string) ?? .null)),
            ("published", .value(metadata.published.map(JSONValue.string) ?? .null)),
            ("language", .value(.string(metadata.language))),
            ("offsets", .value(.string(offsets.rawValue))),
            ("sentences", .elements(count: document.sentences.count) { index in
                let sentence = document.sentences[index]
                return .object(span(sentence.range) + [
                    ("paragraph", .int(sentence.paragraph)),
                    ("boundary", .string(sentence.boundary.rawValue)),
                ])
            }),
            ("entities", .elements(count: document.entities.count) { entity(for: document.entities[$0], span: span) }),
            ("quotes", .elements(count: document.quotes.count) { quote(for: document.quotes[$0], span: span) }),
            ("dates", .elements(count: document.dates.count) { date(for: document.dates[$0], span: span) }),
            ("claims", .elements(count: document.claims.count) { claim(for: document.claims[$0], span: span) }),
            ("provenance", .value(.object([
                ("tool", .string("verbatim \(toolVersion)")),
                ("stages", .array(document.provenance.map(JSONValue.string))),
            ]))),
        ]
    }

    /// The whole record as a value (for library users and tests).
    public func record(for document: Document) -> JSONValue {
        .object(fields(for: document).map { key, field in
            switch field {
            case .value(let value): (key, value)
            case let .elements(count, element): (key, .array((0..<count).map(element)))
            }
        })
    }

    /// Writes the record straight into `out`, one annotation at a time, so a large document never
    /// holds its whole record as a tree. Byte for byte what `record(for:).write(…)` would write.
    public func write(_ document: Document, to out: inout [UInt8], style: JSONValue.Style) {
        out.append(UInt8(ascii: "{"))
        for (index, (key, field)) in fields(for: document).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.newline(&out, style, 1)
            JSONValue.writeString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            if style == .pretty { out.append(UInt8(ascii: " ")) }
            switch field {
            case .value(let value):
                value.write(to: &out, style: style, depth: 1)
            case let .elements(count, element):
                guard count > 0 else {
                    out.append(contentsOf: "[]".utf8)
                    continue
                }
                out.append(UInt8(ascii: "["))
                for item in 0..<count {
                    if item > 0 { out.append(UInt8(ascii: ",")) }
                    JSONValue.newline(&out, style, 2)
                    element(item).write(to: &out, style: style, depth: 2)
                }
                JSONValue.newline(&out, style, 1)
                out.append(UInt8(ascii: "]"))
            }
        }
        JSONValue.newline(&out, style, 0)
        out.append(UInt8(ascii: "}"))
    }

    /// The attributes every entity record carries, null when unknown, so tables keep their columns.
    static let entityAttributes: [(key: String, isNumber: Bool)] = [
        ("country", false), ("geonames", true), ("lat", true), ("lon", true), ("wikidata", false),
    ]

    private func entity(for mention: EntityMention, span: (TextRange) -> [(String, JSONValue)]) -> JSONValue {
        var members = span(mention.range) + [
            ("type", .string(mention.kind.rawValue)),
            ("subtype", mention.subtype.map(JSONValue.string) ?? .null),
            ("name", .string(mention.name)),
            ("id", .string(mention.entityID)),
            ("source", .string(mention.source.rawValue)),
            ("rule", .string(mention.rule)),
            ("confidence", .double(mention.confidence)),
        ]
        for (key, isNumber) in Self.entityAttributes {
            let value = mention.attributes[key]
            members.append((key, value.map { isNumber ? Self.number($0) : .string($0) } ?? .null))
        }
        let extra = mention.attributes.keys.filter { key in !Self.entityAttributes.contains { $0.key == key } }.sorted()
        if !extra.isEmpty {
            members.append(("attributes", .object(extra.map { ($0, .string(mention.attributes[$0]!)) })))
        }
        return .object(members)
    }

    private func quote(for quote: Quote, span: (TextRange) -> [(String, JSONValue)]) -> JSONValue {
        let speaker: JSONValue = quote.speaker.map { speaker in
            .object(span(speaker.range) + [
                ("name", .string(speaker.name)),
                ("entity", speaker.entityID.map(JSONValue.string) ?? .null),
                ("resolution", .string(speaker.resolution.rawValue)),
            ])
        } ?? .null
        let cue: JSONValue = quote.cue.map { .object(span($0.range) + [("lemma", .string($0.lemma))]) } ?? .null
        return .object(span(quote.content) + [
            ("kind", .string(quote.kind.rawValue)),
            ("parts", .array(quote.parts.map { .object(span($0)) })),
            ("verbatim", .array(quote.verbatim.map { .object(span($0)) })),
            ("speaker", speaker),
            ("cue", cue),
            ("sentences", .array(quote.sentences.map(JSONValue.int))),
            ("confidence", .double(quote.confidence)),
            ("rule", .string(quote.rule)),
        ])
    }

    private func date(for timex: Timex, span: (TextRange) -> [(String, JSONValue)]) -> JSONValue {
        let anchor: JSONValue
        switch timex.anchor {
        case .none: anchor = .null
        case .published(let date): anchor = .object([("kind", .string("published")), ("value", .string(date))])
        case .previousDate(let date): anchor = .object([("kind", .string("previous-date")), ("value", .string(date))])
        case .unknown: anchor = .object([("kind", .string("unknown")), ("value", .null)])
        }
        return .object(span(timex.range) + [
            ("type", .string(timex.kind.rawValue)),
            ("value", .string(timex.value)),
            ("mod", timex.mod.map(JSONValue.string) ?? .null),
            ("anchor", anchor),
            ("granularity", .string(timex.granularity)),
            ("rule", .string(timex.rule)),
        ])
    }

    private func claim(for claim: Claim, span: (TextRange) -> [(String, JSONValue)]) -> JSONValue {
        let claimant: JSONValue = claim.claimant.map { claimant in
            .object([("name", .string(claimant.name)), ("entity", claimant.entityID.map(JSONValue.string) ?? .null),
                     ("source", .string(claimant.source))])
        } ?? .null
        return .object(span(claim.range) + [
            ("score", .double((claim.score * 1000).rounded() / 1000)),
            ("checkworthy", .bool(claim.isCheckworthy)),
            ("types", .array(claim.types.map(JSONValue.string))),
            ("signals", .array(claim.signals.map(JSONValue.string))),
            ("claimant", claimant),
            ("quotes", .array(claim.quotes.map(JSONValue.int))),
            ("entities", .array(claim.entities.map(JSONValue.int))),
            ("dates", .array(claim.dates.map(JSONValue.int))),
        ])
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

    private static func number(_ text: String) -> JSONValue {
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
