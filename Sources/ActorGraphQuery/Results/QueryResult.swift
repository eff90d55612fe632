import ActorGraph

/// The answer to a query: named columns, rows of values, the evidence of every row, and the
/// matched part of the graph (for drawing it).
///
/// ```swift
/// let result = try graph.query("""
///     MATCH (a:actor)-[e:supports|backs]->(b) RETURN a, b ORDER BY a
///     """)
/// for row in result.rows {
///     print(row["a"]?.node?.label ?? "", "→", row["b"]?.node?.label ?? "")
///     for span in row.evidence { print("  ", span.text) }
/// }
/// ```
public struct QueryResult: Sendable, Hashable {
    /// The column names, in `RETURN` order.
    public var columns: [String]
    /// The rows, in `ORDER BY` order (by the columns, left to right, without one).
    public var rows: [QueryRow]
    /// The part of the graph the rows show, with the graph's documents: every node, edge and
    /// path in the returned rows (after `SKIP`/`LIMIT`) and the edges of their evidence, with
    /// their end nodes — the subgraph a diagram of the answer draws. Empty unless the query ran
    /// with ``QueryOptions/collectsSubgraph``.
    public var subgraph: ActorGraph

    /// Creates a result.
    public init(columns: [String], rows: [QueryRow], subgraph: ActorGraph = ActorGraph()) {
        self.columns = columns
        self.rows = rows
        self.subgraph = subgraph
    }
}

/// One row of a ``QueryResult``.
public struct QueryRow: Sendable, Hashable {
    /// The column names (shared with the result).
    public var columns: [String]
    /// The values, one per column.
    public var values: [QueryValue]
    /// The edges the row's matches went through, in key order (at most
    /// ``QueryOptions/evidenceLimit`` per row).
    public var edges: [Edge]

    /// Creates a row.
    public init(columns: [String], values: [QueryValue], edges: [Edge]) {
        self.columns = columns
        self.values = values
        self.edges = edges
    }

    /// The value of the column called `column`, or `nil` if there is no such column.
    public subscript(column: String) -> QueryValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    /// The evidence sentences of the row's edges, in document order, without repeats.
    public var evidence: [TextSpan] {
        Array(Set(edges.flatMap(\.evidence))).sorted()
    }
}

/// How a query runs.
public struct QueryOptions: Sendable, Hashable {
    /// The most pattern-matching steps (edges examined) before the query is stopped with an
    /// error instead of running on; guards against patterns that explode on a big graph.
    public var stepLimit: Int
    /// The most edges kept as evidence per row.
    public var evidenceLimit: Int
    /// The most rows (or groups) an answer may have before the query is stopped with an error;
    /// with `LIMIT` and no grouping only `SKIP + LIMIT` rows are ever kept, so this bounds memory.
    public var rowLimit: Int
    /// Whether to gather the subgraph the answer shows (``QueryResult/subgraph``).
    public var collectsSubgraph: Bool

    /// Creates options: 200 million steps, 2 million rows, 100 evidence edges per row, no subgraph.
    public init(stepLimit: Int = 200_000_000, rowLimit: Int = 2_000_000, evidenceLimit: Int = 100,
                collectsSubgraph: Bool = false) {
        self.stepLimit = stepLimit
        self.rowLimit = rowLimit
        self.evidenceLimit = evidenceLimit
        self.collectsSubgraph = collectsSubgraph
    }
}
