import ActorGraph
import ActorGraphGraphviz
import ActorGraphQuery
import ActorGraphReport
import ArgumentParser
import Foundation

/// `actorgraph report`: graph JSON → an HTML or Markdown report with diagrams and evidence.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report on a graph: diagrams, alliance blocs, central actors, relations with their evidence, statements by speaker.",
        discussion: """
        HTML (-o NAME.html): one self-contained page (inline SVG and CSS, no script, no network)
        that prints well and reads on a phone; diagram nodes and edges link to their table rows.
        Markdown (-o NAME.md): the same content, with the diagrams written beside it as
        NAME-<view>.svg, and with --mermaid also as Mermaid blocks. The report is deterministic and
        written atomically: on any error no file is left behind. See docs/reports.md.

        Examples:
          actorgraph report graphs/graph.json -o aleppo.html
          actorgraph report graphs/graph.json --title "Battle of Aleppo, 2016" --document-base ../examples/ -o report.html
          actorgraph report graphs/graph.json --mermaid -o docs/aleppo.md
          actorgraph report graphs/graph.json --query examples/queries/who-supports-the-army.aq --query examples/queries/hezbollah-to-the-un.aq -o report.html
        """
    )

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @Argument(help: ArgumentHelp("A graph JSON file (actorgraph-1).", valueName: "graph.json"))
    var graphFile: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a .html or .md file (default: HTML on standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("html or markdown (default: from the extension of -o).", valueName: "format"))
    var format: Format?

    @Option(help: ArgumentHelp("The report's title (default: from the most mentioned place).", valueName: "text"))
    var title: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The diagrams, in order (default: alliances conflicts control statements).", valueName: "view"))
    var views: [DiagramView] = Report.defaultViews

    @Option(help: ArgumentHelp("The centre of an ego diagram (a node id; default: the most central actor).", valueName: "id"))
    var focus: String?

    @Option(help: ArgumentHelp("How many actors the centrality table lists.", valueName: "n"))
    var top: Int = 10

    @Option(name: .customLong("document-base"), help: ArgumentHelp("Link evidence to <base><document> (a folder or URL) instead of the corpus table.", valueName: "base"))
    var documentBase: String?

    @Option(name: .customLong("query"), help: ArgumentHelp("Answer the question in this query file (.aq) in a Questions section; repeatable.", valueName: "file"))
    var queryFiles: [String] = []

    @Flag(help: "Markdown only: add each diagram as a Mermaid block too.")
    var mermaid = false

    @Flag(name: .customLong("no-gazetteer"), help: "Nest places in the control diagram only by the graph's own part-of/located-in edges.")
    var withoutGazetteer = false

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        guard !views.isEmpty else { throw ValidationError("--views needs at least one view") }
    }

    func run() throws {
        let format = try resolvedFormat()
        let graph = try ActorGraph.loadForCommand(graphFile)
        if let focus, graph.node(withID: focus) == nil { throw CommandFailure("--focus: no node has the id \"\(focus)\"") }
        var report = Report(graph, title: title, views: views)
        report.focus = focus
        report.centralActorCount = top
        report.documentLinkBase = documentBase
        if views.contains(.control), !withoutGazetteer { report.places = try DiagramOptions.gazetteer() }
        if !queryFiles.isEmpty {
            let engine = QueryEngine(graph)
            for file in queryFiles {
                let text: String
                do {
                    text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
                } catch {
                    throw CommandFailure("\(file): cannot read the query (\(error.localizedDescription))")
                }
                let saved = SavedQuery(text: text, name: file)
                do {
                    report.questions.append(ReportQuestion(title: saved.title, query: saved.queryText, answer: try engine.run(saved.text)))
                } catch {
                    throw CommandFailure(error.annotated(source: text, fileName: file))
                }
            }
        }
        do {
            switch format {
            case .html:
                let html = try report.html()
                guard let output else {
                    FileHandle.standardOutput.write(Data(html.utf8))
                    return
                }
                try OutputFiles.write([(URL(fileURLWithPath: output), Data(html.utf8))])
            case .markdown:
                guard let output else { throw CommandFailure("a Markdown report writes SVG files beside it: give the file with -o") }
                let url = URL(fileURLWithPath: output)
                let markdown = try report.markdown(stem: url.deletingPathExtension().lastPathComponent, includesMermaid: mermaid)
                let folder = url.deletingLastPathComponent()
                var files = [(url, Data(markdown.text.utf8))]
                files += markdown.diagrams.map { (folder.appendingPathComponent($0.name), $0.data) }
                try OutputFiles.write(files)
            }
        } catch let error as ReportError {
            throw CommandFailure(error)
        }
    }

    private func resolvedFormat() throws -> Format {
        if let format { return format }
        guard let output else { return .html }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return .markdown
        default: throw CommandFailure("\(output): cannot tell the format from the extension; use .html or .md, or give --format")
        }
    }
}
