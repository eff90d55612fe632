import ActorGraph

/// Writes an ``ActorGraph`` as plain DOT: every node and edge with its data as attributes, no
/// layout and no styling, for Graphviz tools (`gvpr`, `gc`…) and the many programs that read
/// DOT. For styled diagrams use `Diagram` in ActorGraphGraphviz.
///
/// Every id and value is a quoted DOT string: `\` becomes `\\`, `"` becomes `\"`, a newline `\n`,
/// and `&` `&amp;` (Graphviz decodes entities); characters XML forbids are dropped.
///
/// ```swift
/// PlainDOTWriter.text(for: graph)
/// // digraph "actorgraph" {
/// //   "russia" ["label"="Russia", "kind"="actor", "category"="state"];
/// //   "russia" -> "assad-forces" ["label"="supports", "relation"="supports", "class"="cooperation", …];
/// ```
public enum PlainDOTWriter {
    /// The graph as DOT text ending in a newline.
    public static func text(for graph: ActorGraph) -> String {
        var out = "digraph \"actorgraph\" {\n"
        for node in graph.nodes {
            var attributes = [("label", node.label), ("kind", node.kind.rawValue)]
            if let category = node.category { attributes.append(("category", category.rawValue)) }
            if !node.aliases.isEmpty { attributes.append(("aliases", ListField.join(node.aliases))) }
            if let quote = node.quote { attributes.append(("quote", quote)) }
            attributes.append(("mention_count", String(node.mentions.count)))
            out += "  " + quoted(node.id) + attributeList(attributes) + ";\n"
        }
        for edge in graph.edges {
            var attributes = [("label", edge.relation.rawValue), ("relation", edge.relation.rawValue),
                              ("class", edge.relationClass.rawValue), ("polarity", String(edge.polarity)),
                              ("weight", String(edge.weight)), ("evidence_count", String(edge.evidence.count))]
            if !edge.evidence.isEmpty { attributes.append(("evidence", GraphAttribute.readableEvidence(edge.evidence))) }
            out += "  " + quoted(edge.source) + " -> " + quoted(edge.target) + attributeList(attributes) + ";\n"
        }
        return out + "}\n"
    }

    /// `text` as a quoted DOT string that Graphviz reads back verbatim.
    static func quoted(_ text: String) -> String {
        DOTEscaping.quoted(text)
    }

    private static func attributeList(_ attributes: [(String, String)]) -> String {
        " [" + attributes.map { quoted($0.0) + "=" + quoted($0.1) }.joined(separator: ", ") + "]"
    }
}
