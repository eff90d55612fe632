import ActorGraph

/// A node in a pattern: `(a:actor)`, `(p:city|district {name: "Aleppo"})`, `()`.
///
/// A node matches when it has every label group (one of the alternatives of each) and every
/// property. Labels are node kinds (`actor`, `place`, `statement`) or categories (`state`,
/// `armed-group`, `city`…). The property `name` matches the id, the label or any alias, ignoring
/// case; `id` matches the id exactly; either may be a list of alternatives
/// (`{name: ["YPG", "Kurdish forces"]}`). Any other property is compared for equality like `WHERE`.
///
/// ```swift
/// NodePattern("a", .actor)
/// NodePattern("p", .category(.city), named: "Aleppo")
/// ```
public struct NodePattern: Sendable, Hashable, CustomStringConvertible {
    /// The variable the node binds to, or `nil` for an anonymous node.
    public var variable: String?
    /// Label groups: the node must have one label of every group.
    public var labels: [[NodeLabel]]
    /// Property constraints written inside `{…}`.
    public var properties: [PropertyConstraint]
    /// Where the pattern starts in the query text (`nil` when built in Swift).
    public var location: SourceLocation?

    /// Creates a node pattern.
    public init(_ variable: String? = nil, labels: [[NodeLabel]], properties: [PropertyConstraint] = [],
                location: SourceLocation? = nil) {
        self.variable = variable
        self.labels = labels
        self.properties = properties
        self.location = location
    }

    /// A node pattern with at most one label and optionally a name: `NodePattern("a", .actor)`,
    /// `NodePattern("p", .category(.city), named: "Aleppo")`. For alternatives (`:state|militia`)
    /// or several labels (`:actor:militia`) use ``init(_:labels:properties:location:)``.
    public init(_ variable: String? = nil, _ label: NodeLabel? = nil, named name: String? = nil) {
        self.init(variable, labels: label.map { [[$0]] } ?? [],
                  properties: name.map { [PropertyConstraint(key: "name", value: .string($0))] } ?? [])
    }

    /// The pattern as query text, e.g. `(a:actor {name: "Hezbollah"})`.
    public var description: String {
        var text = "(" + (variable.map(QuerySyntax.name) ?? "")
        for group in labels { text += ":" + group.map(\.description).joined(separator: "|") }
        if !properties.isEmpty {
            text += (text == "(" ? "{" : " {") + properties.map(\.description).joined(separator: ", ") + "}"
        }
        return text + ")"
    }
}

/// A node label: a kind or a category.
public enum NodeLabel: Sendable, Hashable, CustomStringConvertible {
    /// `actor`, `place` or `statement`.
    case kind(NodeKind)
    /// `state`, `armed-group`, `city`…
    case category(Category)

    /// An actor node.
    public static let actor = NodeLabel.kind(.actor)
    /// A place node.
    public static let place = NodeLabel.kind(.place)
    /// A statement node.
    public static let statement = NodeLabel.kind(.statement)

    /// The label as written in queries.
    public var description: String {
        switch self {
        case let .kind(kind): kind.rawValue
        case let .category(category): category.rawValue
        }
    }

    /// Every label, for suggestions.
    static let all: [NodeLabel] = NodeKind.allCases.map(NodeLabel.kind) + Category.allCases.map(NodeLabel.category)

    /// The label called `name` (case-insensitive; `_` and `-` are the same, and the camel-case
    /// Swift names such as `armedGroup` are accepted).
    init?(named name: String) {
        let key = QuerySyntax.normalisedWord(name)
        guard let label = Self.all.first(where: { QuerySyntax.normalisedWord($0.description) == key }) else { return nil }
        self = label
    }

    func matches(_ node: Node) -> Bool {
        switch self {
        case let .kind(kind): node.kind == kind
        case let .category(category): node.category == category
        }
    }
}

/// `key: value` inside a node or edge pattern's braces.
public struct PropertyConstraint: Sendable, Hashable, CustomStringConvertible {
    /// The property name: `name`, `id`, `weight`…
    public var key: String
    /// The value the property must equal.
    public var value: QueryLiteral
    /// Where the value starts in the query text.
    public var location: SourceLocation?

    /// Creates a constraint.
    public init(key: String, value: QueryLiteral, location: SourceLocation? = nil) {
        self.key = key
        self.value = value
        self.location = location
    }

    /// `key: value`.
    public var description: String { "\(QuerySyntax.name(key)): \(value)" }
}
