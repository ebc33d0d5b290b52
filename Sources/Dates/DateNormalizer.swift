import VerbatimCore

/// Finds every date and time expression and normalizes it, TIMEX3-style, against the article's
/// publication date — or, without one, the last full date written before it; never the clock.
///
/// ```
/// tokens ─► DateFinder (absolute, numeric, relative, clock, durations, references, sets; with
///           early/mid/late, more than, about…) ─► resolve against the anchor and the sentence's tense
/// ```
public struct DateNormalizer: Stage {
    public let name = "dates.timex"
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let produces: Set<Layer> = [.dates]

    let lexicon: CalendarLexicon
    /// Made once for every document's finder.
    let startWords: DateFinder.StartWords
    /// Made once: read for every expression.
    let tense = Tense()

    public init(lexicon: CalendarLexicon) {
        self.lexicon = lexicon
        self.startWords = DateFinder.StartWords(lexicon: lexicon)
    }

    public func apply(to document: inout Document) throws(StageError) {
        let tokens = document.tokens
        let language = String(document.metadata.language.prefix(2)).lowercased()
        let finder = DateFinder(tokens: tokens, utf8: document.utf8, lexicon: lexicon, language: language,
                                names: lexicon.names(in: language), startWords: startWords)
        let published = document.metadata.published.flatMap(CalendarDate.init(iso:))
            .map { (date: $0, kind: Timex.Anchor.published($0.iso)) }
        var lastFullDate: CalendarDate?
        // The last date named with its year (its value and paragraph): what "two years later" counts from.
        var lastNamed: (value: String, paragraph: Int)?
        // (Read once, not per expression: each read of a static checks its one-time initializer.)
        let inUnits = DateFinder.inUnits, laterUnits = DateFinder.laterUnits, earlierUnits = DateFinder.earlierUnits
        let sentences = document.sentences
        // The first sentence that ends after the expression being resolved: expressions come in text
        // order, so it only moves on (a search of all the sentences for each missed the cache).
        var sentence = 0
        var dates: [Timex] = []
        // Room for about one a sentence, made once (news has fewer; room never written costs no memory).
        dates.reserveCapacity(document.sentences.count)
        var index = 0
        while index < tokens.count {
            guard finder.mayStart(at: index), var found = finder.expression(at: index) else {
                index += 1
                continue
            }
            let range = TextRange(start: tokens[found.tokens.lowerBound].range.start, end: tokens[found.tokens.upperBound - 1].range.end)
            var anchor = published ?? lastFullDate.map { (date: $0, kind: Timex.Anchor.previousDate($0.iso)) }
            while sentence < sentences.count, sentences[sentence].range.end <= range.start { sentence += 1 }
            let paragraph = sentence < sentences.count ? sentences[sentence].paragraph : Int.max
            // "In 2007 … Congress cut funding two years later": "later" and "earlier" count from the time the
            // story last named, in this paragraph or the one before, not from the day of publication.
            let offset: (unit: DateSpec.Unit, count: Int)? = if case let .offset(unit, count) = found.spec { (unit, count) } else { nil }
            if let offset, found.rule == laterUnits || found.rule == earlierUnits, let named = lastNamed,
               paragraph - named.paragraph <= 1, let date = Self.narrativeAnchor(named.value, for: offset.unit) {
                anchor = (date, .previousDate(named.value))
            }
            // The start of the sentence the expression is in, where its clause is read back to.
            let sentenceStart = sentence < sentences.count && sentences[sentence].range.contains(range.start)
                ? sentences[sentence].range.start : nil
            let future = sentenceStart.map { tense.isFuture(before: found.tokens.lowerBound, sentenceStart: $0, tokens: tokens) } ?? false
            // "will cost $160,000 in 18 years", "the trial begins in two weeks": a date ahead; "filed for
            // bankruptcy, its second time in three years", "has not faced a race in 24 years": a span.
            if let offset, let sentenceStart, !future, found.rule == inUnits,
               tense.isPastOrNegated(before: found.tokens.lowerBound, sentenceStart: sentenceStart, tokens: tokens, utf8: document.utf8) {
                found.spec = .duration(DateFinder.duration(offset.count, offset.unit))
                found.rule = "in N units in a past or negated clause: a duration"
            }
            // Resolved straight into the list and adjusted there: a resolved value kept aside was copied
            // into the list, its strings retained, and then destroyed.
            let previous = dates.indices.last
            dates.append(DateResolver(anchor: anchor, future: future).resolve(found, range: range))
            let current = dates.count - 1
            // A clock time takes the date of an expression right before it ("Tuesday at 5 p.m.").
            if dates[current].kind == .time, let previous, dates[previous].kind == .date,
               dates[previous].value.utf8.count == 10, range.start - dates[previous].range.end <= 4,
               let t = Self.clock(of: dates[current].value) {
                dates[current].value = "\(dates[previous].value)T\(t)"
            }
            if dates[current].kind == .date, dates[current].anchor == .none, let date = CalendarDate(iso: dates[current].value) {
                lastFullDate = date
            }
            // "5 p.m. on Thursday": the time takes the date that follows it.
            if dates[current].kind == .date, dates[current].value.utf8.count == 10, let previous, dates[previous].kind == .time,
               dates[previous].value.hasPrefix("XXXX-XX-XX") || dates[previous].value.hasPrefix(anchor?.date.iso ?? "-"),
               range.start - dates[previous].range.end <= 4, let clock = Self.clock(of: dates[previous].value) {
                dates[previous].value = "\(dates[current].value)T\(clock)"
            }
            if dates[current].kind == .date, Self.hasYear(dates[current].value) { lastNamed = (dates[current].value, paragraph) }
            index = found.tokens.upperBound
        }
        document.dates = dates
    }

    /// A value of a year, a month or a day ("2007", "2011-12", "2016-12-30"), by its length and first
    /// byte (`narrativeAnchor` reads it in full when it is asked for).
    static func hasYear(_ value: String) -> Bool {
        let count = value.utf8.count
        return (count == 4 || count == 7 || count == 10) && value.utf8.first.map { $0 &- UInt8(ascii: "0") < 10 } == true
    }

    /// The day a date's value ("2007", "2011-12", "2016-12-30") stands for when something is counted
    /// from it in `unit`: its first day, if the value is as fine as the unit (a year counts years, not
    /// months); nil for any other value. (Read as the full date it starts, by `CalendarDate(iso:)`.)
    static func narrativeAnchor(_ value: String, for unit: DateSpec.Unit) -> CalendarDate? {
        switch value.utf8.count {
        case 10: CalendarDate(iso: value)
        case 7 where ![.day, .week, .weekend].contains(unit): CalendarDate(iso: value + "-01")
        case 4 where [.year, .decade, .century].contains(unit): CalendarDate(iso: value + "-01-01")
        default: nil
        }
    }

    /// What follows a value's last "T" (its time of day), as `split(separator: "T").last` gives it: the
    /// last piece between "T"s that is not empty. Searched from the end by bytes (the values are ASCII),
    /// where splitting built an array of every piece, and by `Character`s cost thousands of instructions.
    static func clock(of value: String) -> Substring? {
        let utf8 = value.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "T") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return nil }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "T")).map(utf8.index(after:)) ?? utf8.startIndex
        return Substring(utf8[start..<end])
    }
}

/// Whether the clause before an expression speaks of the future ("will return on Friday"); news is
/// past by default. (Its word sets are the stage's own, made once: read as statics, each test of a word
/// checked their one-time initializers.)
struct Tense {
    private let going = TokenKeys.of("going"), to = TokenKeys.of("to")
    private let futureWords = KeySet(words: ["will", "shall", "'ll", "’ll", "upcoming", "next", "plans", "planned", "scheduled",
                                             "expected", "tomorrow", "coming", "won't", "won’t"])
    private let clauseBreaks = KeySet(words: [",", ";", ":", "and", "but", "while", "when", "as"])
    private let deadlinePrepositions = KeySet(words: ["by", "until", "before"])
    /// Words of commitment that make "by May" a deadline ahead ("promised … by May"; "had fallen by May" is past).
    private let commitmentWords = KeySet(words: ["promise", "promised", "promises", "pledge", "pledged", "pledges",
                                                 "vow", "vowed", "vows", "aim", "aims", "aimed", "intend", "intends",
                                                 "want", "wants", "hope", "hopes", "hoped", "expects", "target",
                                                 "deadline", "must", "should", "agreed"])

    /// Whether the clause before the expression, whose first token is `first`, in the sentence that
    /// starts at `sentenceStart`, speaks of the future.
    func isFuture(before first: Int, sentenceStart: Int, tokens: [Token]) -> Bool {
        // "has promised a compromise text by May": a deadline after a word of commitment is ahead.
        let isDeadline = first > 0 && deadlinePrepositions.contains(tokens[first - 1].key)
        return clause(before: first, sentenceStart: sentenceStart, tokens: tokens) { index in
            futureWords.contains(tokens[index].key) || (isDeadline && commitmentWords.contains(tokens[index].key))
                || (tokens[index].key == going && index + 1 < tokens.count && tokens[index + 1].key == to)
        }
    }

    private let pastWords = KeySet(words: ["was", "were", "had", "has", "have", "did", "been", "not", "never", "didn't",
                                           "didn’t", "hasn't", "hasn’t", "haven't", "haven’t", "wasn't", "wasn’t"])

    /// Whether the clause before the expression speaks of the past or denies ("was", "has not", a
    /// regular past tense such as "faced"), up to eight words back, as `isFuture` reads it.
    func isPastOrNegated(before first: Int, sentenceStart: Int, tokens: [Token], utf8: [UInt8]) -> Bool {
        clause(before: first, sentenceStart: sentenceStart, tokens: tokens) { index in
            let token = tokens[index]
            return pastWords.contains(token.key)
                || (token.kind == .word && !token.isCapitalized && token.range.length > 4 && utf8.bytes(token.range, endWith: "ed"))
        }
    }

    /// Whether `matches` holds for one of the eight tokens before `first` in its sentence, nearest
    /// first, stopping after a clause break ("," "and" "when"…) that does not match.
    private func clause(before first: Int, sentenceStart: Int, tokens: [Token], where matches: (Int) -> Bool) -> Bool {
        var index = first - 1
        var seen = 0
        while index >= 0, tokens[index].range.start >= sentenceStart, seen < 8 {
            if matches(index) { return true }
            if clauseBreaks.contains(tokens[index].key) { break }
            index -= 1
            seen += 1
        }
        return false
    }
}

/// Turns a found expression into a TIMEX3 value.
struct DateResolver {
    /// The anchor's date and kind apart: read from an optional pair, each read copied the pair through
    /// the runtime's generic value witnesses (its kind holds a string).
    let anchorDate: CalendarDate?
    /// `.unknown` when there is no anchor.
    let anchorKind: Timex.Anchor
    let future: Bool

    init(anchor: (date: CalendarDate, kind: Timex.Anchor)?, future: Bool) {
        anchorDate = anchor?.date
        anchorKind = anchor?.kind ?? .unknown
        self.future = future
    }

    func resolve(_ found: DateFinder.Found, range: TextRange) -> Timex {
        func make(_ kind: Timex.Kind, _ value: String, _ granularity: String, anchored: Bool) -> Timex {
            Timex(range: range, kind: kind, value: value, mod: found.mod, anchor: anchored ? anchorKind : .none,
                  granularity: granularity, rule: found.rule)
        }
        let a = anchorDate
        switch found.spec {
        case let .calendar(year, month, day):
            let granularity = day != nil ? "day" : month != nil ? "month" : "year"
            if let year {
                return make(.date, Self.format(year, month, day), granularity, anchored: false)
            }
            guard let a, let month else {
                return make(.date, "XXXX" + (month.map { "-" + CalendarDate.pad($0, 2) } ?? "") + (day.map { "-" + CalendarDate.pad($0, 2) } ?? ""),
                            granularity, anchored: true)
            }
            var y = a.year
            let target = (month, day ?? 1), now = (a.month, a.day)
            if future && target < now { y += 1 } else if !future && target > now && month != a.month { y -= 1 }
            return make(.date, Self.format(y, month, day), granularity, anchored: true)
        case let .weekday(day, relation):
            guard let a else { return make(.date, "XXXX-WXX-\(day)", "day", anchored: true) }
            let difference = day - a.weekday
            let date: CalendarDate
            switch relation {
            case 0?: date = a.adding(days: difference)
            case let shift? where shift < 0: date = a.adding(days: difference < 0 ? difference : difference - 7)
            case _?: date = a.adding(days: difference > 0 ? difference : difference + 7)
            case nil: date = future ? a.adding(days: difference >= 0 ? difference : difference + 7)
                                    : a.adding(days: difference <= 0 ? difference : difference - 7)
            }
            return make(.date, date.iso, "day", anchored: true)
        case let .offset(unit, shift):
            guard let a else {
                let unknown = ["day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                               "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"][unit.rawValue] ?? "XXXX"
                return make(.date, unknown, unit.rawValue, anchored: true)
            }
            switch unit {
            case .day: return make(.date, a.adding(days: shift).iso, "day", anchored: true)
            case .week: return make(.date, a.adding(days: 7 * shift).isoWeekString, "week", anchored: true)
            case .weekend: return make(.date, a.adding(days: 7 * shift).isoWeekString + "-WE", "week", anchored: true)
            case .month: return make(.date, a.adding(months: shift).isoMonth, "month", anchored: true)
            case .quarter:
                let shifted = a.adding(months: 3 * shift)
                return make(.date, "\(CalendarDate.pad(shifted.year, 4))-Q\((shifted.month - 1) / 3 + 1)", "quarter", anchored: true)
            case .year: return make(.date, CalendarDate.pad(a.year + shift, 4), "year", anchored: true)
            case .decade: return make(.date, String((a.year / 10) + shift), "decade", anchored: true)
            case .century: return make(.date, String((a.year / 100) + shift), "century", anchored: true)
            }
        case let .partOfDay(days, part):
            guard let a else { return make(.time, "XXXX-XX-XXT\(part)", "time", anchored: true) }
            return make(.time, a.adding(days: days).iso + "T" + part, "time", anchored: true)
        case let .decade(decade):
            return make(.date, String(decade), "decade", anchored: false)
        case let .century(century):
            return make(.date, CalendarDate.pad(century, 2), "century", anchored: false)
        case let .quarter(year, _, quarter):
            let q = quarter.map(String.init) ?? "X"
            if let year { return make(.date, "\(CalendarDate.pad(year, 4))-Q\(q)", "quarter", anchored: false) }
            guard let a else { return make(.date, "XXXX-Q\(q)", "quarter", anchored: true) }
            let current = (a.month - 1) / 3 + 1
            var y = a.year
            if let quarter, !future && quarter > current { y -= 1 } else if let quarter, future && quarter < current { y += 1 }
            return make(.date, "\(CalendarDate.pad(y, 4))-Q\(q)", "quarter", anchored: true)
        case let .duration(value):
            return make(.duration, value, "duration", anchored: false)
        case let .reference(value):
            return make(.date, value, "reference", anchored: false)
        case let .set(value):
            return make(.set, value, "set", anchored: false)
        case let .time(hour, minute):
            let clock = "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute ?? 0, 2))"
            return make(.time, "\(a?.iso ?? "XXXX-XX-XX")T\(clock)", "time", anchored: true)
        }
    }

    static func format(_ year: Int, _ month: Int?, _ day: Int?) -> String {
        // A full date, the common case, in one buffer.
        if let month, let day, (0...9999).contains(year), CalendarDate.isValid(year, month, day) {
            return CalendarDate(year: year, month: month, day: day).iso
        }
        var value = CalendarDate.pad(year, 4)
        if let month { value += "-" + CalendarDate.pad(month, 2) }
        if let month, let day, CalendarDate.isValid(year, month, day) { value += "-" + CalendarDate.pad(day, 2) }
        return value
    }
}
