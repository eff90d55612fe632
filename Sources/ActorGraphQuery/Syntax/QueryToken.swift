/// One token of query text, with where it starts.
struct QueryToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A name: keyword, variable, label, relation, property or function. Backquoted names
        /// (`` `odd name` ``) are identifiers too, flagged by `isQuoted`.
        case identifier(String, isQuoted: Bool)
        case string(String)
        case integer(Int)
        case number(Double)
        /// Punctuation: `( ) [ ] { } : , . .. | * - < > = <> != <= >= + ;`
        case symbol(String)
        case end
    }

    var kind: Kind
    var location: SourceLocation

    /// How the token reads in an error message: `'('`, `"Aleppo"`, `end of query`.
    var quoted: String {
        switch kind {
        case let .identifier(name, isQuoted): isQuoted ? "`\(name)`" : "'\(name)'"
        case let .string(text): "\"" + (text.count > 30 ? String(text.prefix(30)) + "…" : text) + "\""
        case let .integer(value): "'\(value)'"
        case let .number(value): "'\(value)'"
        case let .symbol(symbol): "'\(symbol)'"
        case .end: "end of query"
        }
    }

    /// True for the keyword `word`, compared case-insensitively (never for a backquoted name).
    func isKeyword(_ word: String) -> Bool {
        if case let .identifier(name, false) = kind { return name.equalsIgnoringCase(word) }
        return false
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = kind { return true }
        return false
    }
}

extension String {
    func equalsIgnoringCase(_ other: String) -> Bool {
        count == other.count && lowercased() == other.lowercased()
    }
}
