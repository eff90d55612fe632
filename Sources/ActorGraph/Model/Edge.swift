/// A typed, signed relation from one node to another, with the sentences that state it.
///
/// ```swift
/// let edge = Edge(source: "russia", target: "assad-forces", relation: .supports,
///                 evidence: [span])
/// edge.relationClass  // .cooperation
/// edge.polarity       // 1
/// ```
public struct Edge: Sendable, Hashable {
    /// The id of the node that acts.
    public var source: String
    /// The id of the node acted on.
    public var target: String
    /// What the source does to the target.
    public var relation: Relation
    /// How often the fact was stated: the number of distinct evidence spans, at least 1.
    public var weight: Int
    /// The sentences that state the fact, sorted by document and offset.
    public var evidence: [TextSpan]

    /// The relation's class.
    public var relationClass: RelationClass { relation.relationClass }
    /// The relation's sign: +1, −1 or 0.
    public var polarity: Int { relation.polarity }
    /// The identity of the edge within a graph: source, target and relation.
    public var key: Key { Key(source: source, target: target, relation: relation) }

    /// Creates an edge; `weight` defaults to the number of distinct evidence spans (at least 1).
    public init(source: String, target: String, relation: Relation, weight: Int? = nil,
                evidence: [TextSpan] = []) {
        self.source = source
        self.target = target
        self.relation = relation
        self.evidence = evidence.sortedUnique()
        self.weight = max(weight ?? self.evidence.count, 1)
    }

    /// ``init(source:target:relation:weight:evidence:)`` for `evidence` the caller already sorted
    /// and de-duplicated (strictly increasing), which moves into the edge as it is; the weight is
    /// its count (at least 1).
    package init(source: String, target: String, relation: Relation, orderedEvidence evidence: consuming [TextSpan]) {
        self.source = source
        self.target = target
        self.relation = relation
        self.evidence = evidence
        self.weight = max(self.evidence.count, 1)
    }

    /// Unions the evidence of `other` (an edge with the same key) into this one. The weight
    /// becomes the number of distinct evidence spans, and never drops below either input's.
    public mutating func merge(_ other: Edge) {
        precondition(other.key == key, "merging edges with different keys")
        let union = (evidence + other.evidence).sortedUnique()
        let added = union.count - evidence.count
        evidence = union
        weight = max(weight + added, other.weight, 1)
    }

    /// True when `lhs.key < rhs.key`, compared field by field in place: building the two keys
    /// would copy (retain and release) both ends of both edges for every comparison of a sort.
    static func keyPrecedes(_ lhs: Edge, _ rhs: Edge) -> Bool {
        // The tuple order of ``Key/<``: the first field that differs decides.
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        return lhs.relation.rawValue < rhs.relation.rawValue
    }

    /// Identifies an edge: two edges with the same key are the same fact.
    public struct Key: Sendable, Hashable, Comparable {
        public var source: String
        public var target: String
        public var relation: Relation

        /// Creates a key.
        public init(source: String, target: String, relation: Relation) {
            self.source = source
            self.target = target
            self.relation = relation
        }

        /// Hashes the ends only: keys that differ only in their relation share a hash (a pair of
        /// nodes has few relations), which spares hashing the relation's name for every key.
        /// Equal keys have equal ends, hence equal hashes.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(target)
        }

        /// Orders keys by source, target, then relation name.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.target, lhs.relation.rawValue) < (rhs.source, rhs.target, rhs.relation.rawValue)
        }
    }
}
