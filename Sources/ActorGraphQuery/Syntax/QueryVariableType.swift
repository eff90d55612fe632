/// What a query variable stands for, which fixes the properties it has.
enum QueryVariableType: Sendable, Hashable {
    case node, edge, path

    var properties: [String] {
        switch self {
        case .node: ["id", "label", "name", "kind", "category", "aliases", "mentions", "quote", "about", "document", "date", "degree"]
        case .edge: ["relation", "type", "class", "polarity", "weight", "document", "date", "evidence", "source", "target"]
        case .path: ["length", "weight", "nodes", "relations"]
        }
    }

    var noun: String {
        switch self {
        case .node: "a node"
        case .edge: "an edge"
        case .path: "a path"
        }
    }
}
