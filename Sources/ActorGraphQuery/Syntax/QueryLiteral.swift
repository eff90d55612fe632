/// A constant written in a query: a string, number, boolean, `null` or a list.
public enum QueryLiteral: Sendable, Hashable, CustomStringConvertible,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    /// `"Aleppo"`
    case string(String)
    /// `2`
    case integer(Int)
    /// `0.5`
    case number(Double)
    /// `true` or `false`
    case boolean(Bool)
    /// `null`
    case null
    /// `["a", "b"]`
    case list([QueryLiteral])

    /// Creates a string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates an integer literal.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// Creates a number literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// Creates a boolean literal.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }

    /// The literal as query text, strings double-quoted and escaped.
    public var description: String {
        switch self {
        case let .string(text): QuerySyntax.quoted(text)
        case let .integer(value): String(value)
        case let .number(value): String(value)
        case let .boolean(value): value ? "true" : "false"
        case .null: "null"
        case let .list(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
