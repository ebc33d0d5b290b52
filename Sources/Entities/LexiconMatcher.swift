import VerbatimCore

/// Leftmost-longest matching of lexicon aliases over tokens.
struct LexiconMatcher {
    let lexicon: EntityLexicon
    let utf8: [UInt8]
    let tokens: [Token]
    // The lexicon's tables, held here as constants: reading a class's stored arrays in the loop
    // would pay for an exclusivity check and a retain on every token.
    private let groups: KeyTable<Range<Int>>
    private let pairs: KeyTable<Range<Int>>
    private let pairCandidates: [Int]
    private let aliases: [EntityLexicon.Alias]
    private let aliasKeys: [TokenKey]
    private let lowercaseOpeners: KeySet

    init(lexicon: EntityLexicon, utf8: [UInt8], tokens: [Token]) {
        self.lexicon = lexicon
        self.utf8 = utf8
        self.tokens = tokens
        self.groups = lexicon.aliasGroups
        self.pairs = lexicon.aliasPairs
        self.pairCandidates = lexicon.pairCandidates
        self.aliases = lexicon.aliasList
        self.aliasKeys = lexicon.aliasKeys
        self.lowercaseOpeners = lexicon.lowercaseOpeners
    }

    struct Match {
        var tokens: Range<Int>
        var alias: EntityLexicon.Alias
    }

    /// Every alias match, left to right; a match's tokens are not searched again.
    /// - Complexity: O(n) in tokens: two look-ups per capitalized token, the few candidates compared.
    func matches() -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized || token.startsWithDigit || isLowercaseOpener(token) else {
                index += 1
                continue
            }
            // The aliases of the group in its order (longer first): those of two words or more that
            // begin with these two tokens, then those of one word.
            var matched: Match?
            if index + 1 < tokens.count {
                let next = tokens[index + 1].key
                for position in pairs[EntityLexicon.pairKey(token.key, next)] ?? 0..<0 {
                    let alias = aliases[pairCandidates[position]]
                    guard aliasKeys[alias.keysStart] == token.key, aliasKeys[alias.keysStart + 1] == next else { continue }
                    if let match = match(alias, at: index) {
                        matched = match
                        break
                    }
                }
            }
            // (A group lists its one-word aliases last: they are found from its end.)
            if matched == nil, let group = groups[token.key] {
                var singles = group.upperBound
                while singles > group.lowerBound, aliases[singles - 1].keyCount == 1 { singles -= 1 }
                for candidate in singles..<group.upperBound {
                    if let match = match(aliases[candidate], at: index) {
                        matched = match
                        break
                    }
                }
            }
            if let matched {
                found.append(matched)
                index = matched.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func isLowercaseOpener(_ token: Token) -> Bool {
        token.range.length <= 4 && lowercaseOpeners.contains(token.key)
    }

    private func match(_ alias: EntityLexicon.Alias, at start: Int) -> Match? {
        guard start + alias.keyCount <= tokens.count else { return nil }
        for offset in 1..<max(alias.keyCount, 1) where tokens[start + offset].key != aliasKeys[alias.keysStart + offset] {
            return nil
        }
        // "the economist's report", "an apple": the name's capitalised first word is capitalised in the text.
        if alias.capitalWord >= 0, !tokens[start + Int(alias.capitalWord)].isCapitalized { return nil }
        // Tokens must be adjacent as in the alias: no sentence or line break inside a name.
        let range = start..<start + alias.keyCount
        for position in range.dropFirst() where hasLineBreak(before: position) { return nil }
        if alias.isExact {
            let exact = lexicon.entries.spelling(of: alias)
            let written = String(decoding: utf8[tokens[range.lowerBound].range.start..<tokens[range.upperBound - 1].range.end], as: UTF8.self)
            guard written.replacingApostrophes() == exact.replacingApostrophes() else { return nil }
        } else if alias.keyCount == 1, tokens[start].isAllCaps, tokens[start].range.length <= 3, !alias.hasAcronym {
            // A short all-caps word is an acronym, not a shouted name ("IT", "AM", "OR").
            return nil
        }
        return Match(tokens: range, alias: alias)
    }

    private func hasLineBreak(before position: Int) -> Bool {
        utf8[tokens[position - 1].range.end..<tokens[position].range.start].contains { $0 == 0x0A || $0 == 0x0D }
    }
}
