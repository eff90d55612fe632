import ActorGraph
import Foundation
import Testing

@Suite("actorgraph-1 JSON")
struct GraphJSONTests {
    static func sampleGraph() -> ActorGraph {
        let span = TextSpan(document: "a.txt", start: 0, end: 6, text: "Russia")
        let evidence = TextSpan(document: "a.txt", start: 0, end: 40, text: "Russia backs the Syrian government forces")
        return ActorGraph(
            documents: [Document(id: "a.txt", title: "A title", date: "2016-11-28", sha256: "00ff")],
            nodes: [
                Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow", "the Kremlin"], mentions: [span]),
                Node(id: "assad-forces", kind: .actor, category: .armedGroup, label: "Syrian government forces"),
                Node(id: "aleppo", kind: .place, category: .city, label: "Aleppo"),
                Node(id: "statement-1", kind: .statement, label: "It is \"bad\" <here> & there", quote: "It is \"bad\" <here> & there\nreally"),
            ],
            edges: [
                Edge(source: "russia", target: "assad-forces", relation: .backs, evidence: [evidence]),
                Edge(source: "assad-forces", target: "aleppo", relation: .besieges),
                Edge(source: "russia", target: "statement-1", relation: .said),
            ])
    }

    @Test func roundTripKeepsEverything() throws {
        let graph = Self.sampleGraph()
        let decoded = try ActorGraph(jsonData: graph.jsonData(), source: "sample.json")
        #expect(decoded == graph)
        #expect(decoded.jsonData() == graph.jsonData())
    }

    @Test func outputIsDeterministicWhateverTheInsertionOrder() {
        let graph = Self.sampleGraph()
        let reversed = ActorGraph(documents: graph.documents.reversed(), nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
        #expect(reversed.jsonData() == graph.jsonData())
    }

    @Test func keysComeInTheDocumentedOrder() throws {
        let text = String(decoding: Self.sampleGraph().jsonData(), as: UTF8.self)
        let order = ["\"format\"", "\"documents\"", "\"nodes\"", "\"edges\""].compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
        let edge = try #require(text.range(of: #""source": "russia""#))
        let rest = String(text[edge.lowerBound...])
        let keys = ["\"source\"", "\"target\"", "\"relation\"", "\"class\"", "\"polarity\"", "\"weight\"", "\"evidence\""]
        let positions = keys.compactMap { rest.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func hostileTextIsEscapedAndReadBack() throws {
        var graph = ActorGraph()
        let nasty = "quote \" backslash \\ newline \n tab \t nul \u{0} </script> <b>&amp; emoji 🚀 عربي \u{2028}"
        graph.add(Node(id: "x", kind: .actor, category: .person, label: nasty, aliases: [nasty + "!"]))
        let data = graph.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("</script>"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        #expect(try ActorGraph(jsonData: data).node(withID: "x")?.label == nasty)
    }

    @Test(arguments: [
        (#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "actr", "label": "A"}], "edges": []}"#, "$.nodes[0].kind"),
        (#"{"format": "actorgraph-2", "nodes": [], "edges": []}"#, "$.format"),
        (#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "actor", "label": "A"}], "edges": [{"source": "a", "target": "b", "relation": "backs"}]}"#, "$.edges[0].target"),
        (#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "actor", "label": "A"}, {"id": "b", "kind": "actor", "label": "B"}], "edges": [{"source": "a", "target": "b", "relation": "backs", "class": "conflict"}]}"#, "$.edges[0].class"),
        (#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "place", "category": "state", "label": "A"}], "edges": []}"#, "$.nodes[0].category"),
        (#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "actor", "label": 3}], "edges": []}"#, "$.nodes[0].label"),
        (#"{"format": "actorgraph-1", "edges": []}"#, "$.nodes"),
        (#"{"format": "actorgraph-1", "nodes": [{"id": "a", "kind": "actor", "label": "A"}, {"id": "a", "kind": "actor", "label": "B"}], "edges": []}"#, "$.nodes[1].id"),
    ])
    func malformedFilesNameTheJSONPath(json: String, path: String) {
        do {
            _ = try ActorGraph(jsonData: Data(json.utf8), source: "bad.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "bad.json")
            #expect(error.path == path)
            #expect(error.description.hasPrefix("bad.json: \(path): "))
        }
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        do {
            _ = try ActorGraph(jsonData: Data("{\n  \"format\": \"actorgraph-1\",\n  \"nodes\": [,]\n}".utf8), source: "broken.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("broken.json: not valid JSON: line 3, column 13"))
        }
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: GraphFileError.self) { try ActorGraph(jsonData: Data(deep.utf8)) }
    }

    @Test func parserHandlesEscapesAndNumbers() throws {
        let value = try JSONParser.parse(Array(#"{"a": "\u00e9\ud83d\ude80\n", "b": -1.5e2, "c": [true, false, null], "d": 12}"#.utf8))
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members[0].1 == .string("é🚀\n"))
        #expect(members[1].1 == .double(-150))
        #expect(members[3].1 == .int(12))
    }
}
