@testable import ActorGraph
import Testing

/// A graph made of lists (``ActorGraph/init(documents:distinctNodes:distinctEdges:)``) reads,
/// compares, merges and changes like the same graph made by adding.
@Suite("Graphs made of lists")
struct ListedGraphTests {
    let a1 = TextSpan(document: "a.txt", start: 0, end: 10, text: "Russia backs")
    let a2 = TextSpan(document: "a.txt", start: 12, end: 20, text: "Assad is")

    var nodes: [Node] {
        [Node(id: "russia", kind: .actor, category: .state, label: "Russia", mentions: [a1]),
         Node(id: "assad", kind: .actor, category: .person, label: "Assad", mentions: [a2])]
    }
    var edges: [Edge] { [Edge(source: "russia", target: "assad", relation: .backs, evidence: [a1])] }

    @Test func readsLikeTheAddedGraph() throws {
        let listed = ActorGraph(documents: [Document(id: "a.txt")], distinctNodes: nodes, distinctEdges: edges)
        let added = ActorGraph(documents: [Document(id: "a.txt")], nodes: nodes, edges: edges)
        #expect(listed == added)
        #expect(listed.hashValue == added.hashValue)
        #expect(listed.nodes == added.nodes)
        #expect(listed.edges == added.edges)
        #expect(listed.nodeCount == 2 && listed.edgeCount == 1)
        #expect(listed.node(withID: "assad")?.label == "Assad")
        #expect(listed.node(withID: "nobody") == nil)
        #expect(listed.edge(withKey: Edge.Key(source: "russia", target: "assad", relation: .backs))?.weight == 1)
        #expect(listed.edges(from: "russia") == added.edges(from: "russia"))
        #expect(listed.edges(to: "assad") == added.edges(to: "assad"))
        #expect(listed.jsonData() == added.jsonData())
        try listed.validate()
    }

    @Test func changingItMergesIntoTheListedNodesAndEdges() {
        var listed = ActorGraph(documents: [Document(id: "a.txt")], distinctNodes: nodes, distinctEdges: edges)
        var added = ActorGraph(documents: [Document(id: "a.txt")], nodes: nodes, edges: edges)
        let more = Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow"], mentions: [a2])
        let moreEvidence = Edge(source: "russia", target: "assad", relation: .backs, evidence: [a2])
        listed.add(more)
        listed.add(moreEvidence)
        added.add(more)
        added.add(moreEvidence)
        #expect(listed == added)
        #expect(listed.listedNodes.isEmpty && listed.listedEdges.isEmpty)
        #expect(listed.node(withID: "russia")?.mentions == [a1, a2])
        #expect(listed.edge(withKey: moreEvidence.key)?.weight == 2)
    }

    @Test func mergesLikeTheAddedGraph() {
        let listed = ActorGraph(documents: [Document(id: "a.txt")], distinctNodes: nodes, distinctEdges: edges)
        let added = ActorGraph(documents: [Document(id: "a.txt")], nodes: nodes, edges: edges)
        let other = ActorGraph(documents: [Document(id: "b.txt")], nodes: [Node(id: "russia", kind: .actor, label: "Russia")], edges: [])
        #expect(ActorGraph(merging: [listed, other]) == ActorGraph(merging: [added, other]))
        #expect(other.merging(listed) == other.merging(added))
        var removed = listed
        removed.removeNode(withID: "assad")
        #expect(removed.nodeCount == 1 && removed.edgeCount == 0)
    }
}
