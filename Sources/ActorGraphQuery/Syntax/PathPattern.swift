/// A chain of nodes joined by edges: `(a)-[:backs]->(b)<-[:attacks]-(c)`.
///
/// Build one in Swift by chaining:
/// ```swift
/// let pattern = PathPattern(NodePattern("a", .actor))
///     .followed(by: EdgePattern(.supports, .backs), NodePattern("b", named: "Syrian army"))
/// ```
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    /// The first node.
    public var start: NodePattern
    /// Each further edge and the node it leads to.
    public var steps: [Step]

    /// One edge and the node after it.
    public struct Step: Sendable, Hashable {
        /// The edge.
        public var edge: EdgePattern
        /// The node the edge leads to.
        public var node: NodePattern

        /// Creates a step.
        public init(edge: EdgePattern, node: NodePattern) {
            self.edge = edge
            self.node = node
        }
    }

    /// Creates a pattern of one node and optional steps.
    public init(_ start: NodePattern, steps: [Step] = []) {
        self.start = start
        self.steps = steps
    }

    /// The pattern extended by one more edge and node.
    public func followed(by edge: EdgePattern, _ node: NodePattern) -> PathPattern {
        PathPattern(start, steps: steps + [Step(edge: edge, node: node)])
    }

    /// The nodes in order.
    var nodes: [NodePattern] { [start] + steps.map(\.node) }

    /// The pattern as query text.
    public var description: String {
        start.description + steps.map { $0.edge.description + $0.node.description }.joined()
    }
}
