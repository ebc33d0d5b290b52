import VerbatimCore

/// Towns and counties that stand for their sports team ("Leicestershire beat Somerset", "the match
/// against Yorkshire"): such a place, and every other mention of it in the document, becomes an
/// organization. Countries stay places, as national teams are usually annotated. Runs after the
/// name patterns, so that people ("Harris beat Holt") are not taken for teams.
/// (It keeps no copy of the context: one would share the context's growing arrays, and the first
/// change would copy them whole.)
struct SportsTeams {
    /// Result verbs between two teams: "X beat Y". Not "v": "Plessy v. Ferguson" is a court case.
    private static let results = KeySet(words: [
        "beat", "beats", "defeated", "defeat", "defeats", "edged", "thrashed", "routed", "overcame", "drew",
        "draw", "draws", "trounced", "hammered", "outclassed",
    ])
    /// Words that make "against X" a fixture rather than a protest or a war.
    private static let fixtures = KeySet(words: [
        "match", "game", "tie", "clash", "fixture", "final", "semifinal", "semi-final", "innings", "win",
        "victory", "defeat", "draw", "qualifier", "friendly", "series", "opener",
    ])
    private static var against: TokenKey { TokenKeys.of(literal: "against") }
    private static let teamSubtypes: Set<String> = ["city", "capital", "region"]

    func apply(to context: inout RecognitionContext) {
        // Towns and counties the gazetteer knows.
        var teams: Set<String> = []
        for position in context.found.indices where context.found[position].mention.kind == .place {
            guard let subtype = context.found[position].mention.subtype, Self.teamSubtypes.contains(subtype),
                  isPlaying(context.found[position].tokens, context) else { continue }
            teams.insert(context.found[position].mention.entityID)
        }
        if !teams.isEmpty { rename(teams, in: &context) }
        addUnknownTeams(to: &context)
    }

    private func rename(_ teams: Set<String>, in context: inout RecognitionContext) {
        for position in context.found.indices where teams.contains(context.found[position].mention.entityID) {
            let place = context.found[position].mention
            context.found[position].mention = EntityMention(
                range: place.range, kind: .organization, subtype: "sports-team", name: place.name,
                entityID: "team:\(place.entityID)", source: .pattern,
                rule: "place named as a sports team (a result verb or fixture next to it in this document)",
                confidence: 0.6, attributes: ["place": place.entityID])
        }
    }

    private func addUnknownTeams(to context: inout RecognitionContext) {
        // Single capitalised words nothing else recognised ("Leicestershire beat Somerset"), and their
        // other mentions in the document. Known given and family names are left to the name patterns.
        let tokens = context.tokens
        var names = KeySet()
        // (The words around are looked at before the lexicons: few words stand next to a result verb. A
        // capital is tested first, in the loop: most words have none.)
        for index in tokens.indices where tokens[index].isCapitalized && isLoneCapitalizedWord(index, context)
            && isPlaying(index..<index + 1, context)
            && !isKnownWord(context.key(index), context.lexicon) {
            names.insert(context.key(index))
        }
        guard !names.isEmpty else { return }
        for index in tokens.indices where names.contains(context.key(index)) && isUnknownWord(index, context) {
            let name = context.text(index..<index + 1)
            context.add(EntityMention(range: tokens[index].range, kind: .organization, subtype: "sports-team", name: name,
                                      entityID: "team:doc:\(NamePatterns.slug(name))", source: .pattern,
                                      rule: "named as a sports team (a result verb or fixture next to it in this document)",
                                      confidence: 0.55),
                        tokens: index..<index + 1)
        }
    }

    /// A capitalised word, alone between words that are not, that no stage recognised and that is
    /// no common word or known name.
    private func isUnknownWord(_ index: Int, _ context: RecognitionContext) -> Bool {
        isLoneCapitalizedWord(index, context) && !isKnownWord(context.key(index), context.lexicon)
    }

    /// A common word, a known given or family name, a calendar word or a title.
    private func isKnownWord(_ key: TokenKey, _ lexicon: EntityLexicon) -> Bool {
        lexicon.commonWords.contains(key) || lexicon.firstNames.contains(key) || lexicon.surnames.contains(key)
            || lexicon.calendarWords.contains(key) || lexicon.titles[key] != nil
    }

    /// A capitalised word no stage recognised, alone between words that are not.
    private func isLoneCapitalizedWord(_ index: Int, _ context: RecognitionContext) -> Bool {
        let tokens = context.tokens
        guard tokens[index].kind == .word, tokens[index].isCapitalized, !tokens[index].isAllCaps || tokens[index].range.length > 3,
              !context.covered[index] else { return false }
        // A capitalised word before it may only be the sentence's first ("Later Brexley led").
        if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
           !tokens[index - 1].startsSentence || context.covered[index - 1] { return false }
        return !(index + 1 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized)
    }

    /// A result verb just before or after the place, or "against" just before it after a fixture
    /// word ("their match against Yorkshire").
    private func isPlaying(_ range: Range<Int>, _ context: RecognitionContext) -> Bool {
        let tokens = context.tokens
        if range.upperBound < tokens.count, tokens[range.upperBound].kind == .word,
           Self.results.contains(context.key(range.upperBound)) { return true }
        let before = range.lowerBound - 1
        guard before >= 0, tokens[before].kind == .word else { return false }
        if Self.results.contains(context.key(before)), !tokens[before].isCapitalized { return true }
        return context.key(before) == Self.against
            && (max(0, before - 4)..<before).contains { Self.fixtures.contains(context.key($0)) }
    }
}
