/// One mention of an entity in the text, linked to the entity it names.
public struct EntityMention: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case person, place, organization
        /// "French", "Russians": a people or the adjective of a country.
        case nationality
        /// "the French president": an office that refers to whoever holds it.
        case role
    }

    /// How a mention was found, so a reader can see why it is there.
    public enum Source: String, Hashable, Sendable {
        /// An alias of a lexicon entry.
        case lexicon
        /// A pattern around a name not in any lexicon (`rule` says which).
        case pattern
        /// The same name as an earlier mention ("Smith" after "Jane Smith").
        case coreference
        /// An office phrase resolved through the lexicon's terms of office.
        case role
    }

    public var range: TextRange
    public var kind: Kind
    /// country, city, capital, region, continent; head-of-state, minister; international-organization…
    public var subtype: String?
    /// The entity's canonical name.
    public var name: String
    /// Shared by every mention of the same entity: the lexicon id, or a document-level id.
    public var entityID: String
    public var source: Source
    /// The lexicon entry and alias, or the pattern and cue, that produced the mention.
    public var rule: String
    public var confidence: Double
    /// country (ISO 3166-1), geonames, lat, lon, wikidata, iso3166_2, population, refers_to…
    public var attributes: [String: String]

    public init(range: TextRange, kind: Kind, subtype: String?, name: String, entityID: String, source: Source,
                rule: String, confidence: Double, attributes: [String: String] = [:]) {
        self.range = range
        self.kind = kind
        self.subtype = subtype
        self.name = name
        self.entityID = entityID
        self.source = source
        self.rule = rule
        self.confidence = confidence
        self.attributes = attributes
    }
}
