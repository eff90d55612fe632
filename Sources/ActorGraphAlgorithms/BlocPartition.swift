import ActorGraph

/// Alliance blocs of a signed graph, as returned by ``ActorGraph/allianceBlocs(count:seed:)``.
public struct BlocPartition: Sendable, Hashable {
    /// The blocs, each a sorted list of actor ids; largest first, ties by first id.
    public var blocs: [[String]]
    /// The total weight (evidence count) of the frustrated edges: cooperation edges between
    /// blocs plus conflict edges within a bloc.
    public var frustration: Double
    /// The frustrated edges themselves, with their evidence, sorted by key: the contradictions
    /// an analyst will want to read.
    public var frustratedEdges: [Edge]
    /// True when the partition is proven to minimise frustration (the exact search finished on
    /// every component, or the graph is balanced or clusterable).
    public var isOptimal: Bool

    /// Creates a partition.
    public init(blocs: [[String]], frustration: Double, frustratedEdges: [Edge], isOptimal: Bool = false) {
        self.blocs = blocs
        self.frustration = frustration
        self.frustratedEdges = frustratedEdges
        self.isOptimal = isOptimal
    }

    /// `{"blocs": [[ids…], …], "frustration": number, "frustrated": [edges with evidence…],
    /// "optimal": bool}`.
    public var jsonValue: JSONValue {
        .object([
            ("blocs", .array(blocs.map { .array($0.map(JSONValue.string)) })),
            ("frustration", .double(frustration)),
            ("frustrated", .array(frustratedEdges.map(\.jsonValue))),
            ("optimal", .bool(isOptimal)),
        ])
    }
}
