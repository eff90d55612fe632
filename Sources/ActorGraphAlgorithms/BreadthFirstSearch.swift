import Foundation

extension GraphProjection {
    /// The hop distance from `source` to every node on the undirected adjacency; −1 where
    /// unreachable.
    ///
    /// - Complexity: O(V + E).
    public func distances(from source: Int) -> [Int32] {
        let n = nodeCount
        var distance = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        distance[source] = 0
        queue[0] = Int32(source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(queue[head]); head += 1
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbors[k])
                if distance[w] < 0 { distance[w] = distance[v] + 1; queue[tail] = Int32(w); tail += 1 }
            }
        }
        return distance
    }

    /// A shortest path (fewest hops, either direction) from `source` to `target` by bidirectional
    /// breadth-first search, as node indices from `source` to `target`; `nil` when none exists.
    ///
    /// The two searches expand, level by level, whichever frontier is smaller, and stop at the
    /// first meeting, which is on a shortest path. Marks live in zero-filled pages obtained from
    /// `calloc`, so only the pages of visited nodes are touched: the cost is proportional to the
    /// explored part of the graph, not to V. Deterministic: neighbours are scanned in index order.
    ///
    /// - Complexity: O(explored nodes + their arcs), at worst O(V + E).
    public func shortestPath(from source: Int, to target: Int) -> [Int]? {
        precondition(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount, "node out of range")
        if source == target { return [source] }
        let n = nodeCount
        // parent + 1 on each side; 0 = unvisited. The roots point to themselves.
        guard let forward = calloc(n, MemoryLayout<Int32>.stride)?.assumingMemoryBound(to: Int32.self),
              let backward = calloc(n, MemoryLayout<Int32>.stride)?.assumingMemoryBound(to: Int32.self) else {
            return nil
        }
        defer { free(forward); free(backward) }
        forward[source] = Int32(source) + 1
        backward[target] = Int32(target) + 1
        var frontF: [Int32] = [Int32(source)], frontB: [Int32] = [Int32(target)]
        var next: [Int32] = []
        var meetingEdge: (Int, Int)?   // (node reached from the source side, node on the target side)
        return offsets.withUnsafeBufferPointer { off -> [Int]? in
            neighbors.withUnsafeBufferPointer { nb -> [Int]? in
                while !frontF.isEmpty && !frontB.isEmpty && meetingEdge == nil {
                    // Expand the side whose frontier has fewer arcs to scan.
                    var arcsF = 0, arcsB = 0
                    for v in frontF { arcsF += off[Int(v) + 1] - off[Int(v)] }
                    for v in frontB { arcsB += off[Int(v) + 1] - off[Int(v)] }
                    let expandForward = arcsF <= arcsB
                    let mine = expandForward ? forward : backward
                    let other = expandForward ? backward : forward
                    next.removeAll(keepingCapacity: true)
                    search: for v in (expandForward ? frontF : frontB) {
                        let vi = Int(v)
                        for k in off[vi]..<off[vi + 1] {
                            let w = Int(nb[k])
                            if other[w] != 0 {
                                meetingEdge = expandForward ? (vi, w) : (w, vi)
                                break search
                            }
                            if mine[w] == 0 { mine[w] = v + 1; next.append(Int32(w)) }
                        }
                    }
                    if expandForward { swap(&frontF, &next) } else { swap(&frontB, &next) }
                }
                guard let (a, b) = meetingEdge else { return nil }
                var left: [Int] = []
                var v = a
                while true { left.append(v); let p = Int(forward[v]) - 1; if p == v { break }; v = p }
                left.reverse()
                v = b
                while true { left.append(v); let p = Int(backward[v]) - 1; if p == v { break }; v = p }
                return left
            }
        }
    }
}
