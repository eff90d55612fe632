/// Checks shared by the parser (which adds the position) and ``QueryEngine`` (for queries built
/// in Swift), so both refuse the same queries with the same words.
enum QueryValidation {
    /// What is wrong with sorting by `key` given the `RETURN` columns, or `nil`.
    ///
    /// - A column name given with `AS` may be used, but only alone (not inside an expression).
    /// - With `DISTINCT` or an aggregate in `RETURN`, the key must be a returned column.
    /// - An aggregate may be a key only if `RETURN` has the same aggregate.
    static func orderingProblem(_ key: SortKey, items: [ReturnItem], isDistinct: Bool, variables: Set<String>) -> String? {
        let aliases = Set(items.compactMap(\.alias)).subtracting(variables)
        let isColumn = items.contains { $0.expression == key.expression || $0.alias.map(QueryExpression.variable) == key.expression }
        if !isColumn, let alias = key.expression.variables.intersection(aliases).sorted().first {
            return "the column name \"\(alias)\" can be used in ORDER BY only alone, not inside an expression"
        }
        let aggregating = isDistinct || items.contains { $0.expression.containsAggregate }
        if aggregating && !isColumn {
            return "with DISTINCT or an aggregate in RETURN, ORDER BY must name a returned column (\(items.map(\.name).joined(separator: ", ")))"
        }
        if key.expression.containsAggregate && !isColumn {
            return "ORDER BY can use an aggregate only if RETURN has it too"
        }
        return nil
    }

    /// What is wrong with the edge of a `PATH SHORTEST` pattern, or `nil`.
    static func shortestPathProblem(_ edge: EdgePattern) -> String? {
        if let hops = edge.hops, hops.lowerBound > 1 {
            return "PATH SHORTEST finds the shortest paths, so its length range must start at 0 or 1 (*\(hops.lowerBound)..\(hops.upperBound) given); use MATCH with -[*\(hops.lowerBound)..\(hops.upperBound)]- for longer paths"
        }
        return nil
    }
}
