import VerbatimCore

/// A day of the proleptic Gregorian calendar, with the arithmetic date normalization needs.
/// Pure integer arithmetic: no clock, no time zone, the same answer everywhere.
struct CalendarDate: Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// "2026-02-13".
    init?(iso text: String) {
        // "YYYY-MM-DD", the shape dates are written in here, read from its ten bytes.
        if let (year, month, day) = Self.tenByteDate(text) {
            guard CalendarDate.isValid(year, month, day) else { return nil }
            (self.year, self.month, self.day) = (year, month, day)
            return
        }
        // (Split on the bytes: split by Characters, this was most of reading a date.)
        let parts = text.utf8.split(separator: UInt8(ascii: "-")).compactMap { Int(Substring($0)) }
        guard parts.count == 3, CalendarDate.isValid(parts[0], parts[1], parts[2]) else { return nil }
        (year, month, day) = (parts[0], parts[1], parts[2])
    }

    /// The numbers of `DDDD-DD-DD` (ten bytes, D a digit), or nil for any other text.
    private static func tenByteDate(_ text: String) -> (Int, Int, Int)? {
        text.withUTF8Bytes { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var numbers = (0, 0, 0)
            for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
                guard (0x30...0x39).contains(byte) else { return nil }
                let digit = Int(byte - 0x30)
                switch index {
                case 0..<4: numbers.0 = numbers.0 * 10 + digit
                case 5..<7: numbers.1 = numbers.1 * 10 + digit
                default: numbers.2 = numbers.2 * 10 + digit
                }
            }
            return numbers
        }
    }

    init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// ISO 8601 week: (week-based year, week number).
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstDay = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - firstDay.dayNumber) / 7 + 1)
    }

    /// `YYYY-MM-DD`, written from its digits in one string (three padded strings joined were a tenth of
    /// the date stage).
    var iso: String {
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { text in
            /// `value`'s last `width` digits, ending before `end`.
            func digits(_ value: Int, _ width: Int, endingAt end: Int) {
                var rest = value
                for index in (end - width..<end).reversed() {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            digits(year, 4, endingAt: 4)
            text[4] = UInt8(ascii: "-")
            digits(month, 2, endingAt: 7)
            text[7] = UInt8(ascii: "-")
            digits(day, 2, endingAt: 10)
            return 10
        }
    }

    var isoMonth: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }
    var isoWeekString: String { "\(Self.pad(isoWeek.year, 4))-W\(Self.pad(isoWeek.week, 2))" }

    /// `value` in decimal with zeros before it to `width` digits ("0007"): written in one buffer for
    /// the non-negative values dates have (three strings were made and joined for each).
    static func pad(_ value: Int, _ width: Int) -> String {
        guard value >= 0, width <= 20 else {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var digits = 1, bound = 10
        while digits < 19, value >= bound {
            digits += 1
            bound &*= 10
        }
        let length = max(width, digits)
        return String(unsafeUninitializedCapacity: length) { text in
            var rest = value
            for index in (0..<length).reversed() {
                text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return length
        }
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
