import ActorGraph
import ActorGraphAlgorithms
import ActorGraphExtraction
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

    /// The format a file name's extension asks for (`.svg`, `.png`, `.pdf`, `.dot`/`.gv`), if any.
    init?(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {
    public init?(argument: String) {
        guard let engine = LayoutEngine.allCases.first(where: { $0.rawValue == argument.lowercased() }) else { return nil }
        self = engine
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension DiagramTheme: ExpressibleByArgument {
    public init?(argument: String) { self.init(named: argument) }

    public static var allValueStrings: [String] { allCases.map(\.name) }
}

/// `actorgraph render`: graph JSON → diagram.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a diagram of a graph JSON file as SVG, PNG, PDF or DOT.",
        discussion: """
        Views: alliances (blocs), conflicts, control (places nested by part-of), statements, ego (--focus NAME --hops N) and full. Filters narrow the graph first; --top N keeps the N most central actors, the way to a readable picture of a big graph.

        Graphviz runs in-process (libgvc). The default layout depends on the view and becomes sfdp above 300 nodes; a diagram too big to lay out in reasonable time is refused with a hint instead of hanging. The output is written atomically: on any error no file is left behind. See docs/diagrams.md.

        Examples:
          actorgraph render graphs/graph.json --view alliances -o alliances.svg
          actorgraph render graph.json --view ego --focus Russia --hops 2 --format png --dpi 150 -o russia.png
          actorgraph render big.json --view conflicts --top 40 --min-weight 2 --embed -o conflicts.svg
        """
    )

    @Argument(help: ArgumentHelp("A graph JSON file (actorgraph-1).", valueName: "graph.json"))
    var graphFile: String

    @Option(help: "The view to draw: alliances, conflicts, control, statements, ego or full.")
    var view: DiagramView = .alliances

    @Option(help: "Output format: svg, png, pdf or dot (default: the output file's extension, else svg).")
    var format: OutputFormat?

    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi (default: chosen per view and size).")
    var layout: LayoutEngine?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the diagram (default: standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var diagram: DiagramOptions

    @OptionGroup var filter: GraphFilterOptions

    @Option(help: ArgumentHelp("Only the N most central actors (PageRank) and what links to them.", valueName: "n"))
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
        if let format, let output, let named = OutputFormat(fileName: output), named != format {
            throw ValidationError("-o \(output): the file name asks for \(named.rawValue) but --format is \(format.rawValue)")
        }
    }

    /// The format to write: the one asked for, else the output file's extension, else SVG.
    var resolvedFormat: OutputFormat { format ?? output.flatMap { OutputFormat(fileName: $0) } ?? .svg }

    func run() throws {
        let graph = try ActorGraph.loadForCommand(graphFile)
        var diagram = try self.diagram.makeDiagram(of: filter.apply(to: graph), view: view, fullGraph: graph)
        diagram.note = filter.summary
        if let top { diagram.topActorCount = top }
        let data = try DiagramWriter.render(diagram, format: resolvedFormat, layout: layout)
        try DiagramWriter.write(data, to: output)
    }
}

/// How a diagram looks: focus, theme, embedding, resolution, title.
struct DiagramOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The node at the centre of the ego view (an id, name or alias); ringed in other views.", valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("How many steps from the focus the ego view reaches.", valueName: "n"))
    var hops: Int = 1

    @Option(help: "Colours: light or dark.")
    var theme: DiagramTheme = .light

    @Flag(help: "SVG for embedding in HTML: a viewBox and no fixed size, no XML prolog or DOCTYPE.")
    var embed = false

    @Option(help: ArgumentHelp("PNG resolution in dots per inch (default 96).", valueName: "dpi"))
    var dpi: Double?

    @Option(help: ArgumentHelp("The title (default: the view's).", valueName: "text"))
    var title: String?

    @Flag(name: .customLong("no-edge-labels"), help: "Leave the relation names off the edges (the line styles and tooltips remain).")
    var withoutEdgeLabels = false

    @Flag(name: .customLong("no-gazetteer"), help: "Nest places in the control view only by the graph's own part-of/located-in edges, not also by the bundled lexicon's.")
    var withoutGazetteer = false

    func validate() throws {
        guard hops >= 0 else { throw ValidationError("--hops must be 0 or more") }
        if let dpi, !(dpi >= 10 && dpi <= 1200) { throw ValidationError("--dpi must be between 10 and 1200") }
    }

    /// The diagram of `graph`, with the focus resolved in `fullGraph` (names, labels, aliases).
    func makeDiagram(of graph: ActorGraph, view: DiagramView, fullGraph: ActorGraph) throws -> Diagram {
        var focusID: String?
        if let focus {
            do {
                focusID = try fullGraph.resolveNodeID(focus)
            } catch {
                throw CommandFailure("--focus: \(error)")
            }
            if graph.node(withID: focusID ?? "") == nil {
                throw CommandFailure("--focus: \(focus) is not in the filtered graph; loosen the filters")
            }
        } else if view == .ego {
            throw CommandFailure("the ego view needs --focus NAME (and optionally --hops N)")
        }
        var diagram = Diagram(graph, view: view, title: title, showsRelationLabels: !withoutEdgeLabels, theme: theme,
                              focus: focusID, hops: hops)
        diagram.isEmbeddable = embed
        diagram.dpi = dpi
        if view == .control, !withoutGazetteer { diagram.places = try Self.gazetteer() }
        return diagram
    }

    /// The bundled lexicon's place nesting (`partOf`) and place names.
    static func gazetteer(_ given: Lexicon? = nil) throws -> PlaceHierarchy {
        let lexicon: Lexicon
        do {
            lexicon = try given ?? Lexicon.bundled()
        } catch {
            throw CommandFailure(error)
        }
        var places = PlaceHierarchy()
        for entity in lexicon.entities.values where entity.kind == .place {
            places.setLabel(entity.name, for: entity.id)
            if let parent = entity.parent { places.setParent(parent, of: entity.id) }
        }
        return places
    }
}

/// Renders diagrams and writes them out, for `render` and `build`.
enum DiagramWriter {
    static func render(_ diagram: Diagram, format: OutputFormat, layout: LayoutEngine?) throws -> Data {
        do {
            return try diagram.render(format: format, layout: layout).data
        } catch {
            switch error {
            case .tooLarge:
                throw CommandFailure("\(error) (e.g. --top 100, --classes conflict, --min-weight 2, --documents, --from/--to)")
            case .tooLargeForLayout:
                throw CommandFailure("\(error) (--layout sfdp, or e.g. --top 100)")
            case .focusRequired:
                throw CommandFailure("the ego view needs --focus NAME (and optionally --hops N)")
            case .unknownFocus, .graphviz:
                throw CommandFailure("cannot draw the \(diagram.view.rawValue) diagram: \(error)")
            }
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
