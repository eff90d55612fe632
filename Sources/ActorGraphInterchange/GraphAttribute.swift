import ActorGraph

/// The typed node and edge attributes that GraphML and GEXF exports carry, in their fixed order.
///
/// An attribute with no value for a node or edge (a statement's category, an actor's quote,
/// an empty alias list) is left out for that element rather than written empty.
struct GraphAttribute: Sendable {
    /// The value type, as GraphML and GEXF spell it.
    enum ValueType: Sendable {
        case string, int

        /// The GraphML `attr.type`.
        var graphMLName: String { self == .string ? "string" : "int" }
        /// The GEXF attribute `type`.
        var gexfName: String { self == .string ? "string" : "integer" }
    }

    /// The attribute's name (`attr.name` in GraphML, `title` in GEXF).
    var name: String
    /// Its type.
    var type: ValueType
    /// Whether it holds JSON that only a lossless export needs (GraphML, not GEXF).
    var isJSON = false

    /// Node attributes: label, kind, category, aliases, quote, mention_count, mentions (JSON).
    static let node: [GraphAttribute] = [
        GraphAttribute(name: "label", type: .string), GraphAttribute(name: "kind", type: .string),
        GraphAttribute(name: "category", type: .string), GraphAttribute(name: "aliases", type: .string),
        GraphAttribute(name: "quote", type: .string), GraphAttribute(name: "mention_count", type: .int),
        GraphAttribute(name: "mentions", type: .string, isJSON: true),
    ]

    /// Edge attributes: relation, class, polarity, weight, evidence_count, evidence (the
    /// sentences, one a line, each followed by its document in brackets), evidence_spans (JSON).
    static let edge: [GraphAttribute] = [
        GraphAttribute(name: "relation", type: .string), GraphAttribute(name: "class", type: .string),
        GraphAttribute(name: "polarity", type: .int), GraphAttribute(name: "weight", type: .int),
        GraphAttribute(name: "evidence_count", type: .int), GraphAttribute(name: "evidence", type: .string),
        GraphAttribute(name: "evidence_spans", type: .string, isJSON: true),
    ]

    /// The values of `node`'s attributes, by name; absent ones are missing.
    static func values(of node: Node) -> [String: String] {
        var values = ["label": node.label, "kind": node.kind.rawValue, "mention_count": String(node.mentions.count)]
        if let category = node.category { values["category"] = category.rawValue }
        if !node.aliases.isEmpty { values["aliases"] = ListField.join(node.aliases) }
        if let quote = node.quote { values["quote"] = quote }
        if !node.mentions.isEmpty { values["mentions"] = EmbeddedJSON.text(for: node.mentions) }
        return values
    }

    /// The values of `edge`'s attributes, by name; absent ones are missing.
    static func values(of edge: Edge) -> [String: String] {
        var values = ["relation": edge.relation.rawValue, "class": edge.relationClass.rawValue,
                      "polarity": String(edge.polarity), "weight": String(edge.weight),
                      "evidence_count": String(edge.evidence.count)]
        if !edge.evidence.isEmpty {
            values["evidence"] = readableEvidence(edge.evidence)
            values["evidence_spans"] = EmbeddedJSON.text(for: edge.evidence)
        }
        return values
    }

    /// The evidence sentences one a line, each followed by its document: `text [aleppo-01.txt]`.
    static func readableEvidence(_ spans: [TextSpan]) -> String {
        spans.map { span in
            span.text.split(whereSeparator: \.isNewline).joined(separator: " ") + " [" + span.document + "]"
        }.joined(separator: "\n")
    }
}
