/// One processing step: reads the layers it requires, adds the layers it produces.
///
/// Stages know only the document model, never each other, so each can be tested alone on a
/// hand-built `Document`.
public protocol Stage: Sendable {
    /// A stable name such as "segment.icu"; it appears in each record's provenance.
    var name: String { get }
    var requires: Set<Layer> { get }
    var produces: Set<Layer> { get }
    func apply(to document: inout Document) throws(StageError)
}

/// A stage failed on one document; the batch goes on with the next.
public struct StageError: Error, Sendable, CustomStringConvertible {
    public var stage: String
    public var reason: String

    public init(stage: String, reason: String) {
        self.stage = stage
        self.reason = reason
    }

    public var description: String { "\(stage): \(reason)" }
}
