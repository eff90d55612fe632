/// An expression in `WHERE`, `RETURN` or `ORDER BY`.
///
/// ```swift
/// // e.weight >= 2 AND a.category = "state"
/// let filter: QueryExpression = .and(
///     .compare(.property("e", "weight"), .greaterThanOrEqual, 2),
///     .compare(.property("a", "category"), .equal, "state"))
/// ```
public indirect enum QueryExpression: Sendable, Hashable, CustomStringConvertible,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// A constant.
    case literal(QueryLiteral)
    /// A node, edge or path variable.
    case variable(String)
    /// `variable.property`
    case property(String, String)
    /// A function call such as `length(p)` or an aggregate such as `count(DISTINCT a)`.
    case call(String, [QueryExpression], distinct: Bool)
    /// `count(*)`
    case countAll
    /// `[e1, e2, …]`
    case list([QueryExpression])
    /// `NOT e`
    case not(QueryExpression)
    /// `a AND b`
    case and(QueryExpression, QueryExpression)
    /// `a OR b`
    case or(QueryExpression, QueryExpression)
    /// `a <op> b`
    case compare(QueryExpression, ComparisonOperator, QueryExpression)
    /// `e IS NULL` (or `IS NOT NULL` when negated)
    case isNull(QueryExpression, negated: Bool)
    /// `a:place` or `a:militia|state`: the node variable has one of the labels.
    case hasLabel(String, [NodeLabel])

    /// Creates a string constant.
    public init(stringLiteral value: String) { self = .literal(.string(value)) }
    /// Creates an integer constant.
    public init(integerLiteral value: Int) { self = .literal(.integer(value)) }

    /// The aggregate functions.
    static let aggregates: Set<String> = ["count", "sum", "min", "max", "avg", "collect"]
    /// The other functions, with their number of arguments.
    static let functions: [String: Int] = ["length": 1, "type": 1, "id": 1, "label": 1, "size": 1,
                                           "nodes": 1, "relations": 1, "lower": 1, "upper": 1]

    /// True when the expression contains an aggregate.
    var containsAggregate: Bool {
        switch self {
        case .countAll: true
        case let .call(name, arguments, _): Self.aggregates.contains(name) || arguments.contains(where: \.containsAggregate)
        case .literal, .variable, .property, .hasLabel: false
        case let .list(items): items.contains(where: \.containsAggregate)
        case let .not(e), let .isNull(e, _): e.containsAggregate
        case let .and(a, b), let .or(a, b), let .compare(a, _, b): a.containsAggregate || b.containsAggregate
        }
    }

    /// True when the expression is itself an aggregate call (`count(*)`, `collect(a)`…).
    var isAggregateCall: Bool {
        switch self {
        case .countAll: true
        case let .call(name, _, _): Self.aggregates.contains(name)
        default: false
        }
    }

    /// The variables the expression reads.
    var variables: Set<String> {
        switch self {
        case .literal, .countAll: []
        case let .variable(name), let .property(name, _), let .hasLabel(name, _): [name]
        case let .call(_, arguments, _): arguments.reduce(into: []) { $0.formUnion($1.variables) }
        case let .list(items): items.reduce(into: []) { $0.formUnion($1.variables) }
        case let .not(e), let .isNull(e, _): e.variables
        case let .and(a, b), let .or(a, b), let .compare(a, _, b): a.variables.union(b.variables)
        }
    }

    /// The top-level `AND` terms.
    var conjuncts: [QueryExpression] {
        if case let .and(a, b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// The expression as query text (fully parenthesised where precedence needs it).
    public var description: String {
        switch self {
        case let .literal(literal): literal.description
        case let .variable(name): QuerySyntax.name(name)
        case let .property(name, key): QuerySyntax.name(name) + "." + QuerySyntax.name(key)
        case let .call(name, arguments, distinct):
            name + "(" + (distinct ? "DISTINCT " : "") + arguments.map(\.description).joined(separator: ", ") + ")"
        case .countAll: "count(*)"
        case let .list(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case let .not(e): "NOT " + e.parenthesised
        case let .and(a, b): a.parenthesised(inside: "AND") + " AND " + b.parenthesised(inside: "AND")
        case let .or(a, b): a.parenthesised(inside: "OR") + " OR " + b.parenthesised(inside: "OR")
        case let .compare(a, op, b): a.parenthesised + " " + op.rawValue + " " + b.parenthesised
        case let .isNull(e, negated): e.parenthesised + (negated ? " IS NOT NULL" : " IS NULL")
        case let .hasLabel(name, labels): QuerySyntax.name(name) + ":" + labels.map(\.description).joined(separator: "|")
        }
    }

    private var parenthesised: String {
        switch self {
        case .and, .or, .compare, .not, .isNull: "(" + description + ")"
        default: description
        }
    }

    private func parenthesised(inside operation: String) -> String {
        switch self {
        case .and where operation == "AND", .or where operation == "OR": description
        case .compare, .isNull, .not: description
        case .and, .or: "(" + description + ")"
        default: description
        }
    }
}

/// A comparison in an expression.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    /// `=` (numbers compare by value, so `1 = 1.0`)
    case equal = "="
    /// `<>` (also written `!=`)
    case notEqual = "<>"
    /// `<` on numbers, or on text in code-point order (dates as `YYYY-MM-DD` sort correctly)
    case less = "<"
    /// `<=`
    case lessThanOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterThanOrEqual = ">="
    /// `x IN [list]`
    case `in` = "IN"
    /// `text CONTAINS "word"` (case-insensitive)
    case contains = "CONTAINS"
    /// `text STARTS WITH "prefix"` (case-insensitive)
    case startsWith = "STARTS WITH"
    /// `text ENDS WITH "suffix"` (case-insensitive)
    case endsWith = "ENDS WITH"
}
