import ActorGraph
import ActorGraphTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorGraphInterchange

@Suite("GraphML export and import")
struct GraphMLTests {
    @Test func roundTripsTheGraphExactly() throws {
        for graph in [Fixtures.sample, Fixtures.hostileGraph] + [Fixtures.examplesGraph].compactMap({ $0 }) {
            let text = GraphMLWriter.text(for: graph)
            let back = try GraphMLReader.read(Data(text.utf8), source: "g.graphml")
            #expect(back.documents == graph.documents)
            #expect(back.nodes == graph.nodes)
            #expect(back.edges == graph.edges)
            #expect(GraphMLWriter.text(for: back) == text)
        }
    }

    @Test func isDeterministic() {
        let graph = Fixtures.hostileGraph
        let shuffled = ActorGraph(documents: graph.documents.reversed(), nodes: graph.nodes.shuffled(), edges: graph.edges.shuffled())
        #expect(GraphMLWriter.text(for: graph) == GraphMLWriter.text(for: shuffled))
    }

    @Test func hostileTextNeverChangesTheStructure() throws {
        let graph = Fixtures.hostileGraph
        let document = try XMLDocument(data: Data(GraphMLWriter.text(for: graph).utf8), options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "graphml")
        func count(_ name: String) throws -> Int { try document.nodes(forXPath: "//*[local-name()='\(name)']").count }
        #expect(try count("node") == graph.nodeCount)
        #expect(try count("edge") == graph.edgeCount)
        #expect(try count("key") == 2 + 7 + 7)
        #expect(try count("script") == 0 && count("svg") == 0)
        let labels = try document.nodes(forXPath: "//*[local-name()='data'][@key='n_label']").compactMap(\.stringValue)
        #expect(labels.filter { $0 == Fixtures.hostile }.count == 2)
    }

    @Test func idsThatAreNotNameTokensAreEncodedReversibly() throws {
        for id in ["russia", "odd id \"x\" <y>", "x_5F", "Türkiye", "", "a.b:c"] {
            let token = NameToken.encode(id)
            #expect(token.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
            #expect(NameToken.decode(token) == id)
        }
        #expect(NameToken.encode("assad-forces") == "assad-forces")
        #expect(NameToken.decode("bad_Z1") == nil)
    }

    @Test func readsGraphMLFromOtherToolsByAttributeName() throws {
        // As networkx writes it: keys d0…, attribute names kept, ids unencoded, a default value.
        let xml = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="kind" attr.type="string"><default>actor</default></key>
          <key id="d1" for="node" attr.name="label" attr.type="string"/>
          <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
          <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
          <graph edgedefault="directed">
            <node id="n_1"><data key="d1">Russia</data></node>
            <node id="aleppo"><data key="d0">place</data></node>
            <edge source="n_1" target="aleppo"><data key="d2">shells</data><data key="d3">2.0</data></edge>
          </graph>
        </graphml>
        """
        let graph = try GraphMLReader.read(Data(xml.utf8), source: "nx.graphml")
        #expect(graph.nodes.map(\.id) == ["aleppo", "n_1"])
        #expect(graph.node(withID: "n_1")?.label == "Russia")
        #expect(graph.node(withID: "n_1")?.kind == .actor)
        #expect(graph.node(withID: "aleppo")?.label == "aleppo")
        #expect(graph.edges.first?.relation == .shells)
        #expect(graph.edges.first?.weight == 2)
    }

    @Test(arguments: [
        ("<graphml><graph><node id=\"a\"/></graph></graphml>", "line 1: <node>: node \"a\": missing the kind attribute"),
        ("<graphml>\n<key id=\"k\" for=\"node\" attr.name=\"kind\"/>\n<graph>\n<node id=\"a\"><data key=\"k\">actr</data></node>\n</graph></graphml>",
         "line 4: <node>: node \"a\": kind: expected one of actor, place, statement, found \"actr\""),
        ("<graphml>\n<key id=\"k\" for=\"node\" attr.name=\"kind\"/>\n<graph>\n<node id=\"a\"><data key=\"k\">actor</data></node>\n<edge source=\"a\" target=\"b\"/>\n</graph></graphml>",
         "line 5: <edge>: edge a → b: no node has the id \"b\""),
        ("<graphml>\n<graph>\n<node id=\"a\"><data key=\"nope\">x</data></node>\n</graph></graphml>",
         "line 3: <data>: no <key> declares the id \"nope\""),
        ("<graphml><graph>\n<node id=\"a\">\n<graph/></node></graph></graphml>", "line 3: <graph>: nested graphs cannot be imported"),
        ("<graphml><graph><node id=\"a\"></graph></graphml>", "line 1: not well-formed XML (an end tag does not match its start tag)"),
        ("<gexf/>", "<gexf>: the root element must be <graphml>"),
        ("<graphml/>", "no <graph> element"),
    ])
    func errorsNameTheFileLineAndElement(xml: String, expected: String) {
        #expect {
            try GraphMLReader.read(Data(xml.utf8), source: "bad.graphml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("bad.graphml: ") && text.contains(expected)
        }
    }

    @Test func refusesExternalEntities() throws {
        let secret = try ExternalTool.temporaryFolder().appendingPathComponent("secret.txt")
        try "TOP SECRET".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE graphml [<!ENTITY x SYSTEM "file://\(secret.path)">]>
        <graphml><key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/>
        <graph><node id="a"><data key="k">actor</data><data key="l">&x;</data></node></graph></graphml>
        """
        let graph = try? GraphMLReader.read(Data(xml.utf8), source: "xxe.graphml")
        #expect(graph?.node(withID: "a")?.label.contains("SECRET") != true)
    }

    @Test func validatesAgainstTheGraphMLSchema() throws {
        guard let xmllint = ExternalTool.find("xmllint"), let schemas = SchemaFiles.folder else {
            print("skipped: xmllint or graphml.xsd not found (see scripts/report/fetch-schemas.sh)")
            return
        }
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, graph) in [("sample", Fixtures.sample), ("hostile", Fixtures.hostileGraph)] + (Fixtures.examplesGraph.map { [("examples", $0)] } ?? []) {
            let file = folder.appendingPathComponent("\(name).graphml")
            try Data(GraphMLWriter.text(for: graph).utf8).write(to: file)
            let outcome = try ExternalTool.run(xmllint, ["--noout", "--nonet", "--schema", schemas.appendingPathComponent("graphml.xsd").path, file.path])
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.contains("validates"), "\(name): \(outcome.stderr)")
        }
    }

    @Test func loadsInNetworkxWithTheSameCountsAndAttributes() throws {
        guard let python = ExternalTool.networkxPython else {
            print("skipped: python3 with networkx not found")
            return
        }
        let graph = Fixtures.hostileGraph
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("g.graphml")
        try Data(GraphMLWriter.text(for: graph).utf8).write(to: file)
        let script = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        out = {"directed": g.is_directed(), "nodes": {n: d for n, d in g.nodes(data=True)},
               "edges": sorted([[u, v, d] for u, v, d in g.edges(data=True)], key=lambda e: (e[0], e[1], e[2]["relation"])),
               "graph": g.graph}
        print(json.dumps(out))
        """
        let outcome = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let value = try JSONParser.parse(Array(outcome.stdout.utf8))
        guard case .object(let top) = value, case .object(let nodes)? = top.first(where: { $0.0 == "nodes" })?.1,
              case .array(let edges)? = top.first(where: { $0.0 == "edges" })?.1 else {
            Issue.record("unexpected networkx output: \(outcome.stdout)")
            return
        }
        #expect(top.first { $0.0 == "directed" }?.1 == .bool(true))
        #expect(nodes.count == graph.nodeCount)
        #expect(edges.count == graph.edgeCount)
        for node in graph.nodes {
            guard case .object(let attributes)? = nodes.first(where: { $0.0 == NameToken.encode(node.id) })?.1 else {
                Issue.record("networkx lacks node \(node.id)")
                continue
            }
            var expected = GraphAttribute.values(of: node).mapValues(JSONValue.string)
            expected["mention_count"] = .int(node.mentions.count)
            #expect(Dictionary(uniqueKeysWithValues: attributes.map { ($0.0, $0.1) }) == expected, "\(node.id)")
        }
        for (edge, item) in zip(graph.edges, edges) {
            guard case .array(let triple) = item, triple.count == 3, case .object(let attributes) = triple[2] else { continue }
            #expect(triple[0] == .string(NameToken.encode(edge.source)) && triple[1] == .string(NameToken.encode(edge.target)))
            var expected = GraphAttribute.values(of: edge).mapValues(JSONValue.string)
            for name in ["polarity", "weight", "evidence_count"] { expected[name] = expected[name].flatMap { if case .string(let s) = $0 { Int(s).map(JSONValue.int) } else { nil } } }
            var actual = Dictionary(uniqueKeysWithValues: attributes.map { ($0.0, $0.1) })
            actual["id"] = nil   // networkx keeps the edge id as an attribute of multigraph edges
            #expect(actual == expected, "\(edge.key)")
        }
    }
}
