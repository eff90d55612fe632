/// The weighted graph one level of Louvain works on: the original nodes at level 0, then one
/// node per community of the level below.
///
/// Rows need not be sorted. `selfWeight[i]` is the weight of the arcs inside aggregated node `i`,
/// each internal edge counted in both directions; `mass[i]` is what the objective's penalty
/// multiplies: the strength (weighted degree, self-loops included) for modularity, the number of
/// original nodes for the correlation (constant Potts) objective.
struct LevelGraph: Sendable {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var selfWeight: [Double]
    var mass: [Double]

    var nodeCount: Int { mass.count }

    /// Level 0 for `projection`: signed or unsigned weights, and strength or unit masses.
    init(_ projection: GraphProjection, signed: Bool, unitMass: Bool) {
        offsets = projection.offsets
        targets = projection.neighbors
        weights = signed ? projection.signedWeights : projection.weights
        selfWeight = [Double](repeating: 0, count: projection.nodeCount)
        if unitMass {
            mass = [Double](repeating: 1, count: projection.nodeCount)
        } else {
            var strength = [Double](repeating: 0, count: projection.nodeCount)
            for u in 0..<projection.nodeCount {
                for k in offsets[u]..<offsets[u + 1] { strength[u] += weights[k] }
            }
            mass = strength
        }
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], selfWeight: [Double], mass: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeight = selfWeight
        self.mass = mass
    }

    /// Renumbers `membership` to `0..<count` in order of first appearance (canonical: by
    /// smallest node), returning the count.
    static func relabel(_ membership: inout [Int32]) -> Int {
        var map = [Int32](repeating: -1, count: membership.count)
        var next: Int32 = 0
        for i in membership.indices {
            let c = Int(membership[i])
            if map[c] < 0 { map[c] = next; next += 1 }
            membership[i] = map[c]
        }
        return Int(next)
    }

    /// The graph of communities: one node per community of `membership` (already relabelled to
    /// `0..<count`), arc weights summed, internal weight moved to `selfWeight`, masses summed.
    /// Complexity: O(V + E).
    func aggregated(by membership: [Int32], count: Int) -> LevelGraph {
        let n = nodeCount
        var start = [Int](repeating: 0, count: count + 1)
        for i in 0..<n { start[Int(membership[i]) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: n)
        var cursor = start
        for i in 0..<n {
            let c = Int(membership[i])
            members[cursor[c]] = Int32(i); cursor[c] += 1
        }
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [Int32] = [], newWeights: [Double] = []
        newTargets.reserveCapacity(min(targets.count, 4 * count + 16))
        newWeights.reserveCapacity(min(targets.count, 4 * count + 16))
        var newSelf = [Double](repeating: 0, count: count)
        var newMass = [Double](repeating: 0, count: count)
        var accumulator = [Double](repeating: 0, count: count)
        var mark = [Int32](repeating: -1, count: count)
        var touched: [Int32] = []
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                weights.withUnsafeBufferPointer { wt in
                    membership.withUnsafeBufferPointer { mem in
                        for c in 0..<count {
                            touched.removeAll(keepingCapacity: true)
                            var inside = 0.0, total = 0.0
                            for p in start[c]..<start[c + 1] {
                                let i = Int(members[p])
                                inside += selfWeight[i]; total += mass[i]
                                for k in off[i]..<off[i + 1] {
                                    let d = mem[Int(tg[k])]
                                    if Int(d) == c { inside += wt[k]; continue }
                                    if mark[Int(d)] != Int32(c) { mark[Int(d)] = Int32(c); accumulator[Int(d)] = 0; touched.append(d) }
                                    accumulator[Int(d)] += wt[k]
                                }
                            }
                            newSelf[c] = inside; newMass[c] = total
                            for d in touched {
                                newTargets.append(d); newWeights.append(accumulator[Int(d)])
                            }
                            newOffsets[c + 1] = newTargets.count
                        }
                    }
                }
            }
        }
        return LevelGraph(offsets: newOffsets, targets: newTargets, weights: newWeights, selfWeight: newSelf, mass: newMass)
    }
}
