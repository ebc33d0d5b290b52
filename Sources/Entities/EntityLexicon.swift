import VerbatimCore

/// One entry of an entity lexicon file (`Lexicons/data/entities/*.tsv` or a user's `--lexicon` file).
public struct EntityEntry: Sendable {
    public var id: String
    public var kind: EntityMention.Kind
    public var subtype: String
    public var name: String
    /// Every spelling that names the entry, its name first.
    public var aliases: [String]
    public var attributes: [String: String]
    /// Aliases that match only in exactly this case ("WHO", "US").
    public var exactAliases: Set<String>
    public var roles: [Role]
    /// The lexicon file and line the entry comes from, for evidence.
    public var originFile: String
    public var originLine: Int
    /// `file:line`, for evidence: made when asked, not for every entry at start-up.
    public var origin: String { "\(originFile):\(originLine)" }
    /// From a generated gazetteer file rather than a curated one.
    public var isGenerated: Bool

    /// An office held over a term: "president/FR/2017-05-14/".
    public struct Role: Sendable, Equatable {
        public var office: String
        public var country: String
        public var from: String?
        public var to: String?

        /// Whether the term covers `date` (YYYY-MM-DD); without a date, whether the term is open.
        public func holds(on date: String?) -> Bool {
            guard let date else { return to == nil }
            return (from.map { $0 <= date } ?? true) && (to.map { date < $0 } ?? true)
        }
    }
}

/// The entity lexicons compiled for matching: aliases indexed by their first token, titles, given
/// names, organization words, nationalities and offices.
///
/// A class so that stages and matchers share one copy without retaining each table on every copy;
/// it is filled once by `load` and never changed afterwards, hence `@unchecked Sendable`, and its
/// tables are `@exclusivity(unchecked)`: a class's `var` is otherwise checked for overlapping access
/// at run time at every read, a call into the runtime per word the recognizers look up.
public final class EntityLexicon: @unchecked Sendable {
    /// One spelling of an entry, indexed by its first token. Plain integers, no references: the
    /// matcher reads thousands of these per megabyte without retaining anything.
    struct Alias: Sendable {
        /// Where the alias's token keys start in `aliasKeys`, and how many there are.
        var keysStart: Int
        var keyCount: Int
        var entry: Int
        /// Index into the entry's `aliases`.
        var spelling: Int
        /// Where the spelling is in its lexicon file's bytes.
        var text: Range<Int>
        /// The alias matches only as written ("WHO", "US").
        var isExact: Bool
        /// The entry has an all-capitals alias ("NATO"), so a short all-caps word may name it.
        var hasAcronym: Bool
        var priority: Int
        /// The alias word that is capitalised and must be in the text too, or -1: the name's first word,
        /// after a leading "The" ("the economist's report" names no magazine).
        var capitalWord: Int8
    }

    struct Title: Sendable {
        var keys: [TokenKey]
        var office: String?
    }

    @exclusivity(unchecked) public private(set) var entries = EntityEntries()
    /// Aliases grouped by first token key (longest, then best, first); `aliasGroups` maps a first
    /// key to its group in `aliasList`.
    @exclusivity(unchecked) var aliasList: [Alias] = []
    @exclusivity(unchecked) var aliasKeys: [TokenKey] = []
    @exclusivity(unchecked) var aliasGroups = KeyTable<Range<Int>>()
    /// The aliases of two words or more by their first two keys (`pairKey`): ranges of
    /// `pairCandidates`, which holds indices into `aliasList` in its order. A first word like "New" or
    /// "John" opens hundreds of aliases; the word after it picks out the few to compare.
    @exclusivity(unchecked) var aliasPairs = KeyTable<Range<Int>>()
    @exclusivity(unchecked) var pairCandidates: [Int] = []
    @exclusivity(unchecked) var titles = KeyTable<[Title]>()
    @exclusivity(unchecked) var firstNames = KeySet()
    @exclusivity(unchecked) var surnames = KeySet()
    /// Lower-cased words that open sentences (pronouns, determiners…): never a name by themselves.
    @exclusivity(unchecked) var commonWords = KeySet()
    /// The prepositions among them ("For", "Against"): no name opens with one.
    @exclusivity(unchecked) var prepositions = KeySet()
    /// Lower-cased word → where it marks an organization ("last", "first", "any").
    @exclusivity(unchecked) var organizationWords = KeyTable<String>()
    /// Lower-case nouns that make the name right after them an organization's ("supermarket Tesco").
    @exclusivity(unchecked) var organizationNouns = KeySet()
    /// Lower-case words that can open an alias ("von der Leyen", "bin Salman").
    @exclusivity(unchecked) var lowercaseOpeners = KeySet()
    /// Office → the entries that held it.
    @exclusivity(unchecked) var officeHolders: [String: [Int]] = [:]
    /// Entry → its terms of office, read once here: reading them from the lexicon's bytes for every
    /// holder of an office, at every role phrase, was a third of recognising entities in news.
    @exclusivity(unchecked) var terms: [Int: [EntityEntry.Role]] = [:]
    @exclusivity(unchecked) var speechVerbs = KeySet()
    /// The forms of the speech verbs that go before their subject ("…, said Smith"): `inverts` in
    /// speech-verbs.tsv.
    @exclusivity(unchecked) var invertingSpeechVerbs = KeySet()
    /// English month and weekday names: never a one-word name ("Friday", "May").
    @exclusivity(unchecked) var calendarWords = KeySet()
    /// Lower-case nouns for a person that stand before a name ("striker", "owner").
    @exclusivity(unchecked) var personNouns = KeySet()
    /// Word → where it marks a place ("last": "Atlantic City"; "first": "Lake Chad").
    @exclusivity(unchecked) var placeWords = KeyTable<String>()
    /// Lower-case nouns that make the name next to them a place ("Guangdong province").
    @exclusivity(unchecked) var placeNouns = KeySet()

    /// The files of the shipped lexicon folder, then the user's files, whose entries extend ours or
    /// replace those with the same id.
    public static func load(directory: String, userFiles: [String] = []) throws(LexiconError) -> EntityLexicon {
        let lexicon = EntityLexicon()
        // The generated gazetteer is most of the start-up: it is read on another thread meanwhile.
        let gazetteerPath = "\(directory)/entities/places.generated.tsv"
        let gazetteer = BackgroundLoad { () throws(LexiconError) in
            // Its second half is read on one more thread, for the machine's other core.
            let bytes = try LexiconFile.contents(of: gazetteerPath)
            var cut = bytes.count / 2
            while cut < bytes.count, bytes[cut] != 0x0A { cut += 1 }
            let middle = min(cut + 1, bytes.count)
            let firstLineOfSecondHalf = bytes[..<middle].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let secondHalf = BackgroundLoad { () throws(LexiconError) in
                try EntryFile(bytes, middle..<bytes.count, source: 0, path: gazetteerPath, firstLine: firstLineOfSecondHalf)
            }
            return (bytes, [try EntryFile(bytes, 0..<middle, source: 0, path: gazetteerPath, firstLine: 1), try secondHalf.value()])
        }
        let curated = ["regions.tsv", "nationalities.tsv", "organizations.tsv", "people.tsv"].map { "\(directory)/entities/\($0)" }
        var sources: [EntityEntries.Source] = [EntityEntries.Source(name: "places.generated.tsv", bytes: [])]
        var files: [EntryFile] = []
        for path in curated + userFiles {
            let bytes = try LexiconFile.contents(of: path)
            files.append(try EntryFile(bytes, bytes.indices, source: sources.count, path: path, firstLine: 1))
            sources.append(EntityEntries.Source(name: Self.fileName(path), bytes: bytes))
        }
        try lexicon.loadWordLists(directory: directory)
        let (gazetteerBytes, gazetteerHalves) = try gazetteer.value()
        sources[0].bytes = gazetteerBytes
        files.insert(contentsOf: gazetteerHalves, at: 0)

        // A later entry with the same id replaces an earlier one, in its place; so do its aliases.
        // Ids are found by a 64-bit hash of their bytes; an id whose hash an earlier id has goes to
        // `collided` instead.
        var entries = EntityEntries()
        entries.sources = sources
        let entryCount = files.reduce(0) { $0 + $1.lines.count }
        var position = KeyTable<Int>(minimumCapacity: entryCount)
        var collided: [[UInt8]: Int] = [:]
        var finalIndex: [[Int]] = []
        entries.lines.reserveCapacity(entryCount)
        for file in files {
            finalIndex.append(file.lines.map { line in
                let id = entries.id(of: line)
                var hash = TokenKeys.offset
                for byte in id { TokenKeys.add(byte, to: &hash) }
                if let holder = position[hash],
                   let existing = entries.id(of: entries.lines[holder]).elementsEqual(id) ? holder : collided[Array(id)] {
                    entries.lines[existing] = line
                    return existing
                }
                if position[hash] == nil { position[hash] = entries.count } else { collided[Array(id)] = entries.count }
                entries.lines.append(line)
                return entries.count - 1
            })
        }
        var owner = [(file: Int, local: Int)](repeating: (0, 0), count: entries.count)
        for (file, indices) in finalIndex.enumerated() {
            for (local, index) in indices.enumerated() { owner[index] = (file, local) }
        }
        // Aliases sorted by first key, then longest and best first: one flat list, one range per key.
        var aliases: [(first: TokenKey, alias: Alias)] = []
        aliases.reserveCapacity(files.reduce(0) { $0 + $1.aliases.count })
        for (fileIndex, file) in files.enumerated() {
            let keyOffset = lexicon.aliasKeys.count
            lexicon.aliasKeys += file.aliasKeys
            for case (let first, var alias) in file.aliases {
                let index = finalIndex[fileIndex][alias.entry]
                guard owner[index] == (fileIndex, alias.entry) else { continue }
                alias.entry = index
                alias.keysStart += keyOffset
                aliases.append((first, alias))
            }
            for key in file.lowercaseOpeners { lexicon.lowercaseOpeners.insert(key) }
        }
        for index in entries.indices where entries.lines[index].hasRoles {
            let roles = entries.roles(at: index)
            lexicon.terms[index] = roles
            for role in roles { lexicon.officeHolders[role.office, default: []].append(index) }
        }
        // Aliases grouped by first key, one range per key, in no particular order of keys: a bucket
        // pass, then a sort of each (small) group by one integer — longer first, then higher
        // priority, then entry and spelling order. (A sort of the whole list was a fifth of the load.)
        let rank = aliases.map { item -> UInt64 in
            let alias = item.alias
            return UInt64(255 - min(alias.keyCount, 255)) << 56 | UInt64(0xFFFF - min(alias.priority, 0xFFFF)) << 40
                | UInt64(min(alias.entry, 0xFF_FFFF_FFFF >> 8)) << 8 | UInt64(min(alias.spelling, 0xFF))
        }
        let (groupKeys, groupRanges, byGroup) = buckets(aliases.map(\.first))
        var order = byGroup
        lexicon.aliasGroups = KeyTable(minimumCapacity: groupKeys.count)
        for (key, range) in zip(groupKeys, groupRanges) {
            if range.count > 1 { order[range].sort { (rank[$0], $0) < (rank[$1], $1) } }
            lexicon.aliasGroups[key] = range
        }
        lexicon.entries = entries
        lexicon.aliasList = order.map { aliases[$0].alias }
        lexicon.indexPairs()
        return lexicon
    }

    /// Fills `aliasPairs` and `pairCandidates` from `aliasList`.
    private func indexPairs() {
        // (The class's arrays are read through constants: each read of a stored property pays for an
        // exclusivity check.)
        let aliasList = self.aliasList, aliasKeys = self.aliasKeys
        let (pairKeys, pairRanges, candidates) = Self.buckets(aliasList.map { alias in
            alias.keyCount >= 2 ? Self.pairKey(aliasKeys[alias.keysStart], aliasKeys[alias.keysStart + 1]) : nil
        })
        var pairs = KeyTable<Range<Int>>(minimumCapacity: pairKeys.count)
        for (key, range) in zip(pairKeys, pairRanges) { pairs[key] = range }
        (pairCandidates, aliasPairs) = (candidates, pairs)
    }

    /// The key of an alias's first two words, for `aliasPairs` (two keys that share one only cost
    /// the matcher a comparison).
    static func pairKey(_ first: TokenKey, _ second: TokenKey) -> TokenKey { first ^ (second &* 0x9E37_79B9_7F4A_7C15) }

    /// Items grouped by key in one bucket pass, keys in order of first appearance: each key's range
    /// of `order`, which lists the items' indices, in their order within a group (items without a
    /// key are left out).
    private static func buckets(_ keys: [TokenKey?]) -> (keys: [TokenKey], ranges: [Range<Int>], order: [Int]) {
        var bucketOf = KeyTable<Int>(minimumCapacity: keys.count { $0 != nil })
        var bucketKeys: [TokenKey] = [], sizes: [Int] = []
        let bucket = keys.map { key -> Int in
            guard let key else { return -1 }
            if let known = bucketOf[key] {
                sizes[known] += 1
                return known
            }
            bucketOf[key] = bucketKeys.count
            bucketKeys.append(key)
            sizes.append(1)
            return bucketKeys.count - 1
        }
        // Sizes into ranges, then each item into the next free place of its bucket.
        var ranges: [Range<Int>] = [], total = 0
        ranges.reserveCapacity(sizes.count)
        for size in sizes {
            ranges.append(total..<total + size)
            total += size
        }
        var free = ranges.map(\.lowerBound)
        var order = [Int](repeating: 0, count: total)
        for (index, owner) in bucket.enumerated() where owner >= 0 {
            order[free[owner]] = index
            free[owner] += 1
        }
        return (bucketKeys, ranges, order)
    }

    /// The name of a lexicon file, without its folder, for evidence.
    private static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }

    private static func isGenerated(_ path: String) -> Bool { fileName(path).hasSuffix(".generated.tsv") }

    /// The entries of part of one entity file with their aliases' keys, made on the thread that reads it.
    private struct EntryFile: Sendable {
        var lines: [EntityEntries.Line] = []
        /// Aliases by first key; `entry` indexes `lines`, `keysStart` indexes `aliasKeys`.
        var aliases: [(first: TokenKey, alias: Alias)] = []
        var aliasKeys: [TokenKey] = []
        var lowercaseOpeners: [TokenKey] = []

        /// Reads the lines in `range` of `bytes`, the file at `path`, whose first is line `firstLine`.
        init(_ bytes: [UInt8], _ range: Range<Int>, source: Int, path: String, firstLine: Int) throws(LexiconError) {
            let generated = EntityLexicon.isGenerated(path)
            // Sized at once, generously: grown append by append, each array was copied a dozen times
            // into fresh pages (memory reserved but never written costs nothing).
            let lineCount = bytes[range].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            lines.reserveCapacity(lineCount)
            aliases.reserveCapacity(lineCount * 4)
            aliasKeys.reserveCapacity(lineCount * 8)
            try LexiconFile.forEachEntry(in: bytes[range], path: path, firstLine: firstLine, fieldCount: 4...6) { number, fields throws(LexiconError) in
                let line = try EntityEntries.line(fields, number: number, in: bytes, source: source, path: path, isGenerated: generated)
                addAliases(of: line, index: lines.count, bytes)
                lines.append(line)
            }
        }

        /// Indexes the entry's name and alternate names by their first token key.
        private mutating func addAliases(of line: EntityEntries.Line, index: Int, _ bytes: [UInt8]) {
            var spellings = [line.name]
            EntityEntries.forEachPart(of: bytes, line.aliases, separatedBy: "|") { spellings.append($0) }
            var exact: [Range<Int>] = []
            var population: Int?
            EntityEntries.forEachAttribute(in: bytes, line.attributes) { key, value in
                if bytes[key].spells("exact") {
                    EntityEntries.forEachPart(of: bytes, value, separatedBy: "|") { exact.append($0) }
                } else if bytes[key].spells("population") {
                    population = Int(String(decoding: bytes[value], as: UTF8.self))
                }
                return true
            }
            let priority = EntityLexicon.priority(isGenerated: line.isGenerated, subtype: bytes[line.subtype], population: population)
            let hasAcronym = spellings.contains { EntityLexicon.isAllCapitals(bytes[$0]) }
            for (spelling, text) in spellings.enumerated() {
                let words = WordTokenizer.tokens(in: bytes, range: text)
                guard let first = words.first?.key else { continue }
                // The name's first word, after a leading "The" (which may be written lower case: "the
                // Guardian"); later words need not be ("the Republican party").
                let head = words.count > 1 && words[0].key == EntityLexicon.the ? 1 : 0
                let capitalWord: Int8 = words[head].isCapitalized ? Int8(head) : -1
                if bytes.scalar(at: text.lowerBound).scalar.isLowercaseLetter {
                    lowercaseOpeners.append(first)
                }
                aliases.append((first, Alias(keysStart: aliasKeys.count, keyCount: words.count, entry: index, spelling: spelling,
                                             text: text, isExact: exact.contains { bytes[$0].elementsEqual(bytes[text]) },
                                             hasAcronym: hasAcronym, priority: priority, capitalWord: capitalWord)))
                for word in words { aliasKeys.append(word.key) }
            }
        }
    }

    static var the: TokenKey { TokenKeys.of(literal: "the") }

    /// Titles, names, common words and the other word lists the patterns read.
    private func loadWordLists(directory: String) throws(LexiconError) {
        let lexicon = self

        var titles: [TokenKey: [Title]] = [:]
        for line in try LexiconFile(contentsOf: "\(directory)/titles.tsv", fieldCount: 2...2).lines {
            let keys = Self.keys(of: line.fields[0])
            let office = line.fields[1] == "-" ? nil : line.fields[1]
            titles[keys[0], default: []].append(Title(keys: keys, office: office))
        }
        for (key, list) in titles { lexicon.titles[key] = list.sorted { $0.keys.count > $1.keys.count } }
        lexicon.firstNames = KeySet(try LexiconFile.firstFieldKeys(contentsOf: "\(directory)/names/first-names.generated.tsv", fieldCount: 1...3))
        lexicon.surnames = KeySet(try LexiconFile.firstFieldKeys(contentsOf: "\(directory)/names/surnames.generated.tsv", fieldCount: 1...2))
        for line in try LexiconFile(contentsOf: "\(directory)/sentence-starters.tsv", fieldCount: 2...2).lines {
            lexicon.commonWords.insert(TokenKeys.of(line.fields[0]))
            if line.fields[1] == "preposition" { lexicon.prepositions.insert(TokenKeys.of(line.fields[0])) }
        }
        for line in try LexiconFile(contentsOf: "\(directory)/organization-words.tsv", fieldCount: 2...2).lines {
            switch line.fields[1] {
            case "noun": lexicon.organizationNouns.insert(TokenKeys.of(line.fields[0]))
            case "last", "first", "any": lexicon.organizationWords[TokenKeys.of(line.fields[0])] = line.fields[1]
            default:
                throw LexiconError(file: "\(directory)/organization-words.tsv", line: line.number,
                                   reason: "unknown position '\(line.fields[1])' (last, first, any, noun)")
            }
        }
        for line in try LexiconFile(contentsOf: "\(directory)/calendar.tsv", fieldCount: 5...5).lines where line.fields[3] == "en" {
            lexicon.calendarWords.insert(TokenKeys.of(line.fields[0]))
        }
        for line in try LexiconFile(contentsOf: "\(directory)/person-nouns.tsv", fieldCount: 1...1).lines {
            lexicon.personNouns.insert(TokenKeys.of(line.fields[0]))
        }
        for line in try LexiconFile(contentsOf: "\(directory)/place-words.tsv", fieldCount: 2...2).lines {
            if line.fields[1] == "noun" {
                lexicon.placeNouns.insert(TokenKeys.of(line.fields[0]))
            } else {
                lexicon.placeWords[TokenKeys.of(line.fields[0])] = line.fields[1]
            }
        }
        for line in try LexiconFile(contentsOf: "\(directory)/speech-verbs.tsv", fieldCount: 1...4).lines {
            let inflections = line.fields.count > 1 ? line.fields[1].utf8.split(separator: UInt8(ascii: ",")) : []
            let forms = [line.fields[0]] + inflections.map { String(Substring($0)) }
            let inverts = try line.hasFlag("inverts", at: 3, in: "\(directory)/speech-verbs.tsv")
            for form in forms where !form.contains(" ") {
                lexicon.speechVerbs.insert(TokenKeys.of(form))
                if inverts { lexicon.invertingSpeechVerbs.insert(TokenKeys.of(form)) }
            }
        }
    }

    /// "NATO", not "U.S." or "Nato": every character a capital letter. ASCII is checked byte by byte.
    private static func isAllCapitals(_ alias: ArraySlice<UInt8>) -> Bool {
        if alias.allSatisfy({ $0 < 0x80 }) { return !alias.isEmpty && alias.allSatisfy { (0x41...0x5A).contains($0) } }
        return String(decoding: alias, as: UTF8.self).allSatisfy(\.isUppercase)
    }

    /// The entries a name matches as a whole, best first ("Zelensky" → Volodymyr Zelenskyy).
    public func entries(matching name: String) -> [EntityEntry] {
        let keys = Self.keys(of: name)
        guard let first = keys.first else { return [] }
        var seen: Set<Int> = []
        return aliasList[aliasGroups[first] ?? 0..<0]
            .filter { aliasKeys[$0.keysStart..<$0.keysStart + $0.keyCount].elementsEqual(keys) && seen.insert($0.entry).inserted }
            .map { entries[$0.entry] }
    }

    /// What a subtype adds to an entry's priority.
    private static let subtypeBonuses: [(subtype: StaticString, bonus: Int)] = [
        ("continent", 9_000), ("country", 8_000), ("capital", 6_000), ("region", 5_000),
    ]

    /// Hand-curated entries beat generated ones; among places, countries beat regions beat cities.
    static func priority(isGenerated: Bool, subtype: ArraySlice<UInt8>, population: Int?) -> Int {
        var score = isGenerated ? 0 : 10_000
        // (The subtype's bytes compared in place: a string made of each entry's was start-up work.)
        score += subtypeBonuses.first { subtype.spells($0.subtype) }?.bonus ?? 0
        if let population { score += min(population / 10_000, 4_000) }
        return score
    }

    /// Matching keys of a phrase, as the tokenizer would make them from text.
    static func keys(of phrase: String) -> [TokenKey] {
        WordTokenizer.keys(of: phrase)
    }
}
