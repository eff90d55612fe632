import ActorGraph
import Foundation
import Testing
@testable import ActorGraphGraphviz

@Suite("Diagram size limits: big graphs never hang")
struct DiagramLimitTests {
    /// A chain of `count` states, each supporting the next.
    static func chain(_ count: Int) -> ActorGraph {
        var graph = ActorGraph()
        for index in 0..<count {
            graph.add(Node(id: "a\(index)", kind: .actor, category: .state, label: "A\(index)"))
            if index > 0 { graph.add(Edge(source: "a\(index - 1)", target: "a\(index)", relation: .supports)) }
        }
        return graph
    }

    @Test("above the large-graph threshold every view defaults to sfdp, without edge labels")
    func sfdpAboveThreshold() throws {
        let graph = Self.chain(Diagram.largeGraphThreshold + 1)
        for view in [DiagramView.alliances, .full] {
            let diagram = Diagram(graph, view: view)
            #expect(diagram.defaultLayout == .sfdp)
            let dot = try diagram.dotText
            #expect(dot.contains(#""overlap"="prism""#))
            #expect(!dot.contains(#""label"="supports""#))
        }
        #expect(Diagram(Self.chain(Diagram.largeGraphThreshold), view: .alliances).defaultLayout == .dot)
    }

    @Test("dot is refused above its node limit, with a message that names the way out")
    func dotLimit() throws {
        let diagram = Diagram(Self.chain(501), view: .alliances)
        let error = #expect(throws: DiagramError.self) { try diagram.render(layout: .dot) }
        #expect(error == .tooLargeForLayout(view: .alliances, layout: .dot, nodes: 501, limit: 500))
        #expect(error?.description == "the alliances diagram has 501 nodes; dot lays out at most 500 in reasonable time; use sfdp, or show fewer nodes")
        #expect(throws: Never.self) { try diagram.checkSize(layout: .sfdp) }
    }

    @Test("above the node limit rendering is refused before Graphviz runs")
    func refusedAboveNodeLimit() throws {
        var diagram = Diagram(Self.chain(120), view: .full)
        diagram.nodeLimit = 100
        // (The refusal is the size check's own error: no layout ran to produce it. No timing is
        // asserted, which a loaded machine would make flaky.)
        let error = #expect(throws: DiagramError.self) { try diagram.render() }
        #expect(error == .tooLarge(view: .full, nodes: 120, edges: 119, nodeLimit: 100, edgeLimit: Diagram.defaultEdgeLimit))
        #expect(error?.description.hasPrefix("the full diagram has 120 nodes and 119 edges, more than the 100 nodes") == true)
        diagram.topActorCount = 50                      // the way out: show fewer
        #expect(throws: Never.self) { try diagram.checkSize() }
        #expect(try diagram.render().warnings.isEmpty)
    }

    @Test("the default limit refuses a 10,001-node diagram at once")
    func defaultNodeLimit() throws {
        let diagram = Diagram(Self.chain(Diagram.defaultNodeLimit + 1), view: .full)
        let error = #expect(throws: DiagramError.self) { try diagram.checkSize() }
        if case .tooLarge(_, let nodes, _, let limit, _)? = error {
            #expect(nodes == Diagram.defaultNodeLimit + 1)
            #expect(limit == Diagram.defaultNodeLimit)
        } else {
            Issue.record("expected tooLarge, got \(String(describing: error))")
        }
    }

    @Test("the edge limit counts too")
    func edgeLimit() {
        var diagram = Diagram(Self.chain(50), view: .full)
        diagram.edgeLimit = 10
        #expect(throws: DiagramError.tooLarge(view: .full, nodes: 50, edges: 49, nodeLimit: Diagram.defaultNodeLimit, edgeLimit: 10)) {
            try diagram.render()
        }
    }
}
