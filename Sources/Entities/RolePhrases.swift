import VerbatimCore

/// Office phrases that stand for a person ("the French president", "Russia's foreign minister",
/// "President of France"), resolved through the lexicon's terms of office on the publication date;
/// and regions of a country ("northeastern France").
/// (It keeps no copy of the context: one would share the context's growing arrays, and the first
/// mention added would copy them whole.)
struct RolePhrases {
    private static let directions = KeySet(words: [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "northeast", "northwest", "southeast", "southwest",
    ])
    private static var of: TokenKey { TokenKeys.of(literal: "of") }

    func apply(to context: inout RecognitionContext) {
        let tokens = context.tokens
        // The mentions found before this pass: those it adds come after them.
        for position in 0..<context.found.count
        where context.found[position].mention.kind == .nationality || context.found[position].mention.subtype == "country" {
            let item = context.found[position]
            let mention = item.mention
            guard let country = mention.attributes["country"] else { continue }
            let index = item.tokens.lowerBound
            let mentionEnd = item.tokens.upperBound
            // DEMONYM TITLE / COUNTRY 's TITLE
            var titleStart = mentionEnd
            if mention.subtype == "country" {
                addRegion(before: item.tokens, mention, &context)
                let isPossessive = titleStart < tokens.count && tokens[titleStart].kind == .possessive
                titleStart = isPossessive ? titleStart + 1 : tokens.count
            }
            if let (length, office) = title(at: titleStart, context), let office, !isFollowedByName(titleStart + length, context) {
                addRole(office: office, country: country, tokens: index..<titleStart + length, &context)
            }
            // TITLE of COUNTRY
            if mention.subtype == "country", index >= 2, context.key(index - 1) == Self.of {
                for start in stride(from: index - 2, through: max(0, index - 4), by: -1) {
                    if let (length, office) = title(at: start, context), start + length == index - 1, let office {
                        addRole(office: office, country: country, tokens: start..<mentionEnd, &context)
                        break
                    }
                }
            }
        }
    }

    /// "northeastern France": a direction word just before a country names a region of it.
    private func addRegion(before countryTokens: Range<Int>, _ country: EntityMention, _ context: inout RecognitionContext) {
        let index = countryTokens.lowerBound
        guard index > 0, context.tokens[index - 1].kind == .word else { return }
        guard Self.directions.contains(context.key(index - 1)), let code = country.attributes["country"] else { return }
        let direction = context.text(index - 1..<index).lowercased()
        let range = TextRange(start: context.tokens[index - 1].range.start, end: country.range.end)
        context.found.append(.init(mention: EntityMention(
            range: range, kind: .place, subtype: "region", name: "\(direction) \(country.name)",
            entityID: "region:\(code):\(direction)", source: .pattern,
            rule: "direction '\(direction)' before the country \(country.name)", confidence: 0.8,
            attributes: ["country": code, "part_of": country.entityID]), tokens: index - 1..<countryTokens.upperBound))
    }

    private func addRole(office: String, country: String, tokens range: Range<Int>, _ context: inout RecognitionContext) {
        let holders = (context.lexicon.officeHolders[office] ?? []).filter { entry in
            (context.lexicon.terms[entry] ?? []).contains { $0.office == office && $0.country == country && $0.holds(on: context.published) }
        }
        let phrase = context.text(range)
        var attributes = ["office": office, "country": country]
        let name: String, id: String, confidence: Double
        if holders.count == 1 {
            let holder = context.lexicon.entries.mentionFields(at: holders[0])
            attributes["refers_to"] = holder.id
            name = holder.name
            id = holder.id
            confidence = 0.85
        } else {
            name = phrase
            id = "role:\(office):\(country)"
            confidence = 0.5
        }
        let anchor = context.published.map { "on \($0)" } ?? "currently (no publication date)"
        context.add(EntityMention(range: context.range(of: range), kind: .role, subtype: office, name: name, entityID: id,
                                  source: .role,
                                  rule: holders.count == 1 ? "office \(office) of \(country) held \(anchor)" : "office \(office) of \(country): holder not known \(anchor)",
                                  confidence: confidence, attributes: attributes),
                    tokens: range)
    }

    /// The longest title at token `start`, with its office.
    private func title(at start: Int, _ context: RecognitionContext) -> (Int, String?)? {
        guard start < context.tokens.count, context.tokens[start].kind == .word,
              let candidates = context.lexicon.titles[context.key(start)] else { return nil }
        for candidate in candidates where start + candidate.keys.count <= context.tokens.count {
            if (1..<candidate.keys.count).allSatisfy({ context.key(start + $0) == candidate.keys[$0] }) {
                return (candidate.keys.count, candidate.office)
            }
        }
        return nil
    }

    /// "French President Emmanuel Macron": the name follows, so the phrase is a title, not a role.
    private func isFollowedByName(_ index: Int, _ context: RecognitionContext) -> Bool {
        index < context.tokens.count && context.tokens[index].kind == .word && context.tokens[index].isCapitalized
    }
}
