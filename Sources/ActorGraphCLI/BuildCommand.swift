import ActorGraph
import ActorGraphAlgorithms
import ActorGraphGraphviz
import ArgumentParser
import Foundation

/// `actorgraph build`: the main job — a folder of articles → graph JSON and SVG diagrams.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read a folder of articles and write the graph JSON and the SVG diagrams into an output folder.",
        discussion: """
        Writes OUTPUT/graph.json and one OUTPUT/<view>.svg per diagram view: alliances, conflicts, control, statements, ego and full. The ego view is drawn around the best-connected actor (the most distinct neighbours), one step out; use `actorgraph render --view ego --focus NAME` for another. A view too big to lay out in reasonable time is drawn for the 100 most central actors instead, and says so in its caption. Every file is written atomically, so an interrupted or failed run leaves no half-written file.

        Example:
          actorgraph build examples -o graphs
        """
    )

    /// The actors kept when a view is too big to draw whole.
    static let fallbackTopActors = 100

    @Argument(help: ArgumentHelp("Article files or folders of .txt articles.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder.", valueName: "folder"))
    var output: String = "graphs"

    @OptionGroup var lexicon: LexiconOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let graph = try lexicon.extractGraph(from: paths, quiet: quiet)
        let places = try DiagramOptions.gazetteer(lexicon.makeLexicon())
        let folder = URL(fileURLWithPath: output)
        // Render everything first, then write: a diagram that fails leaves no partial set behind.
        var files: [(String, Data)] = [("graph.json", graph.jsonData())]
        for view in DiagramView.allCases {
            guard let diagram = Self.diagram(of: graph, view: view, places: places) else { continue }
            files.append(("\(view.rawValue).svg", try DiagramWriter.render(diagram, format: .svg, layout: nil)))
        }
        for (name, data) in files {
            try DiagramWriter.write(data, to: folder.appendingPathComponent(name).path)
        }
        if !quiet {
            let actors = graph.nodes.filter { $0.kind == .actor }.count
            let placeCount = graph.nodes.filter { $0.kind == .place }.count
            let statements = graph.nodes.filter { $0.kind == .statement }.count
            print("\(graph.documents.count) documents → \(actors) actors, \(placeCount) places, \(statements) statements, \(graph.edgeCount) edges")
            print("wrote \(files.map { folder.appendingPathComponent($0.0).path }.joined(separator: ", "))")
        }
    }

    /// The diagram `build` draws for `view`: the ego view around the best-connected actor (none
    /// when the graph has no actor), and any view that is too big limited to the most central
    /// actors.
    static func diagram(of graph: ActorGraph, view: DiagramView, places: PlaceHierarchy) -> Diagram? {
        var diagram = Diagram(graph, view: view)
        if view == .control { diagram.places = places }
        if view == .ego {
            let actors = Set(graph.nodes.filter { $0.kind == .actor }.map(\.id))
            // Degree rather than PageRank: the actor with the most neighbours gives the richest picture.
            guard let center = graph.centrality(.degree).first(where: { actors.contains($0.id) }) else { return nil }
            diagram.focus = center.id
        }
        do {
            try diagram.checkSize()
        } catch {
            diagram.topActorCount = fallbackTopActors
        }
        return diagram
    }
}
