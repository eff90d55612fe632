import ActorGraph
@testable import ActorGraphAlgorithms
import Testing

@Suite("Paths")
struct PathTests {
    /// hezbollah fights rebels; un condemns rebels; un negotiates-with russia; russia backs assad;
    /// assad fights rebels.
    var graph: ActorGraph {
        var g = ActorGraph(documents: [Document(id: "a.txt", date: "2016-12-01")])
        for id in ["hezbollah", "rebels", "un", "russia", "assad"] {
            g.add(Node(id: id, kind: .actor, label: id.capitalized, aliases: id == "un" ? ["United Nations"] : []))
        }
        g.add(Edge(source: "hezbollah", target: "rebels", relation: .fights, evidence: [span("Hezbollah fought the rebels.")]))
        g.add(Edge(source: "un", target: "rebels", relation: .condemns, evidence: [span("The UN condemned the rebels.", at: 40)]))
        g.add(Edge(source: "un", target: "russia", relation: .negotiatesWith, evidence: [span("The UN talked to Russia.", at: 80)]))
        g.add(Edge(source: "russia", target: "assad", relation: .backs))
        g.add(Edge(source: "assad", target: "rebels", relation: .fights))
        return g
    }

    @Test func shortestPathCarriesEdgesWithEvidence() {
        let paths = graph.shortestPaths(from: "hezbollah", to: "un")
        #expect(paths.count == 1)
        #expect(paths[0].nodes == ["hezbollah", "rebels", "un"])
        #expect(paths[0].edges.map(\.relation) == [.fights, .condemns])
        #expect(paths[0].edges[1].evidence.first?.text == "The UN condemned the rebels.")
        guard case let .object(keys) = paths[0].jsonValue else { Issue.record("shape"); return }
        #expect(keys.map(\.0) == ["nodes", "edges"])
    }

    @Test func yenListsTheNextShortestSimplePaths() {
        let paths = graph.shortestPaths(from: "hezbollah", to: "un", limit: 5)
        #expect(paths.map(\.nodes) == [["hezbollah", "rebels", "un"], ["hezbollah", "rebels", "assad", "russia", "un"]])
        #expect(graph.shortestPaths(from: "un", to: "un") == [RelationPath(nodes: ["un"], edges: [])])
        #expect(graph.shortestPaths(from: "un", to: "nobody").isEmpty)
    }

    @Test func yenOnAGridMatchesEnumeration() {
        // A 3×3 grid: 6 shortest corner-to-corner paths of 4 steps.
        var g = ActorGraph()
        func id(_ r: Int, _ c: Int) -> String { "n\(r)\(c)" }
        for r in 0..<3 { for c in 0..<3 { g.add(Node(id: id(r, c), kind: .place, label: id(r, c))) } }
        for r in 0..<3 {
            for c in 0..<3 {
                if c < 2 { g.add(Edge(source: id(r, c), target: id(r, c + 1), relation: .partOf)) }
                if r < 2 { g.add(Edge(source: id(r, c), target: id(r + 1, c), relation: .partOf)) }
            }
        }
        let all = g.allShortestPaths(from: "n00", to: "n22")
        #expect(all.count == 6 && all.allSatisfy { $0.length == 4 })
        let yen = g.shortestPaths(from: "n00", to: "n22", limit: 8)
        #expect(yen.prefix(6).map(\.nodes) == all.map(\.nodes))   // both in id-sequence order
        #expect(yen.count == 8 && yen[6].length == 6 && yen[7].length == 6)
        #expect(Set(yen.map(\.nodes)).count == 8)
    }

    @Test func evidenceMetricPrefersWellAttestedLinks() {
        var g = ActorGraph()
        for id in ["a", "b", "c", "d"] { g.add(Node(id: id, kind: .actor, label: id)) }
        g.add(Edge(source: "a", target: "d", relation: .supports))               // 1 report: cost 1
        g.add(Edge(source: "a", target: "b", relation: .supports, weight: 5))    // cost 0.2
        g.add(Edge(source: "b", target: "c", relation: .supports, weight: 5))
        g.add(Edge(source: "c", target: "d", relation: .supports, weight: 5))
        #expect(g.shortestPaths(from: "a", to: "d").first?.nodes == ["a", "d"])
        #expect(g.shortestPaths(from: "a", to: "d", metric: .evidence).first?.nodes == ["a", "b", "c", "d"])
    }

    @Test func connectionDescriptionIsReadable() {
        let text = graph.connectionDescription(from: "hezbollah", to: "un")
        #expect(text.hasPrefix("Hezbollah is connected to Un in 2 steps:"))
        #expect(text.contains("Hezbollah fights Rebels") && text.contains("Un condemns Rebels"))
        #expect(text.contains("\u{201C}The UN condemned the rebels.\u{201D} (a.txt)"))
        var isolated = graph
        isolated.add(Node(id: "z", kind: .actor, label: "Z"))
        #expect(isolated.connectionDescription(from: "z", to: "un") == "No chain of relations connects Z and Un.")
    }
}
