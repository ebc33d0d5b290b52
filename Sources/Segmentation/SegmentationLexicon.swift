import VerbatimCore

/// The word lists sentence segmentation decides with; loaded from `Lexicons/`.
public struct SegmentationLexicon: Sendable {
    /// How an abbreviation behaves where ICU sees a possible sentence end after it.
    public enum AbbreviationKind: String, Sendable {
        /// Comes before a name ("Dr. Smith"): ends a sentence only before a sentence starter.
        case title
        /// Comes before a number ("No. 5", "Feb. 3"): never ends a sentence before a digit.
        case number
        /// Ends a phrase ("Co.", "U.S."): ends a sentence before a sentence starter or a title.
        case postpositive
    }

    /// Keyed by the lower-cased abbreviation with its final dot.
    public var abbreviations: [String: AbbreviationKind] {
        didSet { abbreviationKeys = Self.keys(of: abbreviations) }
    }
    /// `abbreviations` keyed by the FNV key of their bytes (`TokenKeys.ofBytes`): the segmenter asks at
    /// every full stop, and an ASCII word needs no string built or hashed again to be looked up.
    public private(set) var abbreviationKeys: KeyTable<AbbreviationKind>
    /// Lower-cased words that usually open a sentence.
    public var sentenceStarters: Set<String>
    /// Lower-cased prepositions: a short fragment opening with one is not a sentence ("At 5 a.m.").
    public var prepositions: Set<String>
    /// Lower-cased one-word forms of reporting verbs ("said", "asked").
    public var speechVerbForms: Set<String>

    public init(abbreviations: [String: AbbreviationKind], sentenceStarters: Set<String>,
                prepositions: Set<String>, speechVerbForms: Set<String>) {
        self.abbreviations = abbreviations
        self.abbreviationKeys = Self.keys(of: abbreviations)
        self.sentenceStarters = sentenceStarters
        self.prepositions = prepositions
        self.speechVerbForms = speechVerbForms
    }

    private static func keys(of abbreviations: [String: AbbreviationKind]) -> KeyTable<AbbreviationKind> {
        var keys = KeyTable<AbbreviationKind>(minimumCapacity: abbreviations.count)
        for (spelling, kind) in abbreviations { keys[TokenKeys.ofBytes(spelling)] = kind }
        return keys
    }

    /// Loads `abbreviations.tsv`, `sentence-starters.tsv` and `speech-verbs.tsv` from `directory`.
    public static func load(fromDirectory directory: String) throws(LexiconError) -> SegmentationLexicon {
        var abbreviations: [String: AbbreviationKind] = [:]
        let abbreviationFile = try LexiconFile(contentsOf: directory + "/abbreviations.tsv", fieldCount: 2...2)
        for line in abbreviationFile.lines {
            guard let kind = AbbreviationKind(rawValue: line.fields[1]) else {
                throw LexiconError(file: abbreviationFile.path, line: line.number,
                                   reason: "unknown abbreviation kind '\(line.fields[1])'")
            }
            guard line.fields[0].hasSuffix(".") else {
                throw LexiconError(file: abbreviationFile.path, line: line.number,
                                   reason: "an abbreviation must end with its full stop")
            }
            abbreviations[line.fields[0].lowercased()] = kind
        }
        var starters: Set<String> = []
        var prepositions: Set<String> = []
        for line in try LexiconFile(contentsOf: directory + "/sentence-starters.tsv", fieldCount: 2...2).lines {
            let word = line.fields[0].lowercased()
            starters.insert(word)
            if line.fields[1] == "preposition" { prepositions.insert(word) }
        }
        var verbs: Set<String> = []
        for line in try LexiconFile(contentsOf: directory + "/speech-verbs.tsv", fieldCount: 1...4).lines {
            let forms = [line.fields[0]] + (line.fields.count > 1 ? line.fields[1].split(separator: ",").map(String.init) : [])
            for form in forms where !form.contains(" ") {
                verbs.insert(form.trimmingCharacters(in: " ").lowercased())
            }
        }
        return SegmentationLexicon(abbreviations: abbreviations, sentenceStarters: starters,
                                   prepositions: prepositions, speechVerbForms: verbs)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}
