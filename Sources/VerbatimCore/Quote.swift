/// One attribution: words, who said them, the cue that says so, and why we believe it.
public struct Quote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// All of the content stands inside quotation marks.
        case direct
        /// Reported speech with quoted fragments inside it.
        case partial
        /// Reported speech without quotation marks.
        case indirect
    }

    /// How the speaker was found.
    public enum Resolution: String, Hashable, Sendable {
        /// A name next to the cue.
        case name
        /// A title with a name ("President Putin").
        case title
        /// A pronoun resolved to the most salient earlier person.
        case pronoun
        /// An office phrase ("the French president") resolved through the lexicon.
        case role
        /// A description that names no entity ("sources", "a campaign official").
        case description
    }

    public struct Speaker: Hashable, Sendable {
        /// The words in the text that name the speaker ("He", "Sergey Lavrov").
        public var range: TextRange
        public var name: String
        public var entityID: String?
        public var resolution: Resolution

        public init(range: TextRange, name: String, entityID: String?, resolution: Resolution) {
            self.range = range
            self.name = name
            self.entityID = entityID
            self.resolution = resolution
        }
    }

    public struct Cue: Hashable, Sendable {
        public var range: TextRange
        public var lemma: String

        public init(range: TextRange, lemma: String) {
            self.range = range
            self.lemma = lemma
        }
    }

    public var kind: Kind
    /// The content: the words inside the marks for a direct quote, the whole reported clause otherwise.
    public var content: TextRange
    /// The content's pieces when an attribution interrupts it ("“A,” he said, “B.”").
    public var parts: [TextRange]
    /// The spans inside quotation marks: all of a direct quote, the fragments of a partial one.
    public var verbatim: [TextRange]
    public var speaker: Speaker?
    public var cue: Cue?
    /// Indices into the document's sentences.
    public var sentences: [Int]
    public var confidence: Double
    /// The pattern that produced the attribution.
    public var rule: String

    public init(kind: Kind, content: TextRange, parts: [TextRange], verbatim: [TextRange], speaker: Speaker?, cue: Cue?,
                sentences: [Int], confidence: Double, rule: String) {
        self.kind = kind
        self.content = content
        self.parts = parts
        self.verbatim = verbatim
        self.speaker = speaker
        self.cue = cue
        self.sentences = sentences
        self.confidence = confidence
        self.rule = rule
    }
}
