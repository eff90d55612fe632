/// One column of `RETURN`: an expression and an optional `AS` name.
public struct ReturnItem: Sendable, Hashable, CustomStringConvertible {
    /// What the column holds.
    public var expression: QueryExpression
    /// The column's name when given with `AS`.
    public var alias: String?

    /// Creates a column.
    public init(_ expression: QueryExpression, as alias: String? = nil) {
        self.expression = expression
        self.alias = alias
    }

    /// The column heading: the alias, or the expression as written.
    public var name: String { alias ?? expression.description }

    /// `expression AS alias`.
    public var description: String {
        expression.description + (alias.map { " AS " + QuerySyntax.name($0) } ?? "")
    }
}

/// One key of `ORDER BY`.
public struct SortKey: Sendable, Hashable, CustomStringConvertible {
    /// What to sort by: a column's alias, a returned expression, or (without aggregates) any
    /// expression on the variables.
    public var expression: QueryExpression
    /// True for `DESC`.
    public var descending: Bool

    /// Creates a key.
    public init(_ expression: QueryExpression, descending: Bool = false) {
        self.expression = expression
        self.descending = descending
    }

    /// `expression [DESC]`.
    public var description: String { expression.description + (descending ? " DESC" : "") }
}
