import ActorGraph

/// A compact, integer-indexed view of a graph in compressed sparse row (CSR) form, on which every
/// algorithm of this module runs.
///
/// Nodes are numbered `0..<nodeCount`; built from an ``ActorGraph`` they follow the graph's
/// canonical order (sorted by id), so index order is id order and ties broken "by index" are
/// ties broken by id. The projection holds three adjacency structures, each with rows sorted by
/// neighbour index, parallel arcs merged (weights summed) and self-loops dropped:
///
/// - the **directed** out-arcs (``outOffsets``, ``outTargets``, ``outWeights``) and in-arcs
///   (``inOffsets``, ``inSources``, ``inWeights``);
/// - the **undirected** adjacency (``offsets``, ``neighbors``, ``weights``), where the weight of
///   `{u, v}` is the total weight of the arcs between them in either direction, and
///   ``signedWeights``, the same sum with each arc's weight multiplied by its sign.
///
/// For an undirected input the three structures share storage (arrays are copy-on-write), so the
/// projection costs one CSR. Building is linear: two counting-sort passes per structure,
/// O(V + E) time and memory.
///
/// ```swift
/// let projection = GraphProjection(graph)                      // from an ActorGraph
/// let ring = GraphProjection(nodeCount: 3, sources: [0, 1, 2], targets: [1, 2, 0], directed: false)
/// ring.degree(of: 0)   // 2
/// ```
public struct GraphProjection: Sendable {
    /// The node ids by index when built from an ``ActorGraph``; empty when built from integers.
    public let nodeIDs: [String]
    /// The number of nodes.
    public let nodeCount: Int
    /// Whether the input edges were directed.
    public let isDirected: Bool
    /// True when every merged arc weight is 1 (algorithms then skip loading weights).
    public let isUnweighted: Bool

    /// Row starts of the out-arcs: the arcs of `u` are `outOffsets[u]..<outOffsets[u + 1]`.
    public let outOffsets: [Int]
    /// The head of each out-arc.
    public let outTargets: [Int32]
    /// The weight of each out-arc.
    public let outWeights: [Double]
    /// Row starts of the in-arcs.
    public let inOffsets: [Int]
    /// The tail of each in-arc.
    public let inSources: [Int32]
    /// The weight of each in-arc.
    public let inWeights: [Double]
    /// Row starts of the undirected adjacency.
    public let offsets: [Int]
    /// The neighbours of each node, either direction.
    public let neighbors: [Int32]
    /// The total weight between a node and each neighbour.
    public let weights: [Double]
    /// The total signed weight (weight × sign) between a node and each neighbour.
    public let signedWeights: [Double]

    /// The number of distinct directed arcs (for an undirected input, twice the edge count).
    public var arcCount: Int { outTargets.count }
    /// The number of distinct undirected edges.
    public var edgeCount: Int { neighbors.count / 2 }

    /// Builds a projection from integer edge lists.
    ///
    /// - Parameters:
    ///   - nodeCount: the number of nodes; every endpoint must lie in `0..<nodeCount`.
    ///   - sources: the tail of each edge.
    ///   - targets: the head of each edge.
    ///   - weights: the weight of each edge (default 1).
    ///   - signs: the sign of each edge, usually +1, −1 or 0 (default +1).
    ///   - directed: whether edges are arcs; undirected edges are used in both directions.
    ///   - nodeIDs: optional names for the nodes, by index.
    /// - Complexity: O(V + E).
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil,
                signs: [Double]? = nil, directed: Bool, nodeIDs: [String] = []) {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        precondition(weights == nil || weights?.count == sources.count, "weights differ in length")
        precondition(signs == nil || signs?.count == sources.count, "signs differ in length")
        precondition(nodeIDs.isEmpty || nodeIDs.count == nodeCount, "nodeIDs differ from nodeCount")
        self.nodeIDs = nodeIDs
        self.nodeCount = nodeCount
        self.isDirected = directed
        let undirected = CSRBuilder.build(nodeCount: nodeCount, tails: sources, heads: targets,
                                          weights: weights, signs: signs, symmetric: true)
        offsets = undirected.offsets
        neighbors = undirected.heads
        self.weights = undirected.weights
        signedWeights = undirected.signed ?? undirected.weights
        if directed {
            let out = CSRBuilder.build(nodeCount: nodeCount, tails: sources, heads: targets,
                                       weights: weights, signs: nil, symmetric: false)
            let inward = CSRBuilder.build(nodeCount: nodeCount, tails: targets, heads: sources,
                                          weights: weights, signs: nil, symmetric: false)
            outOffsets = out.offsets; outTargets = out.heads; outWeights = out.weights
            inOffsets = inward.offsets; inSources = inward.heads; inWeights = inward.weights
            isUnweighted = out.unweighted && undirected.unweighted
        } else {
            outOffsets = offsets; outTargets = neighbors; outWeights = undirected.weights
            inOffsets = offsets; inSources = neighbors; inWeights = undirected.weights
            isUnweighted = undirected.unweighted
        }
    }

    /// Projects an ``ActorGraph``: every node (in id order), every edge as an arc weighted by its
    /// evidence count (``Edge/weight``) and signed by its polarity. Symmetric relations
    /// (``Relation/isSymmetric``, e.g. `fights`) become arcs in both directions in the directed
    /// structures, but count once in the undirected one.
    ///
    /// Filter the graph first (``ActorGraph/filtered(by:)``) to choose node kinds and relation
    /// classes. Edges naming unknown nodes are skipped. Complexity: O(V log V + E) (the id lookup).
    public init(_ graph: ActorGraph) {
        let nodes = graph.nodes
        var index: [String: Int32] = [:]
        index.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() { index[node.id] = Int32(i) }
        var tails: [Int32] = [], heads: [Int32] = [], weights: [Double] = [], signs: [Double] = []
        var arcTails: [Int32] = [], arcHeads: [Int32] = [], arcWeights: [Double] = []
        for edge in graph.edges {
            guard let s = index[edge.source], let t = index[edge.target], s != t else { continue }
            let w = Double(edge.weight)
            tails.append(s); heads.append(t); weights.append(w); signs.append(Double(edge.polarity))
            arcTails.append(s); arcHeads.append(t); arcWeights.append(w)
            if edge.relation.isSymmetric {
                arcTails.append(t); arcHeads.append(s); arcWeights.append(w)
            }
        }
        let n = nodes.count
        nodeIDs = nodes.map(\.id)
        nodeCount = n
        isDirected = true
        let undirected = CSRBuilder.build(nodeCount: n, tails: tails, heads: heads, weights: weights, signs: signs, symmetric: true)
        let out = CSRBuilder.build(nodeCount: n, tails: arcTails, heads: arcHeads, weights: arcWeights, signs: nil, symmetric: false)
        let inward = CSRBuilder.build(nodeCount: n, tails: arcHeads, heads: arcTails, weights: arcWeights, signs: nil, symmetric: false)
        offsets = undirected.offsets; neighbors = undirected.heads
        self.weights = undirected.weights; signedWeights = undirected.signed ?? undirected.weights
        outOffsets = out.offsets; outTargets = out.heads; outWeights = out.weights
        inOffsets = inward.offsets; inSources = inward.heads; inWeights = inward.weights
        isUnweighted = out.unweighted && undirected.unweighted
    }

    /// The index of the node with the given id, if the projection has ids and one matches.
    /// Complexity: O(log V) (binary search over the sorted ids).
    public func index(of id: String) -> Int? {
        var low = 0, high = nodeIDs.count
        while low < high {
            let mid = (low + high) / 2
            if nodeIDs[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < nodeIDs.count && nodeIDs[low] == id ? low : nil
    }

    /// The id of node `index`, or its decimal index when the projection has no ids.
    public func id(of index: Int) -> String {
        nodeIDs.isEmpty ? String(index) : nodeIDs[index]
    }

    /// The number of distinct neighbours of `node`, either direction.
    public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }
    /// The number of distinct nodes `node` has arcs to.
    public func outDegree(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
    /// The number of distinct nodes with arcs to `node`.
    public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }
    /// The neighbours of `node`, either direction, in increasing index order.
    public func neighbors(of node: Int) -> ArraySlice<Int32> { neighbors[offsets[node]..<offsets[node + 1]] }
}

/// Linear-time CSR construction: a counting sort by head then a stable one by tail, so rows come
/// out sorted by head; equal heads are then merged and self-loops dropped.
enum CSRBuilder {
    struct Result {
        var offsets: [Int]
        var heads: [Int32]
        var weights: [Double]
        var signed: [Double]?
        var unweighted: Bool
    }

    static func build(nodeCount n: Int, tails: [Int32], heads: [Int32], weights: [Double]?,
                      signs: [Double]?, symmetric: Bool) -> Result {
        let m = tails.count
        let arcs = symmetric ? 2 * m : m
        // Arc a < m is tails[a] → heads[a]; arc a ≥ m (symmetric only) is heads[a-m] → tails[a-m].
        var headStart = [Int](repeating: 0, count: n + 1)
        var tailStart = [Int](repeating: 0, count: n + 1)
        tails.withUnsafeBufferPointer { tl in
            heads.withUnsafeBufferPointer { hd in
                headStart.withUnsafeMutableBufferPointer { hs in
                    tailStart.withUnsafeMutableBufferPointer { ts in
                        for a in 0..<m {
                            let t = Int(tl[a]), h = Int(hd[a])
                            precondition(t >= 0 && t < n && h >= 0 && h < n, "edge endpoint out of range")
                            hs[h + 1] += 1; ts[t + 1] += 1
                            if symmetric { hs[t + 1] += 1; ts[h + 1] += 1 }
                        }
                        for i in 0..<n { hs[i + 1] += hs[i]; ts[i + 1] += ts[i] }
                    }
                }
            }
        }
        // Pass 1: arc ids grouped by head.
        var byHead = [Int32](repeating: 0, count: arcs)
        var cursor = headStart
        tails.withUnsafeBufferPointer { tl in
            heads.withUnsafeBufferPointer { hd in
                cursor.withUnsafeMutableBufferPointer { cur in
                    byHead.withUnsafeMutableBufferPointer { out in
                        for a in 0..<m {
                            let h = Int(hd[a])
                            out[cur[h]] = Int32(truncatingIfNeeded: a); cur[h] += 1
                            if symmetric {
                                let t = Int(tl[a])
                                out[cur[t]] = Int32(truncatingIfNeeded: a + m); cur[t] += 1
                            }
                        }
                    }
                }
            }
        }
        // Pass 2: stable scatter by tail, so every row is sorted by head.
        var rowHeads = [Int32](repeating: 0, count: arcs)
        var rowWeights = [Double](repeating: 1, count: arcs)
        let hasSigns = signs != nil
        var signedBuffer: [Double] = hasSigns ? [Double](repeating: 0, count: arcs) : []
        cursor = tailStart
        tails.withUnsafeBufferPointer { tl in
            heads.withUnsafeBufferPointer { hd in
                cursor.withUnsafeMutableBufferPointer { cur in
                    byHead.withUnsafeBufferPointer { order in
                        rowHeads.withUnsafeMutableBufferPointer { rh in
                            rowWeights.withUnsafeMutableBufferPointer { rw in
                                signedBuffer.withUnsafeMutableBufferPointer { rs in
                                    let w = weights, s = signs
                                    for k in 0..<arcs {
                                        let a = Int(order[k])
                                        let e = a < m ? a : a - m
                                        let tail = a < m ? Int(tl[e]) : Int(hd[e])
                                        let head = a < m ? hd[e] : tl[e]
                                        let position = cur[tail]; cur[tail] += 1
                                        rh[position] = head
                                        if let w { rw[position] = w[e] }
                                        if let s, let ww = w { rs[position] = s[e] * ww[e] } else if let s { rs[position] = s[e] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Merge equal heads within each row and drop self-loops, compacting in place.
        var offsets = [Int](repeating: 0, count: n + 1)
        var write = 0
        var unweighted = true
        rowHeads.withUnsafeMutableBufferPointer { rh in
            rowWeights.withUnsafeMutableBufferPointer { rw in
                signedBuffer.withUnsafeMutableBufferPointer { rs in
                    tailStart.withUnsafeBufferPointer { ts in
                        offsets.withUnsafeMutableBufferPointer { off in
                            for u in 0..<n {
                                off[u] = write
                                var k = ts[u]
                                let end = ts[u + 1]
                                let rowStart = write
                                while k < end {
                                    let h = rh[k]
                                    if Int(h) == u { k += 1; continue }
                                    if write > rowStart && rh[write - 1] == h {
                                        rw[write - 1] += rw[k]
                                        if hasSigns { rs[write - 1] += rs[k] }
                                    } else {
                                        rh[write] = h; rw[write] = rw[k]
                                        if hasSigns { rs[write] = rs[k] }
                                        write += 1
                                    }
                                    k += 1
                                }
                                for j in rowStart..<write where rw[j] != 1 { unweighted = false; break }
                            }
                            off[n] = write
                        }
                    }
                }
            }
        }
        if write < arcs {
            rowHeads.removeLast(arcs - write)
            rowWeights.removeLast(arcs - write)
            if hasSigns { signedBuffer.removeLast(arcs - write) }
        }
        return Result(offsets: offsets, heads: rowHeads, weights: rowWeights,
                      signed: hasSigns ? signedBuffer : nil, unweighted: unweighted)
    }
}
