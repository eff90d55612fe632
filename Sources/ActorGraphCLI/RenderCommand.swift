import ActorGraph
import ActorGraphGraphviz
import ArgumentParser
import Foundation

extension DiagramView: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        guard let format = OutputFormat.allCases.first(where: { $0.rawValue == argument.lowercased() }) else { return nil }
        self = format
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension LayoutEngine: ExpressibleByArgument {
    public init?(argument: String) {
        guard let engine = LayoutEngine.allCases.first(where: { $0.rawValue == argument.lowercased() }) else { return nil }
        self = engine
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `actorgraph render`: graph JSON → diagram.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a diagram of a graph JSON file as SVG, PNG, PDF or DOT.",
        discussion: """
        Rendering runs Graphviz in-process (libgvc). The output is written atomically: on any
        error no file is left behind.

        Example:
          actorgraph render graphs/graph.json --view alliances --format svg -o alliances.svg
          actorgraph render graph.json --view conflicts --format png --layout neato -o conflicts.png
        """
    )

    @Argument(help: ArgumentHelp("A graph JSON file (actorgraph-1).", valueName: "graph.json"))
    var graphFile: String

    @Option(help: "The view to draw.")
    var view: DiagramView = .alliances

    @Option(help: "Output format: svg, png, pdf or dot.")
    var format: OutputFormat = .svg

    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi (default: chosen per view and size).")
    var layout: LayoutEngine?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the diagram (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let graph: ActorGraph
        do {
            graph = try ActorGraph(contentsOf: URL(fileURLWithPath: graphFile))
        } catch {
            throw CommandFailure(error)
        }
        let data = try DiagramWriter.render(graph, view: view, format: format, layout: layout)
        try DiagramWriter.write(data, to: output)
    }
}

/// Renders diagrams and writes them out, for `render` and `build`.
enum DiagramWriter {
    static func render(_ graph: ActorGraph, view: DiagramView, format: OutputFormat, layout: LayoutEngine?) throws -> Data {
        do {
            return try Diagram(graph, view: view).render(format: format, layout: layout).data
        } catch {
            throw CommandFailure("cannot draw the \(view.rawValue) diagram: \(error)")
        }
    }

    static func write(_ data: Data, to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure("\(output): cannot write the file (\(error.localizedDescription))")
        }
    }
}
