import ActorGraph

/// An edge (or a chain of edges) in a pattern: `-[:supports|backs]->`, `<-[e:conflict]-`,
/// `-[*1..3]-`, `-->`.
///
/// With no types any relation matches. Symmetric relations (`fights`, `allied-with`,
/// `negotiates-with`, `cooperates-with`) match in either direction, since the graph stores each
/// of them once. A variable-length edge (``hops`` not `nil`) matches a simple path (no node twice)
/// whose every step passes the types and direction; its variable binds to that path.
///
/// ```swift
/// EdgePattern(.supports, .backs)                              // -[:supports|backs]->
/// EdgePattern("e", types: [.class(.conflict)], direction: .either)  // -[e:conflict]-
/// ```
public struct EdgePattern: Sendable, Hashable, CustomStringConvertible {
    /// The variable the edge (or path) binds to.
    public var variable: String?
    /// Relations or classes, any of which matches; empty matches every relation.
    public var types: [EdgeType]
    /// Which way the edge points, read from left to right.
    public var direction: EdgeDirection
    /// For a variable-length edge, the allowed numbers of steps; `nil` for a single edge.
    public var hops: ClosedRange<Int>?
    /// Property constraints inside `{…}`, e.g. `{weight: 2}`.
    public var properties: [PropertyConstraint]
    /// Where the pattern starts in the query text.
    public var location: SourceLocation?

    /// The most steps an unbounded `*` or `*2..` may take.
    public static let maximumHops = 12

    /// Creates an edge pattern.
    public init(_ variable: String? = nil, types: [EdgeType] = [], direction: EdgeDirection = .outgoing,
                hops: ClosedRange<Int>? = nil, properties: [PropertyConstraint] = [], location: SourceLocation? = nil) {
        self.variable = variable
        self.types = types
        self.direction = direction
        self.hops = hops
        self.properties = properties
        self.location = location
    }

    /// An outgoing edge of any of the given relations: `EdgePattern(.supports, .backs)`.
    public init(_ relation: Relation, _ alternatives: Relation...) {
        self.init(types: ([relation] + alternatives).map(EdgeType.relation))
    }

    /// The relations the types allow, or `nil` for all.
    var allowedRelations: Set<Relation>? {
        guard !types.isEmpty else { return nil }
        var result = Set<Relation>()
        for type in types {
            switch type {
            case let .relation(relation): result.insert(relation)
            case let .class(relationClass): result.formUnion(Relation.allCases.filter { $0.relationClass == relationClass })
            }
        }
        return result
    }

    /// The pattern as query text.
    public var description: String {
        var inner = variable.map(QuerySyntax.name) ?? ""
        if !types.isEmpty { inner += ":" + types.map(\.description).joined(separator: "|") }
        if let hops {
            inner += "*"
            if hops.lowerBound == hops.upperBound {
                inner += "\(hops.lowerBound)"
            } else {
                inner += "\(hops.lowerBound).." + (hops.upperBound >= Self.maximumHops ? "" : "\(hops.upperBound)")
            }
        }
        if !properties.isEmpty { inner += (inner.isEmpty ? "{" : " {") + properties.map(\.description).joined(separator: ", ") + "}" }
        let body = inner.isEmpty ? "--" : "-[\(inner)]-"
        switch direction {
        case .outgoing: return body + ">"
        case .incoming: return "<" + body
        case .either: return body
        }
    }
}

/// A relation or a whole relation class in an edge pattern.
public enum EdgeType: Sendable, Hashable, CustomStringConvertible {
    /// One relation, e.g. `supports`.
    case relation(Relation)
    /// Every relation of a class, e.g. `conflict`.
    case `class`(RelationClass)

    /// The name as written in queries.
    public var description: String {
        switch self {
        case let .relation(relation): relation.rawValue
        case let .class(relationClass): relationClass.rawValue
        }
    }

    /// Every type name, for suggestions.
    static let allNames: [String] = Relation.allCases.map(\.rawValue) + RelationClass.allCases.map(\.rawValue)

    /// The relation or class called `name` (case-insensitive, `_` for `-`, camel case accepted);
    /// a relation wins over a class of the same name.
    init?(named name: String) {
        let key = QuerySyntax.normalisedWord(name)
        if let relation = Relation.allCases.first(where: { QuerySyntax.normalisedWord($0.rawValue) == key }) {
            self = .relation(relation)
        } else if let relationClass = RelationClass.allCases.first(where: { QuerySyntax.normalisedWord($0.rawValue) == key }) {
            self = .class(relationClass)
        } else {
            return nil
        }
    }
}

/// The direction of an edge pattern, read left to right.
public enum EdgeDirection: Sendable, Hashable {
    /// `-[…]->`: from the left node to the right node.
    case outgoing
    /// `<-[…]-`: from the right node to the left node.
    case incoming
    /// `-[…]-`: either way.
    case either

    /// The same edge read right to left.
    var reversed: EdgeDirection {
        switch self {
        case .outgoing: .incoming
        case .incoming: .outgoing
        case .either: .either
        }
    }
}
