import ActorGraph
@testable import ActorGraphAlgorithms
import Testing

/// Reference values computed with networkx 3.6.1 on the same 78 edges
/// (`nx.pagerank(G)`, `nx.betweenness_centrality(G)`, `nx.closeness_centrality(G)`,
/// `nx.eigenvector_centrality(G)`), members 1…34.
enum KarateReference {
    static let pagerank = [0.0970018176, 0.0528783910, 0.0570784230, 0.0358606432, 0.0219794070, 0.0291133417, 0.0291133417, 0.0244907580, 0.0297653392, 0.0143089503, 0.0219794070, 0.0095649169, 0.0146451865, 0.0295363150, 0.0145351615, 0.0145351615, 0.0167853781, 0.0145588598, 0.0145351615, 0.0196044167, 0.0145351615, 0.0145588598, 0.0145351615, 0.0315209153, 0.0210754550, 0.0210056282, 0.0150433954, 0.0256388035, 0.0195729605, 0.0262872628, 0.0245893365, 0.0371566359, 0.0716921301, 0.1009179167]
    static let betweenness = [0.4376352814, 0.0539366883, 0.1436568062, 0.0119092713, 0.0006313131, 0.0299873737, 0.0299873737, 0.0000000000, 0.0559268278, 0.0008477633, 0.0006313131, 0.0000000000, 0.0000000000, 0.0458633959, 0.0000000000, 0.0000000000, 0.0000000000, 0.0000000000, 0.0000000000, 0.0324750481, 0.0000000000, 0.0000000000, 0.0000000000, 0.0176136364, 0.0022095960, 0.0038404882, 0.0000000000, 0.0223334536, 0.0017947330, 0.0029220779, 0.0144119769, 0.1382756133, 0.1452471140, 0.3040749759]
    static let closeness = [0.5689655172, 0.4852941176, 0.5593220339, 0.4647887324, 0.3793103448, 0.3837209302, 0.3837209302, 0.4400000000, 0.5156250000, 0.4342105263, 0.3793103448, 0.3666666667, 0.3707865169, 0.5156250000, 0.3707865169, 0.3707865169, 0.2844827586, 0.3750000000, 0.3707865169, 0.5000000000, 0.3707865169, 0.3750000000, 0.3707865169, 0.3928571429, 0.3750000000, 0.3750000000, 0.3626373626, 0.4583333333, 0.4520547945, 0.3837209302, 0.4583333333, 0.5409836066, 0.5156250000, 0.5500000000]
    static let eigenvector = [0.3554834942, 0.2659538705, 0.3171893900, 0.2111740783, 0.0759664588, 0.0794805779, 0.0794805779, 0.1709551150, 0.2274050915, 0.1026751903, 0.0759664588, 0.0528541695, 0.0842519209, 0.2264696984, 0.1014062785, 0.1014062785, 0.0236347943, 0.0923967567, 0.1014062785, 0.1479113401, 0.1014062785, 0.0923967567, 0.1014062785, 0.1501232869, 0.0570537356, 0.0592082025, 0.0755819222, 0.1334793268, 0.1310792563, 0.1349652867, 0.1747602783, 0.1910362698, 0.3086510477, 0.3733712130]
}

func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double, _ what: String) {
    #expect(actual.count == expected.count, "\(what): count")
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        #expect(abs(a - e) <= tolerance, "\(what)[\(i + 1)]: \(a) vs networkx \(e)")
    }
}

@Suite("Centrality")
struct CentralityTests {
    @Test func karateMatchesNetworkx() {
        let p = karateProjection()
        #expect(p.edgeCount == 78)
        expectClose(p.pageRank(), KarateReference.pagerank, tolerance: 1e-6, "pagerank")
        expectClose(p.betweenness(), KarateReference.betweenness, tolerance: 1e-9, "betweenness")
        expectClose(p.closeness(), KarateReference.closeness, tolerance: 1e-9, "closeness")
        expectClose(p.eigenvectorCentrality(), KarateReference.eigenvector, tolerance: 1e-6, "eigenvector")
    }

    @Test func actorGraphRankingMatchesTheProjection() {
        let ranked = karateGraph().centrality(.pagerank)
        #expect(ranked.first?.id == "m34" && ranked[1].id == "m01")
        #expect(abs((ranked.first?.score ?? 0) - KarateReference.pagerank[33]) < 1e-6)
        let betweenness = karateGraph().centrality(.betweenness)
        #expect(betweenness.prefix(3).map(\.id) == ["m01", "m34", "m33"])
        // Ties are broken by id: members 8, 12, 13… all have betweenness 0.
        let zeros = betweenness.filter { $0.score == 0 }.map(\.id)
        #expect(zeros == zeros.sorted() && zeros.first == "m08")
    }

    @Test func starAndPathGraphs() {
        // A star: the hub lies on every path between leaves.
        let star = GraphProjection(nodeCount: 5, sources: [0, 0, 0, 0], targets: [1, 2, 3, 4], directed: false)
        #expect(star.betweenness() == [1, 0, 0, 0, 0])
        #expect(star.closeness()[0] == 1)
        #expect(star.betweenness(normalized: false) == [6, 0, 0, 0, 0])
        // A path 0–1–2–3–4: un-normalised betweenness 0, 3, 4, 3, 0.
        let path = GraphProjection(nodeCount: 5, sources: [0, 1, 2, 3], targets: [1, 2, 3, 4], directed: false)
        #expect(path.betweenness(normalized: false) == [0, 3, 4, 3, 0])
        #expect(path.distances(from: 0) == [0, 1, 2, 3, 4])
        // A directed path: PageRank grows along the chain; the end is dangling.
        let chain = GraphProjection(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: true)
        let pr = chain.pageRank()
        #expect(pr[0] < pr[1] && pr[1] < pr[2] && abs(pr.reduce(0, +) - 1) < 1e-12)
    }

    @Test func sampledBetweennessWithAllSourcesIsExact() {
        let p = karateProjection()
        expectClose(p.sampledBetweenness(sampleSize: 34, seed: 5), KarateReference.betweenness, tolerance: 1e-9, "all sources")
        let estimate = p.sampledBetweenness(sampleSize: 20, seed: 5)
        #expect(estimate.firstIndex(of: estimate.max() ?? 0) == 0 || estimate.firstIndex(of: estimate.max() ?? 0) == 33)
    }

    @Test func degreeMeasuresCountDistinctPartners() {
        var graph = signedGraph([("a", "+", "b"), ("a", "-", "b"), ("c", "-", "a")])
        graph.add(Edge(source: "a", target: "c", relation: .backs))
        let positive = Dictionary(uniqueKeysWithValues: graph.centrality(.positiveDegree).map { ($0.id, $0.score) })
        let negative = Dictionary(uniqueKeysWithValues: graph.centrality(.negativeDegree).map { ($0.id, $0.score) })
        #expect(positive == ["a": 2, "b": 1, "c": 1])
        #expect(negative == ["a": 2, "b": 1, "c": 1])
        let degree = graph.centrality(.degree)
        #expect(degree.map(\.id) == ["a", "b", "c"] && degree.map(\.score) == [2, 1, 1])
        let out = Dictionary(uniqueKeysWithValues: graph.centrality(.outDegree).map { ($0.id, $0.score) })
        #expect(out == ["a": 2, "b": 1, "c": 1])   // a→b, a→c (backs), fights/allied-with both ways
    }

    @Test func everyMeasureRanksEveryNodeDeterministically() {
        let graph = karateGraph()
        for measure in CentralityMeasure.allCases {
            let ranked = graph.centrality(measure)
            #expect(ranked.count == 34, "\(measure)")
            #expect(ranked == graph.centrality(measure), "\(measure)")
            for (a, b) in zip(ranked, ranked.dropFirst()) {
                #expect(a.score > b.score || (a.score == b.score && a.id < b.id), "\(measure)")
            }
        }
    }
}
