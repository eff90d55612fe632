import ActorGraph

/// Writes an ``ActorGraph`` as a set of RFC 4180 CSV tables (UTF-8, CR LF line ends, no BOM):
///
/// | file | columns |
/// |---|---|
/// | `nodes.csv` | `Id`, `Label`, `kind`, `category`, `aliases` (joined by `; `), `quote`, `mention_count` |
/// | `edges.csv` | `Source`, `Target`, `Type` (`Directed`), `relation`, `class`, `polarity`, `Weight`, `evidence_count`, `evidence` (the sentences, one a line) |
/// | `documents.csv` | `id`, `title`, `date`, `sha256` |
/// | `mentions.csv` | `node`, `document`, `start`, `end`, `text` — one row per mention |
/// | `evidence.csv` | `source`, `target`, `relation`, `document`, `start`, `end`, `text` — one row per evidence span |
///
/// `nodes.csv` and `edges.csv` use the column names Gephi's spreadsheet import and Cytoscape
/// recognise; the other three tables make the set lossless, so ``CSVReader`` reads it back as
/// the same graph. Rows are sorted, so the same graph gives byte-identical files.
///
/// ```swift
/// for file in CSVWriter.files(for: graph) {
///     try AtomicFile.write(file.data, to: folder.appendingPathComponent(file.name))
/// }
/// ```
public enum CSVWriter {
    /// The file names, in the order ``files(for:)`` returns them.
    public static let fileNames = ["nodes.csv", "edges.csv", "documents.csv", "mentions.csv", "evidence.csv"]

    /// The five tables.
    public static func files(for graph: ActorGraph) -> [ExportedFile] {
        zip(fileNames, tables(for: graph)).map { ExportedFile(name: $0, text: $1.text) }
    }

    static func tables(for graph: ActorGraph) -> [CSVTable] {
        let nodes = CSVTable(
            header: ["Id", "Label", "kind", "category", "aliases", "quote", "mention_count"],
            rows: graph.nodes.map { node in
                [node.id, node.label, node.kind.rawValue, node.category?.rawValue ?? "", ListField.join(node.aliases),
                 node.quote ?? "", String(node.mentions.count)]
            })
        let edges = CSVTable(
            header: ["Source", "Target", "Type", "relation", "class", "polarity", "Weight", "evidence_count", "evidence"],
            rows: graph.edges.map { edge in
                [edge.source, edge.target, "Directed", edge.relation.rawValue, edge.relationClass.rawValue,
                 String(edge.polarity), String(edge.weight), String(edge.evidence.count),
                 GraphAttribute.readableEvidence(edge.evidence)]
            })
        let documents = CSVTable(
            header: ["id", "title", "date", "sha256"],
            rows: graph.documents.map { [$0.id, $0.title ?? "", $0.date ?? "", $0.sha256 ?? ""] })
        let mentions = CSVTable(
            header: ["node", "document", "start", "end", "text"],
            rows: graph.nodes.flatMap { node in
                node.mentions.map { [node.id, $0.document, String($0.start), String($0.end), $0.text] }
            })
        let evidence = CSVTable(
            header: ["source", "target", "relation", "document", "start", "end", "text"],
            rows: graph.edges.flatMap { edge in
                edge.evidence.map { [edge.source, edge.target, edge.relation.rawValue, $0.document, String($0.start), String($0.end), $0.text] }
            })
        return [nodes, edges, documents, mentions, evidence]
    }
}
