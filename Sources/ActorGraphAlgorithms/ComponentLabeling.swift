import ActorGraph

/// A labelling of nodes by connected component.
///
/// Components are numbered `0..<count` in order of their smallest node index, so the numbering
/// is canonical (for an ``ActorGraph`` projection, in order of each component's first id).
public struct ComponentLabeling: Sendable, Hashable {
    /// The component of each node, by node index.
    public var labels: [Int32]
    /// The number of components.
    public var count: Int

    /// Creates a labelling.
    public init(labels: [Int32], count: Int) {
        self.labels = labels
        self.count = count
    }

    /// The node indices of each component, each list increasing.
    public var members: [[Int]] {
        var groups = [[Int]](repeating: [], count: count)
        for (node, label) in labels.enumerated() { groups[Int(label)].append(node) }
        return groups
    }

    /// The size of the largest component (0 for an empty graph).
    public var largestSize: Int {
        var sizes = [Int](repeating: 0, count: count)
        for label in labels { sizes[Int(label)] += 1 }
        return sizes.max() ?? 0
    }
}

extension GraphProjection {
    /// The weakly connected components: nodes joined by a path ignoring direction.
    ///
    /// Breadth-first search over the undirected adjacency. Complexity: O(V + E).
    public func connectedComponents() -> ComponentLabeling {
        let n = nodeCount
        var labels = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                labels.withUnsafeMutableBufferPointer { lab in
                    queue.withUnsafeMutableBufferPointer { q in
                        for start in 0..<n where lab[start] < 0 {
                            lab[start] = count
                            q[0] = Int32(start)
                            var head = 0, tail = 1
                            while head < tail {
                                let v = Int(q[head]); head += 1
                                for k in off[v]..<off[v + 1] {
                                    let w = Int(nb[k])
                                    if lab[w] < 0 { lab[w] = count; q[tail] = Int32(w); tail += 1 }
                                }
                            }
                            count += 1
                        }
                    }
                }
            }
        }
        return ComponentLabeling(labels: labels, count: Int(count))
    }

    /// The strongly connected components: nodes that reach each other along arcs.
    ///
    /// Tarjan's algorithm, iterative (no recursion limit). Components are renumbered in order of
    /// their smallest node index. Complexity: O(V + E).
    public func stronglyConnectedComponents() -> ComponentLabeling {
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var callNode: [Int32] = [], callArc: [Int] = []
        var raw = [Int32](repeating: -1, count: n)
        var counter: Int32 = 0, components: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            callNode.append(Int32(root)); callArc.append(outOffsets[root])
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let top = callNode.last {
                let v = Int(top)
                let arc = callArc[callArc.count - 1]
                if arc < outOffsets[v + 1] {
                    callArc[callArc.count - 1] = arc + 1
                    let w = Int(outTargets[arc])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        callNode.append(Int32(w)); callArc.append(outOffsets[w])
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    callNode.removeLast(); callArc.removeLast()
                    if let parent = callNode.last { low[Int(parent)] = min(low[Int(parent)], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            raw[Int(w)] = components
                            if Int(w) == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        // Renumber by smallest member.
        var rename = [Int32](repeating: -1, count: Int(components))
        var next: Int32 = 0
        var labels = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            let r = Int(raw[v])
            if rename[r] < 0 { rename[r] = next; next += 1 }
            labels[v] = rename[r]
        }
        return ComponentLabeling(labels: labels, count: Int(components))
    }
}

extension ActorGraph {
    /// The connected components as lists of node ids: weak (ignoring direction) by default,
    /// strong (mutually reachable along edge direction, symmetric relations both ways) if asked.
    ///
    /// Each component is sorted by id; components are sorted by size, largest first, then by
    /// first id. Complexity: O(V + E).
    public func connectedComponents(strong: Bool = false) -> [[String]] {
        let projection = GraphProjection(self)
        let labeling = strong ? projection.stronglyConnectedComponents() : projection.connectedComponents()
        return labeling.members
            .map { $0.map { projection.nodeIDs[$0] } }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }
}
