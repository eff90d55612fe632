import ActorGraph

/// A node with a score, as returned by ``ActorGraph/centrality(_:)``.
public struct RankedNode: Sendable, Hashable {
    /// The node's id.
    public var id: String
    /// The node's display label.
    public var label: String
    /// The score.
    public var score: Double

    /// Creates a ranked node.
    public init(id: String, label: String, score: Double) {
        self.id = id
        self.label = label
        self.score = score
    }

    /// `{"id": …, "label": …, "score": …}`.
    public var jsonValue: JSONValue {
        .object([("id", .string(id)), ("label", .string(label)), ("score", .double(score))])
    }
}

extension Array where Element == RankedNode {
    /// Sorts by score, highest first, ties broken by id (the order every ranking in this module
    /// uses).
    public mutating func sortByRank() {
        sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}
