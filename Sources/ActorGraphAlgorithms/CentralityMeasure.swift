/// A measure of how central a node is, for ``ActorGraph/centrality(_:)``.
///
/// Degree measures count distinct neighbours; path measures (betweenness, closeness) ignore
/// direction and weight; PageRank follows edge direction (symmetric relations both ways) and
/// weights edges by evidence count; eigenvector centrality ignores direction and uses weights.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    /// The number of distinct neighbours, either direction.
    case degree
    /// The number of distinct nodes with an edge to the node.
    case inDegree = "in-degree"
    /// The number of distinct nodes the node has an edge to.
    case outDegree = "out-degree"
    /// The number of distinct neighbours joined by a cooperation (positive) edge, either direction.
    case positiveDegree = "positive-degree"
    /// The number of distinct neighbours joined by a conflict (negative) edge, either direction.
    case negativeDegree = "negative-degree"
    /// Weighted, directed PageRank (damping 0.85, networkx's convention); scores sum to 1.
    case pagerank
    /// Normalised shortest-path betweenness (Brandes; exact below 5,000 nodes, else sampled).
    case betweenness
    /// Closeness with the Wasserman–Faust correction for disconnected graphs.
    case closeness
    /// Eigenvector centrality of the weighted, undirected adjacency (unit Euclidean norm).
    case eigenvector
}
