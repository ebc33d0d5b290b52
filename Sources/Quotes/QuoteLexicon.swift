import VerbatimCore

/// The word lists quote attribution decides with, from `Lexicons/`: reporting verbs and nouns with
/// their lemmas, and the frames that mark a term or someone else's description.
public struct QuoteLexicon: Sendable {
    /// Key of a one-word verb form → its lemma ("said" → "say").
    var verbs = KeyTable<String>()
    /// The keys of `verbs` and `stanceVerbs`, for the per-token test that retains nothing.
    var verbKeys = KeySet()
    var stanceKeys = KeySet()
    /// Verb forms that are also common nouns ("call", "state").
    var nounLikeVerbs: KeySet = KeySet()
    /// The lemmas of verbs of saying that go before their subject ("…, said a spokesman"; "…,
    /// criticised the government" has an object instead): `inverts` in speech-verbs.tsv.
    var invertingVerbs: KeySet = KeySet()
    /// Key of a noun form → its lemma ("statements" → "statement").
    var nouns = KeyTable<String>()
    /// Frames by their word keys, for a backwards match before an opening mark.
    var frames: [(keys: [TokenKey], frame: String)] = []
    var subjectPronouns: KeySet = KeySet()
    /// Pronouns that speak but name no person we can resolve ("I", "we", "they", "it").
    var otherPronouns: KeySet = KeySet()
    var possessivePronouns: KeySet = KeySet()
    /// Sources of findings ("poll", "study", "video"): a subject that makes "shows" report.
    var evidenceNouns: KeySet = KeySet()
    /// Nouns for people or a body that hold positions ("critics", "the agency"): a description
    /// headed by one may want, plan or criticize.
    var sourceNouns: KeySet = KeySet()
    /// Closed-class words (determiners, prepositions, conjunctions…) that cannot end a speaker's description.
    var functionWords: KeySet = KeySet()
    /// Nouns for a person, singular and plural (person-nouns.tsv): "a spokesman", "aides".
    var personNouns: KeySet = KeySet()
    /// Given names of men and of women (names/first-names.generated.tsv), so that "he" and "she"
    /// pass over a person of the other sex.
    var menNames = KeySet()
    var womenNames = KeySet()
    /// Verbs of finding, position and intention ("shows", "wants", "called for"): form → lemma and frames.
    var stanceVerbs = KeyTable<StanceWord>()

    /// Adjectives of belief, feeling and position ("critical of", "sure that"): key → adjective and frames.
    var stanceAdjectives = KeyTable<StanceWord>()

    /// Nouns of saying, believing and intending ("claim that", "refusal to"): form → noun and frames.
    var stanceNouns = KeyTable<StanceWord>()
    /// The words quote attribution reads as cues beyond verbs (adjectives and nouns of stance,
    /// participles of passive reports), for one per-token test that retains nothing; filled by
    /// `QuoteAttributor`.
    var otherCueKeys = KeySet()
    /// Every word reported speech can start from: verbs, words of stance, `otherCueKeys` and
    /// "according" (most words are none, and are passed over with one look-up); filled by `QuoteAttributor`.
    var reportedSpeechKeys = KeySet()
    /// Scores the reporting words no rule read (`quote-cue-model.tsv`); none pass without the file.
    var cueModel = CueModel()

    /// A verb, adjective or noun of stance: its lemma and the frames it takes.
    struct StanceWord: Sendable {
        var lemma: String
        var frames: Frames
    }

    /// The frames a word of stance takes, one bit each (asked at most tokens: a set of strings hashed
    /// the name on every question). The names are those of the lexicon files: "that", "to",
    /// "object-to", a preposition ("for", "about", "of", "on", "against", …), "object-of",
    /// "object-for", "evidence" (anything after it, when a poll or study is its subject), "clause" (a
    /// clause without "that"), "gerund" (an -ing object), "object" (the object itself), "complement",
    /// "as", "wh", "whether".
    struct Frames: OptionSet, Sendable {
        let rawValue: UInt32
        init(rawValue: UInt32) { self.rawValue = rawValue }

        static let names = ["that", "to", "object-to", "for", "about", "of", "on", "against", "object-of", "object-for",
                            "evidence", "clause", "gerund", "object", "complement", "as", "wh", "whether", "with", "over",
                            "in", "at", "by"]
        // (Prepositions are looked up by name: `named("for")`.) Each bit is its name's place in `names`,
        // written as a constant (a test holds the two together): a frame looked up by name was a
        // static with a lazy initializer, checked at every read, and the rules read them at most cues.
        static let that = Frames(rawValue: 1 << 0), to = Frames(rawValue: 1 << 1), objectTo = Frames(rawValue: 1 << 2)
        static let objectOf = Frames(rawValue: 1 << 8), objectFor = Frames(rawValue: 1 << 9), evidence = Frames(rawValue: 1 << 10)
        static let clause = Frames(rawValue: 1 << 11), gerund = Frames(rawValue: 1 << 12), object = Frames(rawValue: 1 << 13)
        static let complement = Frames(rawValue: 1 << 14), `as` = Frames(rawValue: 1 << 15), wh = Frames(rawValue: 1 << 16)
        static let whether = Frames(rawValue: 1 << 17)

        /// The frame of one name (empty for an unknown name).
        static func named(_ name: some StringProtocol) -> Frames {
            names.firstIndex { $0 == name }.map { Frames(rawValue: 1 << UInt32($0)) } ?? []
        }

        /// The frames of a comma-separated list, or nil when it names one outside `allowed`.
        init?(list: String, allowed: [String]) {
            self = []
            for name in list.split(separator: ",") {
                guard allowed.contains(String(name)) else { return nil }
                insert(Self.named(name))
            }
        }
    }

    public static func load(fromDirectory directory: String) throws(LexiconError) -> QuoteLexicon {
        var lexicon = QuoteLexicon()
        for line in try LexiconFile(contentsOf: directory + "/speech-verbs.tsv", fieldCount: 1...4).lines {
            for form in forms(line) where !form.contains(" ") {
                lexicon.verbs[TokenKeys.of(form)] = line.fields[0]
                lexicon.verbKeys.insert(TokenKeys.of(form))
            }
            if line.fields.count > 2, line.fields[2] != "-" {
                for form in line.fields[2].split(separator: ",") { lexicon.nounLikeVerbs.insert(TokenKeys.of(String(form))) }
            }
            if try line.hasFlag("inverts", at: 3, in: directory + "/speech-verbs.tsv") { lexicon.invertingVerbs.insert(TokenKeys.of(line.fields[0])) }
        }
        for line in try LexiconFile(contentsOf: directory + "/attribution-nouns.tsv", fieldCount: 1...2).lines {
            for form in forms(line) { lexicon.nouns[TokenKeys.of(form)] = line.fields[0] }
        }
        for line in try LexiconFile(contentsOf: directory + "/quote-frames.tsv", fieldCount: 2...2).lines {
            let frame = line.fields[1]
            let key = TokenKeys.of(line.fields[0])
            switch frame {
            case "pronoun subject": lexicon.subjectPronouns.insert(key)
            case "pronoun other": lexicon.otherPronouns.insert(key)
            case "pronoun possessive": lexicon.possessivePronouns.insert(key)
            case "evidence": lexicon.evidenceNouns.insert(key)
            case "source": lexicon.sourceNouns.insert(key)
            case "naming", "passive-description", "term-question":
                lexicon.frames.append((WordTokenizer.keys(of: line.fields[0]), frame))
            default:
                throw LexiconError(file: directory + "/quote-frames.tsv", line: line.number, reason: "unknown frame '\(frame)'")
            }
        }
        let stanceFile = directory + "/stance-verbs.tsv"
        for line in try LexiconFile(contentsOf: stanceFile, fieldCount: 3...3).lines {
            guard let frames = Frames(list: line.fields[2], allowed: ["that", "to", "object-to", "for", "about", "of", "on", "against",
                                                                     "object-of", "object-for", "evidence", "clause", "gerund",
                                                                     "object", "complement", "as", "wh", "whether"]) else {
                throw LexiconError(file: stanceFile, line: line.number, reason: "unknown frame in '\(line.fields[2])'")
            }
            for form in forms(line) {
                lexicon.stanceVerbs[TokenKeys.of(form)] = StanceWord(lemma: line.fields[0], frames: frames)
                lexicon.stanceKeys.insert(TokenKeys.of(form))
            }
        }
        let adjectiveFile = directory + "/stance-adjectives.tsv"
        for line in try LexiconFile(contentsOf: adjectiveFile, fieldCount: 2...2).lines {
            guard let frames = Frames(list: line.fields[1], allowed: ["that", "clause", "to", "of", "about", "with", "over", "on",
                                                                     "in", "at", "by", "for"]) else {
                throw LexiconError(file: adjectiveFile, line: line.number, reason: "unknown frame in '\(line.fields[1])'")
            }
            lexicon.stanceAdjectives[TokenKeys.of(line.fields[0])] = StanceWord(lemma: line.fields[0], frames: frames)
        }
        let nounFile = directory + "/stance-nouns.tsv"
        for line in try LexiconFile(contentsOf: nounFile, fieldCount: 3...3).lines {
            guard let frames = Frames(list: line.fields[2], allowed: ["that", "to", "of", "about", "with", "over", "on", "in", "for"])
            else {
                throw LexiconError(file: nounFile, line: line.number, reason: "unknown frame in '\(line.fields[2])'")
            }
            for form in forms(line) where !form.isEmpty {
                lexicon.stanceNouns[TokenKeys.of(form)] = StanceWord(lemma: line.fields[0], frames: frames)
            }
        }
        for line in try LexiconFile(contentsOf: directory + "/person-nouns.tsv", fieldCount: 1...1).lines {
            let noun = line.fields[0]
            lexicon.personNouns.insert(TokenKeys.of(noun))
            lexicon.personNouns.insert(TokenKeys.of(noun.hasSuffix("man") ? String(noun.dropLast(3)) + "men" : noun + "s"))
        }
        // Given names the census gives to one sex (third column m or f), for "he" and "she".
        for line in try LexiconFile(contentsOf: directory + "/names/first-names.generated.tsv", fieldCount: 1...3).lines
        where line.fields.count == 3 {
            switch line.fields[2] {
            case "m": lexicon.menNames.insert(TokenKeys.of(line.fields[0]))
            case "f": lexicon.womenNames.insert(TokenKeys.of(line.fields[0]))
            default: break
            }
        }
        for line in try LexiconFile(contentsOf: directory + "/sentence-starters.tsv", fieldCount: 2...2).lines {
            lexicon.functionWords.insert(TokenKeys.of(line.fields[0]))
        }
        lexicon.cueModel = try CueModel.load(from: directory + "/quote-cue-model.tsv")
        return lexicon
    }

    private static func forms(_ line: LexiconFile.Line) -> [String] {
        [line.fields[0]] + (line.fields.count > 1 ? line.fields[1].split(separator: ",").map { String($0).trimmingSpaces() } : [])
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
