import ActorGraph
import ActorGraphTestSupport
import Foundation
import Testing

/// `actorgraph export`, `import` and `report`, run as a user would, when the executable has been
/// built beside the tests (it is, by `swift test`).
@Suite("export, import and report commands", .serialized)
struct CommandLineTests {
    static let executable: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("actorgraph")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let built = Fixtures.packageRoot.appendingPathComponent(".build/debug/actorgraph")
        return FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
    }()

    /// Writes the sample graph to a fresh folder and returns both.
    static func workspace() throws -> (folder: URL, graph: URL) {
        let folder = try ExternalTool.temporaryFolder()
        let graph = folder.appendingPathComponent("graph.json")
        try Fixtures.hostileGraph.write(to: graph)
        return (folder, graph)
    }

    @Test func exportImportRoundTripThroughGraphMLAndCSV() throws {
        guard let actorgraph = Self.executable else { print("skipped: actorgraph not built"); return }
        let (folder, graph) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (format, output) in [("graphml", "g.graphml"), ("csv", "tables")] {
            let export = try ExternalTool.run(actorgraph, ["export", graph.path, "--format", format, "-o", folder.appendingPathComponent(output).path])
            #expect(export.status == 0, "\(export.stderr)")
            let back = folder.appendingPathComponent("back-\(format).json")
            let result = try ExternalTool.run(actorgraph, ["import", folder.appendingPathComponent(output).path, "-o", back.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: back) == Data(contentsOf: graph), "\(format) round trip")
        }
        for format in ["gexf", "jgf", "mermaid", "dot"] {
            let first = try ExternalTool.run(actorgraph, ["export", graph.path, "--format", format])
            let second = try ExternalTool.run(actorgraph, ["export", graph.path, "--format", format])
            #expect(first.status == 0 && !first.stdout.isEmpty && first.stdout == second.stdout, "\(format)")
        }
    }

    @Test func reportWritesHTMLAndMarkdownDeterministically() throws {
        guard let actorgraph = Self.executable else { print("skipped: actorgraph not built"); return }
        let (folder, graph) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for _ in 0..<2 {
            let html = folder.appendingPathComponent("r.html")
            let result = try ExternalTool.run(actorgraph, ["report", graph.path, "-o", html.path])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: html))
        }
        #expect(outputs[0] == outputs[1])
        let markdown = try ExternalTool.run(actorgraph, ["report", graph.path, "--mermaid", "-o", folder.appendingPathComponent("md/r.md").path])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("md").path).sorted()
        #expect(written == ["r-alliances.svg", "r-conflicts.svg", "r-control.svg", "r-statements.svg", "r.md"])
    }

    @Test(arguments: [
        (["export", "missing.json", "--format", "graphml", "-o", "OUT/x.graphml"], "missing.json"),
        (["export", "GRAPH", "-o", "OUT/x.unknown"], "cannot tell the format"),
        (["export", "GRAPH", "--format", "csv"], "give a folder with -o"),
        (["import", "BAD", "--format", "graphml", "-o", "OUT/g.json"], "line 2: <node>"),
        (["import", "OUT/none", "--format", "csv", "-o", "OUT/g.json"], "nodes.csv: cannot read the file"),
        (["report", "missing.json", "-o", "OUT/r.html"], "missing.json"),
        (["report", "GRAPH", "-o", "OUT/r.pdf"], "cannot tell the format"),
        (["report", "GRAPH", "--format", "markdown"], "give the file with -o"),
        (["report", "GRAPH", "--focus", "nobody", "--views", "ego", "-o", "OUT/r.html"], "no node has the id \"nobody\""),
    ])
    func errorsAreOneLineAndLeaveNoOutput(arguments: [String], expected: String) throws {
        guard let actorgraph = Self.executable else { print("skipped: actorgraph not built"); return }
        let (folder, graph) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.graphml")
        try Data("<graphml><graph>\n<node id=\"a\"/></graph></graphml>".utf8).write(to: bad)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let resolved = arguments.map { argument in
            argument.replacingOccurrences(of: "GRAPH", with: graph.path).replacingOccurrences(of: "BAD", with: bad.path)
                .replacingOccurrences(of: "OUT", with: out.path)
        }
        let result = try ExternalTool.run(actorgraph, resolved)
        #expect(result.status != 0)
        let lines = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "partial output left behind")
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        guard let actorgraph = Self.executable else { print("skipped: actorgraph not built"); return }
        for command in ["export", "import", "report"] {
            let result = try ExternalTool.run(actorgraph, [command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("actorgraph \(command) "), "\(command) --help has no example")
        }
    }

    @Test func reportAnswersSavedQuestionsAndNamesABadOne() throws {
        guard let actorgraph = Self.executable else { print("skipped: actorgraph not built"); return }
        let (folder, graph) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.aq"), bad = folder.appendingPathComponent("bad.aq")
        try "// Who acts on whom?\nMATCH (a)-[e]->(b) RETURN a, e, b\n".write(to: good, atomically: true, encoding: .utf8)
        try "// Broken\nMATCH (a)-[:suports]->(b)\nRETURN a\n".write(to: bad, atomically: true, encoding: .utf8)
        let html = folder.appendingPathComponent("r.html")
        let ok = try ExternalTool.run(actorgraph, ["report", graph.path, "--query", good.path, "-o", html.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try String(contentsOf: html, encoding: .utf8).contains("<h3 id=\"question-1\">Who acts on whom?</h3>"))
        let failed = folder.appendingPathComponent("failed.html")
        let result = try ExternalTool.run(actorgraph, ["report", graph.path, "--query", good.path, "--query", bad.path, "-o", failed.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.aq:2:13: unknown relation \"suports\"; did you mean supports?"))
        #expect(!FileManager.default.fileExists(atPath: failed.path))
    }
}
