import ActorGraph
import Foundation
import Testing

/// `actorgraph analyze`: JSON shapes scripts rely on, tables, and one-line errors.
@Suite("actorgraph analyze", .serialized)
struct AnalyzeCommandTests {
    /// A small signed graph written to a temporary file: two camps and a contradiction.
    static func writeGraph(in folder: URL) throws -> String {
        var graph = ActorGraph(documents: [Document(id: "a.txt", date: "2016-12-01"), Document(id: "b.txt", date: "2016-12-20")])
        for (id, label) in [("russia", "Russia"), ("assad", "Assad forces"), ("rebels", "Rebels"), ("turkey", "Turkey"), ("un", "United Nations")] {
            graph.add(Node(id: id, kind: .actor, category: .state, label: label, aliases: id == "un" ? ["UN"] : []))
        }
        func span(_ text: String, _ document: String, _ start: Int) -> TextSpan {
            TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)
        }
        graph.add(Edge(source: "russia", target: "assad", relation: .backs, evidence: [span("Russia backs Assad.", "a.txt", 0)]))
        graph.add(Edge(source: "assad", target: "rebels", relation: .shells, evidence: [span("Assad shells rebels.", "a.txt", 30)]))
        graph.add(Edge(source: "turkey", target: "rebels", relation: .supports, evidence: [span("Turkey supports rebels.", "b.txt", 0)]))
        graph.add(Edge(source: "turkey", target: "russia", relation: .negotiatesWith, evidence: [span("Turkey talks to Russia.", "b.txt", 40)]))
        graph.add(Edge(source: "un", target: "assad", relation: .condemns, evidence: [span("The UN condemns Assad.", "b.txt", 80)]))
        let file = folder.appendingPathComponent("g.json")
        try graph.write(to: file)
        return file.path
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func jsonShapes() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.writeGraph(in: folder)

        let blocs = try #require(try json(["analyze", graph, "blocs", "--format", "json"]) as? [String: Any])
        #expect(Set(blocs.keys) == ["blocs", "frustration", "frustrated", "optimal"])
        #expect((blocs["blocs"] as? [[String]])?.joined().count == 5)
        let frustrated = try #require(blocs["frustrated"] as? [[String: Any]])
        #expect(blocs["frustration"] as? Double == Double(frustrated.count))
        #expect(frustrated.allSatisfy { ($0["evidence"] as? [[String: Any]])?.isEmpty == false })

        let ranking = try #require(try json(["analyze", graph, "centrality", "--measure", "pagerank", "--format", "json"]) as? [[String: Any]])
        #expect(ranking.count == 5 && ranking.allSatisfy { Set($0.keys) == ["id", "label", "score"] })
        let scores = ranking.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))

        let path = try #require(try json(["analyze", graph, "path", "United Nations", "turkey", "--format", "json"]) as? [String: Any])
        let paths = try #require(path["paths"] as? [[String: Any]])
        #expect(paths.count == 1)
        #expect(paths[0]["nodes"] as? [String] == ["un", "assad", "rebels", "turkey"])   // ties: smaller id sequence
        #expect((paths[0]["edges"] as? [[String: Any]])?.count == 3)

        let ego = try #require(try json(["analyze", graph, "ego", "UN", "--hops", "1", "--format", "json"]) as? [String: Any])
        #expect(ego["format"] as? String == "actorgraph-1")
        #expect((ego["nodes"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["assad", "un"])

        let communities = try #require(try json(["analyze", graph, "communities", "--format", "json"]) as? [String: Any])
        #expect(communities["modularity"] is Double && communities["communities"] is [[String]])

        let balance = try #require(try json(["analyze", graph, "balance", "--format", "json"]) as? [String: Any])
        #expect(balance["triangles"] is [String: Int] && balance["balanced"] is Bool)

        let filtered = try #require(try json(["analyze", graph, "components", "--classes", "conflict", "--from", "2016-12-15", "--format", "json"]) as? [String: Any])
        #expect(filtered["components"] as? [[String]] == [["assad", "un"]])
    }

    @Test func tablesAreReadable() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.writeGraph(in: folder)
        let blocs = try CommandRunner.run(["analyze", graph, "blocs"])
        #expect(blocs.status == 0 && blocs.stdout.contains("Bloc 1") && blocs.stdout.contains("Frustration:"))
        let path = try CommandRunner.run(["analyze", graph, "path", "un", "turkey"])
        #expect(path.stdout.hasPrefix("United Nations is connected to Turkey in 3 steps:"))
        #expect(path.stdout.contains("\u{201C}The UN condemns Assad.\u{201D} (b.txt)"))
        let help = try CommandRunner.run(["analyze", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Examples:"))
    }

    @Test func errorsAreOneLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.writeGraph(in: folder)
        let cases: [([String], String)] = [
            (["analyze", graph, "path", "Rusia", "un"], "did you mean russia (Russia)?"),
            (["analyze", graph, "centrality", "--measure", "fame"], "unknown measure 'fame'"),
            (["analyze", graph, "pathz"], "unknown analysis 'pathz'"),
            (["analyze", graph, "ego"], "needs one node name"),
            (["analyze", graph, "blocs", "--kinds", "actr"], "unknown node kind \"actr\""),
            (["analyze", graph, "blocs", "--from", "Dec 1"], "--from 'Dec 1' is not a date"),
            (["analyze", graph, "ego", "un", "--kinds", "place"], "excluded by the filters"),
            (["analyze", folder.appendingPathComponent("missing.json").path, "blocs"], "missing.json"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }
}
