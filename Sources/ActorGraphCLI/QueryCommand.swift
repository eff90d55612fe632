import ActorGraph
import ActorGraphGraphviz
import ActorGraphQuery
import ArgumentParser
import Foundation

/// `actorgraph query`: ask a graph a question in the pattern language.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask a graph a question: match patterns of relations, or find the shortest paths between actors.",
        discussion: """
        The language (docs/query.md) reads like Cypher:
          MATCH (a:actor)-[:supports|backs]->(b {name: "Syrian army"}) RETURN a, b
          MATCH (x)-[e:conflict]-(y) WHERE e.weight >= 2 RETURN x, count(*) AS fights ORDER BY fights DESC LIMIT 5
          PATH SHORTEST (a {name: "Hezbollah"})-[p*..6]-(b {name: "United Nations"}) RETURN p

        Names in {name: …} match a node's id, label or alias, ignoring case. Errors point at the line and column and suggest near matches. The table shows nodes by label; --evidence adds the sentences behind each row; json and csv are for scripts (nodes by id); dot draws the matched subgraph, and --render FILE.svg|png|pdf renders it with Graphviz. Outputs are written atomically.

        Examples:
          actorgraph query graphs/graph.json 'MATCH (a)-[:captures]->(p:place) RETURN a, p'
          actorgraph query graphs/graph.json --file examples/queries/who-supports-the-army.aq --evidence
          actorgraph query graph.json 'PATH SHORTEST (a {name: "Hezbollah"})-[p*]-(b {name: "United Nations"}) RETURN p' --render path.svg
          actorgraph query graph.json 'MATCH (a)-[:conflict]-(b) RETURN a, count(b) AS enemies' --format csv -o enemies.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, dot
    }

    @Argument(help: ArgumentHelp("A graph JSON file (actorgraph-1).", valueName: "graph.json"))
    var graphFile: String

    @Argument(help: ArgumentHelp("The query text (or use --file).", valueName: "query"))
    var text: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Read the query from a file (e.g. examples/queries/*.aq).", valueName: "file"))
    var file: String?

    @Option(help: "Output format: table, json, csv or dot (the matched subgraph).")
    var format: Format = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the result (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Also draw the matched subgraph to this file; the extension picks svg, png or pdf.", valueName: "file"))
    var render: String?

    @Flag(help: "In the table, list the evidence sentences under each row.")
    var evidence = false

    @Option(name: .customLong("max-steps"), help: ArgumentHelp("Stop a query after this many matching steps.", valueName: "n"))
    var maximumSteps: Int = QueryOptions().stepLimit

    @Option(name: .customLong("max-rows"), help: ArgumentHelp("Stop a query whose answer passes this many rows (LIMIT keeps fewer).", valueName: "n"))
    var maximumRows: Int = QueryOptions().rowLimit

    func validate() throws {
        if text == nil && file == nil { throw ValidationError("give the query as an argument or with --file") }
        if text != nil && file != nil { throw ValidationError("give the query either as an argument or with --file, not both") }
        if maximumSteps < 1 { throw ValidationError("--max-steps must be 1 or more") }
        if maximumRows < 1 { throw ValidationError("--max-rows must be 1 or more") }
        if let render, Self.renderFormat(of: render) == nil {
            throw ValidationError("--render \(render): the file name must end in .svg, .png or .pdf")
        }
    }

    static func renderFormat(of path: String) -> OutputFormat? {
        OutputFormat(fileName: path).flatMap { $0 == .dot ? nil : $0 }
    }

    func run() throws {
        let queryText: String
        let sourceName: String
        if let file {
            do {
                queryText = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
            } catch {
                throw CommandFailure("\(file): cannot read the query (\(error.localizedDescription))")
            }
            sourceName = file
        } else {
            queryText = text ?? ""
            sourceName = "query"
        }
        let graph = try ActorGraph.loadForCommand(graphFile)
        let query: Query
        let result: QueryResult
        do {
            query = try Query(parsing: queryText)
            let options = QueryOptions(stepLimit: maximumSteps, rowLimit: maximumRows, collectsSubgraph: format == .dot || render != nil)
            result = try QueryEngine(graph).run(query, options: options)
        } catch {
            throw CommandFailure(error.annotated(source: queryText, fileName: sourceName))
        }

        let title = "Query: " + (query.description.count > 90 ? String(query.description.prefix(89)) + "…" : query.description)
        var renderedDiagram: Data?
        if let render, let renderFormat = Self.renderFormat(of: render) {
            guard result.subgraph.nodeCount > 0 else {
                throw CommandFailure("--render \(render): the query matched nothing to draw")
            }
            renderedDiagram = try DiagramWriter.render(Diagram(result.subgraph, view: .full, title: title),
                                                       format: renderFormat, layout: nil)
        }
        let body: Data
        switch format {
        case .table: body = Data(result.table(evidence: evidence).utf8)
        case .json: body = Data(result.jsonValue.serialized().utf8)
        case .csv: body = Data(result.csv().utf8)
        case .dot: body = try DiagramWriter.render(Diagram(result.subgraph, view: .full, title: title), format: .dot, layout: nil)
        }
        if let render, let renderedDiagram { try DiagramWriter.write(renderedDiagram, to: render) }
        try DiagramWriter.write(body, to: output)
    }
}
