/// An ordered list of stages whose requirements were checked once, when it was assembled.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// - Throws: `PipelineError` when a stage needs a layer no earlier stage produces, or two stages
    ///   produce the same layer.
    public init(stages: [any Stage]) throws(PipelineError) {
        var available: Set<Layer> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            guard missing.isEmpty else {
                throw .missingLayers(stage: stage.name, layers: missing.sorted())
            }
            let again = stage.produces.intersection(available)
            guard again.isEmpty else {
                throw .layerProducedTwice(stage: stage.name, layers: again.sorted())
            }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    /// Runs every stage in order on `document`.
    public func run(_ document: inout Document) throws(StageError) {
        for stage in stages {
            try stage.apply(to: &document)
            document.markApplied(stage)
        }
    }
}

public enum PipelineError: Error, Equatable, CustomStringConvertible {
    case missingLayers(stage: String, layers: [Layer])
    case layerProducedTwice(stage: String, layers: [Layer])

    public var description: String {
        switch self {
        case let .missingLayers(stage, layers):
            "stage \(stage) requires \(layers.map(\.rawValue).joined(separator: ", ")), which no earlier stage produces"
        case let .layerProducedTwice(stage, layers):
            "stage \(stage) produces \(layers.map(\.rawValue).joined(separator: ", ")) again"
        }
    }
}
