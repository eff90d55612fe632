import ActorGraph
import ActorGraphExtraction
import ArgumentParser
import Foundation

/// `actorgraph evaluate`: precision, recall and F1 of a graph against gold annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a graph (or articles, extracted on the fly) against gold annotations.",
        discussion: """
        Gold files are one <article>.gold.json per article in the schema of the reference corpus
        (actors, places, relations, statements; see docs/extraction.md). Prints precision, recall and
        F1 for actors, places, relations (by class and by exact type) and statements.

        Example:
          actorgraph evaluate --gold ../shared/corpus/aleppo-2016/gold graph.json
          actorgraph evaluate --gold my-gold --articles my-articles --lexicon my.yaml --verbose
        """
    )

    @Option(help: ArgumentHelp("The folder of .gold.json files.", valueName: "folder"))
    var gold: String

    @Argument(help: ArgumentHelp("A graph JSON file to score (or use --articles).", valueName: "graph.json"))
    var graphFile: String?

    @Option(help: ArgumentHelp("Extract these articles and score the result instead of reading a graph.", valueName: "path"))
    var articles: [String] = []

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List what was missed and what was extra per article.")
    var verbose = false

    func validate() throws {
        if graphFile == nil && articles.isEmpty { throw ValidationError("give a graph JSON file or --articles") }
        if graphFile != nil && !articles.isEmpty { throw ValidationError("give either a graph JSON file or --articles, not both") }
    }

    func run() throws {
        let graph: ActorGraph
        if let graphFile {
            graph = try ActorGraph.loadForCommand(graphFile)
        } else {
            graph = try lexicon.extractGraph(from: articles, quiet: true)
        }
        let documents: [GoldDocument]
        do {
            documents = try GoldDocument.files(in: URL(fileURLWithPath: gold)).map { url throws(GraphFileError) in try GoldDocument(contentsOf: url) }
        } catch {
            throw CommandFailure(error)
        }
        guard !documents.isEmpty else { throw CommandFailure("\(gold): no .gold.json files") }
        let evaluation = Evaluation(graph: graph, gold: documents)
        if json {
            print(evaluation.jsonValue.serialized(), terminator: "")
            return
        }
        if verbose { evaluation.details.forEach { print($0) } }
        print(evaluation.table)
    }
}
