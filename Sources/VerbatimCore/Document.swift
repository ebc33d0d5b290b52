/// An article and its annotations: immutable text plus standoff layers that stages add.
///
/// ```
/// bytes ─► Document(text) ─► [segment] ─► [entities] ─► [quotes] ─► [dates] ─► [claims] ─► JSON
/// ```
/// A stage never edits `text`; it appends its layer and records its name in `provenance`.
public struct Document: Sendable {
    public let id: String?
    /// Exactly the decoded input.
    public let text: String
    /// The text's UTF-8 bytes, which every offset counts.
    public let utf8: [UInt8]
    public var metadata: Metadata

    public var sentences: [Sentence] = []
    /// Word and punctuation tokens in text order, the first word of each sentence marked.
    public var tokens: [Token] = []
    /// Entity mentions in text order.
    public var entities: [EntityMention] = []
    /// Attributions in text order of their content.
    public var quotes: [Quote] = []
    /// Date and time expressions in text order.
    public var dates: [Timex] = []
    /// Sentences worth checking, in text order.
    public var claims: [Claim] = []
    /// The layers produced so far, in pipeline order.
    public private(set) var layers: Set<Layer> = []
    /// Names of the stages that ran, in order.
    public private(set) var provenance: [String] = []

    public init(id: String? = nil, text: String, metadata: Metadata = Metadata()) {
        self.id = id
        self.text = text
        self.utf8 = Array(text.utf8)
        self.metadata = metadata
    }

    /// The text of a span.
    public func text(of range: TextRange) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// Records that `stage` has added its layers.
    public mutating func markApplied(_ stage: some Stage) {
        layers.formUnion(stage.produces)
        provenance.append(stage.name)
    }
}

/// What an input record says about its article besides the text.
public struct Metadata: Hashable, Sendable {
    /// Publication date as `YYYY-MM-DD`; the anchor for relative dates.
    public var published: String?
    public var title: String?
    public var url: String?
    /// BCP 47 language tag; English when not given.
    public var language: String

    public init(published: String? = nil, title: String? = nil, url: String? = nil, language: String = "en") {
        self.published = published
        self.title = title
        self.url = url
        self.language = language
    }
}
