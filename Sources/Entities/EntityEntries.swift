import VerbatimCore

/// The entries of the entity lexicon files, kept as the files' bytes and each entry's field ranges:
/// an `EntityEntry` (a dozen strings and a dictionary) is made only when one is asked for.
///
/// Making all of them at start-up was most of it, for the gazetteer's thousands of places of which
/// an article names a handful. Every line is checked when the files are read, so a bad line is still
/// reported at load, with its file and line, and reading an entry later cannot fail.
public struct EntityEntries: RandomAccessCollection, Sendable {
    /// One lexicon file: its name for evidence and its bytes.
    struct Source: Sendable {
        var name: String
        var bytes: [UInt8]
    }

    /// One entry: where its fields are in its file's bytes, and what the matcher reads on every match.
    struct Line: Sendable {
        var source: Int
        var number: Int
        var id: Range<Int>
        var subtype: Range<Int>
        var name: Range<Int>
        /// The `|`-separated alternate names, empty when there are none.
        var aliases: Range<Int>
        /// The `;`-separated `key=value` attributes, empty when there are none.
        var attributes: Range<Int>
        var kind: EntityMention.Kind
        var isGenerated: Bool
        /// A town or region from the generated gazetteer, whose name is often a person's too.
        var isMinorPlace: Bool
        var isCapital: Bool
        var hasRoles: Bool
    }

    var sources: [Source] = []
    var lines: [Line] = []

    public var startIndex: Int { 0 }
    public var endIndex: Int { lines.count }

    /// The entry at `position`, parsed from its line (checked at load, so the parse cannot fail).
    public subscript(position: Int) -> EntityEntry {
        let line = lines[position]
        let bytes = sources[line.source].bytes
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let fields = mentionFields(at: position)
        // "exact" is read here and "roles" by `roles(at:)`; neither is kept as an attribute.
        var exact: Set<String> = []
        Self.forEachAttribute(in: bytes, line.attributes) { key, value in
            if bytes[key].spells("exact") { Self.forEachPart(of: bytes, value, separatedBy: "|") { exact.insert(text($0)) } }
            return true
        }
        var aliases = [fields.name]
        Self.forEachPart(of: bytes, line.aliases, separatedBy: "|") { aliases.append(text($0)) }
        return EntityEntry(id: fields.id, kind: fields.kind, subtype: fields.subtype, name: fields.name, aliases: aliases,
                           attributes: fields.attributes, exactAliases: exact, roles: roles(at: position),
                           originFile: sources[line.source].name, originLine: line.number, isGenerated: line.isGenerated)
    }

    /// What a mention of the entry at `position` carries, read without the entry's other spellings,
    /// roles and exact forms (a country lists dozens of spellings; a mention names one).
    func mentionFields(at position: Int) -> (kind: EntityMention.Kind, subtype: String, name: String, id: String,
                                             origin: String, attributes: [String: String]) {
        let line = lines[position]
        let bytes = sources[line.source].bytes
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var attributes: [String: String] = [:]
        Self.forEachAttribute(in: bytes, line.attributes) { key, value in
            if !bytes[key].spells("roles") && !bytes[key].spells("exact") { attributes[text(key)] = text(value) }
            return true
        }
        return (line.kind, text(line.subtype), text(line.name), text(line.id), "\(sources[line.source].name):\(line.number)", attributes)
    }

    /// The terms of office of the entry at `position`, read without the rest of the entry.
    func roles(at position: Int) -> [EntityEntry.Role] {
        let line = lines[position]
        guard line.hasRoles else { return [] }
        let bytes = sources[line.source].bytes
        var roles: [EntityEntry.Role] = []
        Self.forEachAttribute(in: bytes, line.attributes) { key, value in
            if bytes[key].spells("roles") {
                Self.forEachPart(of: bytes, value, separatedBy: ",") { roles.append(Self.role(in: bytes, $0)!) }
            }
            return true
        }
        return roles
    }

    /// The bytes of an entry's id.
    func id(of line: Line) -> ArraySlice<UInt8> { sources[line.source].bytes[line.id] }

    /// An alias's spelling, as the lexicon writes it.
    func spelling(of alias: EntityLexicon.Alias) -> String {
        String(decoding: sources[lines[alias.entry].source].bytes[alias.text], as: UTF8.self)
    }

    // MARK: Reading lines

    /// Checks one line's fields (byte ranges, as `LexiconFile.forEachEntry` gives them) and keeps them.
    /// - Throws: `LexiconError` naming the file and line, with the messages a bad line always had.
    static func line(_ fields: [Range<Int>], number: Int, in bytes: [UInt8], source: Int, path: String,
                     isGenerated: Bool) throws(LexiconError) -> Line {
        func fail(_ reason: String) -> LexiconError { LexiconError(file: path, line: number, reason: reason) }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        // Missing trailing fields are empty.
        func field(_ index: Int) -> Range<Int> { index < fields.count ? fields[index] : fields[0].upperBound..<fields[0].upperBound }
        guard let kind = EntityMention.Kind(rawValue: text(fields[1])) else {
            throw fail("unknown type '\(text(fields[1]))' (person, place, organization, nationality, role)")
        }
        guard !fields[3].isEmpty else { throw fail("missing name") }
        var hasRoles = false
        var badAttribute: Range<Int>?, badRole: Range<Int>?
        forEachAttribute(in: bytes, field(5)) { key, value in
            guard !key.isEmpty else {
                badAttribute = key.lowerBound..<value.upperBound
                return false
            }
            if bytes[key].spells("roles") {
                hasRoles = true
                forEachPart(of: bytes, value, separatedBy: ",") { role in
                    if badRole == nil, Self.role(in: bytes, role) == nil { badRole = role }
                }
            }
            return true
        }
        if let badAttribute { throw fail("attribute '\(text(badAttribute))' is not key=value") }
        if let badRole { throw fail("role '\(text(badRole))' is not OFFICE/COUNTRY/FROM/TO") }
        let subtype = bytes[fields[2]]
        let isCity = subtype.spells("city"), isRegion = subtype.spells("region")
        return Line(source: source, number: number, id: fields[0], subtype: fields[2], name: fields[3], aliases: field(4),
                    attributes: field(5), kind: kind, isGenerated: isGenerated,
                    isMinorPlace: kind == .place && isGenerated && (isCity || isRegion),
                    isCapital: subtype.spells("capital"), hasRoles: hasRoles)
    }

    /// Calls `body` with the key and value ranges of each non-empty `key=value` part of `range`, until it
    /// returns false; a part without `=` or with an empty key comes as an empty key ending where it starts.
    static func forEachAttribute(in bytes: [UInt8], _ range: Range<Int>, _ body: (Range<Int>, Range<Int>) -> Bool) {
        forEachPart(of: bytes, range, separatedBy: ";") { part, stop in
            guard let equals = bytes[part].firstIndex(of: UInt8(ascii: "=")), equals != part.lowerBound else {
                stop = !body(part.lowerBound..<part.lowerBound, part)
                return
            }
            stop = !body(part.lowerBound..<equals, equals + 1..<part.upperBound)
        }
    }

    /// Calls `body` with each non-empty part of `range` between `separator`s.
    static func forEachPart(of bytes: [UInt8], _ range: Range<Int>, separatedBy separator: Unicode.Scalar,
                            _ body: (Range<Int>) -> Void) {
        forEachPart(of: bytes, range, separatedBy: separator) { part, _ in body(part) }
    }

    /// Calls `body` with each non-empty part of `range` between `separator`s until it sets `stop`.
    static func forEachPart(of bytes: [UInt8], _ range: Range<Int>, separatedBy separator: Unicode.Scalar,
                            _ body: (Range<Int>, inout Bool) -> Void) {
        var start = range.lowerBound, stop = false
        for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == UInt8(separator.value) {
            if index > start { body(start..<index, &stop) }
            if stop { return }
            start = index + 1
        }
    }

    /// An office held over a term, `OFFICE/COUNTRY/FROM/TO` ("president/FR/2017-05-14/"); nil when the
    /// text is not one.
    static func role(in bytes: [UInt8], _ range: Range<Int>) -> EntityEntry.Role? {
        let parts = bytes[range].split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 4, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        func text(_ part: ArraySlice<UInt8>) -> String? { part.isEmpty ? nil : String(decoding: part, as: UTF8.self) }
        return EntityEntry.Role(office: text(parts[0])!, country: text(parts[1])!, from: text(parts[2]), to: text(parts[3]))
    }
}
