/// A `subgraph cluster_…` of a ``DOTGraph``: a boxed group of nodes, possibly nested.
///
/// Member nodes are declared inside the cluster's block (in the innermost cluster that lists
/// them); only `dot` and `fdp` draw the box, other engines ignore it.
///
/// ```swift
/// var legend = DOTCluster(name: "legend", attributes: ["label": "Legend", "style": "rounded"])
/// legend.nodeIDs.append(graph.addNode(["label": "state", "shape": "box"]))
/// graph.clusters.append(legend)
/// ```
public struct DOTCluster: Sendable, Hashable {
    /// The name after `cluster_` (the DOT id is `cluster_<name>`); not shown unless used as label.
    public var name: String
    /// The cluster's graph attributes, e.g. `label`, `style`, `color`.
    public var attributes: DOTAttributes
    /// Ids of the nodes inside this cluster.
    public var nodeIDs: [String]
    /// Clusters nested inside this one.
    public var clusters: [DOTCluster]

    /// Creates a cluster.
    public init(name: String, attributes: DOTAttributes = [:], nodeIDs: [String] = [],
                clusters: [DOTCluster] = []) {
        self.name = name
        self.attributes = attributes
        self.nodeIDs = nodeIDs
        self.clusters = clusters
    }
}
