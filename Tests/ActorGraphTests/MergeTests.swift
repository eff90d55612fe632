import ActorGraph
import Testing

@Suite("Merging graphs")
struct MergeTests {
    let a1 = TextSpan(document: "a.txt", start: 0, end: 10, text: "Russia backs")
    let b1 = TextSpan(document: "b.txt", start: 5, end: 20, text: "Moscow supports")

    @Test func mergeUnitesMentionsAndEvidenceWithoutDuplicates() {
        var left = ActorGraph(
            documents: [Document(id: "a.txt")],
            nodes: [Node(id: "russia", kind: .actor, category: .state, label: "Russia", mentions: [a1]),
                    Node(id: "assad", kind: .actor, category: .person, label: "Assad")],
            edges: [Edge(source: "russia", target: "assad", relation: .backs, evidence: [a1])])
        let right = ActorGraph(
            documents: [Document(id: "b.txt", date: "2016-11-29")],
            nodes: [Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow"], mentions: [a1, b1]),
                    Node(id: "assad", kind: .actor, category: .person, label: "Assad")],
            edges: [Edge(source: "russia", target: "assad", relation: .backs, evidence: [a1, b1])])
        left.merge(right)
        #expect(left.documents.map(\.id) == ["a.txt", "b.txt"])
        let russia = left.node(withID: "russia")
        #expect(russia?.mentions == [a1, b1])
        #expect(russia?.aliases == ["Moscow"])
        let edge = left.edge(withKey: Edge.Key(source: "russia", target: "assad", relation: .backs))
        #expect(edge?.evidence == [a1, b1])
        #expect(edge?.weight == 2)
    }

    @Test func mergingAGraphWithItselfChangesNothing() {
        let graph = GraphJSONTests.sampleGraph()
        #expect(graph.merging(graph) == graph)
    }

    @Test func repeatedFactsRaiseTheWeight() {
        var graph = ActorGraph(nodes: [Node(id: "a", kind: .actor, label: "A"), Node(id: "b", kind: .actor, label: "B")])
        graph.add(Edge(source: "a", target: "b", relation: .shells, evidence: [a1]))
        graph.add(Edge(source: "a", target: "b", relation: .shells, evidence: [b1]))
        graph.add(Edge(source: "a", target: "b", relation: .shells, evidence: [b1]))
        #expect(graph.edges.count == 1)
        #expect(graph.edges.first?.weight == 2)
        #expect(graph.edges.first?.polarity == -1)
    }

    @Test func renamingMergesNodesAndDropsSelfLoops() {
        let graph = ActorGraph(
            nodes: [Node(id: "skeif", kind: .actor, category: .person, label: "Hisham al-Skeif", mentions: [a1]),
                    Node(id: "skaff", kind: .actor, category: .person, label: "Hisham Skaff", mentions: [b1]),
                    Node(id: "council", kind: .actor, category: .organization, label: "Council")],
            edges: [Edge(source: "skeif", target: "council", relation: .memberOf, evidence: [a1]),
                    Edge(source: "skaff", target: "council", relation: .memberOf, evidence: [b1]),
                    Edge(source: "skaff", target: "skeif", relation: .cooperatesWith)])
        let renamed = graph.renamingNodes(["skaff": "skeif"])
        #expect(renamed.nodeCount == 2)
        #expect(renamed.node(withID: "skeif")?.aliases.contains("Hisham Skaff") == true)
        #expect(renamed.edges.count == 1)
        #expect(renamed.edges.first?.weight == 2)
    }

    @Test func validationReportsDanglingEdges() {
        let graph = ActorGraph(nodes: [Node(id: "a", kind: .actor, label: "A")], edges: [Edge(source: "a", target: "zz", relation: .fights)])
        #expect(throws: GraphValidationError.self) { try graph.validate() }
    }

    @Test func relationsBelongToOneClassWithItsSign() {
        #expect(Relation.backs.relationClass == .cooperation && Relation.backs.polarity == 1)
        #expect(Relation.besieges.relationClass == .conflict && Relation.besieges.polarity == -1)
        #expect(Relation.holds.relationClass == .control && Relation.holds.polarity == 0)
        #expect(Relation.fleesTo.relationClass == .movement)
        #expect(Relation.spokespersonFor.relationClass == .membership)
        #expect(Relation.partOf.relationClass == .location)
        #expect(Relation.said.relationClass == .statement)
        #expect(Relation.about.relationClass == .mention)
        #expect(Relation(rawValue: "advances-into") == .advancesInto)
    }

    /// Random graphs, some with spans in document order (the appending path) and some not, with
    /// unsorted mentions, repeated spans and explicit weights (the fallback): the merging
    /// initialiser equals merging one graph at a time.
    @Test(arguments: [false, true])
    func mergingInitialiserEqualsMergingInTurn(inDocumentOrder: Bool) {
        var seed: UInt64 = inDocumentOrder ? 7 : 11
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let ids = ["russia", "assad", "aleppo", "ypg", "statement-1"]
        var graphs: [ActorGraph] = []
        for g in 0..<40 {
            func span() -> TextSpan {
                let document = inDocumentOrder ? "d\(100 + g).txt" : "d\(100 + next(6)).txt"
                let start = next(50)
                return TextSpan(document: document, start: start, end: start + 1 + next(3), text: ["x", "y", "Moscow"][next(3)])
            }
            var nodes: [Node] = []
            for id in ids where next(3) > 0 {
                var node = Node(id: id, kind: id.hasPrefix("statement") ? .statement : .actor,
                                category: next(2) == 0 ? nil : .state, label: ["A", "B", id][next(3)],
                                aliases: (0..<next(3)).map { _ in ["Moscow", "the Kremlin", "A", "Б"][next(4)] },
                                mentions: (0..<next(4)).map { _ in span() }, quote: next(4) == 0 ? "q\(g)" : nil)
                if next(5) == 0 { node.mentions = (0..<3).map { _ in span() } }  // not normalised
                nodes.append(node)
            }
            var edges: [Edge] = []
            for _ in 0..<next(6) {
                var edge = Edge(source: ids[next(ids.count)], target: ids[next(ids.count)], relation: [.backs, .shells, .said][next(3)],
                                weight: next(3) == 0 ? 1 + next(9) : nil, evidence: (0..<next(4)).map { _ in span() })
                if next(6) == 0 { edge.evidence = (0..<3).map { _ in span() } }  // not normalised
                edges.append(edge)
            }
            let documents = [Document(id: "d\(100 + g).txt", title: next(2) == 0 ? "t\(g)" : nil, date: next(2) == 0 ? "2016-12-01" : nil)]
            graphs.append(ActorGraph(documents: documents, nodes: nodes, edges: edges))
        }
        var inTurn = ActorGraph()
        for graph in graphs { inTurn.merge(graph) }
        #expect(ActorGraph(merging: graphs) == inTurn)
        #expect(ActorGraph(merging: []) == ActorGraph())
    }
}
