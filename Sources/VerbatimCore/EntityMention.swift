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
    public var source: Source
    public var confidence: Double
    /// The fields that name the entity and say why, behind one reference: a copy of a mention retains
    /// once (four strings and a dictionary before, each retained at every copy), and every mention of
    /// one lexicon spelling or one earlier person shares the same `Details`.
    @usableFromInline var details: Details

    /// country, city, capital, region, continent; head-of-state, minister; international-organization…
    @inlinable public var subtype: String? {
        get { details.subtype }
        set { details = details.with(subtype: newValue) }
    }
    /// The entity's canonical name.
    @inlinable public var name: String {
        get { details.name }
        set { details = details.with(name: newValue) }
    }
    /// Shared by every mention of the same entity: the lexicon id, or a document-level id.
    @inlinable public var entityID: String {
        get { details.entityID }
        set { details = details.with(entityID: newValue) }
    }
    /// The lexicon entry and alias, or the pattern and cue, that produced the mention.
    @inlinable public var rule: String {
        get { details.rule }
        set { details = details.with(rule: newValue) }
    }
    /// country (ISO 3166-1), geonames, lat, lon, wikidata, iso3166_2, population, refers_to…
    @inlinable public var attributes: [String: String] {
        get { details.attributes }
        set { details = details.with(attributes: newValue) }
    }

    public init(range: TextRange, kind: Kind, subtype: String?, name: String, entityID: String, source: Source,
                rule: String, confidence: Double, attributes: [String: String] = [:]) {
        self.range = range
        self.kind = kind
        self.source = source
        self.confidence = confidence
        self.details = Details(subtype: subtype, name: name, entityID: entityID, rule: rule, attributes: attributes)
    }

    /// A mention at `range` that names what `other` names, found by `rule`: the subtype, name, id and
    /// attributes are shared with `other`, not copied.
    public init(range: TextRange, kind: Kind, naming other: EntityMention, source: Source, rule: String, confidence: Double) {
        self.range = range
        self.kind = kind
        self.source = source
        self.confidence = confidence
        self.details = other.details.with(rule: rule)
    }

    /// A mention's fields other than where it is and how sure we are; immutable, so mentions share it.
    @usableFromInline final class Details: Sendable {
        @usableFromInline let subtype: String?
        @usableFromInline let name: String
        @usableFromInline let entityID: String
        @usableFromInline let rule: String
        @usableFromInline let attributes: [String: String]

        @usableFromInline init(subtype: String?, name: String, entityID: String, rule: String, attributes: [String: String]) {
            self.subtype = subtype
            self.name = name
            self.entityID = entityID
            self.rule = rule
            self.attributes = attributes
        }

        @usableFromInline func with(subtype: String?? = nil, name: String? = nil, entityID: String? = nil, rule: String? = nil,
                                    attributes: [String: String]? = nil) -> Details {
            Details(subtype: subtype ?? self.subtype, name: name ?? self.name, entityID: entityID ?? self.entityID,
                    rule: rule ?? self.rule, attributes: attributes ?? self.attributes)
        }
    }

    public static func == (left: EntityMention, right: EntityMention) -> Bool {
        left.range == right.range && left.kind == right.kind && left.source == right.source && left.confidence == right.confidence
            && (left.details === right.details || left.subtype == right.subtype && left.name == right.name
                && left.entityID == right.entityID && left.rule == right.rule && left.attributes == right.attributes)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(kind)
        hasher.combine(subtype)
        hasher.combine(name)
        hasher.combine(entityID)
        hasher.combine(source)
        hasher.combine(rule)
        hasher.combine(confidence)
        hasher.combine(attributes)
    }
}
