import ActorGraph
import ActorGraphTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorGraphInterchange

@Suite("GEXF, JGF, Mermaid and DOT exports")
struct ExportFormatTests {
    /// The value of the (unqualified) attribute `name` of `element`.
    func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    @Test func everyFormatIsByteIdenticalForTheSameGraph() {
        let graph = Fixtures.hostileGraph
        let rebuilt = ActorGraph(documents: graph.documents.reversed(), nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
        for format in InterchangeFormat.allCases {
            #expect(format.export(graph) == format.export(rebuilt), "\(format)")
            #expect(format.export(graph) == format.export(graph), "\(format)")
        }
    }

    @Test func gexfIsWellFormedAndHostileTextStaysText() throws {
        let graph = Fixtures.hostileGraph
        let document = try XMLDocument(data: Data(GEXFWriter.text(for: graph).utf8), options: [])
        #expect(document.rootElement()?.name == "gexf")
        #expect(document.rootElement().flatMap { attribute("version", of: $0) } == "1.3")
        func elements(_ name: String) throws -> [XMLElement] {
            try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
        }
        #expect(try elements("node").count == graph.nodeCount)
        #expect(try elements("edge").count == graph.edgeCount)
        #expect(try elements("script").isEmpty)
        let labels = try elements("node").compactMap { attribute("label", of: $0) }
        #expect(labels.filter { $0 == Fixtures.hostile }.count == 2)
        let quotes = try elements("attvalue").filter { attribute("for", of: $0) == "quote" }.compactMap { attribute("value", of: $0) }
        #expect(quotes.contains(Fixtures.hostile + "\nsecond line\r\nthird\tline"))
    }

    @Test func gexfLoadsInNetworkx() throws {
        guard let python = ExternalTool.networkxPython else {
            print("skipped: python3 with networkx not found")
            return
        }
        let graph = Fixtures.hostileGraph
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("g.gexf")
        try Data(GEXFWriter.text(for: graph).utf8).write(to: file)
        let script = """
        import sys, networkx as nx
        g = nx.read_gexf(sys.argv[1])
        labels = sorted(d["label"] for _, d in g.nodes(data=True))
        print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), labels.count(sys.argv[2]))
        """
        let outcome = try ExternalTool.run(python, ["-c", script, file.path, Fixtures.hostile])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(graph.nodeCount) \(graph.edgeCount) True 2")
    }

    @Test func jgfHasEveryNodeAndEdge() throws {
        let graph = Fixtures.hostileGraph
        let value = try JSONParser.parse(Array(JGFWriter.text(for: graph).utf8))
        guard case .object(let top) = value, case .object(let inner)? = top.first?.1,
              case .object(let nodes)? = inner.first(where: { $0.0 == "nodes" })?.1,
              case .array(let edges)? = inner.first(where: { $0.0 == "edges" })?.1 else {
            Issue.record("unexpected JGF shape")
            return
        }
        #expect(top.first?.0 == "graph")
        #expect(nodes.map(\.0) == graph.nodes.map(\.id))
        #expect(edges.count == graph.edgeCount)
        #expect(!JGFWriter.text(for: graph).contains("<script>"))
    }

    @Test func mermaidLabelsCannotBreakOutOfTheirQuotes() {
        let escaped = MermaidWriter.escaped(Fixtures.hostile + "\nnext")
        for forbidden in ["\"", "<", ">", "[", "]", "{", "}", "(", ")", "|", "`", "\n", "%%", "&"] {
            #expect(!escaped.contains(forbidden), "\(forbidden)")
        }
        #expect(MermaidWriter.escaped("a \"b\" #1; {{c}}") == "a #34;b#34; #35;1#59; #123;#123;c#125;#125;")
        #expect(MermaidWriter.escaped("Nour al-Din, Türkiye: حزب الله") == "Nour al-Din, Türkiye: حزب الله")
    }

    @Test func mermaidHasOneLinePerNodeAndEdge() {
        let graph = Fixtures.hostileGraph
        let text = MermaidWriter.text(for: graph)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "flowchart LR")
        let nodeLines = lines.filter { line in
            ["[\"", "([\"", ">\""].contains { line.hasPrefix("  n") && line.contains($0) } && !line.contains("|")
        }
        #expect(nodeLines.count == graph.nodeCount)
        #expect(lines.filter { $0.contains("|\"") }.count == graph.edgeCount)
        #expect(lines.allSatisfy { line in line.filter { $0 == "\"" }.count % 2 == 0 })
    }

    @Test func dotQuotesEverything() {
        let text = PlainDOTWriter.text(for: Fixtures.hostileGraph)
        #expect(text.hasPrefix("digraph \"actorgraph\" {\n") && text.hasSuffix("}\n"))
        #expect(PlainDOTWriter.quoted("say \"hi\" \\N & co\nx") == #""say \"hi\" \\N &amp; co\nx""#)
        // Every line is a node or edge statement: quotes balance once escaped quotes are removed.
        for line in text.split(separator: "\n").dropFirst().dropLast() {
            let unescaped = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "")
            #expect(unescaped.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
            #expect(line.hasSuffix("];"))
        }
    }
}
