import ActorGraph

/// A chain of relations between two nodes, as returned by ``ActorGraph/shortestPaths(from:to:limit:metric:)``.
///
/// `edges[i]` joins `nodes[i]` and `nodes[i + 1]`, in either direction (paths ignore direction:
/// "Russia backs X, the UN condemns X" connects Russia and the UN). When several edges join the
/// same pair, the step shows the best attested one (highest weight, then edge key order). Edges
/// carry their evidence, so every step can be read in the source articles.
public struct RelationPath: Sendable, Hashable {
    /// The node ids from the start to the end of the path.
    public var nodes: [String]
    /// One edge per step, `edges.count == nodes.count - 1`.
    public var edges: [Edge]

    /// Creates a path.
    public init(nodes: [String], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The number of steps.
    public var length: Int { edges.count }

    /// `{"nodes": [ids…], "edges": [edges with evidence…]}`.
    public var jsonValue: JSONValue {
        .object([("nodes", .array(nodes.map(JSONValue.string))), ("edges", .array(edges.map(\.jsonValue)))])
    }

    /// The path as readable text, one line per step, each followed by its first evidence
    /// sentence, e.g.
    ///
    /// ```
    /// Hezbollah fights Rebels
    ///     "Hezbollah fighters battled rebels in the east." (aleppo-01.txt)
    /// ```
    ///
    /// - Parameter graph: the graph the path comes from, for labels.
    public func text(in graph: ActorGraph, indent: String = "  ") -> String {
        func label(_ id: String) -> String { graph.node(withID: id)?.label ?? id }
        var lines: [String] = []
        for edge in edges {
            let verb = edge.relation.rawValue.replacingOccurrences(of: "-", with: " ")
            var line = "\(indent)\(label(edge.source)) \(verb) \(label(edge.target))"
            if edge.weight > 1 { line += " (\(edge.weight) reports)" }
            lines.append(line)
            if let span = edge.evidence.first {
                let sentence = span.text.count > 200 ? String(span.text.prefix(197)) + "…" : span.text
                lines.append("\(indent)    \u{201C}\(sentence)\u{201D} (\(span.document))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
