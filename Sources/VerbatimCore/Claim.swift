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
    public var quotes: Positions
    public var entities: Positions
    public var dates: Positions

    public init(range: TextRange, score: Double, isCheckworthy: Bool, types: [String], signals: Signals,
                claimant: Claimant?, quotes: Positions, entities: Positions, dates: Positions) {
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
    /// Indices into one of the document's layers (its quotes, entities or dates, or the table of signal
    /// names), held as a range of an array the document's claims share: arrays of their own, made for
    /// every claim and destroyed with it, were two fifths of the claim stage's time. (32 bits each: a
    /// document, at most 2 GiB, holds fewer of anything.)
    public struct Positions: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
        /// (Inlinable, with the members below: the JSON writer reads every position, and a call into
        /// this module for each cost more than writing it.)
        @usableFromInline let shared: ArraySlice<Int32>

        /// The positions in `shared`, a part of an array other claims may hold parts of.
        public init(_ shared: ArraySlice<Int32>) {
            self.shared = shared
        }

        /// None.
        public init() {
            shared = []
        }

        /// These positions, in this order.
        public init(arrayLiteral positions: Int...) {
            shared = ArraySlice(positions.map { Int32($0) })
        }

        /// Counted from 0 in every claim, whatever part of the shared array it holds.
        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { shared.count }
        @inlinable public subscript(position: Int) -> Int { Int(shared[shared.startIndex + position]) }

        /// Equal when they hold the same positions in the same order, whatever arrays they are parts of.
        public static func == (lhs: Positions, rhs: Positions) -> Bool { lhs.elementsEqual(rhs) }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for position in self { hasher.combine(position) }
        }

        public var description: String { Array(self).description }
    }

    /// The names of the signals that fired in a claim's sentence, in the record's order: positions in
    /// a table of names that a document's claims share, not strings of their own.
    public struct Signals: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
        /// The names the positions point into.
        @usableFromInline let names: [String]
        @usableFromInline let positions: Positions

        /// The names at `positions` in `names` (each position must be one of its indices).
        public init(names: [String], positions: Positions) {
            self.names = names
            self.positions = positions
        }

        /// No signal.
        public init() {
            names = []
            positions = Positions()
        }

        /// These names, in this order.
        public init(arrayLiteral names: String...) {
            self.names = names
            positions = Positions(ArraySlice(names.indices.map { Int32($0) }))
        }

        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { positions.count }
        @inlinable public subscript(position: Int) -> String { names[positions[position]] }

        /// Equal when they list the same names in the same order, whatever tables they point into.
        public static func == (lhs: Signals, rhs: Signals) -> Bool { lhs.elementsEqual(rhs) }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(count)
            for name in self { hasher.combine(name) }
        }

        public var description: String { Array(self).description }
    }
}
