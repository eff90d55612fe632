import ActorGraph

/// Writes an ``ActorGraph`` as GraphML that networkx (`read_graphml`), Gephi, Cytoscape and yEd
/// read, and that validates against the GraphML 1.0 schema.
///
/// - Every attribute is declared by a typed `<key>` (`attr.name`, `attr.type`): for nodes
///   `label`, `kind`, `category`, `aliases` (joined by `; `), `quote`, `mention_count` and
///   `mentions`; for edges `relation`, `class`, `polarity`, `weight`, `evidence_count`,
///   `evidence` (the sentences, one a line) and `evidence_spans`. `mentions`,
///   `evidence_spans` and the graph's `documents` hold `actorgraph-1` JSON, so that
///   ``GraphMLReader`` reads the file back without loss.
/// - Node ids are the graph's ids where they are valid XML name tokens (every slug is) and
///   otherwise hex-encoded (`a b` → `a_20b`); the graph's `format` data says so. Edge ids are
///   `source.relation.target`.
/// - Nodes and edges are sorted and attributes come in a fixed order, so the same graph gives
///   byte-identical files. All text goes through ``MarkupEscaping/escape(_:)``.
///
/// ```swift
/// let xml = GraphMLWriter.text(for: graph)   // "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml …"
/// ```
public enum GraphMLWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// The graph as a GraphML document (UTF-8 text ending in a newline).
    public static func text(for graph: ActorGraph) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="\(namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        out += "  <key id=\"g_format\" for=\"graph\" attr.name=\"format\" attr.type=\"string\"/>\n"
        out += "  <key id=\"g_documents\" for=\"graph\" attr.name=\"documents\" attr.type=\"string\"/>\n"
        for attribute in GraphAttribute.node {
            out += "  <key id=\"n_\(attribute.name)\" for=\"node\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.type.graphMLName)\"/>\n"
        }
        for attribute in GraphAttribute.edge {
            out += "  <key id=\"e_\(attribute.name)\" for=\"edge\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.type.graphMLName)\"/>\n"
        }
        out += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"
        out += "    <data key=\"g_format\">\(ActorGraph.formatTag)</data>\n"
        out += "    <data key=\"g_documents\">\(XMLText.content(EmbeddedJSON.text(for: graph.documents)))</data>\n"
        for node in graph.nodes {
            out += "    <node id=\"\(NameToken.encode(node.id))\">\n"
            let values = GraphAttribute.values(of: node)
            for attribute in GraphAttribute.node {
                guard let value = values[attribute.name] else { continue }
                out += "      <data key=\"n_\(attribute.name)\">\(XMLText.content(value))</data>\n"
            }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            let source = NameToken.encode(edge.source), target = NameToken.encode(edge.target)
            out += "    <edge id=\"\(source).\(edge.relation.rawValue).\(target)\" source=\"\(source)\" target=\"\(target)\">\n"
            let values = GraphAttribute.values(of: edge)
            for attribute in GraphAttribute.edge {
                guard let value = values[attribute.name] else { continue }
                out += "      <data key=\"e_\(attribute.name)\">\(XMLText.content(value))</data>\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
