import ActorGraph
@testable import ActorGraphAlgorithms
import Testing

@Suite("Filters, ego networks and name resolution")
struct StructureTests {
    /// Two documents: d1 (2016-11-20) says russia backs assad and assad shells aleppo;
    /// d2 (2016-12-10) says russia backs assad again and the un condemns russia.
    var graph: ActorGraph {
        var g = ActorGraph(documents: [Document(id: "d1.txt", date: "2016-11-20"), Document(id: "d2.txt", date: "2016-12-10")])
        g.add(Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow", "the Kremlin"],
                   mentions: [span("Russia", "d1.txt"), span("Moscow", "d2.txt")]))
        g.add(Node(id: "assad", kind: .actor, category: .armedGroup, label: "Syrian government forces",
                   mentions: [span("Assad", "d1.txt")]))
        g.add(Node(id: "un", kind: .actor, category: .internationalOrg, label: "United Nations", aliases: ["UN"],
                   mentions: [span("UN", "d2.txt")]))
        g.add(Node(id: "aleppo", kind: .place, category: .city, label: "Aleppo", mentions: [span("Aleppo", "d1.txt", at: 50)]))
        g.add(Node(id: "russian-army", kind: .actor, category: .armedGroup, label: "Russian army", aliases: ["Moscow"]))
        g.add(Edge(source: "russia", target: "assad", relation: .backs,
                   evidence: [span("Russia backs Assad.", "d1.txt", at: 10), span("Moscow backs Assad.", "d2.txt", at: 10)]))
        g.add(Edge(source: "assad", target: "aleppo", relation: .shells, evidence: [span("Assad shells Aleppo.", "d1.txt", at: 30)]))
        g.add(Edge(source: "un", target: "russia", relation: .condemns, evidence: [span("The UN condemns Russia.", "d2.txt", at: 60)]))
        return g
    }

    @Test func identityFilterReturnsTheGraph() {
        #expect(graph.filtered(by: GraphFilter()) == graph)
    }

    @Test func kindCategoryAndClassFilters() {
        let actors = graph.filtered(by: GraphFilter(nodeKinds: [.actor]))
        #expect(!actors.nodes.contains { $0.id == "aleppo" } && actors.edgeCount == 2)
        let states = graph.filtered(by: GraphFilter(categories: [.state, .internationalOrg]))
        #expect(states.nodes.map(\.id) == ["russia", "un"] && states.edges.map(\.relation) == [.condemns])
        let conflict = graph.filtered(by: GraphFilter(relationClasses: [.conflict]))
        #expect(conflict.edges.map(\.relation) == [.shells, .condemns] && conflict.nodeCount == 5)
        let strong = graph.filtered(by: GraphFilter(minimumWeight: 2))
        #expect(strong.edges.map(\.relation) == [.backs])
    }

    @Test func documentAndDateFiltersTrimEvidenceAndRecountWeights() {
        let d2 = graph.filtered(by: GraphFilter(documents: ["d2.txt"]))
        #expect(d2.documents.map(\.id) == ["d2.txt"])
        #expect(d2.nodes.map(\.id) == ["assad", "russia", "un"])   // assad kept as an end of a kept edge
        #expect(d2.edge(withKey: Edge.Key(source: "russia", target: "assad", relation: .backs))?.weight == 1)
        #expect(d2.node(withID: "russia")?.mentions.map(\.text) == ["Moscow"])
        let november = graph.filtered(by: GraphFilter(dateRange: "2016-11-01"..."2016-11-30"))
        #expect(november.edges.map(\.relation) == [.shells, .backs] && november.documents.map(\.id) == ["d1.txt"])
        let none = graph.filtered(by: GraphFilter(documents: ["d2.txt"], dateRange: "2016-11-01"..."2016-11-30"))
        #expect(none.nodeCount == 0 && none.edgeCount == 0)
    }

    @Test func egoNetworkFollowsBothDirections() {
        let one = graph.egoNetwork(around: "assad", hops: 1)
        #expect(one.nodes.map(\.id) == ["aleppo", "assad", "russia"] && one.edgeCount == 2)
        let two = graph.egoNetwork(around: "assad", hops: 2)
        #expect(two.nodes.map(\.id) == ["aleppo", "assad", "russia", "un"] && two.edgeCount == 3)
        #expect(graph.egoNetwork(around: "assad", hops: 0).nodes.map(\.id) == ["assad"])
        #expect(graph.egoNetwork(around: "nobody", hops: 3).nodeCount == 0)
        #expect(graph.hopDistances(from: "un") == ["un": 0, "russia": 1, "assad": 2, "aleppo": 3])
    }

    @Test func resolvesIDsLabelsAndAliasesCaseInsensitively() throws {
        #expect(try graph.resolveNodeID("un") == "un")
        #expect(try graph.resolveNodeID("United nations") == "un")
        #expect(try graph.resolveNodeID("  the KREMLIN ") == "russia")
        #expect(try graph.resolveNodeID("RUSSIA") == "russia")
    }

    @Test func unknownAndAmbiguousNamesListCandidates() {
        #expect(throws: NodeLookupError.unknown(name: "Rusia", suggestions: ["russia (Russia)"])) {
            try graph.resolveNodeID("Rusia")
        }
        #expect(throws: NodeLookupError.ambiguous(name: "moscow", candidates: ["russia (Russia)", "russian-army (Russian army)"])) {
            try graph.resolveNodeID("moscow")
        }
        do {
            _ = try graph.resolveNodeID("Aleppa")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "no node named \"Aleppa\"; did you mean aleppo (Aleppo)?")
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: NodeLookupError.unknown(name: "zzzzzz", suggestions: [])) { try graph.resolveNodeID("zzzzzz") }
    }
}
