import ActorGraph
@testable import ActorGraphAlgorithms
import Testing

@Suite("Communities")
struct CommunityTests {
    @Test func karateLouvainReachesTheKnownModularity() {
        let p = karateProjection()
        for seed in 1...5 as ClosedRange<UInt64> {
            let membership = p.louvainCommunities(seed: seed)
            let q = p.modularity(of: membership)
            #expect(q >= 0.41, "seed \(seed): modularity \(q)")
            #expect(q <= 0.4197896121 + 1e-9)   // the known optimum (Brandes et al. 2008)
        }
        let partition = karateGraph().communities(seed: 1)
        #expect(partition.modularity >= 0.41 && partition.communities.joined().count == 34)
        #expect(karateGraph().communities(seed: 1) == partition)
    }

    @Test func twoCliquesJoinedByOneEdge() {
        var s: [Int32] = [], t: [Int32] = []
        for block in [0, 5] as [Int32] {
            for a in 0..<5 as Range<Int32> { for b in (a + 1)..<5 { s.append(block + a); t.append(block + b) } }
        }
        s.append(4); t.append(5)
        let p = GraphProjection(nodeCount: 10, sources: s, targets: t, directed: false)
        #expect(p.louvainCommunities(seed: 3) == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        // Modularity of the split: 2 × (20/42 − (21/42)²).
        #expect(abs(p.modularity(of: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]) - 2 * (20.0 / 42 - 0.25)) < 1e-12)
    }

    @Test func isolatedNodesAreSingletons() {
        let p = GraphProjection(nodeCount: 4, sources: [0], targets: [1], directed: false)
        #expect(p.louvainCommunities() == [0, 0, 1, 2])
        #expect(GraphProjection(nodeCount: 3, sources: [], targets: [], directed: false).louvainCommunities() == [0, 1, 2])
    }
}
