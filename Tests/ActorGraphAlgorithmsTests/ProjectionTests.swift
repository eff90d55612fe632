import ActorGraph
@testable import ActorGraphAlgorithms
import Testing

@Suite("Projection, components and breadth-first search")
struct ProjectionTests {
    @Test func mergesParallelArcsDropsSelfLoopsAndSortsRows() {
        let p = GraphProjection(nodeCount: 4, sources: [2, 0, 0, 1, 3], targets: [0, 2, 2, 1, 0],
                                weights: [1, 2, 3, 5, 1], signs: [1, -1, 1, 1, -1], directed: true)
        #expect(p.outTargets == [2, 0, 0])
        #expect(p.outWeights == [5, 1, 1])
        #expect(Array(p.neighbors(of: 0)) == [2, 3])
        #expect(p.weights[p.offsets[0]] == 6)                 // 2 + 3 one way, 1 back
        #expect(p.signedWeights[p.offsets[0]] == -2 + 3 + 1)
        #expect(p.inDegree(of: 0) == 2 && p.outDegree(of: 0) == 1 && p.degree(of: 1) == 0)
        #expect(!p.isUnweighted && p.edgeCount == 2)
    }

    @Test func undirectedInputSharesOneStructure() {
        let p = GraphProjection(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
        #expect(p.outTargets == p.neighbors && p.inSources == p.neighbors)
        #expect(p.isUnweighted && p.arcCount == 4 && p.edgeCount == 2)
    }

    @Test func actorGraphProjectionFollowsIDOrderAndSymmetricRelations() {
        let graph = signedGraph([("b", "-", "a"), ("c", "+", "b")])
        var g = graph
        g.add(Edge(source: "c", target: "a", relation: .backs))
        let p = GraphProjection(g)
        #expect(p.nodeIDs == ["a", "b", "c"])
        #expect(p.index(of: "c") == 2 && p.index(of: "zz") == nil)
        // fights and allied-with are symmetric: both directions; backs is one way.
        #expect(p.outDegree(of: 0) == 1 && p.inDegree(of: 0) == 2)
        #expect(p.outDegree(of: 2) == 2)
    }

    @Test func weakAndStrongComponents() {
        // 0→1→2→0 is a cycle, 2→3, 4 isolated, 5–6 joined.
        let p = GraphProjection(nodeCount: 7, sources: [0, 1, 2, 2, 5], targets: [1, 2, 0, 3, 6], directed: true)
        let weak = p.connectedComponents()
        #expect(weak.count == 3 && weak.labels == [0, 0, 0, 0, 1, 2, 2])
        let strong = p.stronglyConnectedComponents()
        #expect(strong.count == 5 && strong.labels == [0, 0, 0, 1, 2, 3, 4])
        #expect(strong.largestSize == 3)
    }

    @Test func actorGraphComponentsAreSortedBySize() {
        let graph = signedGraph([("a", "+", "b"), ("c", "-", "d"), ("d", "+", "e")])
        #expect(graph.connectedComponents() == [["c", "d", "e"], ["a", "b"]])
    }

    @Test func bidirectionalBFSFindsShortestPathsOnRandomGraphs() {
        var rng = SeededGenerator(seed: 7)
        for trial in 0..<20 {
            let n = 60 + trial
            var s: [Int32] = [], t: [Int32] = []
            for _ in 0..<(n + n / 2) { s.append(Int32(rng.next(below: n))); t.append(Int32(rng.next(below: n))) }
            let p = GraphProjection(nodeCount: n, sources: s, targets: t, directed: false)
            for _ in 0..<10 {
                let a = rng.next(below: n), b = rng.next(below: n)
                let distance = p.distances(from: a)[b]
                let path = p.shortestPath(from: a, to: b)
                if distance < 0 { #expect(path == nil); continue }
                guard let path else { Issue.record("no path"); continue }
                #expect(path.count == Int(distance) + 1 && path.first == a && path.last == b)
                for (x, y) in zip(path, path.dropFirst()) { #expect(p.neighbors(of: x).contains(Int32(y))) }
            }
        }
    }

    @Test func seededGeneratorIsReproducible() {
        var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = SeededGenerator(seed: 9)
        let sample = c.sample(10, from: 100)
        #expect(sample.count == 10 && Set(sample).count == 10 && sample == sample.sorted())
    }
}
