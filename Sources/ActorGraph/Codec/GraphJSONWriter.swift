/// Writes a graph as `actorgraph-1` JSON bytes straight from its documents, nodes and edges,
/// without building the ``JSONValue`` tree first (one small object per mention and evidence span).
///
/// The bytes are exactly `graph.jsonValue.serialized()`: the same keys in the same order and the
/// same layout (objects of scalars such as spans on one line, arrays of strings such as aliases
/// on one line without spaces, everything else one member or item per line).
///
/// ```swift
/// let bytes = GraphJSONWriter.bytes(of: graph)   // == Array(graph.jsonValue.serialized().utf8)
/// try GraphJSONWriter.write(graph) { chunk in try file.write(contentsOf: chunk) }
/// ```
enum GraphJSONWriter {
    /// How many bytes ``write(_:chunkSize:to:)`` gathers before handing them on, by default.
    static let defaultChunkSize = 1 << 20

    /// The graph's `actorgraph-1` JSON, ending in a newline.
    static func bytes(of graph: ActorGraph) -> [UInt8] {
        var all: [UInt8] = []
        write(graph, chunkSize: .max) { all = $0 }
        return all
    }

    /// Writes the graph's JSON in pieces to `emit`: a piece is handed on once it reaches
    /// `chunkSize` bytes (after the document, node or edge that fills it), and the rest at the
    /// end, so the whole text is never held at once. The pieces joined are ``bytes(of:)``.
    static func write(_ graph: ActorGraph, chunkSize: Int = defaultChunkSize,
                      to emit: ([UInt8]) throws -> Void) rethrows {
        var out = JSONByteWriter(capacity: chunkSize == .max ? 0 : chunkSize + chunkSize / 4)
        out.append("{\n  \"format\": ")
        out.appendQuoted(ActorGraph.formatTag)
        out.append(",\n  \"documents\": ")
        try writeArray(graph.documents, into: &out, chunkSize: chunkSize, emit: emit, writeItem: write)
        out.append(",\n  \"nodes\": ")
        try writeArray(graph.nodes, into: &out, chunkSize: chunkSize, emit: emit, writeItem: write)
        out.append(",\n  \"edges\": ")
        try writeArray(graph.edges, into: &out, chunkSize: chunkSize, emit: emit, writeItem: write)
        out.append("\n}\n")
        try emit(out.bytes)
    }

    /// A top-level array (indent 2) of objects, each written by `writeItem` at indent 4; a full
    /// buffer goes to `emit` between items.
    private static func writeArray<Item>(_ items: [Item], into out: inout JSONByteWriter,
                                         chunkSize: Int, emit: ([UInt8]) throws -> Void,
                                         writeItem: (Item, inout JSONByteWriter) -> Void) rethrows {
        if items.isEmpty { out.append("[]"); return }
        out.append("[\n")
        for i in items.indices {
            out.append("    ")
            writeItem(items[i], &out)
            out.append(i + 1 < items.count ? ",\n" : "\n")
            if out.bytes.count >= chunkSize {
                try emit(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        out.append("  ]")
    }

    /// `{"id": …, "title": …, "date": …, "sha256": …}` on one line.
    private static func write(_ document: Document, into out: inout JSONByteWriter) {
        out.append("{\"id\": ")
        out.appendQuoted(document.id)
        out.append(", \"title\": ")
        writeOptional(document.title, into: &out)
        out.append(", \"date\": ")
        writeOptional(document.date, into: &out)
        out.append(", \"sha256\": ")
        writeOptional(document.sha256, into: &out)
        out.append("}")
    }

    /// A node object at indent 4, its members at indent 6.
    private static func write(_ node: Node, into out: inout JSONByteWriter) {
        out.append("{\n      \"id\": ")
        out.appendQuoted(node.id)
        out.append(",\n      \"kind\": ")
        out.appendQuoted(node.kind.rawValue)
        if let category = node.category {
            out.append(",\n      \"category\": ")
            out.appendQuoted(category.rawValue)
        }
        out.append(",\n      \"label\": ")
        out.appendQuoted(node.label)
        out.append(",\n      \"aliases\": ")
        writeStrings(node.aliases, into: &out)
        if let quote = node.quote {
            out.append(",\n      \"quote\": ")
            out.appendQuoted(quote)
        }
        out.append(",\n      \"mentions\": ")
        writeSpans(node.mentions, into: &out)
        out.append("\n    }")
    }

    /// An edge object at indent 4, its members at indent 6.
    private static func write(_ edge: Edge, into out: inout JSONByteWriter) {
        out.append("{\n      \"source\": ")
        out.appendQuoted(edge.source)
        out.append(",\n      \"target\": ")
        out.appendQuoted(edge.target)
        out.append(",\n      \"relation\": ")
        out.appendQuoted(edge.relation.rawValue)
        out.append(",\n      \"class\": ")
        out.appendQuoted(edge.relationClass.rawValue)
        out.append(",\n      \"polarity\": ")
        out.appendInt(edge.polarity)
        out.append(",\n      \"weight\": ")
        out.appendInt(edge.weight)
        out.append(",\n      \"evidence\": ")
        writeSpans(edge.evidence, into: &out)
        out.append("\n    }")
    }

    /// An array of strings on one line, no spaces: `["a","b"]`, or `[]`.
    private static func writeStrings(_ strings: [String], into out: inout JSONByteWriter) {
        out.append("[")
        // Indices, not a copy of each element: a copy retains and releases its storage.
        for i in strings.indices {
            if i > 0 { out.append(",") }
            out.appendQuoted(strings[i])
        }
        out.append("]")
    }

    /// An array of spans at indent 6, one span per line at indent 8, or `[]`.
    private static func writeSpans(_ spans: [TextSpan], into out: inout JSONByteWriter) {
        if spans.isEmpty { out.append("[]"); return }
        out.append("[\n")
        // Indices, not a copy of each span: a copy retains and releases both of its strings.
        for i in spans.indices {
            out.append("        {\"document\": ")
            out.appendQuoted(spans[i].document)
            out.append(", \"start\": ")
            out.appendInt(spans[i].start)
            out.append(", \"end\": ")
            out.appendInt(spans[i].end)
            out.append(", \"text\": ")
            out.appendQuoted(spans[i].text)
            out.append(i + 1 < spans.count ? "},\n" : "}\n")
        }
        out.append("      ]")
    }

    /// A string, or `null`.
    private static func writeOptional(_ string: String?, into out: inout JSONByteWriter) {
        if let string { out.appendQuoted(string) } else { out.append("null") }
    }
}
