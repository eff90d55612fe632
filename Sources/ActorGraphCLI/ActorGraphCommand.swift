import ArgumentParser

/// The `actorgraph` command: turn news text into a graph of actors and draw it.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Turn news reports into a graph of who does what to whom, and draw it.",
        discussion: """
        Examples:
          actorgraph build examples -o graphs
          actorgraph extract examples -o graph.json
          actorgraph render graph.json --view alliances --format svg -o alliances.svg
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ExtractCommand.self, RenderCommand.self, EvaluateCommand.self, ExportCommand.self, ImportCommand.self, AnalyzeCommand.self, QueryCommand.self, ReportCommand.self]
    )
}
