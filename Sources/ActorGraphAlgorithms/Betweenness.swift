extension GraphProjection {
    /// Shortest-path betweenness of every node on the undirected, unweighted adjacency
    /// (Brandes 2001).
    ///
    /// The betweenness of `v` is the sum over pairs `s ≠ v ≠ t` of the fraction of shortest
    /// `s`–`t` paths that pass through `v`. Normalised as networkx does for undirected graphs
    /// (`nx.betweenness_centrality(G)`): divided by `(n − 1)(n − 2)`, so values lie in [0, 1];
    /// un-normalised values count each unordered pair once.
    ///
    /// With `sources`, only paths starting at those nodes are counted and the result is scaled as
    /// networkx does for `k` sampled sources (`betweenness_centrality(G, k=…)`): an unbiased
    /// estimate of the exact value.
    ///
    /// - Complexity: O(S × (V + E)) for S sources (all V by default), O(V) extra memory.
    public func betweenness(sources: [Int]? = nil, normalized: Bool = true) -> [Double] {
        let n = nodeCount
        var centrality = [Double](repeating: 0, count: n)
        guard n > 0 else { return centrality }
        var distance = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)
        let sourceList = sources ?? Array(0..<n)
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                distance.withUnsafeMutableBufferPointer { dist in
                    sigma.withUnsafeMutableBufferPointer { sg in
                        delta.withUnsafeMutableBufferPointer { dl in
                            queue.withUnsafeMutableBufferPointer { q in
                                centrality.withUnsafeMutableBufferPointer { bc in
                                    for s in sourceList {
                                        dist[s] = 0; sg[s] = 1
                                        q[0] = Int32(s)
                                        var head = 0, tail = 1
                                        while head < tail {
                                            let v = Int(q[head]); head += 1
                                            let dv = dist[v], sv = sg[v]
                                            for k in off[v]..<off[v + 1] {
                                                let w = Int(nb[k])
                                                var dw = dist[w]
                                                if dw < 0 { dw = dv + 1; dist[w] = dw; q[tail] = Int32(w); tail += 1 }
                                                if dw == dv + 1 { sg[w] += sv }
                                            }
                                        }
                                        var i = tail - 1
                                        while i > 0 {
                                            let w = Int(q[i]); i -= 1
                                            let coefficient = (1 + dl[w]) / sg[w]
                                            let parentDistance = dist[w] - 1
                                            for k in off[w]..<off[w + 1] {
                                                let v = Int(nb[k])
                                                if dist[v] == parentDistance { dl[v] += sg[v] * coefficient }
                                            }
                                            bc[w] += dl[w]
                                        }
                                        for j in 0..<tail {
                                            let v = Int(q[j])
                                            dist[v] = -1; sg[v] = 0; dl[v] = 0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        rescaleBetweenness(&centrality, sources: sources, normalized: normalized)
        return centrality
    }

    /// Betweenness estimated from `sampleSize` source nodes drawn uniformly without replacement
    /// with `seed` (see ``betweenness(sources:normalized:)`` for the scaling).
    ///
    /// - Complexity: O(k × (V + E)).
    public func sampledBetweenness(sampleSize: Int, seed: UInt64 = 1, normalized: Bool = true) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        let sources = rng.sample(sampleSize, from: nodeCount)
        return betweenness(sources: sources.count == nodeCount ? nil : sources, normalized: normalized)
    }

    /// networkx 3.6's `_rescale` with `endpoints=False`, undirected.
    private func rescaleBetweenness(_ values: inout [Double], sources: [Int]?, normalized: Bool) {
        let n = nodeCount
        let pairs = Double(n - 1)      // N = n − 1 valid targets besides v
        guard n - 1 >= 2 else {
            if !normalized { for i in values.indices { values[i] /= 2 } }
            return
        }
        guard let sources, sources.count < n else {
            let scale = normalized ? 1 / (pairs * (pairs - 1)) : 0.5
            for i in values.indices { values[i] *= scale }
            return
        }
        let k = Double(sources.count)
        let scaleSource: Double, scaleOther: Double
        if normalized {
            scaleSource = k > 1 ? 1 / ((k - 1) * (pairs - 1)) : .nan
            scaleOther = 1 / (k * (pairs - 1))
        } else {
            scaleSource = k > 1 ? pairs / ((k - 1) * 2) : .nan
            scaleOther = pairs / (k * 2)
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[s] = true }
        for i in values.indices { values[i] *= isSource[i] ? scaleSource : scaleOther }
    }
}
