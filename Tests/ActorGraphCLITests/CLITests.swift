import ActorGraph
import Foundation
import Testing

@Suite("The actorgraph command line", .serialized)
struct CLITests {
    @Test func mainJobRegeneratesTheCommittedGraphsExactly() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run(["build", "examples", "-o", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = CommandRunner.packageRoot.appendingPathComponent("graphs")
        let produced = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(produced.contains("graph.json") && produced.contains("alliances.svg") && produced.contains("conflicts.svg"))
        for name in produced {
            let fresh = try Data(contentsOf: out.appendingPathComponent(name))
            let stored = try? Data(contentsOf: committed.appendingPathComponent(name))
            #expect(fresh == stored, "graphs/\(name) differs from a fresh `actorgraph build examples`: regenerate it and commit")
        }
    }

    @Test func extractWritesAValidGraphWithExactSpans() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("g.json")
        let result = try CommandRunner.run(["extract", "examples", "-o", file.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try ActorGraph(contentsOf: file)
        let articles = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.packageRoot.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".txt") }
        #expect(graph.documents.count == articles.count)
        #expect(graph.nodes.contains { $0.kind == .statement })
        for document in graph.documents {
            let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("examples/\(document.id)"), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            for span in graph.nodes.flatMap(\.mentions) + graph.edges.flatMap(\.evidence) where span.document == document.id {
                #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
            }
        }
    }

    @Test func renderEachFormat() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let magics: [(String, [UInt8])] = [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)), ("dot", Array("digraph".utf8))]
        for (format, magic) in magics {
            let file = out.appendingPathComponent("d.\(format)")
            let result = try CommandRunner.run(["render", "graphs/graph.json", "--view", "conflicts", "--format", format, "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(bytes.starts(with: magic), "\(format)")
        }
    }

    @Test func theOutputFileNameChoosesTheFormat() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let png = out.appendingPathComponent("d.png")
        let result = try CommandRunner.run(["render", "graphs/graph.json", "--view", "conflicts", "-o", png.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect([UInt8](try Data(contentsOf: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A format that contradicts the file name is refused, and nothing is written.
        let pdf = out.appendingPathComponent("d.pdf")
        let clash = try CommandRunner.run(["render", "graphs/graph.json", "--format", "svg", "-o", pdf.path])
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("d.pdf") && clash.stderr.contains("--format"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func missingInputFailsWithOneLineAndNoOutput() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("g.json")
        let result = try CommandRunner.run(["extract", "no/such/file.txt", "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no/such/file.txt"))
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func nonUTF8ArticleNamesTheFileAndLeavesNoOutput() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let article = out.appendingPathComponent("latin1.txt")
        try Data([0x41, 0x6c, 0x65, 0x70, 0x70, 0x6f, 0x20, 0xe9, 0x74, 0xe9]).write(to: article)
        let target = out.appendingPathComponent("g.json")
        let result = try CommandRunner.run(["extract", article.path, "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("latin1.txt") && result.stderr.contains("UTF-8") && result.stderr.contains("offset 7"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let lossy = try CommandRunner.run(["extract", article.path, "-o", target.path, "--lossy"])
        #expect(lossy.status == 0)
    }

    @Test func malformedGraphNamesTheJSONPathAndLeavesNoOutput() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let bad = out.appendingPathComponent("bad.json")
        try Data(#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "actor", "label": "A"}], "edges": [{"source": "a", "target": "a", "relation": "hugs"}]}"#.utf8).write(to: bad)
        let target = out.appendingPathComponent("d.svg")
        let result = try CommandRunner.run(["render", bad.path, "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.json: $.edges[0].relation"))
        #expect(!FileManager.default.fileExists(atPath: target.path))

        try Data("{ not json".utf8).write(to: bad)
        let syntax = try CommandRunner.run(["render", bad.path, "-o", target.path])
        #expect(syntax.status != 0 && syntax.stderr.contains("line 1, column 3"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func unwritableOutputFailsCleanly() throws {
        let result = try CommandRunner.run(["render", "graphs/graph.json", "-o", "/proc/actorgraph-cannot-write/d.svg"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/proc/actorgraph-cannot-write/d.svg"))
    }

    @Test func unknownOptionValuesAreRejected() throws {
        let result = try CommandRunner.run(["render", "graphs/graph.json", "--format", "gif"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("gif"))
    }

    @Test(arguments: [["--help"], ["build", "--help"], ["extract", "--help"], ["render", "--help"]])
    func everyCommandHasHelpWithAnExample(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("actorgraph "))
        #expect(result.stdout.contains("Example") || arguments == ["--help"])
    }

    @Test func aBadLexiconNamesItsFile() throws {
        let out = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let lexicon = out.appendingPathComponent("mine.yaml")
        try Data("actors:\n  - name: Mars Command\n    category: planet\n".utf8).write(to: lexicon)
        let result = try CommandRunner.run(["extract", "examples", "--lexicon", lexicon.path, "-o", out.appendingPathComponent("g.json").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("mine.yaml") && result.stderr.contains("planet"))
    }
}

@Suite("actorgraph evaluate")
struct EvaluateCommandTests {
    @Test func evaluateNeedsAGraphOrArticles() throws {
        let result = try CommandRunner.run(["evaluate", "--gold", "examples"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--articles"))
    }

    @Test func evaluateReportsEveryCategory() throws {
        let reference = CommandRunner.packageRoot.appendingPathComponent("../shared/corpus/aleppo-2016")
        guard FileManager.default.fileExists(atPath: reference.appendingPathComponent("gold").path) else { return }
        let result = try CommandRunner.run(["evaluate", "--gold", reference.appendingPathComponent("gold").path, "--articles", reference.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let scores = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String: Double]]
        for category in ["actors", "places", "relations", "statements"] {
            #expect((scores?[category]?["f1"] ?? 0) > 0.5, "\(category)")
        }
    }
}

/// An `actorgraph` binary copied without its resource bundle still runs: it finds the lexicon
/// elsewhere (here, the package's sources) instead of stopping in SwiftPM's `Bundle.module`.
@Suite("A copied binary")
struct CopiedBinaryTests {
    @Test func aBinaryCopiedWithoutItsResourcesStillExtracts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-copied-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("actorgraph")
        try FileManager.default.copyItem(at: CommandRunner.executable, to: copy)
        let article = folder.appendingPathComponent("a.txt")
        try Data("Russian warplanes struck rebel-held districts of Aleppo on Monday.\n".utf8).write(to: article)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["extract", article.path, "-o", folder.appendingPathComponent("g.json").path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(!stderr.contains("Fatal error"), "\(stderr)")
        let graph = try String(contentsOf: folder.appendingPathComponent("g.json"), encoding: .utf8)
        #expect(graph.contains("\"id\": \"russia\""), "the bundled lexicon names Russia")
    }
}
