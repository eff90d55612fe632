import ActorGraph

/// The integer-indexed form of a graph that queries run on: nodes and edges by index, every
/// edge's endpoints and relation in flat arrays, out- and in-edge lists in compressed sparse
/// row form (one row per node, edge indices in edge order), and lookups by name, kind and
/// category.
///
/// Unlike ``ActorGraphAlgorithms/GraphProjection``, which merges parallel arcs for the
/// algorithms, every edge keeps its own row entry here, since a query tells relations apart.
/// Building is O(V log V + E) (the graph's sorted node and edge lists), memory O(V + E).
/// A class, immutable once built, so the matcher and evaluator share it without retaining each array.
final class QueryIndex: Sendable {
    let graph: ActorGraph
    let nodes: [Node]
    let edges: [Edge]
    /// Each node's label lowercased, the first key when rows are sorted by node.
    let nodeSortKeys: [String]
    let nodeKind: [UInt8]
    /// Category ordinal, or `UInt8.max` without a category.
    let nodeCategory: [UInt8]
    let edgeSource: [Int32]
    let edgeTarget: [Int32]
    /// Relation ordinal in `Relation.allCases`.
    let edgeRelation: [UInt8]
    let edgeWeight: [Int]
    let outOffsets: [Int]
    let outEdges: [Int32]
    let inOffsets: [Int]
    let inEdges: [Int32]
    /// Lowercased, space-normalised id, label and aliases → nodes.
    let nodesByName: [String: [Int32]]
    let documentDates: [String: String]

    static let relations = Relation.allCases
    static let categories = Category.allCases
    static let kinds = NodeKind.allCases
    static let symmetricMask: UInt32 = relations.enumerated().reduce(0) { $1.element.isSymmetric ? $0 | (1 << UInt32($1.offset)) : $0 }

    init(_ graph: ActorGraph) {
        self.graph = graph
        let nodes = graph.nodes
        let edges = graph.edges
        self.nodes = nodes
        self.edges = edges
        let kindOrdinal = Dictionary(uniqueKeysWithValues: Self.kinds.enumerated().map { ($1, UInt8($0)) })
        let categoryOrdinal = Dictionary(uniqueKeysWithValues: Self.categories.enumerated().map { ($1, UInt8($0)) })
        let relationOrdinal = Dictionary(uniqueKeysWithValues: Self.relations.enumerated().map { ($1, UInt8($0)) })
        nodeSortKeys = nodes.map { $0.label.lowercased() }
        nodeKind = nodes.map { kindOrdinal[$0.kind] ?? 0 }
        nodeCategory = nodes.map { $0.category.flatMap { categoryOrdinal[$0] } ?? UInt8.max }

        var indexByID: [String: Int32] = [:]
        indexByID.reserveCapacity(nodes.count)
        var byName: [String: [Int32]] = [:]
        for (i, node) in nodes.enumerated() {
            indexByID[node.id] = Int32(i)
            var names = Set([NameMatching.key(node.id), NameMatching.key(node.label)])
            for alias in node.aliases { names.insert(NameMatching.key(alias)) }
            for name in names { byName[name, default: []].append(Int32(i)) }
        }
        nodesByName = byName

        var sources: [Int32] = [], targets: [Int32] = [], relations: [UInt8] = []
        sources.reserveCapacity(edges.count); targets.reserveCapacity(edges.count); relations.reserveCapacity(edges.count)
        for edge in edges {
            // Validated graphs have no dangling edges; a dangling one points at node 0 and is never matched
            // because it is left out of the rows below.
            sources.append(indexByID[edge.source] ?? -1)
            targets.append(indexByID[edge.target] ?? -1)
            relations.append(relationOrdinal[edge.relation] ?? 0)
        }
        edgeSource = sources
        edgeTarget = targets
        edgeRelation = relations
        edgeWeight = edges.map(\.weight)
        (outOffsets, outEdges) = Self.rows(keys: sources, nodeCount: nodes.count, other: targets)
        (inOffsets, inEdges) = Self.rows(keys: targets, nodeCount: nodes.count, other: sources)
        var dates: [String: String] = [:]
        for document in graph.documents { if let date = document.date { dates[document.id] = date } }
        documentDates = dates
    }

    /// Counting sort of edge indices by `keys` (edges with a dangling end are left out).
    private static func rows(keys: [Int32], nodeCount: Int, other: [Int32]) -> ([Int], [Int32]) {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for (e, key) in keys.enumerated() where key >= 0 && other[e] >= 0 { offsets[Int(key) + 1] += 1 }
        for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
        var cursor = offsets
        var items = [Int32](repeating: 0, count: offsets[nodeCount])
        for (e, key) in keys.enumerated() where key >= 0 && other[e] >= 0 {
            items[cursor[Int(key)]] = Int32(e)
            cursor[Int(key)] += 1
        }
        return (offsets, items)
    }

    /// The node whose id is `id`, by binary search over the sorted ids.
    func nodeIndex(id: String) -> Int32? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? Int32(low) : nil
    }

    func degree(of node: Int32) -> Int {
        outOffsets[Int(node) + 1] - outOffsets[Int(node)] + inOffsets[Int(node) + 1] - inOffsets[Int(node)]
    }

    /// The distinct documents of some spans, sorted.
    func documents(of spans: [TextSpan]) -> [String] {
        Array(Set(spans.map(\.document))).sorted()
    }
}
