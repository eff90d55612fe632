import ActorGraph

extension ActorGraph {
    /// Up to `limit` shortest simple paths from `source` to `target`, ignoring edge direction,
    /// shortest first.
    ///
    /// The first path is a shortest path under `metric`; further ones are the next shortest
    /// simple (loop-free) paths by Yen's algorithm (1971). Ties between equally long paths are
    /// broken by comparing their node-id sequences, so the answer is deterministic. Returns an
    /// empty array when either id is unknown or no path exists; `[RelationPath(nodes: [id])]`
    /// when `source == target`.
    ///
    /// - Complexity: O(limit × L × (V + E) log V) for paths of L steps.
    public func shortestPaths(from source: String, to target: String, limit: Int = 1,
                              metric: PathMetric = .hops) -> [RelationPath] {
        let router = PathRouter(self, metric: metric)
        guard let s = router.projection.index(of: source), let t = router.projection.index(of: target), limit > 0 else { return [] }
        return router.kShortestPaths(from: s, to: t, limit: limit).map(router.relationPath)
    }

    /// Every shortest path (fewest steps, ignoring direction) from `source` to `target`, in
    /// order of their node-id sequences, at most `limit` of them.
    ///
    /// - Complexity: O(V + E) plus the size of the output.
    public func allShortestPaths(from source: String, to target: String, limit: Int = 1000) -> [RelationPath] {
        let router = PathRouter(self, metric: .hops)
        let projection = router.projection
        guard let s = projection.index(of: source), let t = projection.index(of: target) else { return [] }
        let fromTarget = projection.distances(from: t)
        guard fromTarget[s] >= 0 else { return [] }
        var results: [[Int]] = []
        var current = [s]
        func extend(_ v: Int) {
            if results.count >= limit { return }
            if v == t { results.append(current); return }
            for w in projection.neighbors(of: v) where fromTarget[Int(w)] == fromTarget[v] - 1 {
                current.append(Int(w)); extend(Int(w)); current.removeLast()
            }
        }
        extend(s)
        return results.map(router.relationPath)
    }

    /// The answer to "how is `source` connected to `target`?" as readable text: the shortest
    /// chains of relations (up to `limit`), each step with the sentence that states it.
    public func connectionDescription(from source: String, to target: String, limit: Int = 1,
                                      metric: PathMetric = .hops) -> String {
        func label(_ id: String) -> String { node(withID: id)?.label ?? id }
        let paths = shortestPaths(from: source, to: target, limit: limit, metric: metric)
        guard !paths.isEmpty else {
            return "No chain of relations connects \(label(source)) and \(label(target))."
        }
        var out: [String] = []
        for (i, path) in paths.enumerated() {
            let steps = path.length == 1 ? "1 step" : "\(path.length) steps"
            let heading = paths.count == 1
                ? "\(label(source)) is connected to \(label(target)) in \(steps):"
                : "Path \(i + 1) (\(steps)): " + path.nodes.map(label).joined(separator: " – ")
            out.append(heading)
            out.append(path.text(in: self))
        }
        return out.joined(separator: "\n")
    }
}

/// Shortest paths on the undirected projection of a graph, with the edges behind each step.
struct PathRouter {
    let graph: ActorGraph
    let projection: GraphProjection
    let metric: PathMetric
    /// The edges joining each unordered pair of node indices, best attested first.
    let edgesByPair: [PairKey: [Edge]]

    struct PairKey: Hashable {
        let low: Int32, high: Int32
        init(_ a: Int, _ b: Int) { low = Int32(min(a, b)); high = Int32(max(a, b)) }
    }

    init(_ graph: ActorGraph, metric: PathMetric) {
        self.graph = graph
        self.metric = metric
        let projection = GraphProjection(graph)
        self.projection = projection
        var byPair: [PairKey: [Edge]] = [:]
        for edge in graph.edges {
            guard let s = projection.index(of: edge.source), let t = projection.index(of: edge.target), s != t else { continue }
            byPair[PairKey(s, t), default: []].append(edge)
        }
        for key in byPair.keys {
            byPair[key]?.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
        }
        edgesByPair = byPair
    }

    func relationPath(_ nodes: [Int]) -> RelationPath {
        var edges: [Edge] = []
        for (a, b) in zip(nodes, nodes.dropFirst()) {
            if let edge = edgesByPair[PairKey(a, b)]?.first { edges.append(edge) }
        }
        return RelationPath(nodes: nodes.map { projection.nodeIDs[$0] }, edges: edges)
    }

    func cost(_ k: Int) -> Double {
        metric == .hops ? 1 : 1 / projection.weights[k]
    }

    func pathCost(_ nodes: [Int]) -> Double {
        var total = 0.0
        for (a, b) in zip(nodes, nodes.dropFirst()) {
            for k in projection.offsets[a]..<projection.offsets[a + 1] where Int(projection.neighbors[k]) == b {
                total += cost(k)
            }
        }
        return total
    }

    /// Dijkstra from `source` to `target` avoiding `bannedNodes` and the arcs in `bannedPairs`;
    /// equal costs keep the first parent found (neighbours scanned in id order).
    func shortestPath(from source: Int, to target: Int, bannedNodes: Set<Int>, bannedPairs: Set<PairKey>) -> [Int]? {
        let n = projection.nodeCount
        var distance = [Double](repeating: .infinity, count: n)
        var parent = [Int](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = MinHeap()
        distance[source] = 0
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            if settled[v] || d > distance[v] { continue }
            settled[v] = true
            if v == target { break }
            for k in projection.offsets[v]..<projection.offsets[v + 1] {
                let w = Int(projection.neighbors[k])
                if settled[w] || bannedNodes.contains(w) || bannedPairs.contains(PairKey(v, w)) { continue }
                let candidate = d + cost(k)
                if candidate < distance[w] - 1e-12 {
                    distance[w] = candidate; parent[w] = v
                    heap.push(candidate, w)
                }
            }
        }
        guard settled[target] else { return nil }
        var path = [target]
        var v = target
        while v != source { v = parent[v]; path.append(v) }
        return path.reversed()
    }

    /// Yen's k shortest simple paths.
    func kShortestPaths(from source: Int, to target: Int, limit: Int) -> [[Int]] {
        if source == target { return [[source]] }
        guard let first = shortestPath(from: source, to: target, bannedNodes: [], bannedPairs: []) else { return [] }
        var accepted: [[Int]] = [first]
        var candidates: [(cost: Double, ids: [String], nodes: [Int])] = []
        var seen: Set<[Int]> = [first]
        while accepted.count < limit, let previous = accepted.last {
            for i in 0..<(previous.count - 1) {
                let spur = previous[i]
                let root = Array(previous[0...i])
                var bannedPairs = Set<PairKey>()
                for path in accepted where path.count > i + 1 && Array(path[0...i]) == root {
                    bannedPairs.insert(PairKey(path[i], path[i + 1]))
                }
                let bannedNodes = Set(root.dropLast())
                guard let spurPath = shortestPath(from: spur, to: target, bannedNodes: bannedNodes, bannedPairs: bannedPairs) else { continue }
                let total = root.dropLast() + spurPath
                let path = Array(total)
                if seen.insert(path).inserted {
                    candidates.append((pathCost(path), path.map { projection.nodeIDs[$0] }, path))
                }
            }
            guard !candidates.isEmpty else { break }
            var best = 0
            for c in 1..<candidates.count {
                let a = candidates[c], b = candidates[best]
                if a.cost < b.cost - 1e-12 || (abs(a.cost - b.cost) <= 1e-12 && a.ids.lexicographicallyPrecedes(b.ids)) { best = c }
            }
            accepted.append(candidates.remove(at: best).nodes)
        }
        return accepted
    }
}
