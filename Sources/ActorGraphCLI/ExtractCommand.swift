import ActorGraph
import ActorGraphExtraction
import ArgumentParser
import Foundation

/// `actorgraph extract`: articles → graph JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors, places, relations and statements from articles into a graph JSON file.",
        discussion: """
        PATH is a .txt file or a folder searched recursively for .txt files. Files are processed in
        parallel on all cores. The output follows the actorgraph-1 format (docs/graph-format.md).

        Example:
          actorgraph extract examples -o graph.json
          actorgraph extract news/ --lexicon my-conflict.yaml -o news.json
        """
    )

    @Argument(help: ArgumentHelp("Article files (.txt, UTF-8) or folders of them.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the graph JSON (default: standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var lexicon: LexiconOptions

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    func run() throws {
        let graph = try lexicon.extractGraph(from: paths, quiet: quiet)
        if let output {
            do {
                try graph.write(to: URL(fileURLWithPath: output))
            } catch {
                throw CommandFailure("\(output): cannot write the graph (\(error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(graph.jsonData())
        }
    }
}
