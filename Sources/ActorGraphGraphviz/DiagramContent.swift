import ActorGraph
import ActorGraphAlgorithms

/// What a ``Diagram`` draws, selected from its graph for one view: nodes, edges, boxes, and
/// the edges and node to highlight. Built once per DOT graph; everything is sorted so the same
/// input always gives the same DOT.
struct DiagramContent: Sendable, Hashable {
    /// A box around nodes: an alliance bloc or a place that contains other places.
    struct Cluster: Sendable, Hashable {
        /// What the box stands for.
        enum Kind: Sendable, Hashable {
            /// An alliance bloc (``DiagramView/alliances``).
            case bloc
            /// A place containing other drawn places (``DiagramView/control``).
            case place
        }

        /// The box's SVG id, e.g. `bloc-1` or `place-aleppo`.
        var id: String
        /// The text on the box, e.g. "Bloc 1" or "Aleppo".
        var label: String
        /// The hover text: the members, or the place's category.
        var tooltip: String
        /// What the box stands for.
        var kind: Kind
        /// Graph ids of the nodes directly inside.
        var nodeIDs: [String]
        /// Boxes directly inside.
        var children: [Cluster]
    }

    /// The drawn nodes, sorted by id.
    var nodes: [Node] = []
    /// The drawn edges, sorted by key; a symmetric relation stated both ways is drawn once.
    var edges: [Edge] = []
    /// Top-level boxes.
    var clusters: [Cluster] = []
    /// Edges that break the bloc pattern (alliances view).
    var frustratedEdges: Set<Edge.Key> = []
    /// The bloc number (1-based) of each actor in the alliances view.
    var blocNumbers: [String: Int] = [:]
    /// The number of blocs with more than one drawn member.
    var drawnBlocCount = 0
    /// The ringed node of an ego diagram.
    var focus: String?
    /// Hop distances from the focus (ego view).
    var distances: [String: Int] = [:]

    /// Whether any box is drawn.
    var hasClusters: Bool { !clusters.isEmpty }

    /// Every box, depth first.
    var allClusters: [Cluster] {
        func flatten(_ clusters: [Cluster]) -> [Cluster] { clusters.flatMap { [$0] + flatten($0.children) } }
        return flatten(clusters)
    }
}

// MARK: - Selection

extension DiagramContent {
    /// The edges of `graph` whose class is in `classes` and whose ends are nodes of `kinds`,
    /// with a symmetric relation stated both ways merged into one edge (weights added), sorted.
    static func mergedEdges(of graph: ActorGraph, classes: Set<RelationClass>, kinds: Set<NodeKind>,
                            where include: (Edge) -> Bool = { _ in true }) -> [Edge] {
        var merged: [Edge.Key: Edge] = [:]
        for edge in graph.edges where classes.contains(edge.relationClass) && include(edge) {
            guard let source = graph.node(withID: edge.source), kinds.contains(source.kind),
                  let target = graph.node(withID: edge.target), kinds.contains(target.kind) else { continue }
            let reverse = Edge.Key(source: edge.target, target: edge.source, relation: edge.relation)
            if edge.relation.isSymmetric, edge.source != edge.target, let other = merged[reverse] {
                // Drawn once with arrowheads at both ends: keep the first direction seen (edges are
                // sorted, so that is the one whose source sorts first) and add the weights.
                merged[reverse] = Edge(source: other.source, target: other.target, relation: other.relation,
                                       weight: other.weight + edge.weight, evidence: other.evidence + edge.evidence)
            } else {
                merged[edge.key] = edge
            }
        }
        return merged.values.sorted { $0.key < $1.key }
    }

    /// The nodes of `graph` that `edges` touch, sorted by id.
    static func nodes(of graph: ActorGraph, touchedBy edges: [Edge], plus extra: Set<String> = []) -> [Node] {
        let ids = Set(edges.flatMap { [$0.source, $0.target] }).union(extra)
        return graph.nodes.filter { ids.contains($0.id) }
    }

    /// `graph` reduced to its `count` most central actors (PageRank, ties by id) and the places
    /// and statements directly linked to them.
    static func keepingTopActors(_ count: Int, of graph: ActorGraph) -> ActorGraph {
        let actorIDs = Set(graph.nodes.filter { $0.kind == .actor }.map(\.id))
        guard actorIDs.count > count else { return graph }
        let ranked = graph.centrality(.pagerank).filter { actorIDs.contains($0.id) }
            .sorted { ($0.score, $1.id) > ($1.score, $0.id) }
        let kept = Set(ranked.prefix(max(count, 0)).map(\.id))
        var keep = kept
        for edge in graph.edges {
            if kept.contains(edge.source), !actorIDs.contains(edge.target) { keep.insert(edge.target) }
            if kept.contains(edge.target), !actorIDs.contains(edge.source) { keep.insert(edge.source) }
        }
        return ActorGraph(documents: graph.documents, nodes: graph.nodes.filter { keep.contains($0.id) },
                          edges: graph.edges.filter { keep.contains($0.source) && keep.contains($0.target) })
    }
}
