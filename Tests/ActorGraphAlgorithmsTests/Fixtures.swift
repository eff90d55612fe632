import ActorGraph
@testable import ActorGraphAlgorithms

/// Zachary's karate club (Zachary 1977, *J. Anthropological Research* 33:452–473): 34 members,
/// 78 friendships, 1-based as in the paper's matrix.
let karateAdjacency: [Int: [Int]] = [
    1: [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32], 2: [3, 4, 8, 14, 18, 20, 22, 31],
    3: [4, 8, 9, 10, 14, 28, 29, 33], 4: [8, 13, 14], 5: [7, 11], 6: [7, 11, 17], 7: [17], 9: [31, 33, 34],
    10: [34], 14: [34], 15: [33, 34], 16: [33, 34], 19: [33, 34], 20: [34], 21: [33, 34], 23: [33, 34],
    24: [26, 28, 30, 33, 34], 25: [26, 28, 32], 26: [32], 27: [30, 34], 28: [34], 29: [32, 34], 30: [33, 34],
    31: [33, 34], 32: [33, 34], 33: [34],
]

/// The karate club edges as 0-based pairs.
var karateEdges: [(Int32, Int32)] {
    karateAdjacency.keys.sorted().flatMap { a in karateAdjacency[a, default: []].map { (Int32(a - 1), Int32($0 - 1)) } }
}

/// The karate club as a projection of 34 nodes.
func karateProjection() -> GraphProjection {
    let edges = karateEdges
    return GraphProjection(nodeCount: 34, sources: edges.map(\.0), targets: edges.map(\.1), directed: false)
}

/// The karate club as an ActorGraph: members `m01`…`m34`, friendships as `allied-with` edges
/// (a symmetric relation, so PageRank follows them both ways).
func karateGraph() -> ActorGraph {
    var graph = ActorGraph()
    for i in 1...34 { graph.add(Node(id: memberID(i), kind: .actor, category: .person, label: "Member \(i)")) }
    for (a, b) in karateEdges { graph.add(Edge(source: memberID(Int(a) + 1), target: memberID(Int(b) + 1), relation: .alliedWith)) }
    return graph
}

func memberID(_ i: Int) -> String { i < 10 ? "m0\(i)" : "m\(i)" }

/// A span of evidence in a made-up document.
func span(_ text: String, _ document: String = "a.txt", at start: Int = 0) -> TextSpan {
    TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)
}

/// A graph of actors named by `ids`, with the given signed ties (`+` cooperation, `-` conflict).
func signedGraph(_ ties: [(String, Character, String)], weights: [Int]? = nil) -> ActorGraph {
    var graph = ActorGraph()
    for (i, (a, sign, b)) in ties.enumerated() {
        for id in [a, b] { graph.add(Node(id: id, kind: .actor, category: .armedGroup, label: id.uppercased())) }
        let relation: Relation = sign == "+" ? .alliedWith : .fights
        let w = weights?[i] ?? 1
        let evidence = (0..<w).map { span("\(a) \(relation.rawValue) \(b) #\($0)", "d\(i).txt", at: $0 * 100) }
        graph.add(Edge(source: a, target: b, relation: relation, evidence: evidence))
    }
    return graph
}

/// Brute force: the minimum frustration over all partitions into at most `maxBlocs` blocs.
func bruteForceFrustration(_ projection: GraphProjection, maxBlocs: Int) -> Double {
    let n = projection.nodeCount
    var labels = [Int32](repeating: 0, count: n)
    var best = Double.infinity
    func assign(_ i: Int, _ used: Int) {
        if i == n { best = min(best, projection.frustration(of: labels)); return }
        for c in 0..<min(used + 1, maxBlocs) {
            labels[i] = Int32(c)
            assign(i + 1, max(used, c + 1))
        }
    }
    assign(0, 0)
    return best
}
