/// The standoff layers a stage can require or produce.
public enum Layer: String, Hashable, Sendable, CaseIterable, Comparable {
    case sentences
    /// Word and punctuation tokens with hashed keys, shared by the stages that compare words.
    case tokens
    case entities
    case quotes
    case dates
    case claims

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
