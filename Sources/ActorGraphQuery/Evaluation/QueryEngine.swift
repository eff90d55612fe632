import ActorGraph

/// Answers queries over one graph. Building the engine indexes the graph once (O(V log V + E));
/// keep it to run many queries. The engine is a value and safe to share across threads.
///
/// ```swift
/// let engine = QueryEngine(graph)
/// let allies = try engine.run("MATCH (a)-[:supports|backs]->(b {name: \"Syrian army\"}) RETURN a")
/// let chain = try engine.run("PATH SHORTEST (a {name: \"Hezbollah\"})-[p*]-(b {name: \"United Nations\"}) RETURN p")
/// ```
public struct QueryEngine: Sendable {
    let index: QueryIndex

    /// Indexes `graph` for querying.
    public init(_ graph: ActorGraph) {
        index = QueryIndex(graph)
    }

    /// The graph the engine answers about.
    public var graph: ActorGraph { index.graph }

    /// Parses and runs query text.
    ///
    /// - Throws: ``QueryError`` for a syntax error (with line and column), a name no node has
    ///   (with near matches), or a query that exceeds ``QueryOptions/stepLimit``.
    public func run(_ text: String, options: QueryOptions = QueryOptions()) throws(QueryError) -> QueryResult {
        try run(Query(parsing: text), options: options)
    }

    /// Runs a parsed or built query.
    public func run(_ query: Query, options: QueryOptions = QueryOptions()) throws(QueryError) -> QueryResult {
        let (slots, order) = try Self.variables(of: query)
        try Self.check(query, variables: slots.keys)
        let evaluator = ExpressionEvaluator(index: index, slots: slots)
        let matcher = PatternMatcher(index: index, evaluator: evaluator, slotCount: slots.count, options: options)
        let items = query.returnItems.isEmpty ? order.map { ReturnItem(.variable($0)) } : query.returnItems
        guard !items.isEmpty else { throw QueryError("the query returns nothing: name a variable in the pattern or add RETURN") }
        if let skip = query.skip, skip < 0 { throw QueryError("SKIP must not be negative") }
        if let limit = query.limit, limit < 0 { throw QueryError("LIMIT must not be negative") }
        let collector = RowCollector(index: index, evaluator: evaluator, items: items, isDistinct: query.isDistinct,
                                     ordering: query.ordering, skip: query.skip, limit: query.limit, options: options)
        if let mode = query.shortest {
            guard query.optionalMatches.isEmpty else { throw QueryError("OPTIONAL MATCH cannot follow PATH SHORTEST") }
            guard query.patterns.count == 1, query.patterns[0].steps.count == 1 else {
                throw QueryError("PATH SHORTEST takes one pattern with one edge, e.g. (a)-[*..6]-(b)")
            }
            try matcher.runShortest(query.patterns[0], mode: mode, filter: query.filter) { collector.add($0) }
        } else {
            guard !query.patterns.isEmpty else { throw QueryError("the query has no pattern to match") }
            try matcher.prepare(query.patterns, filter: query.filter, optionalMatches: query.optionalMatches)
            try matcher.run { collector.add($0) }
        }
        return collector.result()
    }

    /// Slots for the variables in pattern order, and that order.
    static func variables(of query: Query) throws(QueryError) -> ([String: Int], [String]) {
        var slots: [String: Int] = [:]
        var order: [String] = []
        func add(_ name: String?) {
            guard let name, slots[name] == nil else { return }
            slots[name] = order.count
            order.append(name)
        }
        for pattern in query.patterns + query.optionalMatches.flatMap(\.patterns) {
            add(pattern.start.variable)
            for step in pattern.steps {
                add(step.edge.variable)
                add(step.node.variable)
            }
        }
        return (slots, order)
    }

    /// Checks a built query the way the parser checks text: every variable used is defined.
    static func check(_ query: Query, variables: Dictionary<String, Int>.Keys) throws(QueryError) {
        var used = query.filter?.variables ?? []
        for optional in query.optionalMatches { used.formUnion(optional.filter?.variables ?? []) }
        for item in query.returnItems { used.formUnion(item.expression.variables) }
        let aliases = Set(query.returnItems.compactMap(\.alias))
        for key in query.ordering { used.formUnion(key.expression.variables.subtracting(aliases)) }
        if let item = query.returnItems.first(where: { $0.expression.containsAggregate && !$0.expression.isAggregateCall }) {
            throw QueryError("an aggregate must be a whole column, not part of \(item.expression)")
        }
        let known = Set(variables)
        if let unknown = used.subtracting(known).sorted().first {
            throw QueryError("unknown variable \"\(unknown)\"\(QuerySyntax.didYouMean(unknown, among: known.sorted()))")
        }
        for key in query.ordering {
            if let problem = QueryValidation.orderingProblem(key, items: query.returnItems, isDistinct: query.isDistinct, variables: known) {
                throw QueryError(problem)
            }
        }
        if query.shortest != nil, let edge = query.patterns.first?.steps.first?.edge, let problem = QueryValidation.shortestPathProblem(edge) {
            throw QueryError(problem)
        }
    }
}

extension ActorGraph {
    /// Runs a query on the graph.
    ///
    /// ```swift
    /// let result = try graph.query("MATCH (a:actor)-[:conflict]-(b {name: \"Rebels\"}) RETURN DISTINCT a")
    /// let names = result.rows.compactMap { $0["a"]?.node?.label }
    /// ```
    /// To run several queries on one graph, build a ``QueryEngine`` once instead.
    public func query(_ text: String, options: QueryOptions = QueryOptions()) throws(QueryError) -> QueryResult {
        try QueryEngine(self).run(text, options: options)
    }

    /// Runs a query built in Swift.
    public func query(_ query: Query, options: QueryOptions = QueryOptions()) throws(QueryError) -> QueryResult {
        try QueryEngine(self).run(query, options: options)
    }
}
