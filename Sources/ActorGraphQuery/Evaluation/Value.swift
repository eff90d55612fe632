import ActorGraph

/// A value during evaluation: like ``QueryValue`` but nodes, edges and paths are indices into
/// the ``QueryIndex``, so values hash and compare cheaply.
enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([Value])
    case node(Int32)
    case edge(Int32)
    case path(PathValue)

    var isNull: Bool { if case .null = self { true } else { false } }

    var number: Double? {
        switch self {
        case let .int(v): Double(v)
        case let .double(v): v
        default: nil
        }
    }
}

/// A path as node and edge indices (`nodes.count == edges.count + 1`).
struct PathValue: Hashable, Sendable {
    var nodes: [Int32]
    var edges: [Int32]
}

extension QueryIndex {
    /// The public form of a value.
    func publicValue(_ value: Value) -> QueryValue {
        switch value {
        case .null: .null
        case let .bool(v): .bool(v)
        case let .int(v): .int(v)
        case let .double(v): .double(v)
        case let .string(v): .string(v)
        case let .list(items): .list(items.map(publicValue))
        case let .node(i): .node(nodes[Int(i)])
        case let .edge(i): .edge(edges[Int(i)])
        case let .path(p): .path(QueryPath(nodes: p.nodes.map { nodes[Int($0)] }, edges: p.edges.map { edges[Int($0)] }))
        }
    }

    /// A total order for sorting rows: booleans, numbers, strings, nodes (by label, then id),
    /// edges (by key), paths (by length, then nodes), lists, and `null` last.
    func compare(_ a: Value, _ b: Value) -> Int {
        func rank(_ v: Value) -> Int {
            switch v {
            case .bool: 0
            case .int, .double: 1
            case .string: 2
            case .node: 3
            case .edge: 4
            case .path: 5
            case .list: 6
            case .null: 7
            }
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case let (.bool(x), .bool(y)): return x == y ? 0 : (!x ? -1 : 1)
        case let (.string(x), .string(y)):
            if x == y { return 0 }
            let lx = x.lowercased(), ly = y.lowercased()
            if lx != ly { return lx < ly ? -1 : 1 }
            return x < y ? -1 : 1
        case let (.node(x), .node(y)):
            if x == y { return 0 }
            let lx = nodeSortKeys[Int(x)], ly = nodeSortKeys[Int(y)]
            if lx != ly { return lx < ly ? -1 : 1 }
            return x < y ? -1 : 1
        case let (.edge(x), .edge(y)): return x == y ? 0 : (x < y ? -1 : 1)
        case let (.path(x), .path(y)):
            if x.edges.count != y.edges.count { return x.edges.count < y.edges.count ? -1 : 1 }
            return compare(.list(x.nodes.map(Value.node)), .list(y.nodes.map(Value.node)))
        case let (.list(x), .list(y)):
            for (p, q) in zip(x, y) {
                let c = compare(p, q)
                if c != 0 { return c }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        case (.null, .null): return 0
        default:
            let x = a.number ?? 0, y = b.number ?? 0
            return x == y ? 0 : (x < y ? -1 : 1)
        }
    }

    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        let text = String(v)
        return text
    }
}
