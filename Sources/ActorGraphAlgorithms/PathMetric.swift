/// How the length of a relation path is measured.
public enum PathMetric: String, CaseIterable, Sendable {
    /// Every step costs 1: the fewest relations (breadth-first search).
    case hops
    /// A step between two nodes costs 1 / (the number of evidence spans joining them, either
    /// direction): well-attested links are preferred over single mentions (Dijkstra).
    case evidence
}
