import VerbatimCore

/// "Moro National Liberation Front (MNLF)": an abbreviation in brackets after an organization or a
/// place names it too, there and wherever it recurs; any other acronym that speaks ("QNB said") is an
/// organization. A one-word place or organization that a pattern
/// found ("the island of Spitzbergen") names the same entity wherever it recurs.
/// (It keeps no copy of the context: one would share the context's growing arrays, and the first
/// mention added would copy them whole.)
struct Abbreviations {
    func apply(to context: inout RecognitionContext) {
        let tokens = context.tokens
        var named = KeyTable<Int>()
        var isAbbreviation = KeySet()
        for position in context.found.indices
        where context.found[position].mention.kind == .organization || context.found[position].mention.kind == .place {
            let range = context.found[position].tokens
            let end = range.upperBound
            if end + 2 < tokens.count, isMark(end, "(", context), isMark(end + 2, ")", context), tokens[end + 1].kind == .word,
               tokens[end + 1].isAllCaps, (2...8).contains(tokens[end + 1].range.length), !context.covered[end + 1] {
                named[context.key(end + 1)] = position
                isAbbreviation.insert(context.key(end + 1))
            }
            if range.count == 1, context.found[position].mention.source == .pattern, named[context.key(range.lowerBound)] == nil {
                named[context.key(range.lowerBound)] = position
            }
        }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized && !context.covered[index] {
            guard let position = named[context.key(index)] else {
                // "The FBI said", "QNB reported": an acronym no lexicon or bracket names, speaking (in
                // a line set in capitals, "HE'S BEEN CALLED OUT", every word looks like one).
                if tokens[index].isAllCaps, (2...6).contains(tokens[index].range.length), index + 1 < tokens.count,
                   context.lexicon.speechVerbs.contains(context.key(index + 1)), !tokens[index + 1].isAllCaps {
                    let name = context.text(index..<index + 1)
                    context.add(EntityMention(range: tokens[index].range, kind: .organization, subtype: nil, name: name,
                                              entityID: "doc:organization:" + NamePatterns.slug(name), source: .pattern,
                                              rule: "acronym before speech verb '\(context.text(index + 1..<index + 2))'",
                                              confidence: 0.6, attributes: [:]),
                                tokens: index..<index + 1)
                }
                continue
            }
            let original = context.found[position].mention
            let rule = isAbbreviation.contains(context.key(index))
                ? "abbreviation of '\(original.name)' in brackets" : "same name as '\(original.name)' earlier"
            context.add(EntityMention(range: tokens[index].range, kind: original.kind, naming: original, source: .coreference,
                                      rule: rule, confidence: min(original.confidence, 0.8)),
                        tokens: index..<index + 1)
        }
    }

    private func isMark(_ index: Int, _ mark: Unicode.Scalar, _ context: RecognitionContext) -> Bool {
        let range = context.tokens[index].range
        return range.length == 1 && context.utf8[range.start] == UInt8(mark.value)
    }
}
