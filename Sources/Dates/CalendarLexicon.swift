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
    /// `names(in:)` for each language the lexicon has words of.
    private var namesByLanguage: [String: Names] = [:]

    /// A month or weekday as a language reads its word: the word of that language, else the English one.
    struct Named: Sendable {
        var number: Int
        var isEnglish: Bool
        var isAbbreviation: Bool
    }

    /// Every month and weekday word as one language reads it.
    struct Names: Sendable {
        var months = KeyTable<Named>()
        var weekdays = KeyTable<Named>()
    }

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
        let languages = Set((months.values.flatMap { $0 } + weekdays.values.flatMap { $0 }).map(\.language)).union(["en"])
        for language in languages {
            var names = Names()
            for (key, words) in months { names.months[key] = word(in: words, language: language) }
            for (key, words) in weekdays { names.weekdays[key] = word(in: words, language: language) }
            lexicon.namesByLanguage[language] = names
        }
        return lexicon
    }

    /// The months and weekdays as `language` reads them (a language with no words here reads the
    /// English ones): resolved once at load, so that a word's question is one look-up, where the
    /// finder asked for a word's list and compared languages at every token it tried.
    func names(in language: String) -> Names {
        namesByLanguage[language] ?? namesByLanguage["en"] ?? Names()
    }

    /// The word of `language` among a key's words, else the English one.
    private static func word(in words: [Word], language: String) -> Named? {
        guard let word = words.first(where: { $0.language == language }) ?? words.first(where: { $0.language == "en" }) else {
            return nil
        }
        return Named(number: word.number, isEnglish: word.language == "en", isAbbreviation: word.isAbbreviation)
    }
}
