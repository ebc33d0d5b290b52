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
    public var signals: Signals
    public var claimant: Claimant?
    /// Indices into the document's quotes, entities and dates that lie in the sentence.
    public var quotes: [Int]
    public var entities: [Int]
    public var dates: [Int]

    public init(range: TextRange, score: Double, isCheckworthy: Bool, types: [String], signals: Signals,
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

extension Claim {
    /// The names of the signals that fired in a claim's sentence, in the record's order: positions in
    /// a table of names that a document's claims share, not strings of their own (an array of strings
    /// made for every claim, and destroyed with it, was a third of the claim stage's time).
    public struct Signals: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
        /// The names the positions point into. (Inlinable, with the members below: the JSON writer reads
        /// every name, and a call into this module for each cost more than writing it.)
        @usableFromInline let names: [String]
        @usableFromInline let positions: ArraySlice<Int32>

        /// The names at `positions` in `names` (each position must be one of its indices).
        public init(names: [String], positions: ArraySlice<Int32>) {
            self.names = names
            self.positions = positions
        }

        /// No signal.
        public init() {
            names = []
            positions = []
        }

        /// These names, in this order.
        public init(arrayLiteral names: String...) {
            self.names = names
            positions = ArraySlice(names.indices.map { Int32($0) })
        }

        /// Counted from 0 in every claim, whatever part of the shared positions it holds.
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { positions.count }
        @inlinable public subscript(position: Int) -> String { names[Int(positions[positions.startIndex + position])] }

        /// Equal when they list the same names in the same order, whatever tables they point into.
        public static func == (lhs: Signals, rhs: Signals) -> Bool { lhs.elementsEqual(rhs) }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for name in self { hasher.combine(name) }
        }

        public var description: String { Array(self).description }
    }
}
