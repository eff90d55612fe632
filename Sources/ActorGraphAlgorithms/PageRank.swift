extension GraphProjection {
    /// Weighted PageRank on the directed arcs.
    ///
    /// The random surfer follows an out-arc with probability proportional to its weight, and with
    /// probability `1 − damping` (or always, from a node without out-arcs — "dangling" mass is
    /// spread uniformly) jumps to a uniformly chosen node. This is networkx's convention
    /// (`nx.pagerank(G, alpha=damping, tol=tolerance, weight="weight")`): iteration stops when
    /// the L1 change is below `nodeCount × tolerance`, and the result is normalised to sum to 1.
    /// If `maxIterations` is reached first, the last iterate is returned.
    ///
    /// For an undirected projection each edge is followed both ways, as igraph and networkx do.
    ///
    /// - Complexity: O((V + E) × iterations); a pull-based pass over the in-arcs.
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100,
                         weighted: Bool = true) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let useWeights = weighted && !isUnweighted
        var inverseStrength = [Double](repeating: 0, count: n)
        var danglingNodes: [Int32] = []
        for u in 0..<n {
            var s = 0.0
            if useWeights {
                for k in outOffsets[u]..<outOffsets[u + 1] { s += outWeights[k] }
            } else {
                s = Double(outOffsets[u + 1] - outOffsets[u])
            }
            if s > 0 { inverseStrength[u] = 1 / s } else { danglingNodes.append(Int32(u)) }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var contribution = [Double](repeating: 0, count: n)
        let jump = (1 - damping) / Double(n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for u in danglingNodes { dangling += x[Int(u)] }
            let base = jump + damping * dangling / Double(n)
            var error = 0.0
            x.withUnsafeBufferPointer { xs in
                inverseStrength.withUnsafeBufferPointer { inv in
                    contribution.withUnsafeMutableBufferPointer { c in
                        for u in 0..<n { c[u] = xs[u] * inv[u] }
                    }
                }
            }
            inOffsets.withUnsafeBufferPointer { off in
                inSources.withUnsafeBufferPointer { src in
                    inWeights.withUnsafeBufferPointer { wt in
                        contribution.withUnsafeBufferPointer { c in
                            x.withUnsafeBufferPointer { xs in
                                next.withUnsafeMutableBufferPointer { nx in
                                    var start = off[0]
                                    for v in 0..<n {
                                        let end = off[v + 1]
                                        var sum = 0.0
                                        if useWeights {
                                            for k in start..<end { sum += wt[k] * c[Int(src[k])] }
                                        } else {
                                            for k in start..<end { sum += c[Int(src[k])] }
                                        }
                                        start = end
                                        let value = base + damping * sum
                                        nx[v] = value
                                        error += abs(value - xs[v])
                                    }
                                }
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            if error < Double(n) * tolerance { break }
        }
        let total = x.reduce(0, +)
        if total > 0 { for i in 0..<n { x[i] /= total } }
        return x
    }
}
