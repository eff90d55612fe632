extension GraphProjection {
    /// Closeness centrality on the undirected, unweighted adjacency, with the Wasserman–Faust
    /// correction for disconnected graphs (networkx's default, `nx.closeness_centrality(G)`).
    ///
    /// For a node `u` reaching `r − 1` other nodes at total distance `D`, closeness is
    /// `(r − 1) / D × (r − 1) / (n − 1)`; 0 for an isolated node.
    ///
    /// - Complexity: O(V × (V + E)): one breadth-first search per node.
    public func closeness() -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        guard n > 1 else { return result }
        var distance = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        for s in 0..<n {
            distance[s] = 0
            queue[0] = Int32(s)
            var head = 0, tail = 1, total = 0
            while head < tail {
                let v = Int(queue[head]); head += 1
                let dv = distance[v]
                for k in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbors[k])
                    if distance[w] < 0 {
                        distance[w] = dv + 1; total += Int(dv) + 1
                        queue[tail] = Int32(w); tail += 1
                    }
                }
            }
            if total > 0 {
                let reached = Double(tail - 1)
                result[s] = reached / Double(total) * reached / Double(n - 1)
            }
            for j in 0..<tail { distance[Int(queue[j])] = -1 }
        }
        return result
    }
}
