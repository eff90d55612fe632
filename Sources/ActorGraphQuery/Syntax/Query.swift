/// A parsed (or built) query: patterns to match, a filter, and what to return.
///
/// Two forms:
/// - `MATCH pattern, … [WHERE …] [OPTIONAL MATCH pattern, … [WHERE …]]… RETURN [DISTINCT] …
///   [ORDER BY …] [SKIP n] [LIMIT n]`
/// - `PATH [ALL] SHORTEST (a …)-[…]-(b …) [WHERE …] [RETURN …] [ORDER BY …] [LIMIT n]`, the
///   shortest relationship paths between the nodes the two ends match.
///
/// ```swift
/// let query = try Query(parsing: "MATCH (a)-[:supports]->(b {name: \"Syrian army\"}) RETURN a")
///
/// // The same, built in Swift:
/// let built = Query(matching: PathPattern(NodePattern("a"))
///         .followed(by: EdgePattern(.supports), NodePattern("b", named: "Syrian army")))
///     .returning(ReturnItem(.variable("a")))
/// ```
public struct Query: Sendable, Hashable, CustomStringConvertible {
    /// The patterns; a variable used in several of them joins them.
    public var patterns: [PathPattern]
    /// For the `PATH` form: one shortest path per pair, or all of them.
    public var shortest: ShortestPathMode?
    /// The `WHERE` condition of the `MATCH`.
    public var filter: QueryExpression?
    /// `OPTIONAL MATCH` clauses, in order: each extends every match where it can and leaves
    /// its new variables `null` where it cannot.
    public var optionalMatches: [OptionalMatch]
    /// The `RETURN` columns; empty returns every named variable.
    public var returnItems: [ReturnItem]
    /// `RETURN DISTINCT`.
    public var isDistinct: Bool
    /// `ORDER BY` keys; without them rows come sorted by their columns, left to right.
    public var ordering: [SortKey]
    /// `SKIP n`.
    public var skip: Int?
    /// `LIMIT n`.
    public var limit: Int?

    /// Creates a query.
    public init(patterns: [PathPattern], shortest: ShortestPathMode? = nil, filter: QueryExpression? = nil,
                optionalMatches: [OptionalMatch] = [], returnItems: [ReturnItem] = [], isDistinct: Bool = false,
                ordering: [SortKey] = [], skip: Int? = nil, limit: Int? = nil) {
        self.patterns = patterns
        self.shortest = shortest
        self.filter = filter
        self.optionalMatches = optionalMatches
        self.returnItems = returnItems
        self.isDistinct = isDistinct
        self.ordering = ordering
        self.skip = skip
        self.limit = limit
    }

    /// A `MATCH` query over the given patterns.
    public init(matching patterns: PathPattern...) {
        self.init(patterns: patterns)
    }

    /// A `PATH SHORTEST` query: the shortest paths along `pattern`, whose single edge is
    /// taken as variable length (`*1..` unless given).
    public init(shortestPath pattern: PathPattern, mode: ShortestPathMode = .one) {
        self.init(patterns: [pattern], shortest: mode)
    }

    /// Parses query text.
    ///
    /// - Throws: ``QueryError`` with the line and column of the first problem.
    public init(parsing text: String) throws(QueryError) {
        self = try QueryParser.parse(text)
    }

    /// The query with a `WHERE` condition (joined by `AND` to one already there).
    public func filtered(where condition: QueryExpression) -> Query {
        var copy = self
        copy.filter = filter.map { .and($0, condition) } ?? condition
        return copy
    }

    /// The query with one more `OPTIONAL MATCH`.
    public func optionallyMatching(_ patterns: PathPattern..., where condition: QueryExpression? = nil) -> Query {
        var copy = self
        copy.optionalMatches.append(OptionalMatch(patterns: patterns, filter: condition))
        return copy
    }

    /// The query returning these columns.
    public func returning(_ items: ReturnItem..., distinct: Bool = false) -> Query {
        var copy = self
        copy.returnItems = items
        copy.isDistinct = distinct
        return copy
    }

    /// The query with these `ORDER BY` keys.
    public func ordered(by keys: SortKey...) -> Query {
        var copy = self
        copy.ordering = keys
        return copy
    }

    /// The query keeping at most `count` rows.
    public func limited(to count: Int) -> Query {
        var copy = self
        copy.limit = count
        return copy
    }

    /// The query as text that parses back to the same query.
    public var description: String {
        var parts: [String] = []
        if let shortest {
            parts.append("PATH " + (shortest == .all ? "ALL SHORTEST " : "SHORTEST ") + patterns.map(\.description).joined(separator: ", "))
        } else {
            parts.append("MATCH " + patterns.map(\.description).joined(separator: ", "))
        }
        if let filter { parts.append("WHERE " + filter.description) }
        for optional in optionalMatches {
            parts.append("OPTIONAL MATCH " + optional.patterns.map(\.description).joined(separator: ", "))
            if let filter = optional.filter { parts.append("WHERE " + filter.description) }
        }
        if !returnItems.isEmpty {
            parts.append("RETURN " + (isDistinct ? "DISTINCT " : "") + returnItems.map(\.description).joined(separator: ", "))
        }
        if !ordering.isEmpty { parts.append("ORDER BY " + ordering.map(\.description).joined(separator: ", ")) }
        if let skip { parts.append("SKIP \(skip)") }
        if let limit { parts.append("LIMIT \(limit)") }
        return parts.joined(separator: " ")
    }
}

/// `OPTIONAL MATCH patterns [WHERE condition]`: like `MATCH`, but a match of the clauses before
/// it is kept (with this clause's new variables `null`) when these patterns do not match.
///
/// ```swift
/// // Every statement, with what it is about when it names anything.
/// try graph.query("MATCH (s:statement) OPTIONAL MATCH (s)-[:about]->(x) RETURN s, collect(x) AS about")
/// ```
public struct OptionalMatch: Sendable, Hashable {
    /// The patterns, joined with the earlier clauses by shared variables.
    public var patterns: [PathPattern]
    /// The clause's own `WHERE` condition: a failing condition counts as no match.
    public var filter: QueryExpression?

    /// Creates a clause.
    public init(patterns: [PathPattern], filter: QueryExpression? = nil) {
        self.patterns = patterns
        self.filter = filter
    }
}

/// How many shortest paths a `PATH` query returns per pair of end nodes.
public enum ShortestPathMode: Sendable, Hashable {
    /// `PATH SHORTEST`: one of the shortest (which one is fixed for a given graph and query).
    case one
    /// `PATH ALL SHORTEST`: every shortest path.
    case all
}
