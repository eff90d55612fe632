import ActorGraph

/// Evaluates non-aggregate expressions against the variables bound by a match.
///
/// Comparisons follow three-valued logic: anything compared with `null` is `null`, and `WHERE`
/// keeps a match only when its condition is `true`. A multi-valued property (`document`,
/// `date`, `aliases`, `evidence`) compared with a single value holds when any of its values
/// does, so `e.date >= "2016-12-01"` keeps edges with some evidence from December.
struct ExpressionEvaluator {
    let index: QueryIndex
    /// Variable name → slot in the binding.
    let slots: [String: Int]

    func isTrue(_ expression: CompiledExpression, _ binding: [Value]) -> Bool {
        if case .bool(true) = evaluate(expression, binding) { return true }
        return false
    }

    func evaluate(_ expression: CompiledExpression, _ binding: [Value]) -> Value {
        switch expression {
        case let .constant(value): return value
        case let .slot(slot): return binding[slot]
        case let .property(slot, key): return property(key, of: binding[slot])
        case let .list(items): return .list(items.map { evaluate($0, binding) })
        case let .call(name, arguments): return call(name, arguments.map { evaluate($0, binding) })
        case let .not(e):
            switch evaluate(e, binding) {
            case let .bool(v): return .bool(!v)
            default: return .null
            }
        case let .and(a, b):
            let x = evaluate(a, binding)
            if case .bool(false) = x { return .bool(false) }
            let y = evaluate(b, binding)
            if case .bool(false) = y { return .bool(false) }
            if case .bool(true) = x, case .bool(true) = y { return .bool(true) }
            return .null
        case let .or(a, b):
            let x = evaluate(a, binding)
            if case .bool(true) = x { return .bool(true) }
            let y = evaluate(b, binding)
            if case .bool(true) = y { return .bool(true) }
            if case .bool(false) = x, case .bool(false) = y { return .bool(false) }
            return .null
        case let .hasLabel(slot, labels):
            guard case let .node(n) = binding[slot] else { return .null }
            let node = index.nodes[Int(n)]
            return .bool(labels.contains { $0.matches(node) })
        case let .isNull(e, negated):
            let v = evaluate(e, binding)
            return .bool(v.isNull != negated)
        case let .compare(a, op, b):
            return compare(evaluate(a, binding), op, evaluate(b, binding), anyOfLeft: a.isMultiValued, anyOfRight: b.isMultiValued)
        }
    }

    static func value(of literal: QueryLiteral) -> Value {
        switch literal {
        case let .string(v): .string(v)
        case let .integer(v): .int(v)
        case let .number(v): .double(v)
        case let .boolean(v): .bool(v)
        case .null: .null
        case let .list(items): .list(items.map(value(of:)))
        }
    }

    // MARK: Properties and functions

    func property(_ key: PropertyKey, of value: Value) -> Value {
        switch value {
        case let .node(i): nodeProperty(key, of: i)
        case let .edge(i): edgeProperty(key, of: i)
        case let .path(p): pathProperty(key, of: p)
        default: .null
        }
    }

    func nodeProperty(_ key: PropertyKey, of i: Int32) -> Value {
        let n = Int(i)
        switch key {
        case .id: return .string(index.nodes[n].id)
        case .label, .name: return .string(index.nodes[n].label)
        case .kind: return .string(index.nodes[n].kind.rawValue)
        case .category: return index.nodes[n].category.map { .string($0.rawValue) } ?? .null
        case .aliases: return .list(index.nodes[n].aliases.map(Value.string))
        case .mentions: return .int(index.nodes[n].mentions.count)
        case .quote: return index.nodes[n].quote.map(Value.string) ?? .null
        case .about:
            // For a statement: the nodes its `about` edges name, in id order.
            var named: [Value] = []
            for k in index.outOffsets[Int(i)]..<index.outOffsets[Int(i) + 1] {
                let e = index.outEdges[k]
                if index.edges[Int(e)].relation == .about { named.append(.node(index.edgeTarget[Int(e)])) }
            }
            return .list(named)
        case .document: return .list(index.documents(of: index.nodes[n].mentions).map(Value.string))
        case .date: return dates(of: index.nodes[n].mentions)
        case .degree: return .int(index.degree(of: i))
        default: return .null
        }
    }

    func edgeProperty(_ key: PropertyKey, of i: Int32) -> Value {
        let e = Int(i)
        switch key {
        case .relation, .type: return .string(QueryIndex.relations[Int(index.edgeRelation[e])].rawValue)
        case .class: return .string(QueryIndex.relations[Int(index.edgeRelation[e])].relationClass.rawValue)
        case .polarity: return .int(QueryIndex.relations[Int(index.edgeRelation[e])].polarity)
        case .weight: return .int(index.edgeWeight[e])
        case .document: return .list(index.documents(of: index.edges[e].evidence).map(Value.string))
        case .date: return dates(of: index.edges[e].evidence)
        case .evidence: return .list(index.edges[e].evidence.map { .string($0.text) })
        case .source: return .node(index.edgeSource[e])
        case .target: return .node(index.edgeTarget[e])
        default: return .null
        }
    }

    func pathProperty(_ key: PropertyKey, of path: PathValue) -> Value {
        switch key {
        case .length: .int(path.edges.count)
        case .weight: .int(path.edges.reduce(0) { $0 + index.edgeWeight[Int($1)] })
        case .nodes: .list(path.nodes.map(Value.node))
        case .relations: .list(path.edges.map { .string(QueryIndex.relations[Int(index.edgeRelation[Int($0)])].rawValue) })
        default: .null
        }
    }

    private func dates(of spans: [TextSpan]) -> Value {
        .list(Array(Set(index.documents(of: spans).compactMap { index.documentDates[$0] })).sorted().map(Value.string))
    }

    func call(_ name: String, _ arguments: [Value]) -> Value {
        guard let argument = arguments.first else { return .null }
        switch (name, argument) {
        case let ("length", .path(p)): return .int(p.edges.count)
        case let ("length", .list(items)), let ("size", .list(items)): return .int(items.count)
        case let ("length", .string(s)), let ("size", .string(s)): return .int(s.count)
        case let ("type", .edge(e)): return .string(index.edges[Int(e)].relation.rawValue)
        case let ("id", .node(n)): return .string(index.nodes[Int(n)].id)
        case let ("label", .node(n)): return .string(index.nodes[Int(n)].label)
        case let ("nodes", .path(p)): return .list(p.nodes.map(Value.node))
        case let ("nodes", .edge(e)): return .list([.node(index.edgeSource[Int(e)]), .node(index.edgeTarget[Int(e)])])
        case let ("relations", .path(p)): return .list(p.edges.map { .string(index.edges[Int($0)].relation.rawValue) })
        case let ("relations", .edge(e)): return .list([.string(index.edges[Int(e)].relation.rawValue)])
        case let ("lower", .string(s)): return .string(s.lowercased())
        case let ("upper", .string(s)): return .string(s.uppercased())
        default: return .null
        }
    }

    // MARK: Comparison

    /// Compares two values. When a side is a multi-valued property (`anyOf…` true), the
    /// comparison holds if it holds for any of its values (`e.date >= "2016-12-01"`,
    /// `a.aliases <> "Ankara"`); otherwise lists compare as whole values, as in Cypher.
    func compare(_ a: Value, _ op: ComparisonOperator, _ b: Value, anyOfLeft: Bool = false, anyOfRight: Bool = false) -> Value {
        if a.isNull || b.isNull { return .null }
        if anyOfLeft, case let .list(items) = a, op != .in {
            return anyHolds(items.map { compare($0, op, b, anyOfRight: anyOfRight) })
        }
        if anyOfRight, case let .list(items) = b, op != .in {
            return anyHolds(items.map { compare(a, op, $0) })
        }
        switch op {
        case .in:
            guard case let .list(items) = b else { return .null }
            if anyOfLeft, case let .list(left) = a { return anyHolds(left.map { compare($0, .in, b) }) }
            if items.contains(where: { equal(a, $0) }) { return .bool(true) }
            return items.contains(where: \.isNull) ? .null : .bool(false)
        case .equal:
            return .bool(equal(a, b))
        case .notEqual:
            return .bool(!equal(a, b))
        default:
            return scalarCompare(a, op, b)
        }
    }

    /// `true` if any is true, else `null` if any is null, else `false`.
    private func anyHolds(_ results: [Value]) -> Value {
        if results.contains(.bool(true)) { return .bool(true) }
        return results.contains(where: \.isNull) ? .null : .bool(false)
    }

    /// Equality with numbers compared by value (`1 = 1.0`), also inside lists.
    private func equal(_ a: Value, _ b: Value) -> Bool {
        if let x = a.number, let y = b.number { return x == y }
        if case let .list(x) = a, case let .list(y) = b {
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        }
        return a == b
    }

    private func scalarCompare(_ a: Value, _ op: ComparisonOperator, _ b: Value) -> Value {
        switch op {
        case .contains, .startsWith, .endsWith:
            guard case let .string(x) = a, case let .string(y) = b else { return .null }
            let haystack = x.lowercased(), needle = y.lowercased()
            switch op {
            case .contains: return .bool(haystack.contains(needle))
            case .startsWith: return .bool(haystack.hasPrefix(needle))
            default: return .bool(haystack.hasSuffix(needle))
            }
        case .less, .lessThanOrEqual, .greater, .greaterThanOrEqual:
            let order: Int
            if let x = a.number, let y = b.number {
                order = x == y ? 0 : (x < y ? -1 : 1)
            } else if case let .string(x) = a, case let .string(y) = b {
                order = x == y ? 0 : (x < y ? -1 : 1)
            } else {
                return .null
            }
            switch op {
            case .less: return .bool(order < 0)
            case .lessThanOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        default:
            return .null
        }
    }
}
