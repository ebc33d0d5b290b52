/// A sentence worth checking, with the signals that say so and who made the claim.
public struct Claim: Hashable, Sendable {
    public struct Claimant: Hashable, Sendable {
        public var name: String
        public var entityID: String?
        /// "quote": the speaker of an attributed quote in the sentence; "entity": a person or
        /// organization the sentence names.
        public var source: String

        public init(name: String, entityID: String?, source: String) {
            self.name = name
            self.entityID = entityID
            self.source = source
        }
    }

    public var range: TextRange
    /// Check-worthiness in [0, 1].
    public var score: Double
    public var isCheckworthy: Bool
    /// quantity, comparison, causal, prediction, rule, other.
    public var types: [String]
    /// The signals that fired, in a fixed order.
    public var signals: [String]
    public var claimant: Claimant?
    /// Indices into the document's quotes, entities and dates that lie in the sentence.
    public var quotes: [Int]
    public var entities: [Int]
    public var dates: [Int]

    public init(range: TextRange, score: Double, isCheckworthy: Bool, types: [String], signals: [String],
                claimant: Claimant?, quotes: [Int], entities: [Int], dates: [Int]) {
        self.range = range
        self.score = score
        self.isCheckworthy = isCheckworthy
        self.types = types
        self.signals = signals
        self.claimant = claimant
        self.quotes = quotes
        self.entities = entities
        self.dates = dates
    }
}
