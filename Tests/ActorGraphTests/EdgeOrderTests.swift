@testable import ActorGraph
import Testing

/// Edges sorted by comparing their fields in place come in the order of their keys.
@Suite("Edge order")
struct EdgeOrderTests {
    @Test func edgesSortAsTheirKeysDo() {
        let names = ["a", "b", "é", "e\u{301}", "aa", ""]
        var edges: [Edge] = []
        for source in names { for target in names { for relation in [Relation.backs, .attacks, .said] {
            edges.append(Edge(source: source, target: target, relation: relation))
        } } }
        for (x, y) in zip(edges, edges.reversed() + edges.shuffled()) {
            #expect(Edge.keyPrecedes(x, y) == (x.key < y.key))
        }
        let graph = ActorGraph(edges: edges.shuffled())
        #expect(graph.edges.map(\.key) == graph.edges.map(\.key).sorted())
        for name in names {
            #expect(graph.edges(from: name) == graph.edges.filter { $0.source == name })
            #expect(graph.edges(to: name) == graph.edges.filter { $0.target == name })
        }
    }
}
