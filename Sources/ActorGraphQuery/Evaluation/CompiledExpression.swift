/// An expression prepared for evaluation: variables resolved to binding slots and property
/// names to ``PropertyKey`` cases, so evaluating it hashes no strings.
indirect enum CompiledExpression {
    case constant(Value)
    case slot(Int)
    case property(Int, PropertyKey)
    case call(String, [CompiledExpression])
    case list([CompiledExpression])
    case not(CompiledExpression)
    case and(CompiledExpression, CompiledExpression)
    case or(CompiledExpression, CompiledExpression)
    case compare(CompiledExpression, ComparisonOperator, CompiledExpression)
    case isNull(CompiledExpression, negated: Bool)
    case hasLabel(Int, [NodeLabel])
}

/// Every property name of nodes, edges and paths.
enum PropertyKey: String {
    case id, label, name, kind, category, aliases, mentions, quote, about, document, date, degree
    case relation, type, `class`, polarity, weight, evidence, source, target
    case length, nodes, relations

    /// Properties with several values, which compare as "any of them".
    var isMultiValued: Bool {
        switch self {
        case .aliases, .about, .document, .date, .evidence, .nodes, .relations: true
        default: false
        }
    }
}

extension CompiledExpression {
    /// True for a multi-valued property such as `e.date` or `a.aliases`.
    var isMultiValued: Bool {
        if case let .property(_, key) = self { return key.isMultiValued }
        return false
    }
}

extension ExpressionEvaluator {
    /// Resolves variables and property names once. Unknown variables and properties (only
    /// possible in a query built in Swift) evaluate to `null`.
    func compile(_ expression: QueryExpression) -> CompiledExpression {
        switch expression {
        case let .literal(literal): return .constant(Self.value(of: literal))
        case let .variable(name): return slots[name].map(CompiledExpression.slot) ?? .constant(.null)
        case let .property(name, key):
            guard let slot = slots[name], let key = PropertyKey(rawValue: key) else { return .constant(.null) }
            return .property(slot, key)
        case .countAll: return .constant(.null)
        case let .call(name, arguments, _): return .call(name, arguments.map(compile))
        case let .list(items): return .list(items.map(compile))
        case let .not(e): return .not(compile(e))
        case let .and(a, b): return .and(compile(a), compile(b))
        case let .or(a, b): return .or(compile(a), compile(b))
        case let .compare(a, op, b): return .compare(compile(a), op, compile(b))
        case let .isNull(e, negated): return .isNull(compile(e), negated: negated)
        case let .hasLabel(name, labels): return slots[name].map { .hasLabel($0, labels) } ?? .constant(.null)
        }
    }
}
