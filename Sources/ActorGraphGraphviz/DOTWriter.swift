import ActorGraph

/// Writes a ``DOTGraph`` as DOT text that Graphviz reads back exactly as meant.
///
/// The rules, measured against Graphviz 2.42's lexer and SVG, PNG and PDF output:
/// - every id, attribute name and text value is written as a quoted string;
/// - `&` becomes `&amp;`, because Graphviz decodes HTML entities in every string (`&amp;`
///   would otherwise show as `&`);
/// - a backslash becomes `\\` and a newline `\n` (escString), so `\N`, `\l` and friends stay
///   literal. The tooltip attributes (`tooltip`, `edgetooltip`, `labeltooltip`, `headtooltip`,
///   `tailtooltip`) are unescaped twice by Graphviz, so there a backslash becomes four;
/// - `"` becomes `\"`. Backslash runs are then always even, so no quote or closing `"` can be
///   swallowed;
/// - characters that cannot appear in XML (C0 controls other than tab and newline, DEL, U+FFFE,
///   U+FFFF) are dropped, and a carriage return (or CR LF) counts as one newline;
/// - HTML-like values (``DOTAttributeValue/html(_:)``) are written as `<…>` unchanged.
///
/// ```swift
/// DOTWriter.quoted(#"say "hi" \N & co"#)   // #""say \"hi\" \\N &amp; co""#
/// ```
public enum DOTWriter {
    /// The whole document: `digraph "name" { graph […]; node […]; edge […]; clusters; nodes; edges }`.
    public static func text(for graph: DOTGraph) -> String {
        var out = ""
        out += graph.isDirected ? "digraph " : "graph "
        out += quoted(graph.name) + " {\n"
        writeDefaults("graph", graph.attributes, indent: "  ", into: &out)
        writeDefaults("node", graph.nodeDefaults, indent: "  ", into: &out)
        writeDefaults("edge", graph.edgeDefaults, indent: "  ", into: &out)

        var nodesByID: [String: DOTNode] = [:]
        for node in graph.nodes where nodesByID[node.id] == nil { nodesByID[node.id] = node }
        var written = Set<String>()
        for cluster in graph.clusters {
            write(cluster, nodesByID: nodesByID, written: &written, indent: "  ", into: &out)
        }
        for node in graph.nodes where !written.contains(node.id) {
            written.insert(node.id)
            out += "  " + quoted(node.id) + attributeList(node.attributes) + ";\n"
        }
        let arrow = graph.isDirected ? " -> " : " -- "
        for edge in graph.edges {
            out += "  " + quoted(edge.source) + arrow + quoted(edge.target) + attributeList(edge.attributes) + ";\n"
        }
        out += "}\n"
        return out
    }

    /// The attributes Graphviz unescapes twice (a literal backslash must be written as four).
    public static let tooltipAttributes: Set<String> = ["tooltip", "edgetooltip", "labeltooltip",
                                                        "headtooltip", "tailtooltip"]

    /// `text` as a quoted DOT string, escaped so Graphviz shows it verbatim as the value of
    /// `attribute` (see the type's rules); `nil` for ids and ordinary attributes.
    ///
    /// ```swift
    /// DOTWriter.quoted("a\nb")                           // #""a\nb""#  (a line break in a label)
    /// DOTWriter.quoted(#"ends with \"#)                  // #""ends with \\""#
    /// DOTWriter.quoted(#"C:\"#, attribute: "tooltip")    // #""C:\\\\""#
    /// ```
    public static func quoted(_ text: String, attribute: String? = nil) -> String {
        DOTEscaping.quoted(text, backslash: attribute.map(tooltipAttributes.contains) == true ? #"\\\\"# : #"\\"#)
    }

    /// An attribute value as DOT: ``quoted(_:attribute:)`` text, or `<markup>` for HTML.
    public static func value(_ value: DOTAttributeValue, attribute: String? = nil) -> String {
        switch value {
        case .string(let text): quoted(text, attribute: attribute)
        case .html(let markup): "<" + markup + ">"
        }
    }

    /// ` [name=value, …]`, or the empty string when there are no attributes.
    static func attributeList(_ attributes: DOTAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        return " [" + attributes.map { quoted($0.name) + "=" + value($0.value, attribute: $0.name) }.joined(separator: ", ") + "]"
    }

    private static func writeDefaults(_ keyword: String, _ attributes: DOTAttributes, indent: String,
                                      into out: inout String) {
        guard !attributes.isEmpty else { return }
        out += indent + keyword + attributeList(attributes) + ";\n"
    }

    private static func write(_ cluster: DOTCluster, nodesByID: [String: DOTNode], written: inout Set<String>,
                              indent: String, into out: inout String) {
        out += indent + "subgraph " + quoted("cluster_" + cluster.name) + " {\n"
        let inner = indent + "  "
        writeDefaults("graph", cluster.attributes, indent: inner, into: &out)
        for child in cluster.clusters {
            write(child, nodesByID: nodesByID, written: &written, indent: inner, into: &out)
        }
        for id in cluster.nodeIDs {
            if written.insert(id).inserted, let node = nodesByID[id] {
                out += inner + quoted(id) + attributeList(node.attributes) + ";\n"
            } else {
                out += inner + quoted(id) + ";\n"      // already declared: membership only
            }
        }
        out += indent + "}\n"
    }
}
