import ActorGraph

/// Writes an ``ActorGraph`` as GEXF 1.3, Gephi's native format.
///
/// Nodes carry their `label` natively and the typed attributes `kind`, `category`, `aliases`,
/// `quote` and `mention_count`; edges carry `label` and `kind` (both the relation, so that two
/// relations between the same pair are kept as parallel edges), `weight`, and the attributes
/// `relation`, `class`, `polarity`, `evidence_count` and `evidence` (the sentences, one a
/// line). Node and edge ids are the graph's ids (`source.relation.target` for edges). The
/// output is sorted and has no timestamp, so the same graph gives byte-identical files.
///
/// ```swift
/// try AtomicFile.write(GEXFWriter.text(for: graph), to: URL(fileURLWithPath: "aleppo.gexf"))
/// ```
public enum GEXFWriter {
    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"

    /// The graph as a GEXF 1.3 document (UTF-8 text ending in a newline).
    public static func text(for graph: ActorGraph) -> String {
        let nodeAttributes = GraphAttribute.node.filter { !$0.isJSON && $0.name != "label" }
        let edgeAttributes = GraphAttribute.edge.filter { !$0.isJSON && $0.name != "weight" }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="\(namespace) http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>ActorGraph</creator>
            <description>\(XMLText.content(description(of: graph)))</description>
          </meta>
          <graph defaultedgetype="directed" mode="static">

        """
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for attribute in nodeAttributes {
            out += "      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.type.gexfName)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for attribute in edgeAttributes {
            out += "      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.type.gexfName)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(XMLText.attribute(node.id))\" label=\"\(XMLText.attribute(node.label))\">\n"
            out += attributeValues(GraphAttribute.values(of: node), nodeAttributes)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in graph.edges {
            let id = edge.source + "." + edge.relation.rawValue + "." + edge.target
            out += "      <edge id=\"\(XMLText.attribute(id))\" source=\"\(XMLText.attribute(edge.source))\" "
            out += "target=\"\(XMLText.attribute(edge.target))\" label=\"\(edge.relation.rawValue)\" "
            out += "kind=\"\(edge.relation.rawValue)\" weight=\"\(edge.weight)\">\n"
            out += attributeValues(GraphAttribute.values(of: edge), edgeAttributes)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attributeValues(_ values: [String: String], _ attributes: [GraphAttribute]) -> String {
        var out = "        <attvalues>\n"
        for attribute in attributes {
            guard let value = values[attribute.name] else { continue }
            out += "          <attvalue for=\"\(attribute.name)\" value=\"\(XMLText.attribute(value))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }

    /// "ActorGraph of N documents (first – last)".
    static func description(of graph: ActorGraph) -> String {
        let dates = graph.documents.compactMap(\.date).sorted()
        var text = "ActorGraph of \(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s")"
        if let first = dates.first, let last = dates.last { text += first == last ? " (\(first))" : " (\(first) – \(last))" }
        return text
    }
}
