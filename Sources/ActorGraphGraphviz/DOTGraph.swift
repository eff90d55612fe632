/// A DOT document as a value: graph attributes, default node and edge attributes, nodes,
/// edges and clusters. ``dotText`` writes it (see ``DOTWriter``); ``Graphviz`` renders it.
///
/// ```swift
/// var graph = DOTGraph(name: "sample")
/// graph.attributes["rankdir"] = "LR"
/// let russia = graph.addNode(["label": "Russia", "shape": "box"])       // "n0"
/// let aleppo = graph.addNode(["label": "Aleppo"])                       // "n1"
/// graph.addEdge(from: russia, to: aleppo, attributes: ["style": "dashed"])
/// print(graph.dotText)
/// // digraph "sample" {
/// //   graph ["rankdir"="LR"];
/// //   "n0" ["label"="Russia", "shape"="box"];
/// //   …
/// ```
public struct DOTGraph: Sendable, Hashable {
    /// The graph's DOT id; shown as the SVG `<title>` of the graph.
    public var name: String
    /// `digraph` with `->` edges when true, `graph` with `--` edges when false.
    public var isDirected: Bool
    /// Graph attributes, e.g. `rankdir`, `label`, `fontname`.
    public var attributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// The nodes, written in this order.
    public var nodes: [DOTNode]
    /// The edges, written in this order after the nodes.
    public var edges: [DOTEdge]
    /// Top-level clusters, written before the free nodes.
    public var clusters: [DOTCluster]

    /// Creates a graph.
    public init(name: String = "G", isDirected: Bool = true, attributes: DOTAttributes = [:],
                nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:],
                nodes: [DOTNode] = [], edges: [DOTEdge] = [], clusters: [DOTCluster] = []) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }

    /// Adds a node with the next synthetic id (`n0`, `n1`…) and returns that id.
    @discardableResult
    public mutating func addNode(_ attributes: DOTAttributes = [:]) -> String {
        var index = nodes.count
        var id = "n\(index)"
        while nodes.contains(where: { $0.id == id }) {   // only if ids were set by hand
            index += 1
            id = "n\(index)"
        }
        nodes.append(DOTNode(id: id, attributes: attributes))
        return id
    }

    /// Adds an edge from the node `source` to the node `target`.
    public mutating func addEdge(from source: String, to target: String, attributes: DOTAttributes = [:]) {
        edges.append(DOTEdge(source: source, target: target, attributes: attributes))
    }

    /// The graph as DOT text, with every id quoted and every string escaped (see ``DOTWriter``).
    /// Needs no Graphviz.
    public var dotText: String { DOTWriter.text(for: self) }
}
