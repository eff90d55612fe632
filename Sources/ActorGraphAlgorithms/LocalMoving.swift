/// The local-moving engine shared by Louvain community detection and the signed bloc heuristic.
///
/// Both maximise `Σ_c [w_in(c) − scale × M(c)²]` (up to constants), where `w_in(c)` is the weight
/// inside community `c` and `M(c)` the total mass of its nodes. Moving node `i` from its
/// community to `C` changes the quality by `w(i, C) − scale × m_i × M(C \ i)` minus the same for
/// its own community. With strength masses and `scale = γ / 2m` this is modularity; with unit
/// masses, signed weights and `scale = γ` it is the constant Potts model, whose `γ = 0` case is
/// weighted correlation clustering, i.e. frustration minimisation (Doreian & Mrvar with α = ½).
enum LocalMoving {
    /// Improvements smaller than this are ignored, so floating-point noise cannot cycle.
    static let epsilon = 1e-10

    /// Fast local moving (Traag, Waltman & van Eck 2019): nodes are visited from a queue that
    /// starts in a seeded random order; a node moves to the community of greatest gain (staying
    /// wins ties; among others the first found in adjacency order); when it moves, its
    /// neighbours outside the new community are queued again. A node may also move to an empty
    /// community (gain 0) when that beats staying and `maxCommunities` allows.
    ///
    /// - Returns: whether any node moved. `membership` values must lie in `0..<nodeCount`.
    /// - Complexity: O(E) per sweep; each move re-queues at most the node's degree.
    @discardableResult
    static func run(_ graph: LevelGraph, membership: inout [Int32], scale: Double, maxCommunities: Int?,
                    rng: inout SeededGenerator) -> Bool {
        let n = graph.nodeCount
        guard n > 1 else { return false }
        var total = [Double](repeating: 0, count: n)
        var size = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            total[Int(membership[i])] += graph.mass[i]
            size[Int(membership[i])] += 1
        }
        var empty: [Int32] = []
        var nonEmpty = 0
        for c in stride(from: n - 1, through: 0, by: -1) {
            if size[c] == 0 { empty.append(Int32(c)) } else { nonEmpty += 1 }
        }
        // Visiting order: blocks of 64 consecutive nodes in seeded random order. Within a block
        // rows are read sequentially, which on large graphs saves a cache miss per node.
        let blockCount = (n + 63) / 64
        var blocks = Array(0..<blockCount)
        rng.shuffle(&blocks)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for b in blocks { for v in (b * 64)..<min(n, b * 64 + 64) { queue.append(Int32(v)) } }
        var inQueue = [Bool](repeating: true, count: n)
        var head = 0, pending = n
        var accumulator = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var moved = false
        let cap = maxCommunities ?? Int.max
        graph.offsets.withUnsafeBufferPointer { off in
            graph.targets.withUnsafeBufferPointer { tg in
                graph.weights.withUnsafeBufferPointer { wt in
                    graph.mass.withUnsafeBufferPointer { mass in
                        membership.withUnsafeMutableBufferPointer { comm in
                            total.withUnsafeMutableBufferPointer { tot in
                                accumulator.withUnsafeMutableBufferPointer { acc in
                                        queue.withUnsafeMutableBufferPointer { q in
                                            inQueue.withUnsafeMutableBufferPointer { iq in
                                                while pending > 0 {
                                                    let i = Int(q[head])
                                                    head += 1; if head == n { head = 0 }
                                                    pending -= 1
                                                    iq[i] = false
                                                    let own = Int(comm[i])
                                                    touched.removeAll(keepingCapacity: true)
                                                    for k in off[i]..<off[i + 1] {
                                                        let j = Int(tg[k])
                                                        if j == i { continue }
                                                        let c = Int(comm[j])
                                                        // A zero sum marks an untouched community; a signed sum
                                                        // that returns to zero may be listed twice, which is harmless.
                                                        if acc[c] == 0 { touched.append(Int32(c)) }
                                                        acc[c] += wt[k]
                                                    }
                                                    let mi = mass[i]
                                                    tot[own] -= mi; size[own] -= 1
                                                    var best = own
                                                    var bestGain = acc[own] - scale * mi * tot[own]
                                                    for c32 in touched {
                                                        let c = Int(c32)
                                                        if c == own { continue }
                                                        let gain = acc[c] - scale * mi * tot[c]
                                                        if gain > bestGain + epsilon { best = c; bestGain = gain }
                                                    }
                                                    if size[own] > 0 && nonEmpty < cap && 0 > bestGain + epsilon, let fresh = empty.last {
                                                        best = Int(fresh); bestGain = 0
                                                    }
                                                    tot[best] += mi; size[best] += 1
                                                    if best != own {
                                                        if size[best] == 1 { empty.removeLast(); nonEmpty += 1 }
                                                        if size[own] == 0 { empty.append(Int32(own)); nonEmpty -= 1 }
                                                        comm[i] = Int32(best)
                                                        moved = true
                                                        for k in off[i]..<off[i + 1] {
                                                            let j = Int(tg[k])
                                                            if !iq[j] && Int(comm[j]) != best {
                                                                iq[j] = true
                                                                q[(head + pending) % n] = Int32(j)
                                                                pending += 1
                                                            }
                                                        }
                                                    }
                                                    for c in touched { acc[Int(c)] = 0 }
                                                }
                                            }
                                        }
                                    }
                            }
                        }
                    }
                }
            }
        }
        return moved
    }

    /// Louvain (Blondel et al. 2008) with fast local moving and multilevel refinement: move
    /// nodes, aggregate communities into nodes, repeat until a level changes nothing; then
    /// unwind, projecting the partition down one level at a time and moving nodes again at each
    /// level (Rotta & Noack 2011), which repairs early greedy mistakes (above `refinementLimit`
    /// nodes, only at the original level).
    ///
    /// - Returns: the community of each node of `graph`, numbered `0..<count` by smallest node.
    /// - Complexity: O(E) per sweep, typically a few sweeps per level and O(log V) levels.
    static func louvain(_ graph: LevelGraph, scale: Double, seed: UInt64, maxLevels: Int = 64,
                        refinementLimit: Int = 100_000) -> [Int32] {
        var rng = SeededGenerator(seed: seed)
        var levels = [graph]
        var maps: [[Int32]] = []          // maps[i][v]: the level-(i+1) node of level-i node v
        for _ in 0..<maxLevels {
            let level = levels[levels.count - 1]
            var communities = Array(0..<Int32(level.nodeCount))
            let moved = run(level, membership: &communities, scale: scale, maxCommunities: nil, rng: &rng)
            let count = LevelGraph.relabel(&communities)
            if !moved || count == level.nodeCount { break }
            maps.append(communities)
            levels.append(level.aggregated(by: communities, count: count))
        }
        // Unwind: the top level's nodes are the communities; refine at every level below (above
        // `refinementLimit` nodes only at the original level, where it gains the most).
        var membership = Array(0..<Int32(levels[levels.count - 1].nodeCount))
        for i in stride(from: maps.count - 1, through: 0, by: -1) {
            let map = maps[i]
            var lower = [Int32](repeating: 0, count: map.count)
            for v in 0..<map.count { lower[v] = membership[Int(map[v])] }
            if graph.nodeCount <= refinementLimit || i == 0 {
                run(levels[i], membership: &lower, scale: scale, maxCommunities: nil, rng: &rng)
            }
            membership = lower
        }
        _ = LevelGraph.relabel(&membership)
        return membership
    }
}
