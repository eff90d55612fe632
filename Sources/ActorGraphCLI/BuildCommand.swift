import ActorGraph
import ActorGraphGraphviz
import ArgumentParser
import Foundation

/// `actorgraph build`: the main job — a folder of articles → graph JSON and SVG diagrams.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read a folder of articles and write the graph JSON and the SVG diagrams into an output folder.",
        discussion: """
        Writes OUTPUT/graph.json and one OUTPUT/<view>.svg per diagram view. Every file is written
        atomically, so an interrupted or failed run leaves no half-written file.

        Example:
          actorgraph build examples -o graphs
        """
    )

    @Argument(help: ArgumentHelp("Article files or folders of .txt articles.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder.", valueName: "folder"))
    var output: String = "graphs"

    @OptionGroup var lexicon: LexiconOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let graph = try lexicon.extractGraph(from: paths, quiet: quiet)
        let folder = URL(fileURLWithPath: output)
        // Render everything first, then write: a diagram that fails leaves no partial set behind.
        var files: [(String, Data)] = [("graph.json", graph.jsonData())]
        for view in DiagramView.allCases {
            files.append(("\(view.rawValue).svg", try DiagramWriter.render(graph, view: view, format: .svg, layout: nil)))
        }
        for (name, data) in files {
            try DiagramWriter.write(data, to: folder.appendingPathComponent(name).path)
        }
        if !quiet {
            let actors = graph.nodes.filter { $0.kind == .actor }.count
            let places = graph.nodes.filter { $0.kind == .place }.count
            let statements = graph.nodes.filter { $0.kind == .statement }.count
            print("\(graph.documents.count) documents → \(actors) actors, \(places) places, \(statements) statements, \(graph.edgeCount) edges")
            print("wrote \(files.map { folder.appendingPathComponent($0.0).path }.joined(separator: ", "))")
        }
    }
}
