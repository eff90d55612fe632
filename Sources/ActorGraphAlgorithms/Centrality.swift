import ActorGraph

extension ActorGraph {
    /// Every node ranked by `measure`, highest score first, ties broken by id.
    ///
    /// See ``CentralityMeasure`` for what each measure computes. Filter the graph first
    /// (``filtered(by:)``) to rank, say, actors over cooperation and conflict edges only.
    /// Betweenness is exact up to 5,000 nodes and estimated from 1,000 seeded sources beyond.
    ///
    /// - Complexity: degree O(V + E); PageRank and eigenvector O((V + E) × iterations);
    ///   betweenness and closeness O(V × (V + E)).
    public func centrality(_ measure: CentralityMeasure) -> [RankedNode] {
        let nodes = self.nodes
        let scores: [Double]
        switch measure {
        case .positiveDegree, .negativeDegree:
            // Counted from the edges themselves: a pair may have both a positive and a negative tie.
            let sign = measure == .positiveDegree ? 1 : -1
            var partners: [String: Set<String>] = [:]
            for edge in edges where edge.polarity == sign && edge.source != edge.target {
                partners[edge.source, default: []].insert(edge.target)
                partners[edge.target, default: []].insert(edge.source)
            }
            scores = nodes.map { Double(partners[$0.id]?.count ?? 0) }
        default:
            scores = GraphProjection(self).centralityScores(measure)
        }
        var ranked = zip(nodes, scores).map { RankedNode(id: $0.0.id, label: $0.0.label, score: $0.1) }
        ranked.sortByRank()
        return ranked
    }
}

extension GraphProjection {
    /// The score of every node (by index) under `measure`; see ``CentralityMeasure``.
    ///
    /// Positive and negative degree count neighbours by the sign of the net signed weight.
    public func centralityScores(_ measure: CentralityMeasure) -> [Double] {
        let n = nodeCount
        switch measure {
        case .degree:
            return (0..<n).map { Double(degree(of: $0)) }
        case .inDegree:
            return (0..<n).map { Double(inDegree(of: $0)) }
        case .outDegree:
            return (0..<n).map { Double(outDegree(of: $0)) }
        case .positiveDegree, .negativeDegree:
            return signedDegrees(positive: measure == .positiveDegree)
        case .pagerank:
            return pageRank()
        case .betweenness:
            return n <= 5000 ? betweenness() : sampledBetweenness(sampleSize: 1000, seed: 1)
        case .closeness:
            return closeness()
        case .eigenvector:
            return eigenvectorCentrality()
        }
    }

    /// Distinct neighbours whose *net* signed weight has the given sign (the projection keeps
    /// only net signed weights; ``ActorGraph/centrality(_:)`` counts ties of each sign instead).
    private func signedDegrees(positive: Bool) -> [Double] {
        (0..<nodeCount).map { u in
            var count = 0
            for k in offsets[u]..<offsets[u + 1] where positive ? signedWeights[k] > 0 : signedWeights[k] < 0 { count += 1 }
            return Double(count)
        }
    }
}
