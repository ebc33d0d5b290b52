import VerbatimCore

/// Finds date and time expressions token by token, longest first at each position.
struct DateFinder {
    let tokens: [Token]
    let utf8: [UInt8]
    let lexicon: CalendarLexicon
    let language: String
    /// The months and weekdays as `language` reads them.
    let names: CalendarLexicon.Names
    /// The words `mayStart` asks about every token, made once per normalizer.
    let startWords: StartWords

    /// The words and tables below, read from the statics once for each document: a static's every
    /// read goes through its lazy initializer's check, and the finder reads these at every token it
    /// tries (about half a million checks in a megabyte of the benchmark's text).
    let ago = Self.ago, century = Self.century, clockUnits = Self.clockUnits, colon = Self.colon, comma = Self.comma,
        datePrepositions = Self.datePrepositions, dateWordsAfter = Self.dateWordsAfter, dayWords = Self.dayWords,
        de = Self.de, dot = Self.dot, each = Self.each, earlier = Self.earlier, every = Self.every, from = Self.from,
        hyphen = Self.hyphen, `in` = Self.`in`, last = Self.last, later = Self.later, meridiem = Self.meridiem,
        midday = Self.midday, midnight = Self.midnight, modifiersByFirstWord = Self.modifiersByFirstWord,
        noon = Self.noon, now = Self.now, of = Self.of, ordinals = Self.ordinals, parts = Self.parts,
        past = Self.past, quarter = Self.quarter, referencesByFirstWord = Self.referencesByFirstWord,
        sets = Self.sets, shifts = Self.shifts, slash = Self.slash, this = Self.this, tonight = Self.tonight,
        units = Self.units

    struct Found {
        var tokens: Range<Int>
        var spec: DateSpec
        var mod: String?
        var rule: String
    }

    private static func k(_ word: String) -> TokenKey { TokenKeys.of(word) }
    static let the = k("the"), of = k("of"), de = k("de"), comma = k(","), hyphen = WordTokenizer.hyphenKey, slash = k("/"), dot = k(".")
    static let this = k("this"), last = k("last"), next = k("next"), past = k("past"), coming = k("coming")
    static let shifts = KeyTable<Int>([this: 0, last: -1, next: 1, coming: 1, past: -1])
    static let ago = k("ago"), later = k("later"), earlier = k("earlier"), before = k("before"), after = k("after")
    static let from = k("from"), now = k("now"), hence = k("hence"), `in` = k("in"), on = k("on"), at = k("at")
    static let every = k("every"), each = k("each"), apostrophe = k("'"), rightQuote = k("’"), colon = k(":")
    static let century = k("century"), quarter = k("quarter"), tonight = k("tonight")
    static let noon = k("noon"), midday = k("midday"), midnight = k("midnight")
    static let units = KeyTable<DateSpec.Unit>([
        k("day"): .day, k("days"): .day, k("week"): .week, k("weeks"): .week, k("weekend"): .weekend,
        k("month"): .month, k("months"): .month, k("quarter"): .quarter, k("quarters"): .quarter,
        k("year"): .year, k("years"): .year, k("decade"): .decade, k("decades"): .decade,
        k("century"): .century, k("centuries"): .century,
    ])
    static let clockUnits = KeyTable<String>([k("hour"): "H", k("hours"): "H", k("minute"): "M", k("minutes"): "M",
                                                 k("second"): "S", k("seconds"): "S"])
    static let modifiers: [(words: [TokenKey], mod: String)] = [
        ([k("early")], "START"), ([k("mid")], "MID"), ([k("late")], "END"),
        ([k("the"), k("end"), k("of")], "END"), ([k("the"), k("beginning"), k("of")], "START"),
        ([k("the"), k("start"), k("of")], "START"), ([k("the"), k("middle"), k("of")], "MID"),
        ([k("more"), k("than")], "MORE_THAN"), ([k("over")], "MORE_THAN"), ([k("less"), k("than")], "LESS_THAN"),
        ([k("under")], "LESS_THAN"), ([k("nearly")], "APPROX"), ([k("almost")], "APPROX"), ([k("about")], "APPROX"),
        ([k("around")], "APPROX"), ([k("roughly")], "APPROX"), ([k("approximately")], "APPROX"),
        ([k("some")], "APPROX"), ([k("at"), k("least")], "EQUAL_OR_MORE"), ([k("no"), k("later"), k("than")], "ON_OR_BEFORE"),
        ([k("before")], "BEFORE"), ([k("after")], "AFTER"),
    ]
    static let references: [(words: [TokenKey], value: String)] = [
        ([k("now")], "PRESENT_REF"), ([k("currently")], "PRESENT_REF"), ([k("at"), k("present")], "PRESENT_REF"),
        ([k("these"), k("days")], "PRESENT_REF"), ([k("nowadays")], "PRESENT_REF"), ([k("recently")], "PAST_REF"),
        ([k("in"), k("the"), k("past")], "PAST_REF"), ([k("in"), k("recent"), k("years")], "PAST_REF"),
        ([k("previously")], "PAST_REF"), ([k("soon")], "FUTURE_REF"), ([k("in"), k("the"), k("future")], "FUTURE_REF"),
        ([k("the"), k("future")], "FUTURE_REF"), ([k("the"), k("past")], "PAST_REF"),
    ]
    static let dayWords = KeyTable<Int>([k("today"): 0, k("yesterday"): -1, k("tomorrow"): 1])
    static let parts = KeyTable<String>([k("morning"): "MO", k("afternoon"): "AF", k("evening"): "EV", k("night"): "NI"])
    static let sets = KeyTable<String>([k("daily"): "P1D", k("weekly"): "P1W", k("monthly"): "P1M", k("yearly"): "P1Y",
                                           k("annually"): "P1Y", k("hourly"): "PT1H", k("quarterly"): "P3M"])
    static let ordinals = KeyTable<Int>([k("first"): 1, k("second"): 2, k("third"): 3, k("fourth"): 4])
    static let meridiem = KeyTable<Int>([k("a.m"): 0, k("am"): 0, k("p.m"): 12, k("pm"): 12])
    /// Words after a capitalised weekday or month that make it a name ("Sunday Times", "April Ryan").
    static let dateWordsAfter = KeySet(words: ["in", "on", "at", "and", "or", "to", "of", "the", "this", "last", "next",
                                                    "morning", "afternoon", "evening", "night", "when", "that", "as", "by",
                                                    "until", "after", "before", "for", "with", "he", "she", "they", "it",
                                                    "we", "i", "said", "is", "was", "will", "night's", "'s"])
    /// Words before a bare month or year that make it a date ("in March", "since 2019").
    static let datePrepositions = KeySet(words: ["in", "since", "until", "till", "by", "from", "during", "before",
                                                      "after", "of", "through", "throughout", "between", "and", "to",
                                                      "early", "mid", "late", "last", "next", "this", "for", "around",
                                                      "circa", "as", "on", "into", "about"])

    /// Words that can open an expression; other tokens are skipped without trying every pattern.
    static let triggers: KeySet = {
        var keys = KeySet(dayWords.allKeys + sets.allKeys + ordinals.allKeys)
        for (words, _) in modifiers { keys.insert(words[0]) }
        for (words, _) in references { keys.insert(words[0]) }
        for word in ["tonight", "earlier", "later", "this", "last", "next", "past", "coming", "in", "every", "each",
                     "noon", "midday", "midnight"] { keys.insert(k(word)) }
        return keys
    }()

    /// Common words that open an expression only before a date-like word ("in 2019", "the end of",
    /// "a year"), checked cheaply before any pattern runs.
    static let weakTriggers = KeySet(words: ["the", "in", "at", "some", "about", "around", "over", "under", "no",
                                                  "a", "an", "one", "this", "last", "next", "past", "more", "less",
                                                  "before", "after", "each", "every", "coming", "these"])
    static let weakFollowers = KeySet(words: ["end", "beginning", "start", "middle", "least", "present", "later",
                                                   "recent", "past", "future", "than", "days", "few", "couple", "dozen",
                                                   "first", "second", "third", "fourth", "morning", "afternoon",
                                                   "evening", "night", "weekend", "a", "an", "several"])

    /// The words that may open an expression, as `mayStart` asks about them: each question one
    /// look-up, where it was up to seven (a static read from a hot loop also goes through its lazy
    /// initializer's check each time).
    struct StartWords: Sendable {
        /// Every word that can open an expression, or open one before a date-like word: the others,
        /// most words, are turned away by this one look-up.
        let openers: KeySet
        /// `weakTriggers`.
        let weakOpeners: KeySet
        /// The date-like words that may follow a weak opener: `weakFollowers`, units, numbers, months
        /// and weekdays.
        let followers: KeySet

        init(lexicon: CalendarLexicon) {
            let dateWords = lexicon.months.allKeys + lexicon.weekdays.allKeys + lexicon.numbers.allKeys
            openers = KeySet(triggers.allKeys + weakTriggers.allKeys + dateWords)
            weakOpeners = weakTriggers
            followers = KeySet(weakFollowers.allKeys + units.allKeys + clockUnits.allKeys + dateWords)
        }
    }

    /// Whether an expression may start at token `index`. (Inlined: it is asked of every token.)
    @inline(__always)
    func mayStart(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        guard startWords.openers.contains(token.key) else {
            return token.startsWithDigit || (token.range.length == 2 && utf8[token.range.start] == UInt8(ascii: "Q"))
        }
        if startWords.weakOpeners.contains(token.key) {
            guard index + 1 < tokens.count else { return false }
            let next = tokens[index + 1]
            return next.startsWithDigit || next.kind == .hyphen || startWords.followers.contains(next.key)
        }
        // The other openers: a trigger, a month, a weekday or a number word.
        return true
    }

    // MARK: Tokens

    func key(_ index: Int) -> TokenKey? { index < tokens.count ? tokens[index].key : nil }

    func text(_ index: Int) -> String {
        String(decoding: utf8[tokens[index].range.start..<tokens[index].range.end], as: UTF8.self)
    }

    /// The length in bytes of token `index`. Where `integer` read the token, its characters are ASCII
    /// digits and commas, one byte each: this is its character count too.
    func length(_ index: Int) -> Int { tokens[index].range.length }

    /// Whether token `index` is written exactly `text`.
    func isText(_ index: Int, _ text: StaticString) -> Bool {
        let range = tokens[index].range
        return utf8[range.start..<range.end].spells(text)
    }

    /// The value of ASCII digits `bytes`, or nil if any is not one (or there are none). Numbers
    /// are read from the bytes: a `String` per token tried was most of the stage.
    private static func value(ofDigits bytes: ArraySlice<UInt8>, skippingCommas: Bool = false) -> Int? {
        var value = 0, digits = 0
        for byte in bytes {
            if skippingCommas, byte == UInt8(ascii: ",") { continue }
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// The integer a token of digits spells ("1,000" too).
    func integer(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].startsWithDigit,
              tokens[index].range.length <= 11 else { return nil }
        return Self.value(ofDigits: utf8[tokens[index].range.start..<tokens[index].range.end], skippingCommas: true)
    }

    /// "3", "3rd", "21st": a day of the month.
    func dayNumber(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].startsWithDigit else { return nil }
        var end = tokens[index].range.end
        let start = tokens[index].range.start
        // Each suffix in turn, in either case, as a string's lower-cased form would end with it.
        for suffix in ["st", "nd", "rd", "th"] as [StaticString] where end - start >= 2 {
            let ending = suffix.withUTF8Buffer { $0.elementsEqual(utf8[end - 2..<end].lazy.map { $0 | 0x20 }) }
            if ending { end -= 2 }
        }
        guard end - start <= 2, let day = Self.value(ofDigits: utf8[start..<end]), (1...31).contains(day) else { return nil }
        return day
    }

    func year(_ index: Int) -> Int? {
        guard let value = integer(index), length(index) == 4, (1000...2199).contains(value) else { return nil }
        // Not money, a count or a percentage.
        if index > 0, isText(index - 1, "$") || isText(index - 1, "€") || isText(index - 1, "£") || isText(index - 1, "¥") { return nil }
        if index + 1 < tokens.count, isText(index + 1, "%") { return nil }
        return value
    }

    func month(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, let word = names.months[tokens[index].key] else { return nil }
        // English month names are capitalised: "may" and "march" are verbs.
        if word.isEnglish && !tokens[index].isCapitalized { return nil }
        return word.number
    }

    func weekday(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, let word = names.weekdays[tokens[index].key] else { return nil }
        if word.isEnglish && !tokens[index].isCapitalized { return nil }
        return word.number
    }

    /// A count: digits or a number word ("two", "a", "several" → nil value meaning X).
    func count(_ index: Int) -> (value: Int?, known: Bool)? {
        if let number = integer(index), number < 10_000 { return (number, true) }
        guard index < tokens.count, let value = lexicon.numbers[tokens[index].key] else { return nil }
        return (value, value != nil)
    }

    /// After an abbreviated month or weekday ("Feb.", "Thu."), its dot belongs to it. After a word that
    /// is also a full name only when the date goes on after the dot: "3 de may. de 2024" (Spanish
    /// "mayo"), but "by May. The talks" ends a sentence.
    private func skipDot(_ index: Int) -> Int {
        guard index < tokens.count, tokens[index].key == self.dot, tokens[index].range.start == tokens[index - 1].range.end else { return index }
        let key = tokens[index - 1].key
        let entries = (lexicon.months[key] ?? []) + (lexicon.weekdays[key] ?? [])
        guard entries.contains(where: { $0.isAbbreviation }) else { return index }
        let isAlsoName = entries.contains { !$0.isAbbreviation }
        let goesOn = index + 1 < tokens.count && tokens[index + 1].kind == .word && !tokens[index + 1].isCapitalized
        return !isAlsoName || goesOn ? index + 1 : index
    }

    private func matches(_ words: [TokenKey], at index: Int) -> Bool {
        index + words.count <= tokens.count && words.indices.allSatisfy { tokens[index + $0].key == words[$0] }
    }

    // MARK: Expressions

    /// The modifiers and references by their first word (a `Dictionary` hashed each key with SipHash).
    private static let modifiersByFirstWord = KeyTable(Dictionary(grouping: modifiers, by: { $0.words[0] }))
    private static let referencesByFirstWord = KeyTable(Dictionary(grouping: references, by: { $0.words[0] }))

    /// The longest expression starting at `start`, with any modifier before it.
    func expression(at start: Int) -> Found? {
        var mod: String?
        var core = start
        for (words, value) in self.modifiersByFirstWord[tokens[start].key] ?? [] where matches(words, at: start) {
            // "mid-2025": the hyphen belongs to the modifier.
            var after = start + words.count
            if after < tokens.count, tokens[after].key == self.hyphen { after += 1 }
            if let found = coreExpression(at: after, afterModifier: true) {
                mod = value
                core = after
                var result = found
                // A duration takes the count modifiers, a date the position ones; "more than two years
                // ago" is a date before the one it names (BEFORE), "less than a year ago" one after it.
                let isDuration: Bool = { if case .duration = found.spec { return true } else { return false } }()
                let isAgo: Bool = { if case .offset(_, let shift) = found.spec, shift < 0, found.rule == "N units ago" || found.rule == Self.earlierUnits { return true } else { return false } }()
                let countMod = ["MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE"].contains(value)
                if isAgo && (value == "MORE_THAN" || value == "LESS_THAN") {
                    mod = value == "MORE_THAN" ? "BEFORE" : "AFTER"
                } else if isDuration != countMod && value != "APPROX" {
                    continue
                }
                if value == "BEFORE" || value == "AFTER" { continue } // prepositions, not part of the span
                result.tokens = start..<found.tokens.upperBound
                result.mod = mod
                return result
            }
        }
        _ = core
        return coreExpression(at: start, afterModifier: false)
    }

    private func coreExpression(at i: Int, afterModifier: Bool) -> Found? {
        guard i < tokens.count else { return nil }
        // The longest, the first of equals; taken one by one (an array of the seven was made and
        // freed at every possible start). Those that open only with digits are not asked about a word,
        // nor those that never do about digits.
        let digits = tokens[i].startsWithDigit
        var best = absolute(at: i, afterModifier: afterModifier)
        if digits { best = Self.longer(best, numeric(at: i)) }
        if !digits { best = Self.longer(best, relative(at: i)) }
        best = Self.longer(best, timeOfDay(at: i))
        best = Self.longer(best, durationOrAgo(at: i))
        if !digits { best = Self.longer(best, reference(at: i)) }
        if !digits { best = Self.longer(best, set(at: i)) }
        return best
    }

    /// `candidate` if it covers more tokens than `best`, else `best`.
    private static func longer(_ best: Found?, _ candidate: Found?) -> Found? {
        guard let candidate, candidate.tokens.count > best?.tokens.count ?? -1 else { return best }
        return candidate
    }

    /// "3 February 2026", "Feb. 3, 2026", "February 2026", "Tuesday, February 3", "in March", "2026",
    /// "the 1990s", "the 20th century", "the third quarter of 2025", "Q3 2026".
    private func absolute(at start: Int, afterModifier: Bool) -> Found? {
        var i = start
        var weekdayPrefix = false
        if weekday(i) != nil, let afterComma = Optional(tokens.count > i + 1 && tokens[i + 1].key == self.comma ? i + 2 : i + 1),
           dayNumber(afterComma) != nil || month(afterComma) != nil {
            i = afterComma
            weekdayPrefix = true
        }
        // DAY [of] MONTH [YEAR]
        if let day = dayNumber(i) {
            var m = i + 1
            // "3rd of February", "3 de marzo", German "3. März".
            if key(m) == self.of || key(m) == self.de || (key(m) == self.dot && language == "de") { m += 1 }
            if let month = month(m) {
                var end = skipDot(m + 1)
                var year: Int?
                if let y = self.year(end) { year = y; end += 1 } else if key(end) == self.comma || key(end) == self.de, let y = self.year(end + 1) { year = y; end += 2 }
                return Found(tokens: start..<end, spec: .calendar(year: year, month: month, day: day), rule: "day month year")
            }
        }
        // MONTH DAY[,] [YEAR] / MONTH YEAR / MONTH
        if let month = month(i) {
            let afterMonth = skipDot(i + 1)
            if let day = dayNumber(afterMonth), !(afterMonth + 1 < tokens.count && tokens[afterMonth + 1].key == self.colon) {
                var end = afterMonth + 1
                var year: Int?
                if key(end) == self.comma, let y = self.year(end + 1) { year = y; end += 2 } else if let y = self.year(end) { year = y; end += 1 }
                return Found(tokens: start..<end, spec: .calendar(year: year, month: month, day: day), rule: "month day year")
            }
            if let y = year(afterMonth) {
                return Found(tokens: start..<afterMonth + 1, spec: .calendar(year: y, month: month, day: nil), rule: "month year")
            }
            if !weekdayPrefix, afterModifier || isBareMonthDate(at: i) {
                return Found(tokens: start..<afterMonth, spec: .calendar(year: nil, month: month, day: nil), rule: "month")
            }
        }
        // YEAR, with a date word before it
        if let y = year(i), afterModifier || (i > 0 && (self.datePrepositions.contains(tokens[i - 1].key) || tokens[i - 1].key == self.comma)) {
            return Found(tokens: start..<i + 1, spec: .calendar(year: y, month: nil, day: nil), rule: "year")
        }
        // the 1990s / '90s (the word's text made only when its bytes may spell one: five of them, the last "s")
        if tokens[i].kind == .word, tokens[i].startsWithDigit {
            if length(i) == 5, utf8[tokens[i].range.end - 1] == UInt8(ascii: "s"), let decade = Int(text(i).dropLast()), decade % 10 == 0 {
                return Found(tokens: start..<i + 1, spec: .decade(decade / 10), rule: "decade")
            }
            // the 20th century
            if key(i + 1) == self.century, let number = dayNumber(i), number <= 22, text(i).count > 2 {
                return Found(tokens: start..<i + 2, spec: .century(number - 1), rule: "century")
            }
        }
        // the first/second/third/fourth quarter [of YEAR]
        if let q = self.ordinals[tokens[i].key], key(i + 1) == self.quarter {
            if key(i + 2) == self.of, let y = year(i + 3) {
                return Found(tokens: start..<i + 4, spec: .quarter(year: y, offset: nil, quarter: q), rule: "quarter of year")
            }
            return Found(tokens: start..<i + 2, spec: .quarter(year: nil, offset: nil, quarter: q), rule: "quarter")
        }
        // Q3 2026
        if length(i) == 2, utf8[tokens[i].range.start] == UInt8(ascii: "Q"),
           let q = Self.value(ofDigits: utf8[tokens[i].range.start + 1..<tokens[i].range.end]), (1...4).contains(q) {
            if let y = year(i + 1) { return Found(tokens: start..<i + 2, spec: .quarter(year: y, offset: nil, quarter: q), rule: "Q year") }
            return Found(tokens: start..<i + 1, spec: .quarter(year: nil, offset: nil, quarter: q), rule: "Q")
        }
        // A weekday by itself
        if let day = weekday(i), isBareWeekdayDate(at: i) {
            return Found(tokens: start..<skipDot(i + 1), spec: .weekday(day, relation: nil), rule: "weekday")
        }
        return nil
    }

    /// "in March", "March 2026" are dates; "March on Washington", "April Ryan", "Theresa May" are not.
    private func isBareMonthDate(at i: Int) -> Bool {
        if names.months[tokens[i].key]?.isAbbreviation == true { return false }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, !tokens[i - 1].startsSentence,
           lexicon.months[tokens[i - 1].key] == nil { return false } // "Theresa May"
        guard i > 0, self.datePrepositions.contains(tokens[i - 1].key) else { return false }
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
           lexicon.months[tokens[i + 1].key] == nil { return false } // "in April Ryan's view"
        return true
    }

    /// "on Tuesday", "Tuesday's vote" are dates; "Sunday Times", "Super Tuesday" titles are not.
    private func isBareWeekdayDate(at i: Int) -> Bool {
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
           !self.dateWordsAfter.contains(tokens[i + 1].key) { return false }
        return true
    }

    /// 2026-02-03, 2026-02, 03/02/2026, 3.2.2026.
    private func numeric(at i: Int) -> Found? {
        if let y = year(i), key(i + 1) == self.hyphen, let m = integer(i + 2), length(i + 2) == 2, (1...12).contains(m) {
            if key(i + 3) == self.hyphen, let d = integer(i + 4), length(i + 4) == 2, CalendarDate.isValid(y, m, d) {
                return Found(tokens: i..<i + 5, spec: .calendar(year: y, month: m, day: d), rule: "ISO date")
            }
            return Found(tokens: i..<i + 3, spec: .calendar(year: y, month: m, day: nil), rule: "ISO month")
        }
        // N/N/YYYY or N.N.YYYY: the order follows the document's language.
        guard let first = integer(i), let separator = key(i + 1), separator == self.slash || separator == self.dot,
              let second = integer(i + 2), key(i + 3) == separator, let rawYear = integer(i + 4),
              length(i + 4) == 4 || length(i + 4) == 2 else { return nil }
        let year = length(i + 4) == 2 ? 2000 + rawYear : rawYear
        let dayFirst = language != "en" || first > 12
        let (day, month) = dayFirst || second > 12 && first <= 12 ? (second > 12 ? (second, first) : (first, second)) : (second, first)
        guard CalendarDate.isValid(year, month, day) else { return nil }
        let ambiguous = first <= 12 && second <= 12 && first != second
        return Found(tokens: i..<i + 5, spec: .calendar(year: year, month: month, day: day),
                     rule: ambiguous ? "numeric date, ambiguous: read \(dayFirst ? "day/month" : "month/day") for language \(language)" : "numeric date")
    }

    /// today, yesterday, tonight, this morning, last night, this/last/next week…, last Tuesday,
    /// next March, earlier this month, the past week.
    private func relative(at i: Int) -> Found? {
        let first = tokens[i].key
        if let days = self.dayWords[first] {
            return Found(tokens: i..<i + 1, spec: .offset(.day, days), rule: "today/yesterday/tomorrow")
        }
        if first == self.tonight { return Found(tokens: i..<i + 1, spec: .partOfDay(days: 0, part: "NI"), rule: "tonight") }
        if let days = self.dayWords[first], let part = key(i + 1).flatMap({ self.parts[$0] }) {
            return Found(tokens: i..<i + 2, spec: .partOfDay(days: days, part: part), rule: "day part")
        }
        // earlier/later this month
        if first == self.earlier || first == self.later, key(i + 1) == self.this, let unit = key(i + 2).flatMap({ self.units[$0] }) {
            return Found(tokens: i..<i + 3, spec: .offset(unit, 0), rule: "earlier/later this unit")
        }
        guard let shift = self.shifts[first] else { return nil }
        if let part = key(i + 1).flatMap({ self.parts[$0] }) {
            if first == self.last && part == "NI" { return Found(tokens: i..<i + 2, spec: .partOfDay(days: -1, part: "NI"), rule: "last night") }
            if first == self.this { return Found(tokens: i..<i + 2, spec: .partOfDay(days: 0, part: part), rule: "this part of day") }
        }
        // (A plural unit, "the last days", is no such period; its last byte tells, with no string made.)
        if let unit = key(i + 1).flatMap({ self.units[$0] }), utf8[tokens[i + 1].range.end - 1] != UInt8(ascii: "s") {
            if first == self.past {
                // "the past week": a period up to now.
                let letter = ["day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"][unit.rawValue] ?? "D"
                let amount = unit == .decade ? 10 : unit == .century ? 100 : 1
                return Found(tokens: i..<i + 2, spec: .duration("P\(amount)\(letter)"), rule: "the past unit")
            }
            return Found(tokens: i..<i + 2, spec: .offset(unit, shift), rule: "this/last/next unit")
        }
        if let day = weekday(i + 1) {
            return Found(tokens: i..<i + 2, spec: .weekday(day, relation: shift == 0 ? 0 : shift), rule: "this/last/next weekday")
        }
        if let m = month(i + 1) {
            return Found(tokens: i..<i + 2, spec: .calendar(year: nil, month: m, day: nil), rule: "last/next month name")
        }
        return nil
    }

    /// 5 p.m., 5:30 pm, 17:00, noon, midnight.
    private func timeOfDay(at i: Int) -> Found? {
        if tokens[i].key == self.noon || tokens[i].key == self.midday {
            return Found(tokens: i..<i + 1, spec: .time(hour: 12, minute: 0), rule: "noon")
        }
        if tokens[i].key == self.midnight { return Found(tokens: i..<i + 1, spec: .time(hour: 24, minute: 0), rule: "midnight") }
        guard let hour = integer(i), hour <= 24, length(i) <= 2 else { return nil }
        var end = i + 1
        var minute: Int?
        if key(end) == self.colon, let m = integer(end + 1), length(end + 1) == 2, m < 60 {
            minute = m
            end += 2
        }
        if let offset = key(end).flatMap({ self.meridiem[$0] }), hour >= 1, hour <= 12 {
            end += 1
            if end < tokens.count, tokens[end].key == self.dot, tokens[end].range.start == tokens[end - 1].range.end { end += 1 }
            let h = hour == 12 ? offset : hour + offset
            return Found(tokens: i..<end, spec: .time(hour: h, minute: minute ?? 0), rule: "clock time a.m./p.m.")
        }
        if minute != nil, key(end) != self.colon {
            return Found(tokens: i..<end, spec: .time(hour: hour, minute: minute), rule: "24-hour clock")
        }
        return nil
    }

    /// The rule of "in two weeks": a date ahead in a clause that speaks of the future, else a duration
    /// (`DateNormalizer` asks the tense).
    static let inUnits = "in N units"
    /// The rules of "three days later" and "a year earlier": counted from the time last named, when
    /// there is one (`DateNormalizer`).
    static let laterUnits = "N units later", earlierUnits = "N units earlier"

    /// The TimeML value of `count` (nil: some) units: "P3Y", "PXM", a quarter as three months.
    static func duration(_ count: Int?, _ unit: DateSpec.Unit) -> String {
        let n = count.map(String.init) ?? "X"
        switch unit {
        case .day: return "P\(n)D"
        case .week: return "P\(n)W"
        case .month: return "P\(n)M"
        case .quarter: return "P\(count.map { String($0 * 3) } ?? "X")M"
        case .year: return "P\(n)Y"
        case .decade: return count.map { "P\($0 * 10)Y" } ?? "PXDE"
        case .century: return count.map { "P\($0 * 100)Y" } ?? "PXCE"
        case .weekend: return "P\(n)WE"
        }
    }

    /// "three years", "a decade" (durations); "two years ago", "a year earlier", "three days later", "in two weeks".
    private func durationOrAgo(at i: Int) -> Found? {
        var start = i
        var future = false
        if tokens[i].key == self.`in`, count(i + 1) != nil { start = i + 1; future = true }
        guard let (value, _) = count(start) else { return nil }
        var unitIndex = start + 1
        if unitIndex < tokens.count, tokens[unitIndex].key == self.hyphen { unitIndex += 1 } // "two-year"
        if let unit = key(unitIndex).flatMap({ self.units[$0] }), unit != .weekend {
            // "a quarter of the donors", "a quarter of a million": a fraction, not three months.
            if unit == .quarter, key(unitIndex + 1) == self.of { return nil }
            // ("a year earlier", like "a year ago", a date before the anchor: TimeML dates it, where the
            // duration alone would be "P1Y".)
            let ago = key(unitIndex + 1) == self.ago || key(unitIndex + 1) == self.earlier
            let later = key(unitIndex + 1) == self.later || (key(unitIndex + 1) == self.from && key(unitIndex + 2) == self.now)
            if (ago || later || future), let value {
                let end = unitIndex + (key(unitIndex + 1) == self.from ? 3 : future ? 1 : 2)
                let spanStart = future ? start : i
                let rule = ago ? (key(unitIndex + 1) == self.ago ? "N units ago" : Self.earlierUnits)
                    : future ? Self.inUnits : key(unitIndex + 1) == self.from ? "N units from now" : Self.laterUnits
                return Found(tokens: spanStart..<end, spec: .offset(unit, ago ? -value : value), rule: rule)
            }
            // A bare "a"/"an"/"one" before "year" is a duration only with a duration word around.
            return Found(tokens: i..<unitIndex + 1, spec: .duration(Self.duration(value, unit)), rule: "count and unit")
        }
        if let clock = key(unitIndex).flatMap({ self.clockUnits[$0] }) {
            return Found(tokens: i..<unitIndex + 1, spec: .duration("PT\(value.map(String.init) ?? "X")\(clock)"), rule: "count and clock unit")
        }
        return nil
    }

    private func reference(at i: Int) -> Found? {
        for (words, value) in self.referencesByFirstWord[tokens[i].key] ?? [] where matches(words, at: i) {
            // "the past decade", "the past two years" are periods, not the past at large.
            let after = i + words.count
            if after < tokens.count, self.units[tokens[after].key] != nil || count(after) != nil { continue }
            return Found(tokens: i..<i + words.count, spec: .reference(value), rule: "reference '\(value)'")
        }
        return nil
    }

    /// every week, each Tuesday, daily.
    private func set(at i: Int) -> Found? {
        if let value = self.sets[tokens[i].key] { return Found(tokens: i..<i + 1, spec: .set(value), rule: "frequency word") }
        guard tokens[i].key == self.every || tokens[i].key == self.each else { return nil }
        if let unit = key(i + 1).flatMap({ self.units[$0] }) {
            let letter = ["day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
                          "weekend": "WE"][unit.rawValue] ?? "D"
            return Found(tokens: i..<i + 2, spec: .set("P1\(letter)"), rule: "every unit")
        }
        if let day = weekday(i + 1) { return Found(tokens: i..<i + 2, spec: .set("XXXX-WXX-\(day)"), rule: "every weekday") }
        return nil
    }
}
