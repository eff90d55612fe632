extension GraphProjection {
    /// Partitions the nodes into blocs minimising frustration on the net signed weights
    /// (``signedWeights``): positive weight between blocs plus |negative| weight within blocs.
    ///
    /// With `count == nil` the number of blocs is free (weighted correlation clustering, weak
    /// balance in Davis's sense); with a count, at most that many blocs (Doreian–Mrvar's fixed-k
    /// criterion with α = ½; fewer are returned only when no split lowers frustration).
    ///
    /// The pipeline, per connected component of the non-zero signed edges:
    /// 1. exact O(V + E) fast paths: Harary's two-camp balance test (k ≥ 2) and the weak-balance
    ///    test (positive components with no negative edge inside, k free);
    /// 2. `restarts` seeded runs of Louvain local moving on the signed constant Potts objective
    ///    with γ = 0, followed by Doreian–Mrvar relocation (single-node moves with incremental
    ///    per-bloc sums); with a count, blocs are merged greedily (most positive inter-bloc
    ///    weight first) down to the count and relocated again under the cap;
    /// 3. branch and bound on every component of at most `exactLimit` nodes, seeded with the
    ///    heuristic's cost as upper bound (at most two million search nodes per component), so
    ///    small graphs get the proven optimum.
    ///
    /// Nodes without signed edges form singleton blocs (or share bin 0 under a count).
    /// Deterministic for a given `seed`; ties are broken by node index.
    ///
    /// - Parameter restarts: heuristic runs; default 8 below 10⁴ nodes, 2 below 2·10⁵, else 1.
    /// - Complexity: O(restarts × E × sweeps) for the heuristic; the exact search is exponential
    ///   in `exactLimit` at worst and bounded by its node budget.
    public func signedBlocs(count: Int? = nil, seed: UInt64 = 1, restarts: Int? = nil, exactLimit: Int = 20) -> SignedPartition {
        let n = nodeCount
        guard n > 0 else { return SignedPartition(labels: [], blocCount: 0, frustration: 0, isOptimal: true) }
        let k = count.map { max(1, $0) }
        let components = signedComponents()
        // 1. Exact fast paths.
        if k == 1 {
            let labels = [Int32](repeating: 0, count: n)
            return SignedPartition(labels: labels, blocCount: 1, frustration: frustration(of: labels), isOptimal: true)
        }
        if let k, k >= 2, let camps = twoCamps() {
            return finish(camps, components: components, count: k, optimal: true)
        }
        if let clusters = positiveClustersIfClusterable() {
            if k == nil || components.members.allSatisfy({ Set($0.map { clusters[$0] }).count <= k ?? .max }) {
                return finish(clusters, components: components, count: k, optimal: true)
            }
        }
        // 2. Heuristic with restarts.
        let level = LevelGraph(self, signed: true, unitMass: true)
        let runs = restarts ?? (n < 10_000 ? 8 : n < 200_000 ? 2 : 1)
        var seeder = SeededGenerator(seed: seed)
        var best: [Int32] = []
        var bestCost = Double.infinity
        for _ in 0..<max(1, runs) {
            let runSeed = seeder.next()
            var membership = LocalMoving.louvain(level, scale: 0, seed: runSeed)
            if let k {
                var rng = SeededGenerator(seed: runSeed ^ 0x5bd1_e995)
                mergeBlocs(&membership, level: level, down: k)
                LocalMoving.run(level, membership: &membership, scale: 0, maxCommunities: k, rng: &rng)
            }
            let cost = frustration(of: membership)
            if cost < bestCost - LocalMoving.epsilon { bestCost = cost; best = membership }
        }
        // 3. Exact search on small components.
        var labels = best
        var optimal = true
        for members in components.members {
            if members.count == 1 { continue }
            guard members.count <= exactLimit else { optimal = false; continue }
            let search = ExactBlocSearch(projection: self, members: members, maxBlocs: k ?? members.count,
                                         initial: members.map { labels[$0] })
            let (assignment, proven) = search.solve()
            for (i, node) in members.enumerated() { labels[node] = Int32(n + assignment[i]) }   // temporary, disjoint
            optimal = optimal && proven
        }
        return finish(labels, components: components, count: k, optimal: optimal)
    }

    /// Frustration of `labels` on the net signed weights. Complexity: O(V + E).
    public func frustration(of labels: [Int32]) -> Double {
        var total = 0.0
        for u in 0..<nodeCount {
            for k in offsets[u]..<offsets[u + 1] where Int(neighbors[k]) > u {
                let w = signedWeights[k]
                let same = labels[u] == labels[Int(neighbors[k])]
                if w > 0 && !same { total += w } else if w < 0 && same { total -= w }
            }
        }
        return total
    }

    /// Components joined by non-zero signed weights.
    func signedComponents() -> ComponentLabeling {
        let n = nodeCount
        var labels = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        var stack: [Int] = []
        for s in 0..<n where labels[s] < 0 {
            labels[s] = count; stack.append(s)
            while let v = stack.popLast() {
                for k in offsets[v]..<offsets[v + 1] where signedWeights[k] != 0 {
                    let w = Int(neighbors[k])
                    if labels[w] < 0 { labels[w] = count; stack.append(w) }
                }
            }
            count += 1
        }
        return ComponentLabeling(labels: labels, count: Int(count))
    }

    /// Harary's test: a two-colouring with positive ties inside and negative ties across camps,
    /// per component (camp 0 holds each component's smallest node), or `nil` if unbalanced.
    public func twoCamps() -> [Int32]? {
        let n = nodeCount
        var side = [Int32](repeating: -1, count: n)
        var stack: [Int] = []
        for s in 0..<n where side[s] < 0 {
            side[s] = 0; stack.append(s)
            while let v = stack.popLast() {
                for k in offsets[v]..<offsets[v + 1] where signedWeights[k] != 0 {
                    let w = Int(neighbors[k])
                    let expected = signedWeights[k] > 0 ? side[v] : 1 - side[v]
                    if side[w] < 0 { side[w] = expected; stack.append(w) } else if side[w] != expected { return nil }
                }
            }
        }
        return side
    }

    /// The weak-balance test: the components of the positive ties, if no negative tie falls
    /// inside one (then they are the blocs, with zero frustration), else `nil`.
    public func positiveClustersIfClusterable() -> [Int32]? {
        let n = nodeCount
        var labels = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        var stack: [Int] = []
        for s in 0..<n where labels[s] < 0 {
            labels[s] = count; stack.append(s)
            while let v = stack.popLast() {
                for k in offsets[v]..<offsets[v + 1] where signedWeights[k] > 0 {
                    let w = Int(neighbors[k])
                    if labels[w] < 0 { labels[w] = count; stack.append(w) }
                }
            }
            count += 1
        }
        for u in 0..<n {
            for k in offsets[u]..<offsets[u + 1] where signedWeights[k] < 0 && labels[Int(neighbors[k])] == labels[u] {
                return nil
            }
        }
        return labels
    }

    /// Canonical labels: with a count, each component's blocs (largest first) go to bins
    /// `0..<count` (free: no ties cross components); without, every (component, bloc) pair is a
    /// bloc. Then renumbered by smallest node.
    private func finish(_ raw: [Int32], components: ComponentLabeling, count: Int?, optimal: Bool) -> SignedPartition {
        var labels = [Int32](repeating: 0, count: nodeCount)
        var nextGlobal: Int32 = 0
        for members in components.members {
            var sizes: [Int32: Int] = [:], first: [Int32: Int] = [:]
            for v in members { sizes[raw[v], default: 0] += 1; if first[raw[v]] == nil { first[raw[v]] = v } }
            let order = sizes.keys.sorted { sizes[$0] != sizes[$1] ? sizes[$0, default: 0] > sizes[$1, default: 0] : first[$0, default: 0] < first[$1, default: 0] }
            var local: [Int32: Int32] = [:]
            for (rank, bloc) in order.enumerated() {
                if count != nil { local[bloc] = Int32(rank) } else { local[bloc] = nextGlobal; nextGlobal += 1 }
            }
            for v in members { labels[v] = local[raw[v]] ?? 0 }
        }
        let blocCount = LevelGraph.relabel(&labels)
        return SignedPartition(labels: labels, blocCount: blocCount, frustration: frustration(of: labels), isOptimal: optimal)
    }

    /// Merges blocs until at most `k` remain: greedily the pair with the largest signed weight
    /// between them when there are few blocs, else each small bloc into the kept bloc it is most
    /// positively tied to.
    private func mergeBlocs(_ membership: inout [Int32], level: LevelGraph, down k: Int) {
        var count = LevelGraph.relabel(&membership)
        guard count > k else { return }
        let blocs = level.aggregated(by: membership, count: count)
        var target = Array(0..<Int32(count))
        if count <= 256 {
            var weight = [[Double]](repeating: [Double](repeating: 0, count: count), count: count)
            for a in 0..<count {
                for p in blocs.offsets[a]..<blocs.offsets[a + 1] { weight[a][Int(blocs.targets[p])] += blocs.weights[p] }
            }
            var alive = [Bool](repeating: true, count: count)
            var remaining = count
            while remaining > k {
                var bestPair = (0, 0), bestWeight = -Double.infinity
                for a in 0..<count where alive[a] {
                    for b in (a + 1)..<count where alive[b] && weight[a][b] > bestWeight {
                        bestWeight = weight[a][b]; bestPair = (a, b)
                    }
                }
                let (a, b) = bestPair
                alive[b] = false; remaining -= 1
                for c in 0..<count where alive[c] && c != a {
                    weight[a][c] += weight[b][c]; weight[c][a] = weight[a][c]
                }
                for c in 0..<count where target[c] == Int32(b) { target[c] = Int32(a) }
            }
        } else {
            let order = (0..<count).sorted { blocs.mass[$0] != blocs.mass[$1] ? blocs.mass[$0] > blocs.mass[$1] : $0 < $1 }
            var kept = [Int32](repeating: -1, count: count)
            for (rank, bloc) in order.prefix(k).enumerated() { kept[bloc] = Int32(rank) }
            for bloc in order.dropFirst(k) {
                var toKept = [Double](repeating: 0, count: k)
                for p in blocs.offsets[bloc]..<blocs.offsets[bloc + 1] where kept[Int(blocs.targets[p])] >= 0 {
                    toKept[Int(kept[Int(blocs.targets[p])])] += blocs.weights[p]
                }
                var choice = 0
                for c in 1..<k where toKept[c] > toKept[choice] { choice = c }
                target[bloc] = order[choice] == bloc ? Int32(bloc) : Int32(order[choice])
            }
        }
        for i in membership.indices { membership[i] = target[Int(membership[i])] }
        count = LevelGraph.relabel(&membership)
    }
}

/// Branch and bound for the minimum-frustration partition of one small component into at most
/// `maxBlocs` blocs.
///
/// Nodes are assigned in order of decreasing degree, each to an existing bloc or (symmetry
/// broken) the next new one. The bound adds, for every unassigned node, its cheapest placement
/// against the assigned nodes: these edge sets are disjoint, so the bound is valid.
struct ExactBlocSearch {
    let size: Int
    let maxBlocs: Int
    let weight: [[Double]]      // net signed weight, in search order
    let order: [Int]            // search position → member position
    let initial: [Int]          // member position → initial bloc (canonical 0..)
    static let budget = 2_000_000

    init(projection: GraphProjection, members: [Int], maxBlocs: Int, initial: [Int32]) {
        size = members.count
        self.maxBlocs = max(1, min(maxBlocs, members.count))
        var position: [Int: Int] = [:]
        for (i, v) in members.enumerated() { position[v] = i }
        var w = [[Double]](repeating: [Double](repeating: 0, count: members.count), count: members.count)
        var degree = [Int](repeating: 0, count: members.count)
        for (i, v) in members.enumerated() {
            for k in projection.offsets[v]..<projection.offsets[v + 1] {
                guard let j = position[Int(projection.neighbors[k])] else { continue }
                w[i][j] = projection.signedWeights[k]
                if w[i][j] != 0 { degree[i] += 1 }
            }
        }
        let order = (0..<members.count).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
        self.order = order
        weight = order.map { i in order.map { j in w[i][j] } }
        var map: [Int32: Int] = [:]
        self.initial = initial.map { label in
            if let m = map[label] { return m }
            map[label] = map.count
            return map.count - 1
        }
    }

    /// The best assignment (member position → bloc) and whether optimality was proven.
    func solve() -> ([Int], Bool) {
        let n = size
        // Upper bound from the initial assignment (capped to maxBlocs by construction upstream).
        var best = initial
        var bestCost = Double.infinity
        if Set(initial).count <= maxBlocs {
            var cost = 0.0
            for a in 0..<n {
                for b in (a + 1)..<n {
                    let w = weight[a][b]
                    let same = initial[order[a]] == initial[order[b]]
                    if w > 0 && !same { cost += w } else if w < 0 && same { cost -= w }
                }
            }
            bestCost = cost
        }
        var assignment = [Int](repeating: -1, count: n)
        // positiveTo[u][c], negativeTo[u][c]: weight from u to assigned nodes in bloc c; positiveTotal[u].
        var positiveTo = [[Double]](repeating: [Double](repeating: 0, count: maxBlocs), count: n)
        var negativeTo = [[Double]](repeating: [Double](repeating: 0, count: maxBlocs), count: n)
        var positiveTotal = [Double](repeating: 0, count: n)
        var expanded = 0
        var exhausted = false
        var improved = false
        var bestSearch = [Int](repeating: 0, count: n)

        func place(_ t: Int, _ c: Int, _ sign: Double) {
            for u in (t + 1)..<max(t + 1, n) {
                let w = weight[u][t]
                if w > 0 { positiveTo[u][c] += sign * w; positiveTotal[u] += sign * w } else if w < 0 { negativeTo[u][c] -= sign * w }
            }
        }
        func placementCost(_ u: Int, _ c: Int) -> Double {
            positiveTotal[u] - positiveTo[u][c] + negativeTo[u][c]
        }
        func recurse(_ t: Int, _ used: Int, _ cost: Double) {
            if exhausted { return }
            expanded += 1
            if expanded > Self.budget { exhausted = true; return }
            if t == n {
                if cost < bestCost - 1e-9 { bestCost = cost; bestSearch = assignment; improved = true }
                return
            }
            var bound = cost
            for u in t..<n {
                var cheapest = used < maxBlocs ? positiveTotal[u] : Double.infinity
                for c in 0..<used { cheapest = min(cheapest, placementCost(u, c)) }
                bound += cheapest
                if bound >= bestCost - 1e-9 { return }
            }
            var options: [(Double, Int)] = (0..<used).map { (placementCost(t, $0), $0) }
            if used < maxBlocs { options.append((positiveTotal[t], used)) }
            options.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for (increment, c) in options {
                if cost + increment >= bestCost - 1e-9 { continue }
                assignment[t] = c
                place(t, c, 1)
                recurse(t + 1, max(used, c + 1), cost + increment)
                place(t, c, -1)
                assignment[t] = -1
                if exhausted { return }
            }
        }
        recurse(0, 0, 0)
        if improved {
            for (t, member) in order.enumerated() { best[member] = bestSearch[t] }
        }
        return (best, !exhausted)
    }
}
