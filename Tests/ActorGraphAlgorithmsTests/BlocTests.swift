import ActorGraph
@testable import ActorGraphAlgorithms
import Testing

@Suite("Alliance blocs and structural balance")
struct BlocTests {
    /// Two camps {a, b} and {c, d}: allies inside, enemies across.
    let twoCamps = signedGraph([("a", "+", "b"), ("c", "+", "d"), ("a", "-", "c"), ("a", "-", "d"), ("b", "-", "c"), ("b", "-", "d")])

    @Test func balancedGraphSplitsIntoItsTwoCamps() {
        let blocs = twoCamps.allianceBlocs()
        #expect(blocs.blocs == [["a", "b"], ["c", "d"]])
        #expect(blocs.frustration == 0 && blocs.frustratedEdges.isEmpty && blocs.isOptimal)
        #expect(twoCamps.allianceBlocs(count: 2) == blocs)
        let balance = twoCamps.structuralBalance()
        #expect(balance.isBalanced && balance.isClusterable)
        #expect(balance.allPositive == 0 && balance.onePositive == 4 && balance.twoPositive == 0 && balance.allNegative == 0)
        #expect(balance.balanceRatio == 1 && balance.unbalancedNodes.isEmpty)
    }

    @Test func unbalancedTriangleHasFrustrationOne() {
        let triangle = signedGraph([("a", "+", "b"), ("b", "+", "c"), ("a", "-", "c")])
        let blocs = triangle.allianceBlocs()
        #expect(blocs.frustration == 1 && blocs.frustratedEdges.count == 1 && blocs.isOptimal)
        let balance = triangle.structuralBalance()
        #expect(!balance.isBalanced && !balance.isClusterable)
        #expect(balance.twoPositive == 1 && balance.balanceRatio == 0 && balance.weakBalanceRatio == 0)
        #expect(balance.unbalancedNodes.map(\.id) == ["a", "b", "c"])
    }

    @Test func frustratedEdgesCarryTheirEvidence() {
        // a and b are allies in two reports and enemies in one: the conflict is the contradiction.
        let graph = signedGraph([("a", "+", "b"), ("a", "-", "b"), ("b", "-", "c")], weights: [2, 1, 3])
        let blocs = graph.allianceBlocs()
        #expect(blocs.blocs == [["a", "b"], ["c"]])
        #expect(blocs.frustration == 1)
        #expect(blocs.frustratedEdges.map(\.relation) == [.fights])
        #expect(blocs.frustratedEdges.first?.evidence.first?.text == "a fights b #0")
    }

    @Test func threeMutualEnemiesAreThreeBlocsUnlessCapped() {
        let enemies = signedGraph([("a", "-", "b"), ("b", "-", "c"), ("a", "-", "c")])
        let free = enemies.allianceBlocs()
        #expect(free.blocs == [["a"], ["b"], ["c"]] && free.frustration == 0 && free.isOptimal)
        let balance = enemies.structuralBalance()
        #expect(balance.allNegative == 1 && !balance.isBalanced && balance.isClusterable)
        #expect(balance.balanceRatio == 0 && balance.weakBalanceRatio == 1)
        let two = enemies.allianceBlocs(count: 2)
        #expect(two.blocs.count == 2 && two.frustration == 1 && two.isOptimal)
        let one = enemies.allianceBlocs(count: 1)
        #expect(one.blocs == [["a", "b", "c"]] && one.frustration == 3)
    }

    @Test func disconnectedComponentsShareBinsUnderACount() {
        let graph = signedGraph([("a", "-", "b"), ("c", "-", "d"), ("e", "+", "f")])
        #expect(graph.allianceBlocs().blocs.count == 5)
        let two = graph.allianceBlocs(count: 2)
        #expect(two.blocs.count == 2 && two.frustration == 0)
    }

    @Test func exactSearchMatchesBruteForceOnRandomSignedGraphs() {
        var rng = SeededGenerator(seed: 11)
        for trial in 0..<25 {
            let n = 5 + trial % 4
            var s: [Int32] = [], t: [Int32] = [], w: [Double] = [], sign: [Double] = []
            for a in 0..<n {
                for b in (a + 1)..<n where rng.next(below: 100) < 55 {
                    s.append(Int32(a)); t.append(Int32(b)); w.append(Double(1 + rng.next(below: 3)))
                    sign.append(rng.next(below: 100) < 45 ? 1 : -1)
                }
            }
            let p = GraphProjection(nodeCount: n, sources: s, targets: t, weights: w, signs: sign, directed: false)
            for k in [nil, 2, 3] as [Int?] {
                let result = p.signedBlocs(count: k, seed: UInt64(trial))
                let optimum = bruteForceFrustration(p, maxBlocs: k ?? n)
                #expect(abs(result.frustration - optimum) < 1e-9, "trial \(trial), k \(String(describing: k))")
                #expect(result.isOptimal && result.blocCount <= (k ?? n))
                #expect(abs(p.frustration(of: result.labels) - result.frustration) < 1e-9)
                // The heuristic alone (no exact search) is never better than the optimum.
                let heuristic = p.signedBlocs(count: k, seed: UInt64(trial), exactLimit: 0)
                #expect(heuristic.frustration >= optimum - 1e-9 && !heuristic.isOptimal || heuristic.frustration == optimum)
            }
        }
    }

    @Test func heuristicRecoversPlantedBlocs() {
        // Four planted blocs of 50 nodes, dense positive inside, negative across, 5 % of signs flipped.
        var rng = SeededGenerator(seed: 5)
        let n = 200
        var s: [Int32] = [], t: [Int32] = [], sign: [Double] = []
        for _ in 0..<2000 {
            let a = rng.next(below: n), b = rng.next(below: n)
            guard a != b else { continue }
            var same: Double = a / 50 == b / 50 ? 1 : -1
            if rng.next(below: 100) < 5 { same = -same }
            s.append(Int32(a)); t.append(Int32(b)); sign.append(same)
        }
        let p = GraphProjection(nodeCount: n, sources: s, targets: t, signs: sign, directed: false)
        let planted = (0..<n).map { Int32($0 / 50) }
        let result = p.signedBlocs(seed: 1)
        #expect(result.frustration <= p.frustration(of: planted))
        let capped = p.signedBlocs(count: 4, seed: 1)
        #expect(capped.blocCount == 4 && capped.frustration <= p.frustration(of: planted))
        #expect(p.signedBlocs(seed: 1) == result)   // deterministic
    }

    @Test func blocsIgnorePlacesStatementsAndUnsignedTies() {
        var graph = twoCamps
        graph.add(Node(id: "aleppo", kind: .place, category: .city, label: "Aleppo"))
        graph.add(Node(id: "x", kind: .actor, category: .militia, label: "X"))
        graph.add(Edge(source: "a", target: "aleppo", relation: .attacks))
        graph.add(Edge(source: "x", target: "a", relation: .memberOf))
        #expect(graph.allianceBlocs().blocs == [["a", "b"], ["c", "d"]])
        #expect(graph.signedActorGraph.nodes.map(\.id) == ["a", "b", "c", "d"])
    }

    @Test func blocJSONShape() {
        let json = signedGraph([("a", "+", "b"), ("b", "+", "c"), ("a", "-", "c")]).allianceBlocs().jsonValue
        guard case let .object(members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["blocs", "frustration", "frustrated", "optimal"])
        let text = json.serialized()
        #expect(text.contains("\"evidence\"") && text.contains("\"frustration\": 1"))
    }
}

@Suite("Ambivalent ties")
struct AmbivalentTieTests {
    @Test func pairsWithBothSignsBreakBalance() {
        let graph = signedGraph([("a", "+", "b"), ("a", "-", "b"), ("b", "-", "c")])
        let balance = graph.structuralBalance()
        #expect(balance.ambivalentPairs == 1 && !balance.isBalanced && !balance.isClusterable)
        let blocs = graph.allianceBlocs()
        #expect(blocs.frustration == 1 && blocs.isOptimal)
    }
}
