import ActorGraph
import ActorGraphInterchange
import ArgumentParser
import Foundation

/// `actorgraph import`: GraphML or CSV tables → graph JSON.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a GraphML file or a folder of CSV tables back into a graph JSON file.",
        discussion: """
        graphml  A GraphML file, as written by `actorgraph export` or by networkx, Gephi, yEd or
                 Cytoscape with the same attribute names (nodes need kind, edges need relation).
        csv      A folder with nodes.csv and edges.csv (and, read when present, documents.csv,
                 mentions.csv, evidence.csv), or the path of its nodes.csv.

        The format is taken from --format, or else from the input (a folder or .csv file: csv;
        .graphml or .xml: graphml). Errors name the file, the line and the element or column at
        fault. The graph is written atomically. See docs/interchange.md.

        Examples:
          actorgraph import aleppo.graphml -o graph.json
          actorgraph import aleppo-tables --format csv -o graph.json
        """
    )

    @Argument(help: ArgumentHelp("A GraphML file, or a folder of CSV tables.", valueName: "path"))
    var input: String

    @Option(help: ArgumentHelp("The format: graphml or csv.", valueName: "format"))
    var format: InterchangeFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the graph JSON (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let url = URL(fileURLWithPath: input)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        let format = try self.format ?? inferredFormat(url, isFolder: exists && isFolder.boolValue)
        let graph: ActorGraph
        do {
            switch format {
            case .graphml:
                graph = try GraphMLReader.read(contentsOf: url)
            case .csv:
                graph = try CSVReader.read(folder: exists && isFolder.boolValue ? url : url.deletingLastPathComponent())
            default:
                throw CommandFailure("\(format.rawValue) cannot be imported: use graphml or csv")
            }
        } catch let error as InterchangeError {
            throw CommandFailure(error)
        }
        do {
            try graph.validate()
        } catch {
            throw CommandFailure("\(input): \(error)")
        }
        if let output {
            try OutputFiles.write([(URL(fileURLWithPath: output), graph.jsonData())])
        } else {
            FileHandle.standardOutput.write(graph.jsonData())
        }
    }

    private func inferredFormat(_ url: URL, isFolder: Bool) throws -> InterchangeFormat {
        if isFolder { return .csv }
        switch url.pathExtension.lowercased() {
        case "graphml", "xml": return .graphml
        case "csv": return .csv
        default: throw CommandFailure("\(input): cannot tell the format; give --format graphml or --format csv")
        }
    }
}
