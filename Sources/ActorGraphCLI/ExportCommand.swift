import ActorGraph
import ActorGraphInterchange
import ArgumentParser
import Foundation

extension InterchangeFormat: ExpressibleByArgument {}

/// `actorgraph export`: graph JSON → GraphML, GEXF, CSV, JSON Graph Format, Mermaid or DOT.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph JSON file in a format other tools read: GraphML, GEXF, CSV, JGF, Mermaid or DOT.",
        discussion: """
        graphml  GraphML with typed attributes (networkx, Gephi, Cytoscape, yEd); lossless.
        gexf     GEXF 1.3 for Gephi.
        csv      A folder of CSV tables: nodes.csv, edges.csv (Gephi/Cytoscape column names),
                 documents.csv, mentions.csv, evidence.csv; lossless. -o names the folder.
        jgf      JSON Graph Format v2.
        mermaid  A Mermaid flowchart for Markdown.
        dot      Plain DOT with every attribute, no styling (for styled diagrams use render).

        The format is taken from --format, or else from the extension of -o (.graphml, .gexf,
        .jgf or .jgf.json, .mmd, .gv or .dot; a name without extension for csv). The output is
        deterministic and written atomically: on any error no file is left behind. See
        docs/interchange.md.

        Examples:
          actorgraph export graphs/graph.json --format graphml -o aleppo.graphml
          actorgraph export graphs/graph.json --format csv -o aleppo-tables
          actorgraph export graphs/graph.json --format mermaid > aleppo.mmd
        """
    )

    @Argument(help: ArgumentHelp("A graph JSON file (actorgraph-1).", valueName: "graph.json"))
    var graphFile: String

    @Option(help: ArgumentHelp("The format: \(InterchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: InterchangeFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (a folder for csv; default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
        let format = try resolvedFormat()
        let graph = try ActorGraph.loadForCommand(graphFile)
        let files = format.export(graph)
        guard let output else {
            guard !format.isMultiFile else { throw CommandFailure("csv writes several files: give a folder with -o") }
            for file in files { FileHandle.standardOutput.write(file.data) }
            return
        }
        if format.isMultiFile {
            try OutputFiles.write(files.map { (URL(fileURLWithPath: output).appendingPathComponent($0.name), $0.data) })
        } else {
            try OutputFiles.write(files.map { (URL(fileURLWithPath: output), $0.data) })
        }
    }

    /// The format given, or the one the output's extension names.
    func resolvedFormat() throws -> InterchangeFormat {
        if let format { return format }
        let choices = InterchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let output else { throw CommandFailure("give the format with --format (\(choices))") }
        let url = URL(fileURLWithPath: output)
        if url.lastPathComponent.lowercased().hasSuffix(".jgf.json") { return .jgf }
        switch url.pathExtension.lowercased() {
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "jgf": return .jgf
        case "mmd", "mermaid": return .mermaid
        case "gv", "dot": return .dot
        case "csv", "": return .csv
        default: throw CommandFailure("\(output): cannot tell the format from the extension; give --format (\(choices))")
        }
    }
}

/// Writes a set of files, each atomically; if one fails, the files this run created are removed
/// again, so a failed command leaves no partial output.
enum OutputFiles {
    static func write(_ files: [(URL, Data)]) throws {
        var created: [URL] = []
        for (url, data) in files {
            let existed = FileManager.default.fileExists(atPath: url.path)
            do {
                try AtomicFile.write(data, to: url)
                if !existed { created.append(url) }
            } catch {
                for url in created { try? FileManager.default.removeItem(at: url) }
                throw CommandFailure("\(url.path): cannot write the file (\(error.localizedDescription))")
            }
        }
    }
}
