import ActorGraph
import Foundation

/// A file format other graph tools read, that ``ActorGraph`` can be exported to.
///
/// ```swift
/// for file in InterchangeFormat.graphml.export(graph) {
///     try AtomicFile.write(file.data, to: folder.appendingPathComponent(file.name))
/// }
/// ```
public enum InterchangeFormat: String, Sendable, Hashable, CaseIterable {
    /// GraphML with typed `<key>` attributes (networkx, Gephi, Cytoscape, yEd); see ``GraphMLWriter``.
    case graphml
    /// GEXF 1.3 with typed attributes (Gephi); see ``GEXFWriter``.
    case gexf
    /// RFC 4180 CSV tables: nodes, edges, documents, mentions, evidence; see ``CSVWriter``.
    case csv
    /// JSON Graph Format, version 2; see ``JGFWriter``.
    case jgf
    /// A Mermaid flowchart, for Markdown on forges; see ``MermaidWriter``.
    case mermaid
    /// Plain DOT (no layout, no styling) for Graphviz and the many tools that read DOT; see ``PlainDOTWriter``.
    case dot

    /// The file name extension used, e.g. `graphml`, `jgf.json`; `csv` names the tables inside a folder.
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .csv: "csv"
        case .jgf: "jgf.json"
        case .mermaid: "mmd"
        case .dot: "gv"
        }
    }

    /// Whether the format holds enough to be read back into an ``ActorGraph`` (GraphML and CSV).
    public var isImportable: Bool { self == .graphml || self == .csv }

    /// Whether the export is a set of files (CSV tables) rather than one file.
    public var isMultiFile: Bool { self == .csv }

    /// The graph in this format: one file named `graph.<extension>`, or for CSV the tables
    /// `nodes.csv`, `edges.csv`, `documents.csv`, `mentions.csv` and `evidence.csv`.
    ///
    /// The output is deterministic: the same graph always gives byte-identical files.
    public func export(_ graph: ActorGraph) -> [ExportedFile] {
        switch self {
        case .graphml: [ExportedFile(name: "graph.graphml", text: GraphMLWriter.text(for: graph))]
        case .gexf: [ExportedFile(name: "graph.gexf", text: GEXFWriter.text(for: graph))]
        case .csv: CSVWriter.files(for: graph)
        case .jgf: [ExportedFile(name: "graph.jgf.json", text: JGFWriter.text(for: graph))]
        case .mermaid: [ExportedFile(name: "graph.mmd", text: MermaidWriter.text(for: graph))]
        case .dot: [ExportedFile(name: "graph.gv", text: PlainDOTWriter.text(for: graph))]
        }
    }
}
