extension ActorGraph {
    /// The union of `graphs`: the same graph as merging each in turn into an empty graph with
    /// ``merge(_:)``, built in time linear in the input when the graphs' spans come in order
    /// (each graph's mentions and evidence sort after those of the graphs before it, as with one
    /// graph per document, in document order); other input falls back to ``merge(_:)``'s work.
    ///
    /// ```swift
    /// let corpus = ActorGraph(merging: documentGraphs)
    /// ```
    public init(merging graphs: [ActorGraph]) {
        self.init()
        var nodes: [String: MergingNode] = [:]
        var edges: [Edge.Key: MergingEdge] = [:]
        for graph in graphs {
            for document in graph.documentsByID.values { add(document) }
            graph.forEachNode { node in
                if let i = nodes.index(forKey: node.id) {
                    nodes.values[i].absorb(node)
                } else {
                    nodes[node.id] = MergingNode(node)
                }
            }
            graph.forEachEdge { edge in
                let key = edge.key
                if let i = edges.index(forKey: key) {
                    edges.values[i].absorb(edge)
                } else {
                    edges[key] = MergingEdge(edge)
                }
            }
        }
        nodesByID = nodes.mapValues(\.node)
        edgesByKey = edges.mapValues(\.edge)
    }
}

/// A node being merged, and whether its mentions are strictly increasing (so that mentions that
/// all come after the last one can be appended: the sorted union ``Node/merge(_:)`` makes).
private struct MergingNode {
    var node: Node
    var mentionsInOrder: Bool

    init(_ node: Node) {
        self.node = node
        self.mentionsInOrder = node.mentions.isStrictlyIncreasing
    }

    mutating func absorb(_ other: Node) {
        if mentionsInOrder && follows(other.mentions, node.mentions) {
            node.mergeAllButMentions(other)
            node.mentions.append(contentsOf: other.mentions)
        } else {
            node.merge(other)
            mentionsInOrder = true  // merge leaves the mentions sorted and unique
        }
    }
}

/// An edge being merged, and whether its evidence is strictly increasing (see ``MergingNode``).
private struct MergingEdge {
    var edge: Edge
    var evidenceInOrder: Bool

    init(_ edge: Edge) {
        self.edge = edge
        self.evidenceInOrder = edge.evidence.isStrictlyIncreasing
    }

    mutating func absorb(_ other: Edge) {
        if evidenceInOrder && follows(other.evidence, edge.evidence) {
            // What ``Edge/merge(_:)`` gives when every span of `other` is new.
            precondition(other.key == edge.key, "merging edges with different keys")
            edge.weight = max(edge.weight + other.evidence.count, other.weight, 1)
            edge.evidence.append(contentsOf: other.evidence)
        } else {
            edge.merge(other)
            evidenceInOrder = true  // merge leaves the evidence sorted and unique
        }
    }
}

/// True when `spans` is strictly increasing and starts after the last of `existing` (strictly
/// increasing too), so that `existing + spans` is strictly increasing.
private func follows(_ spans: [TextSpan], _ existing: [TextSpan]) -> Bool {
    guard let first = spans.first, let last = existing.last else { return spans.isStrictlyIncreasing }
    return last < first && spans.isStrictlyIncreasing
}
