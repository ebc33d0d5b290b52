import VerbatimCore

/// Month and weekday words in English, French, German and Spanish, and English number words,
/// from `Lexicons/`.
public struct CalendarLexicon: Sendable {
    struct Word: Sendable {
        var number: Int
        var language: String
        var isAbbreviation: Bool
    }

    // KeyTables, not Dictionaries: the date stage asks them about almost every word, and a token
    // key needs no second hash.
    var months = KeyTable<[Word]>()
    var weekdays = KeyTable<[Word]>()
    /// Number words; nil value for "several" (X).
    var numbers = KeyTable<Int?>()

    public static func load(fromDirectory directory: String) throws(LexiconError) -> CalendarLexicon {
        var lexicon = CalendarLexicon()
        var months: [TokenKey: [Word]] = [:], weekdays: [TokenKey: [Word]] = [:]
        let file = try LexiconFile(contentsOf: directory + "/calendar.tsv", fieldCount: 5...5)
        for line in file.lines {
            guard let number = Int(line.fields[2]) else {
                throw LexiconError(file: file.path, line: line.number, reason: "'\(line.fields[2])' is not a number")
            }
            var word = line.fields[0]
            if word.hasSuffix(".") { word.removeLast() }
            let entry = Word(number: number, language: line.fields[3], isAbbreviation: line.fields[4] == "abbreviation")
            switch line.fields[1] {
            case "month": months[TokenKeys.of(word), default: []].append(entry)
            case "weekday": weekdays[TokenKeys.of(word), default: []].append(entry)
            default: throw LexiconError(file: file.path, line: line.number, reason: "unknown kind '\(line.fields[1])'")
            }
        }
        lexicon.months = KeyTable(months)
        lexicon.weekdays = KeyTable(weekdays)
        for line in try LexiconFile(contentsOf: directory + "/number-words.tsv", fieldCount: 2...2).lines {
            lexicon.numbers[TokenKeys.of(line.fields[0])] = .some(Int(line.fields[1]))
        }
        return lexicon
    }

    /// The month a word names in `language` (English names count in every language).
    func month(_ key: TokenKey, language: String) -> Word? {
        Self.word(in: months[key], language: language)
    }

    func weekday(_ key: TokenKey, language: String) -> Word? {
        Self.word(in: weekdays[key], language: language)
    }

    /// The word of `language` among a key's words, else the English one. (The key is looked up once:
    /// most words asked about are no month or weekday.)
    private static func word(in words: [Word]?, language: String) -> Word? {
        guard let words else { return nil }
        return words.first { $0.language == language } ?? words.first { $0.language == "en" }
    }
}
