import ActorGraph

/// Structural balance of a signed graph: the signed triangle census, balance ratios, the
/// two classical balance tests and the nodes in most unbalanced triangles.
///
/// A triangle is classified by its signs (net signed weight of each pair; pairs whose ties
/// cancel out are ignored): `+++` and `+−−` are balanced in Heider's strong sense; `−−−` is
/// balanced only in Davis's weak (k-bloc) sense; `++−` is unbalanced in both.
public struct StructuralBalance: Sendable, Hashable {
    /// Triangles with three positive ties.
    public var allPositive: Int
    /// Triangles with two positive ties and one negative (`++−`).
    public var twoPositive: Int
    /// Triangles with one positive tie and two negative (`+−−`).
    public var onePositive: Int
    /// Triangles with three negative ties.
    public var allNegative: Int
    /// True when the graph splits into two camps with every positive tie inside and every
    /// negative tie across (Cartwright & Harary; Harary's O(V + E) two-colouring test).
    public var isBalanced: Bool
    /// True when the graph splits into some number of blocs with the same property (Davis's
    /// clusterability; the positive components hold no negative tie).
    public var isClusterable: Bool
    /// Pairs of nodes joined by both a positive and a negative tie (a two-cycle that no
    /// partition can satisfy); when there are any, the graph is neither balanced nor clusterable.
    public var ambivalentPairs: Int
    /// Nodes in at least one strongly unbalanced triangle (`++−` or `−−−`), ranked by how many;
    /// ties by id.
    public var unbalancedNodes: [RankedNode]

    /// Creates a census.
    public init(allPositive: Int, twoPositive: Int, onePositive: Int, allNegative: Int, isBalanced: Bool,
                isClusterable: Bool, ambivalentPairs: Int = 0, unbalancedNodes: [RankedNode]) {
        self.allPositive = allPositive
        self.twoPositive = twoPositive
        self.onePositive = onePositive
        self.allNegative = allNegative
        self.isBalanced = isBalanced
        self.isClusterable = isClusterable
        self.ambivalentPairs = ambivalentPairs
        self.unbalancedNodes = unbalancedNodes
    }

    /// The number of signed triangles.
    public var triangleCount: Int { allPositive + twoPositive + onePositive + allNegative }

    /// The share of triangles balanced in the strong sense (`+++`, `+−−`); 1 with no triangles.
    public var balanceRatio: Double {
        triangleCount == 0 ? 1 : Double(allPositive + onePositive) / Double(triangleCount)
    }

    /// The share of triangles balanced in the weak sense (all but `++−`); 1 with no triangles.
    public var weakBalanceRatio: Double {
        triangleCount == 0 ? 1 : Double(triangleCount - twoPositive) / Double(triangleCount)
    }

    /// `{"triangles": {"+++", "++-", "+--", "---"}, "balanceRatio", "weakBalanceRatio",
    /// "balanced", "clusterable", "ambivalentPairs", "unbalanced": [{"id", "label", "score"}…]}`.
    public var jsonValue: JSONValue {
        .object([
            ("triangles", .object([("+++", .int(allPositive)), ("++-", .int(twoPositive)),
                                   ("+--", .int(onePositive)), ("---", .int(allNegative))])),
            ("balanceRatio", .double(balanceRatio)),
            ("weakBalanceRatio", .double(weakBalanceRatio)),
            ("balanced", .bool(isBalanced)),
            ("clusterable", .bool(isClusterable)),
            ("ambivalentPairs", .int(ambivalentPairs)),
            ("unbalanced", .array(unbalancedNodes.map(\.jsonValue))),
        ])
    }
}

extension GraphProjection {
    /// The signed triangle census on the net signed weights, and the number of strongly
    /// unbalanced triangles (`++−`, `−−−`) each node is in.
    ///
    /// Triangles are listed once each by orienting edges from lower to higher (degree, index)
    /// rank. Complexity: O(E^1.5).
    public func signedTriangleCensus() -> (counts: [Int], unbalancedByNode: [Int]) {
        let n = nodeCount
        var counts = [0, 0, 0, 0]   // by number of negative ties
        var perNode = [Int](repeating: 0, count: n)
        func rank(_ v: Int) -> (Int, Int) { (degree(of: v), v) }
        var forward = [[(Int, Bool)]](repeating: [], count: n)   // (neighbour, isNegative)
        for u in 0..<n {
            for k in offsets[u]..<offsets[u + 1] where signedWeights[k] != 0 {
                let v = Int(neighbors[k])
                if rank(u) < rank(v) { forward[u].append((v, signedWeights[k] < 0)) }
            }
        }
        var mark = [Int8](repeating: -1, count: n)
        for u in 0..<n {
            for (v, negative) in forward[u] { mark[v] = negative ? 1 : 0 }
            for (v, uvNegative) in forward[u] {
                for (w, vwNegative) in forward[v] where mark[w] >= 0 {
                    let negatives = (uvNegative ? 1 : 0) + (vwNegative ? 1 : 0) + Int(mark[w])
                    counts[negatives] += 1
                    if negatives % 2 == 1 { perNode[u] += 1; perNode[v] += 1; perNode[w] += 1 }
                }
            }
            for (v, _) in forward[u] { mark[v] = -1 }
        }
        return (counts, perNode)
    }
}

extension ActorGraph {
    /// The structural balance of ``signedActorGraph``: triangle census, balance ratios, the
    /// balance and clusterability tests (failed by any pair with both a cooperation and a
    /// conflict tie), the number of such ambivalent pairs, and the actors in the most unbalanced
    /// triangles.
    ///
    /// - Complexity: O(E^1.5) for the census, O(V + E) for the tests.
    public func structuralBalance() -> StructuralBalance {
        let signed = signedActorGraph
        let projection = GraphProjection(signed)
        let (counts, perNode) = projection.signedTriangleCensus()
        var ranked: [RankedNode] = []
        for (i, node) in signed.nodes.enumerated() where perNode[i] > 0 {
            ranked.append(RankedNode(id: node.id, label: node.label, score: Double(perNode[i])))
        }
        ranked.sortByRank()
        var signsByPair: [[String]: Set<Int>] = [:]
        for edge in signed.edges { signsByPair[[edge.source, edge.target].sorted(), default: []].insert(edge.polarity) }
        let ambivalent = signsByPair.values.filter { $0.count > 1 }.count
        return StructuralBalance(allPositive: counts[0], twoPositive: counts[1], onePositive: counts[2],
                                 allNegative: counts[3], isBalanced: ambivalent == 0 && projection.twoCamps() != nil,
                                 isClusterable: ambivalent == 0 && projection.positiveClustersIfClusterable() != nil,
                                 ambivalentPairs: ambivalent, unbalancedNodes: ranked)
    }
}
