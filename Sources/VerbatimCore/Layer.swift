/// The standoff layers a stage can require or produce.
public enum Layer: String, Hashable, Sendable, CaseIterable, Comparable {
    case sentences
    case entities
    case quotes
    case dates
    case claims

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
