import ActorGraph

/// Writes an ``ActorGraph`` in JSON Graph Format, version 2 (`jsongraphformat.info`).
///
/// ```json
/// {"graph": {"id": "actorgraph", "type": "actorgraph-1", "label": "…", "directed": true,
///   "metadata": {"documents": […]},
///   "nodes": {"russia": {"label": "Russia", "metadata": {"kind": "actor", "category": "state", …}}},
///   "edges": [{"id": "russia.supports.assad-forces", "source": "russia", "target": "assad-forces",
///              "relation": "supports", "directed": true, "label": "supports",
///              "metadata": {"class": "cooperation", "polarity": 1, "weight": 2, "evidence": […]}}]}}
/// ```
/// Nodes are keyed by id (JGF v2), and their and the edges' metadata hold everything the
/// `actorgraph-1` file holds, spans included. Keys come in a fixed order and arrays are sorted,
/// so the same graph gives byte-identical output.
public enum JGFWriter {
    /// The graph as a JGF v2 JSON value.
    public static func value(for graph: ActorGraph) -> JSONValue {
        let nodes: [(String, JSONValue)] = graph.nodes.map { node in
            var metadata: [(String, JSONValue)] = [("kind", .string(node.kind.rawValue))]
            if let category = node.category { metadata.append(("category", .string(category.rawValue))) }
            metadata.append(("aliases", .array(node.aliases.map(JSONValue.string))))
            if let quote = node.quote { metadata.append(("quote", .string(quote))) }
            metadata.append(("mentions", .array(node.mentions.map(spanValue))))
            return (node.id, .object([("label", .string(node.label)), ("metadata", .object(metadata))]))
        }
        let edges: [JSONValue] = graph.edges.map { edge in
            .object([
                ("id", .string(edge.source + "." + edge.relation.rawValue + "." + edge.target)),
                ("source", .string(edge.source)),
                ("target", .string(edge.target)),
                ("relation", .string(edge.relation.rawValue)),
                ("directed", .bool(true)),
                ("label", .string(edge.relation.rawValue)),
                ("metadata", .object([
                    ("class", .string(edge.relationClass.rawValue)),
                    ("polarity", .int(edge.polarity)),
                    ("weight", .int(edge.weight)),
                    ("evidence", .array(edge.evidence.map(spanValue))),
                ])),
            ])
        }
        let documents: [JSONValue] = graph.documents.map { document in
            .object([("id", .string(document.id)), ("title", document.title.map(JSONValue.string) ?? .null),
                     ("date", document.date.map(JSONValue.string) ?? .null),
                     ("sha256", document.sha256.map(JSONValue.string) ?? .null)])
        }
        return .object([("graph", .object([
            ("id", .string("actorgraph")),
            ("type", .string(ActorGraph.formatTag)),
            ("label", .string(GEXFWriter.description(of: graph))),
            ("directed", .bool(true)),
            ("metadata", .object([("documents", .array(documents))])),
            ("nodes", .object(nodes)),
            ("edges", .array(edges)),
        ]))])
    }

    /// The graph as JGF v2 JSON text (two-space indent, final newline).
    public static func text(for graph: ActorGraph) -> String {
        value(for: graph).serialized()
    }

    private static func spanValue(_ span: TextSpan) -> JSONValue {
        .object([("document", .string(span.document)), ("start", .int(span.start)),
                 ("end", .int(span.end)), ("text", .string(span.text))])
    }
}
