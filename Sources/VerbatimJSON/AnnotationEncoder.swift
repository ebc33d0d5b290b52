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

    public func record(for document: Document) -> JSONValue {
        let converter = OffsetConverter(utf8: document.utf8, unit: offsets)
        func span(_ range: TextRange) -> [(String, JSONValue)] {
            [("start", .int(converter.convert(range.start))),
             ("end", .int(converter.convert(range.end))),
             ("text", .string(document.text(of: range)))]
        }
        let sentences = document.sentences.map { sentence in
            JSONValue.object(span(sentence.range) + [
                ("paragraph", .int(sentence.paragraph)),
                ("boundary", .string(sentence.boundary.rawValue)),
            ])
        }
        let metadata = document.metadata
        return .object([
            ("schema_version", .string(Self.schemaVersion)),
            ("id", document.id.map(JSONValue.string) ?? .null),
            ("text", .string(document.text)),
            ("title", metadata.title.map(JSONValue.string) ?? .null),
            ("url", metadata.url.map(JSONValue.string) ?? .null),
            ("published", metadata.published.map(JSONValue.string) ?? .null),
            ("language", .string(metadata.language)),
            ("offsets", .string(offsets.rawValue)),
            ("sentences", .array(sentences)),
            ("entities", .array(document.entities.map { entity(for: $0, span: span) })),
            ("quotes", .array(document.quotes.map { quote(for: $0, span: span) })),
            ("dates", .array(document.dates.map { date(for: $0, span: span) })),
            ("claims", .array(document.claims.map { claim(for: $0, span: span) })),
            ("provenance", .object([
                ("tool", .string("verbatim \(toolVersion)")),
                ("stages", .array(document.provenance.map(JSONValue.string))),
            ])),
        ])
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
