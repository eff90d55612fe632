import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `actorgraph query`: formats, rendering, errors, and output that user text cannot break.
@Suite("actorgraph query", .serialized)
struct QueryCommandTests {
    /// A graph whose labels and evidence hold characters that break naive CSV, JSON, DOT and SVG.
    static func writeHostileGraph(in folder: URL) throws -> String {
        var graph = ActorGraph(documents: [Document(id: "a \"b\".txt", date: "2016-12-01")])
        let hostile = "Brigade \"<b>&amp;</b>\", ]]> -- ; \\ \u{1}\nline"
        func span(_ text: String, _ start: Int) -> TextSpan {
            TextSpan(document: "a \"b\".txt", start: start, end: start + text.unicodeScalars.count, text: text)
        }
        graph.add(Node(id: "x", kind: .actor, category: .armedGroup, label: hostile, aliases: ["=cmd|' /C calc'!A0"]))
        graph.add(Node(id: "y", kind: .actor, category: .state, label: "Y's \"state\" {}"))
        graph.add(Edge(source: "x", target: "y", relation: .attacks, evidence: [span("X \"attacked\" <Y> & left, \"fast\".", 0)]))
        let file = folder.appendingPathComponent("hostile.json")
        try graph.write(to: file)
        return file.path
    }

    @Test func formatsOnTheExampleGraph() throws {
        let table = try CommandRunner.run(["query", "graphs/graph.json", "--file", "examples/queries/who-supports-the-army.aq"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Hezbollah") && table.stdout.contains("Russia") && table.stdout.contains("Pro-government militias") && table.stdout.hasSuffix("(3 rows)\n"))

        let evidence = try CommandRunner.run(["query", "graphs/graph.json", "--file", "examples/queries/who-supports-the-army.aq", "--evidence"])
        #expect(evidence.stdout.contains("russia -[supports]-> assad-forces ·"))

        let json = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a)-[:supports]->(b) RETURN a, b", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["columns"] as? [String] == ["a", "b"])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let values = try #require(rows.first?["values"] as? [String: [String: Any]])
        #expect(values["a"]?["id"] as? String == "russia")
        #expect((rows.first?["evidence"] as? [[String: Any]])?.first?["text"] is String)

        let csv = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a)-[:supports]->(b) RETURN a, b", "--format", "csv"])
        #expect(csv.stdout == "a,b\r\nrussia,assad-forces\r\n")
    }

    @Test func renderingTheMatchedSubgraph() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("path.svg").path
        let result = try CommandRunner.run(["query", "graphs/graph.json", "--file", "examples/queries/hezbollah-to-the-un.aq", "--render", svg])
        #expect(result.status == 0, "\(result.stderr)")
        let drawing = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(drawing.contains("<svg") && drawing.contains("Hezbollah") && drawing.contains("United Nations"))
        #expect(!drawing.contains("Syrian rebels"))   // only the matched subgraph
        // The same query draws the same bytes.
        let again = folder.appendingPathComponent("again.svg").path
        _ = try CommandRunner.run(["query", "graphs/graph.json", "--file", "examples/queries/hezbollah-to-the-un.aq", "--render", again])
        #expect(try Data(contentsOf: URL(fileURLWithPath: svg)) == Data(contentsOf: URL(fileURLWithPath: again)))

        let dot = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a)-[:supports]->(b) RETURN a", "--format", "dot"])
        #expect(dot.stdout.hasPrefix("digraph") || dot.stdout.hasPrefix("strict digraph"))
        #expect(dot.stdout.contains("Russia"))
    }

    @Test func errorsAreOneLineWithACaretAndLeaveNoFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json").path
        let bad = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a)-[:suports]->(b) RETURN a", "-o", output])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("query:1:13: unknown relation \"suports\"; did you mean supports?"))
        #expect(bad.stderr.contains("            ^"))
        #expect(!FileManager.default.fileExists(atPath: output))

        let unknown = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a {name: \"Hezbolah\"}) RETURN a"])
        #expect(unknown.status != 0 && unknown.stderr.contains("did you mean hezbollah (Hezbollah)"))

        let file = folder.appendingPathComponent("q.aq")
        try "// a comment\nMATCH (a)\nRETURN a LIMIT -1\n".write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try CommandRunner.run(["query", "graphs/graph.json", "--file", file.path])
        #expect(fromFile.status != 0 && fromFile.stderr.contains("q.aq:3:16: expected a whole number after LIMIT"))

        let missing = try CommandRunner.run(["query", "no-such.json", "MATCH (a) RETURN a"])
        #expect(missing.status != 0 && missing.stderr.contains("no-such.json"))
        let nothing = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a {name: \"Russia\"})-[:flees-to]->(b) RETURN a", "--render", folder.appendingPathComponent("x.svg").path])
        #expect(nothing.status != 0 && nothing.stderr.contains("matched nothing to draw"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))
        let badRender = try CommandRunner.run(["query", "graphs/graph.json", "MATCH (a) RETURN a", "--render", "x.gif"])
        #expect(badRender.status != 0 && badRender.stderr.contains(".svg, .png or .pdf"))
    }

    @Test func hostileTextCannotBreakAnyFormat() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.writeHostileGraph(in: folder)
        let query = "MATCH (a)-[e]->(b) RETURN a, a.label AS label, a.aliases AS aliases, e, b"

        let json = try CommandRunner.run(["query", graph, query, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let row = try #require((object["rows"] as? [[String: Any]])?.first)
        #expect((row["values"] as? [String: Any])?["label"] as? String == "Brigade \"<b>&amp;</b>\", ]]> -- ; \\ \u{1}\nline")
        #expect(((row["evidence"] as? [[String: Any]])?.first?["document"] as? String) == "a \"b\".txt")

        let csv = try CommandRunner.run(["query", graph, query, "--format", "csv"])
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 3)   // header, one row (the label's newline is inside quotes), final empty
        #expect(lines[1].contains("\"Brigade \"\"<b>&amp;</b>\"\", ]]> -- ; \\ \u{1}\nline\""))
        #expect(lines[1].contains(",'=cmd|' /C calc'!A0,"))   // formula injection defused

        let table = try CommandRunner.run(["query", graph, query])
        #expect(table.stdout.components(separatedBy: "\n").count == 5)   // header, rule, row, count, end
        #expect(!table.stdout.contains("\u{1}"))

        let svg = folder.appendingPathComponent("h.svg").path
        let rendered = try CommandRunner.run(["query", graph, query, "--render", svg, "--format", "dot", "-o", folder.appendingPathComponent("h.dot").path])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let drawing = try Data(contentsOf: URL(fileURLWithPath: svg))
        let parser = XMLParser(data: drawing)
        #expect(parser.parse(), "the SVG must be well-formed XML")
        #expect(String(decoding: drawing, as: UTF8.self).contains("Brigade &quot;&lt;b&gt;&amp;amp;&lt;/b&gt;&quot;"))
    }
}
