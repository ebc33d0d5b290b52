/// A date expression as written, before it is resolved against an anchor.
enum DateSpec {
    /// Any of year, month and day; a missing year is taken from the anchor and the tense.
    case calendar(year: Int?, month: Int?, day: Int?)
    /// A weekday, with "last", "next", "this" or nothing before it.
    case weekday(Int, relation: Int?)
    /// An offset from the anchor in a unit: yesterday (day, -1), last week (week, -1), this year (year, 0).
    case offset(Unit, Int)
    /// Part of a day: "this morning", "tonight", "last night".
    case partOfDay(days: Int, part: String)
    case decade(Int)
    case century(Int)
    case quarter(year: Int?, offset: Int?, quarter: Int?)
    case duration(String)
    case reference(String)
    case set(String)
    /// A clock time, on the date an expression next to it gives, else the anchor's.
    case time(hour: Int, minute: Int?)

    enum Unit: String {
        case day, week, weekend, month, quarter, year, decade, century
    }
}
