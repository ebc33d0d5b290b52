import Testing
import VerbatimCore

/// A mention keeps its names behind one shared reference; it must still behave as a plain value.
@Suite struct EntityMentionTests {
    let moscow = EntityMention(range: TextRange(start: 4, end: 10), kind: .place, subtype: "capital", name: "Moscow",
                               entityID: "geonames:524901", source: .lexicon, rule: "lexicon places alias 'Moscow'",
                               confidence: 0.9, attributes: ["country": "RU"])

    @Test func aChangedCopyLeavesTheOriginalAlone() {
        var copy = moscow
        copy.name = "Moskva"
        copy.subtype = nil
        copy.attributes["lat"] = "55.75"
        #expect(moscow.name == "Moscow" && moscow.subtype == "capital" && moscow.attributes == ["country": "RU"])
        #expect(copy.name == "Moskva" && copy.subtype == nil && copy.attributes == ["country": "RU", "lat": "55.75"])
        #expect(copy.entityID == moscow.entityID && copy.rule == moscow.rule)
        #expect(copy != moscow)
    }

    @Test func equalFieldsAreEqualMentionsHoweverMade() {
        let again = EntityMention(range: moscow.range, kind: .place, subtype: "capital", name: "Moscow", entityID: "geonames:524901",
                                  source: .lexicon, rule: "lexicon places alias 'Moscow'", confidence: 0.9, attributes: ["country": "RU"])
        #expect(again == moscow)
        #expect(Set([again, moscow]).count == 1)
        var moved = moscow
        moved.range = TextRange(start: 20, end: 26)
        #expect(moved != moscow)
    }

    @Test func aMentionNamingAnotherSharesItsNamesWithItsOwnRule() {
        let later = EntityMention(range: TextRange(start: 40, end: 46), kind: .place, naming: moscow, source: .coreference,
                                  rule: "same name as 'Moscow' earlier", confidence: 0.8)
        #expect(later.name == "Moscow" && later.entityID == "geonames:524901" && later.subtype == "capital")
        #expect(later.attributes == ["country": "RU"])
        #expect(later.rule == "same name as 'Moscow' earlier" && moscow.rule == "lexicon places alias 'Moscow'")
        #expect(later.source == .coreference && later.confidence == 0.8)
    }
}
