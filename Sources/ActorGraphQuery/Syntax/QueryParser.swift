/// Recursive-descent parser for the query language (grammar in docs/query.md).
///
/// Besides syntax it checks what can be checked without a graph: variables are defined before
/// use and keep one type, properties exist for the variable's type, functions exist with the
/// right number of arguments, aggregates appear only in `RETURN` and `ORDER BY`. Every error
/// carries the location of the token at fault. Nesting is limited to
/// ``QueryParser/maximumNesting`` levels so deep brackets cannot exhaust the stack.
struct QueryParser {
    static let maximumNesting = 64

    /// Tokens are read one at a time, so a query that goes wrong early is refused without
    /// scanning the rest (1 MB of brackets fails at the 65th).
    private var lexer: QueryLexer
    private(set) var current: QueryToken
    /// A lexical error met while reading ahead; reported in place of any parse error after it.
    private var lexicalError: QueryError?
    private var depth = 0
    private var variables: [String: QueryVariableType] = [:]
    private var variableOrder: [String] = []
    /// Column names given with AS, usable in ORDER BY.
    private var aliases: Set<String> = []

    private init(text: String) {
        lexer = QueryLexer(text)
        current = QueryToken(kind: .end, location: SourceLocation(line: 1, column: 1, offset: 0))
        advance()
    }

    static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser(text: text)
        do {
            return try parser.parseQuery()
        } catch {
            throw parser.lexicalError ?? error
        }
    }

    // MARK: Tokens

    private mutating func advance() {
        if lexicalError != nil { return }
        if lexerStarted, case .end = current.kind { return }
        lexerStarted = true
        do {
            current = try lexer.next()
        } catch {
            lexicalError = error
            // A token nothing accepts, so parsing stops here and the lexical error is reported.
            current = QueryToken(kind: .symbol("\u{0}"), location: error.location ?? current.location)
        }
    }

    private var lexerStarted = false

    private mutating func accept(keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        advance()
        return true
    }

    private mutating func accept(symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    private mutating func expect(symbol: String, _ what: String) throws(QueryError) {
        guard accept(symbol: symbol) else { throw error("expected '\(symbol)' \(what), found \(current.quoted)") }
    }

    private mutating func expect(keyword: String, _ what: String) throws(QueryError) {
        guard accept(keyword: keyword) else { throw error("expected \(keyword.uppercased()) \(what), found \(current.quoted)") }
    }

    private func error(_ message: String, at token: QueryToken? = nil) -> QueryError {
        QueryError(message, at: (token ?? current).location)
    }

    private mutating func identifier(_ what: String) throws(QueryError) -> (name: String, token: QueryToken) {
        let token = current
        guard case let .identifier(name, _) = token.kind else {
            throw error("expected \(what), found \(token.quoted)")
        }
        advance()
        return (name, token)
    }

    /// A variable name: an identifier that is not a reserved word (unless backquoted).
    private mutating func variableName() throws(QueryError) -> String? {
        guard case let .identifier(name, quoted) = current.kind else { return nil }
        if !quoted && QuerySyntax.keywords.contains(name.lowercased()) {
            throw error("'\(name)' is a keyword and cannot name a variable (write `\(name)` to use it anyway)")
        }
        advance()
        return name
    }

    private mutating func nest() throws(QueryError) {
        depth += 1
        if depth > Self.maximumNesting {
            throw error("nesting deeper than \(Self.maximumNesting) levels")
        }
    }

    // MARK: Query

    private mutating func parseQuery() throws(QueryError) -> Query {
        if case .end = current.kind {
            throw error("empty query: expected MATCH or PATH (e.g. MATCH (a)-[:supports]->(b) RETURN a, b)")
        }
        var query: Query
        if accept(keyword: "match") {
            var patterns = [try parsePattern()]
            while accept(symbol: ",") { patterns.append(try parsePattern()) }
            query = Query(patterns: patterns)
        } else if accept(keyword: "path") {
            let mode: ShortestPathMode = accept(keyword: "all") ? .all : .one
            try expect(keyword: "shortest", "after PATH (PATH SHORTEST (a)-[*]-(b) or PATH ALL SHORTEST …)")
            let patternToken = current
            var pattern = try parsePattern()
            guard pattern.steps.count == 1 else {
                throw error("PATH SHORTEST takes one edge between two nodes, e.g. (a)-[*..6]-(b); found \(pattern.steps.count) edges", at: patternToken)
            }
            if let problem = QueryValidation.shortestPathProblem(pattern.steps[0].edge) {
                throw error(problem, at: patternToken)
            }
            if pattern.steps[0].edge.hops == nil {
                pattern.steps[0].edge.hops = 1...EdgePattern.maximumHops
                if let name = pattern.steps[0].edge.variable { variables[name] = .path }
            }
            query = Query(patterns: [pattern], shortest: mode)
        } else {
            let hint: String
            if case let .identifier(word, _) = current.kind {
                hint = QuerySyntax.didYouMean(word.uppercased(), among: ["MATCH", "PATH"])
            } else {
                hint = ""
            }
            throw error("expected MATCH or PATH at the start of the query, found \(current.quoted)\(hint)")
        }
        query.filter = try parseWhere()
        while current.isKeyword("optional") {
            let optionalToken = current
            advance()
            guard query.shortest == nil else {
                throw error("OPTIONAL MATCH cannot follow PATH SHORTEST", at: optionalToken)
            }
            try expect(keyword: "match", "after OPTIONAL")
            var patterns = [try parsePattern()]
            while accept(symbol: ",") { patterns.append(try parsePattern()) }
            query.optionalMatches.append(OptionalMatch(patterns: patterns, filter: try parseWhere()))
        }
        if accept(keyword: "return") {
            query.isDistinct = accept(keyword: "distinct")
            var names = Set<String>()
            repeat {
                let token = current
                let item = try parseReturnItem()
                guard names.insert(item.name).inserted else {
                    throw error("two columns are called \"\(item.name)\"; name one with AS", at: token)
                }
                query.returnItems.append(item)
            } while accept(symbol: ",")
        } else if variableOrder.isEmpty {
            throw error("expected RETURN (the pattern names no variable to return), found \(current.quoted)")
        }
        aliases = Set(query.returnItems.compactMap(\.alias))
        if accept(keyword: "order") {
            try expect(keyword: "by", "after ORDER")
            repeat {
                let token = current
                let expression = try parseExpression()
                let descending: Bool
                if accept(keyword: "desc") || accept(keyword: "descending") {
                    descending = true
                } else {
                    _ = accept(keyword: "asc") || accept(keyword: "ascending")
                    descending = false
                }
                if let problem = QueryValidation.orderingProblem(SortKey(expression), items: query.returnItems,
                                                                  isDistinct: query.isDistinct, variables: Set(variables.keys)) {
                    throw error(problem, at: token)
                }
                query.ordering.append(SortKey(expression, descending: descending))
            } while accept(symbol: ",")
        }
        if accept(keyword: "skip") { query.skip = try parseCount("SKIP") }
        if accept(keyword: "limit") { query.limit = try parseCount("LIMIT") }
        _ = accept(symbol: ";")
        guard case .end = current.kind else {
            var expected = "end of query"
            if query.returnItems.isEmpty && !query.isDistinct { expected = "WHERE, RETURN or end of query" }
            if case let .identifier(word, false) = current.kind {
                let clauses = ["MATCH", "WHERE", "OPTIONAL", "RETURN", "ORDER", "SKIP", "LIMIT"]
                if clauses.contains(word.uppercased()) {
                    throw error("\(word.uppercased()) cannot come here: the clauses go in the order MATCH, WHERE, OPTIONAL MATCH (with its WHERE), RETURN, ORDER BY, SKIP, LIMIT, each once (OPTIONAL MATCH may repeat)")
                }
                let hint = QuerySyntax.didYouMean(word.uppercased(), among: clauses)
                if !hint.isEmpty { throw error("unexpected \(current.quoted)\(hint)") }
            }
            if current.isSymbol(")") || current.isSymbol("]") || current.isSymbol("}") {
                throw error("unbalanced \(current.quoted): nothing open to close")
            }
            throw error("expected \(expected), found \(current.quoted)")
        }
        return query
    }

    /// `WHERE condition`, if the next word is WHERE.
    private mutating func parseWhere() throws(QueryError) -> QueryExpression? {
        guard accept(keyword: "where") else { return nil }
        let token = current
        let condition = try parseExpression()
        if condition.containsAggregate {
            throw error("aggregates such as count() are not allowed in WHERE; filter on RETURN columns with ORDER BY/LIMIT instead", at: token)
        }
        return condition
    }

    private mutating func parseCount(_ clause: String) throws(QueryError) -> Int {
        guard case let .integer(value) = current.kind else {
            throw error("expected a whole number after \(clause), found \(current.quoted)")
        }
        advance()
        return value
    }

    private mutating func parseReturnItem() throws(QueryError) -> ReturnItem {
        if current.isSymbol("*") {
            throw error("RETURN * is not supported; name the variables (\(variableOrder.joined(separator: ", ")))")
        }
        let token = current
        let expression = try parseExpression()
        if expression.containsAggregate && !expression.isAggregateCall {
            throw error("an aggregate must be a whole column (e.g. count(*) AS n), not part of an expression", at: token)
        }
        if accept(keyword: "as") {
            let (alias, token) = try identifier("a column name after AS")
            if variables[alias] != nil, expression != .variable(alias) {
                throw error("column name \"\(alias)\" is already a variable", at: token)
            }
            return ReturnItem(expression, as: alias)
        }
        return ReturnItem(expression)
    }

    // MARK: Patterns

    private mutating func parsePattern() throws(QueryError) -> PathPattern {
        var pattern = PathPattern(try parseNodePattern())
        while current.isSymbol("-") || current.isSymbol("<") {
            let edge = try parseEdgePattern()
            let node = try parseNodePattern()
            pattern.steps.append(.init(edge: edge, node: node))
        }
        return pattern
    }

    private mutating func define(_ name: String, as type: QueryVariableType, at token: QueryToken) throws(QueryError) {
        if let existing = variables[name] {
            guard existing == type, type == .node else {
                if existing == type {
                    throw error("\(type == .edge ? "edge" : "path") variable \"\(name)\" is used twice; each edge pattern needs its own variable", at: token)
                }
                throw error("\"\(name)\" is already \(existing.noun) variable, so it cannot name \(type.noun)", at: token)
            }
            return
        }
        variables[name] = type
        variableOrder.append(name)
    }

    private mutating func parseNodePattern() throws(QueryError) -> NodePattern {
        let open = current
        guard accept(symbol: "(") else {
            throw error("expected '(' to start a node pattern, found \(current.quoted)")
        }
        var node = NodePattern(labels: [], location: open.location)
        let nameToken = current
        if let name = try variableName() {
            node.variable = name
            try define(name, as: .node, at: nameToken)
        }
        while accept(symbol: ":") {
            var group: [NodeLabel] = []
            repeat {
                _ = accept(symbol: ":")
                let (name, token) = try identifier("a node label (actor, place, statement or a category such as state, city)")
                guard let label = NodeLabel(named: name) else {
                    let relationHint = EdgeType(named: name) != nil ? " (\(name) is a relation: put it in an edge, -[:\(name)]->)" : ""
                    throw error("unknown node label \"\(name)\"\(QuerySyntax.didYouMean(name, among: NodeLabel.all.map(\.description)))\(relationHint)", at: token)
                }
                group.append(label)
            } while accept(symbol: "|")
            node.labels.append(group)
        }
        if current.isSymbol("{") {
            node.properties = try parseProperties(for: .node)
        }
        guard accept(symbol: ")") else {
            if case .end = current.kind {
                throw error("unbalanced '(': the node pattern opened here is never closed", at: open)
            }
            throw error("expected ')' to close the node pattern opened at \(open.location), found \(current.quoted)")
        }
        return node
    }

    private mutating func parseProperties(for type: QueryVariableType) throws(QueryError) -> [PropertyConstraint] {
        let open = current
        try expect(symbol: "{", "to start properties")
        var properties: [PropertyConstraint] = []
        if accept(symbol: "}") { return properties }
        repeat {
            let (key, token) = try identifier("a property name")
            let allowed = type == .node ? type.properties : ["weight", "relation", "type", "class", "polarity"]
            guard allowed.contains(key) else {
                throw error("unknown \(type == .node ? "node" : "edge") property \"\(key)\"\(QuerySyntax.didYouMean(key, among: allowed)) (known: \(allowed.joined(separator: ", ")))", at: token)
            }
            try expect(symbol: ":", "after the property name \"\(key)\"")
            let valueToken = current
            let value = try parseLiteral()
            if key == "name" || key == "id" {
                let isText: Bool
                switch value {
                case .string: isText = true
                case let .list(items): isText = !items.isEmpty && items.allSatisfy { if case .string = $0 { true } else { false } }
                default: isText = false
                }
                guard isText else {
                    throw error("\(key) must be a string or a list of strings, e.g. {\(key): \"Aleppo\"} or {\(key): [\"YPG\", \"SDF\"]}", at: valueToken)
                }
            }
            properties.append(PropertyConstraint(key: key, value: value, location: valueToken.location))
        } while accept(symbol: ",")
        guard accept(symbol: "}") else {
            if case .end = current.kind { throw error("unbalanced '{': the properties opened here are never closed", at: open) }
            throw error("expected ',' or '}' in properties, found \(current.quoted)")
        }
        return properties
    }

    private mutating func parseLiteral() throws(QueryError) -> QueryLiteral {
        let token = current
        switch token.kind {
        case let .string(text): advance(); return .string(text)
        case let .integer(value): advance(); return .integer(value)
        case let .number(value): advance(); return .number(value)
        case .symbol("-"):
            advance()
            switch current.kind {
            case let .integer(value): advance(); return .integer(-value)
            case let .number(value): advance(); return .number(-value)
            default: throw error("expected a number after '-', found \(current.quoted)")
            }
        case .symbol("["):
            advance()
            try nest()
            defer { depth -= 1 }
            var items: [QueryLiteral] = []
            if !current.isSymbol("]") {
                repeat { items.append(try parseLiteral()) } while accept(symbol: ",")
            }
            guard accept(symbol: "]") else {
                if case .end = current.kind { throw error("unbalanced '[': the list opened here is never closed", at: token) }
                throw error("expected ',' or ']' in a list, found \(current.quoted)")
            }
            return .list(items)
        default:
            if token.isKeyword("true") { advance(); return .boolean(true) }
            if token.isKeyword("false") { advance(); return .boolean(false) }
            if token.isKeyword("null") { advance(); return .null }
            if case let .identifier(word, _) = token.kind {
                throw error("expected a value (a \"string\", a number, true, false or null), found '\(word)'; put text in quotes: \"\(word)\"")
            }
            throw error("expected a value (a \"string\", a number, true, false or null), found \(token.quoted)")
        }
    }

    private mutating func parseEdgePattern() throws(QueryError) -> EdgePattern {
        let startToken = current
        var edge = EdgePattern(direction: .either, location: startToken.location)
        let pointsLeft = accept(symbol: "<")
        try expect(symbol: "-", pointsLeft ? "after '<' in an edge (<-[…]- or <--)" : "to start an edge")
        if accept(symbol: "[") {
            let variableToken = current
            if let name = try variableName() { edge.variable = name; _ = variableToken }
            if accept(symbol: ":") {
                repeat {
                    _ = accept(symbol: ":")
                    let (name, token) = try identifier("a relation or relation class (e.g. supports, conflict)")
                    guard let type = EdgeType(named: name) else {
                        let labelHint = NodeLabel(named: name) != nil ? " (\(name) is a node label: put it in a node, (x:\(name)))" : ""
                        throw error("unknown relation \"\(name)\"\(QuerySyntax.didYouMean(name, among: EdgeType.allNames))\(labelHint)", at: token)
                    }
                    edge.types.append(type)
                } while accept(symbol: "|")
            }
            if accept(symbol: "*") {
                var low = 1, high = EdgePattern.maximumHops
                if case let .integer(value) = current.kind {
                    advance()
                    low = value
                    high = value
                }
                if accept(symbol: "..") {
                    high = EdgePattern.maximumHops
                    if case let .integer(value) = current.kind {
                        advance()
                        high = value
                    }
                } else if current.isSymbol(".") {
                    throw error("expected '..' in a length range such as *1..3, found '.'")
                }
                guard low <= high else { throw error("the length range *\(low)..\(high) is empty", at: startToken) }
                guard high <= EdgePattern.maximumHops else {
                    throw error("paths longer than \(EdgePattern.maximumHops) steps are not searched; use at most *..\(EdgePattern.maximumHops)", at: startToken)
                }
                edge.hops = low...high
            }
            if current.isSymbol("{") {
                edge.properties = try parseProperties(for: .edge)
            }
            if let name = edge.variable { try define(name, as: edge.hops == nil ? .edge : .path, at: variableToken) }
            guard accept(symbol: "]") else {
                if case .end = current.kind { throw error("unbalanced '[': the edge opened here is never closed", at: startToken) }
                throw error("expected ']' to close the edge, found \(current.quoted)")
            }
        }
        try expect(symbol: "-", "to end the edge (…]-> , …]- or -->)")
        let pointsRight = accept(symbol: ">")
        if pointsLeft && pointsRight { throw error("an edge cannot point both ways; use -[…]- for either direction", at: startToken) }
        edge.direction = pointsLeft ? .incoming : pointsRight ? .outgoing : .either
        return edge
    }

    // MARK: Expressions

    private mutating func parseExpression() throws(QueryError) -> QueryExpression {
        try nest()
        defer { depth -= 1 }
        var left = try parseAnd()
        while accept(keyword: "or") { left = .or(left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws(QueryError) -> QueryExpression {
        var left = try parseNot()
        while accept(keyword: "and") { left = .and(left, try parseNot()) }
        return left
    }

    private mutating func parseNot() throws(QueryError) -> QueryExpression {
        if accept(keyword: "not") {
            try nest()
            defer { depth -= 1 }
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(QueryError) -> QueryExpression {
        let left = try parsePrimary()
        let symbols: [(String, ComparisonOperator)] = [("=", .equal), ("<>", .notEqual), ("!=", .notEqual), ("<", .less),
                                                        ("<=", .lessThanOrEqual), (">", .greater), (">=", .greaterThanOrEqual)]
        for (symbol, op) in symbols where accept(symbol: symbol) {
            return .compare(left, op, try parsePrimary())
        }
        if accept(keyword: "in") { return .compare(left, .in, try parsePrimary()) }
        if accept(keyword: "contains") { return .compare(left, .contains, try parsePrimary()) }
        if accept(keyword: "starts") {
            try expect(keyword: "with", "after STARTS")
            return .compare(left, .startsWith, try parsePrimary())
        }
        if accept(keyword: "ends") {
            try expect(keyword: "with", "after ENDS")
            return .compare(left, .endsWith, try parsePrimary())
        }
        if accept(keyword: "is") {
            let negated = accept(keyword: "not")
            try expect(keyword: "null", "after IS\(negated ? " NOT" : "")")
            return .isNull(left, negated: negated)
        }
        return left
    }

    private mutating func parsePrimary() throws(QueryError) -> QueryExpression {
        let token = current
        switch token.kind {
        case .string, .integer, .number:
            return .literal(try parseLiteral())
        case .symbol("-"):
            return .literal(try parseLiteral())
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            guard accept(symbol: ")") else {
                if case .end = current.kind { throw error("unbalanced '(': the bracket opened here is never closed", at: token) }
                throw error("expected ')' to close the bracket opened at \(token.location), found \(current.quoted)")
            }
            return inner
        case .symbol("["):
            advance()
            var items: [QueryExpression] = []
            if !current.isSymbol("]") {
                repeat { items.append(try parseExpression()) } while accept(symbol: ",")
            }
            guard accept(symbol: "]") else {
                if case .end = current.kind { throw error("unbalanced '[': the list opened here is never closed", at: token) }
                throw error("expected ',' or ']' in a list, found \(current.quoted)")
            }
            return .list(items)
        case let .identifier(name, quoted):
            if !quoted {
                if token.isKeyword("true") { advance(); return .literal(.boolean(true)) }
                if token.isKeyword("false") { advance(); return .literal(.boolean(false)) }
                if token.isKeyword("null") { advance(); return .literal(.null) }
            }
            advance()
            if current.isSymbol("(") && !quoted {
                return try parseCall(name, at: token)
            }
            if variables[name] == nil && aliases.contains(name) {
                return .variable(name)
            }
            guard let type = variables[name] else {
                if !quoted && QuerySyntax.keywords.contains(name.lowercased()) {
                    throw error("expected an expression, found the keyword \(name.uppercased())", at: token)
                }
                let known = variableOrder.isEmpty ? "" : " (variables: \(variableOrder.joined(separator: ", ")))"
                throw error("unknown variable \"\(name)\"\(QuerySyntax.didYouMean(name, among: variableOrder))\(known)", at: token)
            }
            if type == .node && current.isSymbol(":") {
                advance()
                var labels: [NodeLabel] = []
                repeat {
                    let (labelName, labelToken) = try identifier("a node label after ':'")
                    guard let label = NodeLabel(named: labelName) else {
                        throw error("unknown node label \"\(labelName)\"\(QuerySyntax.didYouMean(labelName, among: NodeLabel.all.map(\.description)))", at: labelToken)
                    }
                    labels.append(label)
                } while accept(symbol: "|")
                return .hasLabel(name, labels)
            }
            if accept(symbol: ".") {
                let (key, keyToken) = try identifier("a property name after '.'")
                guard type.properties.contains(key) else {
                    throw error("\(type.noun) has no property \"\(key)\"\(QuerySyntax.didYouMean(key, among: type.properties)) (\(name) is \(type.noun); properties: \(type.properties.joined(separator: ", ")))", at: keyToken)
                }
                return .property(name, key)
            }
            return .variable(name)
        case .end:
            throw error("expected an expression, found end of query")
        default:
            throw error("expected an expression, found \(token.quoted)")
        }
    }

    private mutating func parseCall(_ written: String, at token: QueryToken) throws(QueryError) -> QueryExpression {
        let name = written.lowercased()
        let isAggregate = QueryExpression.aggregates.contains(name)
        guard isAggregate || QueryExpression.functions[name] != nil else {
            let known = QueryExpression.aggregates.sorted() + QueryExpression.functions.keys.sorted()
            throw error("unknown function \"\(written)\"\(QuerySyntax.didYouMean(name, among: known))", at: token)
        }
        try expect(symbol: "(", "after the function name")
        try nest()
        defer { depth -= 1 }
        if name == "count" && accept(symbol: "*") {
            try expect(symbol: ")", "after count(*")
            return .countAll
        }
        let distinct = isAggregate && accept(keyword: "distinct")
        var arguments: [QueryExpression] = []
        if !current.isSymbol(")") {
            repeat {
                let argumentToken = current
                let argument = try parseExpression()
                if argument.containsAggregate { throw error("aggregates cannot be nested", at: argumentToken) }
                arguments.append(argument)
            } while accept(symbol: ",")
        }
        guard accept(symbol: ")") else {
            if case .end = current.kind { throw error("unbalanced '(': the call of \(written) is never closed", at: token) }
            throw error("expected ',' or ')' in the call of \(written), found \(current.quoted)")
        }
        let arity = QueryExpression.functions[name] ?? 1
        guard arguments.count == arity else {
            throw error("\(name)() takes \(arity) argument\(arity == 1 ? "" : "s"), given \(arguments.count)", at: token)
        }
        return .call(name, arguments, distinct: distinct)
    }
}
