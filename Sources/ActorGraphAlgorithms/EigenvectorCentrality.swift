extension GraphProjection {
    /// Eigenvector centrality on the undirected, weighted adjacency: the principal eigenvector of
    /// the adjacency matrix, by power iteration on `A + I` (the shift makes bipartite graphs
    /// converge), normalised to unit Euclidean length.
    ///
    /// Matches `nx.eigenvector_centrality(G, weight="weight")`: start from the uniform vector,
    /// stop when the L1 change is below `nodeCount × tolerance`; if `maxIterations` is reached
    /// first, the last iterate is returned.
    ///
    /// - Complexity: O((V + E) × iterations).
    public func eigenvectorCentrality(tolerance: Double = 1e-6, maxIterations: Int = 100,
                                      weighted: Bool = true) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for k in offsets[v]..<offsets[v + 1] {
                    sum += (weighted ? weights[k] : 1) * x[Int(neighbors[k])]
                }
                next[v] = sum
            }
            var norm = 0.0
            for v in 0..<n { norm += next[v] * next[v] }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            var error = 0.0
            for v in 0..<n {
                next[v] /= norm
                error += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if error < Double(n) * tolerance { break }
        }
        return x
    }
}
