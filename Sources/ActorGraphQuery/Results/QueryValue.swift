import ActorGraph

/// One cell of a query result.
///
/// ```swift
/// let rows = try graph.query("MATCH (a)-[:supports]->(b) RETURN a, count(*) AS n").rows
/// rows[0]["a"]?.node?.label   // "Russia"
/// rows[0]["n"]?.int           // 1
/// ```
public enum QueryValue: Sendable, Hashable {
    /// No value (a missing category, a statement's absent quote…).
    case null
    /// A boolean.
    case bool(Bool)
    /// A whole number (weights, counts, lengths).
    case int(Int)
    /// A number with a fraction (`avg`).
    case double(Double)
    /// Text.
    case string(String)
    /// A list (`collect`, multi-valued properties such as `document`).
    case list([QueryValue])
    /// A node of the graph.
    case node(Node)
    /// An edge of the graph, with its evidence.
    case edge(Edge)
    /// A path: nodes and the edges between them.
    case path(QueryPath)

    /// The node, if the value is one.
    public var node: Node? { if case let .node(v) = self { v } else { nil } }
    /// The edge, if the value is one.
    public var edge: Edge? { if case let .edge(v) = self { v } else { nil } }
    /// The path, if the value is one.
    public var path: QueryPath? { if case let .path(v) = self { v } else { nil } }
    /// The text, if the value is a string.
    public var string: String? { if case let .string(v) = self { v } else { nil } }
    /// The whole number, if the value is one.
    public var int: Int? { if case let .int(v) = self { v } else { nil } }
    /// The number, if the value is an int or a double.
    public var double: Double? {
        switch self {
        case let .int(v): Double(v)
        case let .double(v): v
        default: nil
        }
    }
    /// The items, if the value is a list.
    public var list: [QueryValue]? { if case let .list(v) = self { v } else { nil } }
    /// The boolean, if the value is one.
    public var bool: Bool? { if case let .bool(v) = self { v } else { nil } }
}

/// A chain of edges returned by a variable-length pattern or `PATH SHORTEST`.
public struct QueryPath: Sendable, Hashable {
    /// The nodes from start to end.
    public var nodes: [Node]
    /// The edges between consecutive nodes (one fewer than the nodes).
    public var edges: [Edge]

    /// Creates a path.
    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The number of edges.
    public var length: Int { edges.count }
}
