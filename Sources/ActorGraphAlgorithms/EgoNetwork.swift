import ActorGraph

extension ActorGraph {
    /// The `hops`-step neighbourhood of a node: every node within `hops` edges of `id`
    /// (following edges in both directions), with every edge among them and the graph's
    /// documents. An unknown `id` gives an empty graph (resolve names first with
    /// ``resolveNodeID(_:)``); `hops: 0` gives the node alone.
    ///
    /// - Complexity: O(V + E).
    public func egoNetwork(around id: String, hops: Int) -> ActorGraph {
        let projection = GraphProjection(self)
        guard let center = projection.index(of: id) else { return ActorGraph() }
        let distance = projection.distances(from: center)
        let keep = Set((0..<projection.nodeCount).filter { distance[$0] >= 0 && Int(distance[$0]) <= max(hops, 0) }
            .map { projection.nodeIDs[$0] })
        let nodes = self.nodes.filter { keep.contains($0.id) }
        let edges = self.edges.filter { keep.contains($0.source) && keep.contains($0.target) }
        return ActorGraph(documents: documents, nodes: nodes, edges: edges)
    }

    /// The hop distance from `id` to each node of its `hops`-step neighbourhood (see
    /// ``egoNetwork(around:hops:)``), keyed by node id.
    public func hopDistances(from id: String, maximum hops: Int = .max) -> [String: Int] {
        let projection = GraphProjection(self)
        guard let center = projection.index(of: id) else { return [:] }
        let distance = projection.distances(from: center)
        var result: [String: Int] = [:]
        for i in 0..<projection.nodeCount where distance[i] >= 0 && Int(distance[i]) <= hops {
            result[projection.nodeIDs[i]] = Int(distance[i])
        }
        return result
    }
}
