/// A date or time expression normalized in the manner of TimeML's TIMEX3.
public struct Timex: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// What a relative expression was resolved against.
    public enum Anchor: Hashable, Sendable {
        /// Needs none: the expression says its own date ("3 February 2026").
        case none
        /// The article's publication date.
        case published(String)
        /// A date written before the expression: the last full date, when no publication date was
        /// given; the time the story last named, for "two years later" and "a year earlier".
        case previousDate(String)
        /// Needed one, and none was known: the value keeps X for what is unknown.
        case unknown
    }

    public var range: TextRange
    public var kind: Kind
    /// "2026-02-03", "2026-W06", "2026-Q3", "199", "2026-02-03T17:00", "P3Y", "PAST_REF", "XXXX-02"…
    public var value: String
    /// START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_MORE.
    public var mod: String?
    public var anchor: Anchor
    /// day, week, month, quarter, year, decade, century, time, duration, set, reference.
    public var granularity: String
    /// The pattern that recognized the expression.
    public var rule: String

    public init(range: TextRange, kind: Kind, value: String, mod: String?, anchor: Anchor, granularity: String, rule: String) {
        self.range = range
        self.kind = kind
        self.value = value
        self.mod = mod
        self.anchor = anchor
        self.granularity = granularity
        self.rule = rule
    }
}
