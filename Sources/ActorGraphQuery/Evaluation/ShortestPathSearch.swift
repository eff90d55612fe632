import ActorGraph

extension PatternMatcher {
    /// The most paths `PATH ALL SHORTEST` returns for one pair of end nodes.
    static let pathsPerPairLimit = 1000

    /// Answers `PATH [ALL] SHORTEST (a)-[r …]-(b)`: a breadth-first search from every node `a`
    /// matches, over the edges the relation types and direction allow, up to the pattern's
    /// longest length; then, for every node `b` matches at an allowed distance, one shortest
    /// path (the first found, scanning edges in id order) or all of them.
    ///
    /// Complexity: O(|A| × (V + E)) for |A| start nodes, plus the paths returned.
    func runShortest(_ pattern: PathPattern, mode: ShortestPathMode, filter: QueryExpression?,
                     _ emit: (PatternMatcher) -> Void) throws(QueryError) {
        let start = try compile(pattern.start)
        let end = try compile(pattern.steps[0].node)
        let edge = try compile(pattern.steps[0].edge)
        let hops = edge.hops ?? 1...EdgePattern.maximumHops
        let startName = pattern.start.variable, endName = pattern.steps[0].node.variable
        var afterStart: [CompiledExpression] = [], afterEnd: [CompiledExpression] = [], afterPath: [CompiledExpression] = []
        for term in filter?.conjuncts ?? [] {
            let needed = term.variables
            if needed.isSubset(of: Set([startName].compactMap { $0 })) {
                afterStart.append(evaluator.compile(term))
            } else if needed.isSubset(of: Set([startName, endName].compactMap { $0 })) {
                afterEnd.append(evaluator.compile(term))
            } else {
                afterPath.append(evaluator.compile(term))
            }
        }
        func passes(_ terms: [CompiledExpression]) -> Bool { terms.allSatisfy { evaluator.isTrue($0, binding) } }

        // One named start and one named end: a bidirectional search, which meets in the middle
        // and so looks at far fewer nodes than a search from one side.
        if mode == .one, let sources = start.allowed, sources.count == 1, let targets = end.allowed, targets.count == 1,
           sources[0] != targets[0] {
            let a = sources[0], b = targets[0]
            defer {
                for slot in [start.slot, end.slot, edge.slot].compactMap({ $0 }) { binding[slot] = .null }
                usedEdges = []
            }
            guard matches(a, start) else { return }
            if let slot = start.slot { binding[slot] = .node(a) }
            guard passes(afterStart), matches(b, end) else { return }
            if let slot = end.slot { binding[slot] = .node(b) }
            guard passes(afterEnd) else { return }
            let path = bidirectionalPath(from: a, to: b, along: edge, longest: hops.upperBound)
            if stopped { throw stepLimitError() }
            guard let path, hops.contains(path.edges.count) else { return }
            if let slot = edge.slot { binding[slot] = .path(path) }
            usedEdges = path.edges
            if passes(afterPath) { emit(self) }
            return
        }

        let n = index.nodes.count
        var distance = [Int32](repeating: -1, count: n)
        var parentNode = [Int32](repeating: -1, count: n)
        var parentEdge = [Int32](repeating: -1, count: n)
        var allParents = [[(node: Int32, edge: Int32)]](repeating: [], count: mode == .all ? n : 0)
        var queue: [Int32] = []

        let candidates: [Int32] = start.allowed ?? Array(0..<Int32(n))
        for a in candidates {
            if stopped { break }
            if let slot = start.slot { binding[slot] = .null }
            if let slot = end.slot { binding[slot] = .null }
            guard matches(a, start) else { continue }
            if let slot = start.slot { binding[slot] = .node(a) }
            guard passes(afterStart) else { continue }
            // Breadth-first search from a.
            for v in queue { distance[Int(v)] = -1; if mode == .all { allParents[Int(v)].removeAll() } }
            queue = [a]
            distance[Int(a)] = 0
            var head = 0
            // With named ends the search stops once all of them are reached (for ALL, once the
            // level of the farthest one is complete, so every parent is known).
            var unreached = end.allowedSet.map { $0.count - ($0.contains(a) ? 1 : 0) } ?? -1
            var farthest: Int32 = 0
            while head < queue.count && !stopped {
                let u = queue[head]
                head += 1
                let du = distance[Int(u)]
                if unreached == 0 && (mode == .one || du >= farthest) { break }
                if du >= hops.upperBound { continue }
                forEachEdge(from: u, mask: edge.mask, direction: edge.direction) { e, v in
                    guard edgeMatches(e, edge) else { return }
                    let dv = distance[Int(v)]
                    if dv == -1 {
                        if let ends = end.allowedSet, ends.contains(v) {
                            unreached -= 1
                            farthest = du + 1
                        }
                        distance[Int(v)] = du + 1
                        parentNode[Int(v)] = u
                        parentEdge[Int(v)] = e
                        if mode == .all { allParents[Int(v)].append((u, e)) }
                        queue.append(v)
                    } else if mode == .all && dv == du + 1 {
                        allParents[Int(v)].append((u, e))
                    }
                }
            }
            if stopped { break }
            let ends: [Int32] = end.allowed ?? queue
            for b in ends {
                if let slot = end.slot, start.slot != slot { binding[slot] = .null }
                let d = Int(distance[Int(b)])
                guard d >= 0, hops.contains(d), matches(b, end) else { continue }
                if let slot = end.slot { binding[slot] = .node(b) }
                guard passes(afterEnd) else { continue }
                var paths: [PathValue] = []
                if mode == .one {
                    var nodes = [b], edges: [Int32] = []
                    var v = b
                    while v != a { edges.append(parentEdge[Int(v)]); v = parentNode[Int(v)]; nodes.append(v) }
                    paths.append(PathValue(nodes: nodes.reversed(), edges: edges.reversed()))
                } else {
                    var nodes = [b], edges: [Int32] = []
                    func walk(_ v: Int32) {
                        if paths.count >= Self.pathsPerPairLimit { return }
                        if v == a { paths.append(PathValue(nodes: nodes.reversed(), edges: edges.reversed())); return }
                        for (u, e) in allParents[Int(v)] {
                            nodes.append(u); edges.append(e)
                            walk(u)
                            nodes.removeLast(); edges.removeLast()
                        }
                    }
                    walk(b)
                }
                for path in paths {
                    if let slot = edge.slot { binding[slot] = .path(path) }
                    usedEdges = path.edges
                    if passes(afterPath) { emit(self) }
                }
                if let slot = edge.slot { binding[slot] = .null }
            }
            if let slot = end.slot { binding[slot] = .null }
        }
        usedEdges = []
        if stopped { throw stepLimitError() }
    }

    /// A shortest path from `source` to `target` of at most `longest` steps along `edge`, by
    /// breadth-first search from both ends at once, always growing the smaller frontier by a
    /// whole level; `nil` when there is none.
    private func bidirectionalPath(from source: Int32, to target: Int32, along edge: CompiledEdge, longest: Int) -> PathValue? {
        let n = index.nodes.count
        // Index 0: the search from the source (following the edge's direction); 1: from the target (against it).
        var distance = [[Int32](repeating: -1, count: n), [Int32](repeating: -1, count: n)]
        var parentNode = [[Int32](repeating: -1, count: n), [Int32](repeating: -1, count: n)]
        var parentEdge = [[Int32](repeating: -1, count: n), [Int32](repeating: -1, count: n)]
        var frontier: [[Int32]] = [[source], [target]]
        distance[0][Int(source)] = 0
        distance[1][Int(target)] = 0
        var depth = [0, 0]
        while !frontier[0].isEmpty && !frontier[1].isEmpty && depth[0] + depth[1] < longest && !stopped {
            let side = frontier[0].count <= frontier[1].count ? 0 : 1
            let other = 1 - side
            let direction = side == 0 ? edge.direction : edge.direction.reversed
            var next: [Int32] = []
            var meeting: (length: Int32, node: Int32)?
            for u in frontier[side] {
                let du = distance[side][Int(u)]
                forEachEdge(from: u, mask: edge.mask, direction: direction) { e, v in
                    guard distance[side][Int(v)] == -1, edgeMatches(e, edge) else { return }
                    distance[side][Int(v)] = du + 1
                    parentNode[side][Int(v)] = u
                    parentEdge[side][Int(v)] = e
                    next.append(v)
                    let dv = distance[other][Int(v)]
                    if dv >= 0, meeting.map({ du + 1 + dv < $0.length }) ?? true {
                        meeting = (du + 1 + dv, v)
                    }
                }
                if stopped { return nil }
            }
            depth[side] += 1
            frontier[side] = next
            if let meeting {
                guard meeting.length <= longest else { return nil }
                var nodes: [Int32] = [meeting.node], edges: [Int32] = []
                var v = meeting.node
                while v != source {
                    edges.append(parentEdge[0][Int(v)])
                    v = parentNode[0][Int(v)]
                    nodes.append(v)
                }
                nodes.reverse()
                edges.reverse()
                v = meeting.node
                while v != target {
                    edges.append(parentEdge[1][Int(v)])
                    v = parentNode[1][Int(v)]
                    nodes.append(v)
                }
                return PathValue(nodes: nodes, edges: edges)
            }
        }
        return nil
    }
}
