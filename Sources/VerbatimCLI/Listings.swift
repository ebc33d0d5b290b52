import ArgumentParser
import Foundation
import Verbatim

/// How the listing subcommands print their rows.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for reading on a terminal (the default there).
    case table
    /// One line per row, fields separated by " | ".
    case text
    case json, jsonl, tsv, csv
}

struct ListingOptions: ParsableArguments {
    @Option(help: "table (default on a terminal), text, json, jsonl (default when piped), tsv or csv.")
    var format: ListingFormat?

    @Option(help: "Unit of start/end: codepoint, utf16 or utf8.")
    var offsets: OffsetUnit = .codepoint

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Option(help: "Colour in tables: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }

    var resolved: ListingFormat { format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl) }
}

typealias Row = [(String, JSONValue)]

/// Runs the batch and prints the rows `rows(document)` gives for every article, in input order.
func runListing(_ input: InputOptions, _ listing: ListingOptions, _ rows: (Document, OffsetConverter) -> [Row]) throws {
    let annotator = try input.makeAnnotator()
    let output = OutputStream(.standardOutput)
    let format = listing.resolved
    var collected: [Row] = []
    var first = true
    let (total, failed) = try BatchRunner(options: input, annotator: annotator).run { item in
        switch item.outcome {
        case .failed(let error):
            Terminal.error("\(item.line.map { "\(item.source):\($0)" } ?? item.source): \(error.reason)")
        case .rendered:
            preconditionFailure("a listing sets no renderer")
        case .annotated(let document):
            let found = rows(document, OffsetConverter(utf8: document.utf8, unit: listing.offsets))
            switch format {
            case .jsonl:
                for row in found { output.write(.object(row), style: .compact) }
            case .tsv, .csv:
                if first, let header = found.first?.map(\.0) { output.write(bytes: Array((line(header, format) + "\n").utf8)) }
                if !found.isEmpty { first = false }
                for row in found { output.write(bytes: Array((line(row.map { plain($0.1) }, format) + "\n").utf8)) }
            case .text:
                for row in found { output.write(bytes: Array((row.map { plain($0.1) }.joined(separator: " | ") + "\n").utf8)) }
            case .json, .table:
                collected += found
            }
        }
    }
    if format == .json { output.write(.array(collected.map(JSONValue.object)), style: .pretty) }
    if format == .table { output.write(bytes: Array(table(collected, color: listing.useColor).utf8)) }
    output.flush()
    if failed > 0 {
        Terminal.error("\(failed) of \(total) records could not be annotated")
        throw Exit.someRecordsFailed
    }
}

/// A JSON value as a cell: strings bare, null empty, arrays joined with "; ".
func plain(_ value: JSONValue) -> String {
    switch value {
    case .null: ""
    case .string(let text): text
    case .int(let number): String(number)
    case .double(let number): String(number)
    case .bool(let flag): flag ? "true" : "false"
    case .array(let items): items.map(plain).joined(separator: "; ")
    case .object: String(decoding: value.serialized(), as: UTF8.self)
    }
}

private func line(_ fields: [String], _ format: ListingFormat) -> String {
    if format == .tsv {
        return fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") }
            .joined(separator: "\t")
    }
    return fields.map { field in
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",")
}

/// Aligned columns; long cells are cut at 60 characters with "…".
private func table(_ rows: [Row], color: Bool) -> String {
    guard let header = rows.first?.map(\.0) else { return "(nothing found)\n" }
    let cells = rows.map { row in
        row.map { cell -> String in
            let text = plain(cell.1).replacingOccurrences(of: "\n", with: " ")
            return text.count > 60 ? String(text.prefix(59)) + "…" : text
        }
    }
    let widths = header.indices.map { column in max(header[column].count, cells.map { $0[column].count }.max() ?? 0) }
    func render(_ fields: [String]) -> String {
        zip(fields, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    // Bold header, dimmed "(unattributed)": ANSI codes only when colour is on.
    let head = color ? "\u{1B}[1m" + render(header.map { $0.uppercased() }) + "\u{1B}[0m" : render(header.map { $0.uppercased() })
    let body = cells.map(render).map { line in
        color ? line.replacingOccurrences(of: "(unattributed)", with: "\u{1B}[2m(unattributed)\u{1B}[0m") : line
    }
    return ([head] + body).joined(separator: "\n") + "\n"
}

private func text(_ document: Document, _ range: TextRange) -> JSONValue { .string(document.text(of: range)) }
private func id(_ document: Document) -> JSONValue { document.id.map(JSONValue.string) ?? .null }

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List attributed quotes: speaker, cue, kind and the words.",
        discussion: "Examples:\n  verbatim quotes seeds/macron-europe-russia.txt\n  verbatim quotes articles.jsonl --speaker Lavrov --format csv")

    @OptionGroup var input: InputOptions
    @OptionGroup var listing: ListingOptions
    @Option(help: "Only quotes whose speaker's name or words contain this (case-insensitive); 'none' for unattributed ones.")
    var speaker: String?

    func run() throws {
        try runListing(input, listing) { document, offsets in
            document.quotes.compactMap { quote in
                let name = quote.speaker?.name
                if let speaker {
                    let wanted = speaker.lowercased()
                    if wanted == "none" { guard quote.speaker == nil else { return nil } } else {
                        let words = quote.speaker.map { document.text(of: $0.range).lowercased() } ?? ""
                        guard (name?.lowercased().contains(wanted) ?? false) || words.contains(wanted) else { return nil }
                    }
                }
                return [("id", id(document)), ("speaker", .string(name ?? "(unattributed)")),
                        ("cue", quote.cue.map { text(document, $0.range) } ?? .null), ("kind", .string(quote.kind.rawValue)),
                        ("quote", text(document, quote.content)), ("start", .int(offsets.convert(quote.content.start))),
                        ("end", .int(offsets.convert(quote.content.end))), ("confidence", .double(quote.confidence))]
            }
        }
    }
}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entity mentions: people, places, organizations, nationalities and role phrases.",
        discussion: "Example:\n  verbatim entities seeds/macron-europe-russia.txt --type person")

    enum Kind: String, ExpressibleByArgument, CaseIterable { case person, place, organization, nationality, role }

    @OptionGroup var input: InputOptions
    @OptionGroup var listing: ListingOptions
    @Option(help: "Only this type.")
    var type: Kind?

    func run() throws {
        try runListing(input, listing) { document, offsets in
            document.entities.filter { type == nil || $0.kind.rawValue == type?.rawValue }.map { mention in
                [("id", id(document)), ("type", .string(mention.kind.rawValue)), ("name", .string(mention.name)),
                 ("text", text(document, mention.range)), ("entity", .string(mention.entityID)),
                 ("source", .string(mention.source.rawValue)), ("start", .int(offsets.convert(mention.range.start))),
                 ("end", .int(offsets.convert(mention.range.end))), ("country", mention.attributes["country"].map(JSONValue.string) ?? .null)]
            }
        }
    }
}

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "List the places an article names, with type, country, coordinates, GeoNames id and mentions.",
        discussion: "Example:\n  verbatim places seeds/macron-europe-russia.txt --format csv")

    @OptionGroup var input: InputOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        try runListing(input, listing) { document, offsets in
            var order: [String] = []
            var counts: [String: Int] = [:]
            var first: [String: EntityMention] = [:]
            for mention in document.entities where mention.kind == .place {
                if counts[mention.entityID] == nil { order.append(mention.entityID); first[mention.entityID] = mention }
                counts[mention.entityID, default: 0] += 1
            }
            return order.map { entity in
                let place = first[entity]!
                let number: (String) -> JSONValue = { key in
                    place.attributes[key].flatMap { Double($0) }.map(JSONValue.double) ?? .null
                }
                return [("id", id(document)), ("name", .string(place.name)), ("subtype", place.subtype.map(JSONValue.string) ?? .null),
                        ("country", place.attributes["country"].map(JSONValue.string) ?? .null), ("lat", number("lat")),
                        ("lon", number("lon")), ("geonames", place.attributes["geonames"].flatMap { Int($0) }.map(JSONValue.int) ?? .null),
                        ("entity", .string(entity)), ("mentions", .int(counts[entity]!))]
            }
        }
    }
}

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List date and time expressions with their normalized values, anchors and sentences.",
        discussion: "Example:\n  verbatim dates seeds/macron-europe-russia.txt --published 2026-02-13")

    @OptionGroup var input: InputOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        try runListing(input, listing) { document, offsets in
            document.dates.map { date in
                let anchor: JSONValue = switch date.anchor {
                case .none: .null
                case .published(let value): .string("published \(value)")
                case .previousDate(let value): .string("previous date \(value)")
                case .unknown: .string("unknown")
                }
                return [("id", id(document)), ("text", text(document, date.range)), ("type", .string(date.kind.rawValue)),
                        ("value", .string(date.value)), ("mod", date.mod.map(JSONValue.string) ?? .null), ("anchor", anchor),
                        ("sentence", document.sentence(containing: date.range.start).map { text(document, $0.range) } ?? .null)]
            }
        }
    }
}

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List check-worthy claims ranked by score, with claimant and dates.",
        discussion: "Example:\n  verbatim claims seeds/macron-europe-russia.txt --published 2026-02-13")

    @OptionGroup var input: InputOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        try runListing(input, listing) { document, offsets in
            document.claims.sorted { $0.score != $1.score ? $0.score > $1.score : $0.range < $1.range }.map { claim in
                [("id", id(document)), ("score", .double((claim.score * 1000).rounded() / 1000)),
                 ("claimant", claim.claimant.map { JSONValue.string($0.name) } ?? .null), ("text", text(document, claim.range)),
                 ("types", .array(claim.types.map(JSONValue.string))),
                 ("dates", .array(claim.dates.map { JSONValue.string(document.dates[$0].value) }))]
            }
        }
    }
}
