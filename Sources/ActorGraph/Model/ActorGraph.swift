/// A graph of actors, places and statements linked by typed, signed edges with evidence.
///
/// Nodes are keyed by id and edges by ``Edge/Key`` (source, target, relation); adding a node or
/// edge that already exists merges it into the existing one, so repeated facts raise the weight.
///
/// ```swift
/// var graph = ActorGraph()
/// graph.add(Node(id: "russia", kind: .actor, category: .state, label: "Russia"))
/// graph.add(Node(id: "assad-forces", kind: .actor, category: .armedGroup, label: "Syrian government forces"))
/// graph.add(Edge(source: "russia", target: "assad-forces", relation: .supports))
/// let data = try graph.jsonData()   // actorgraph-1, byte-identical for the same graph
/// ```
public struct ActorGraph: Sendable, Hashable {
    // Internal (not private) for the merging initialiser in ActorGraph+Merging.swift.
    var documentsByID: [String: Document] = [:]
    var nodesByID: [String: Node] = [:]
    var edgesByKey: [Edge.Key: Edge] = [:]
    // Nodes and edges not (yet) in the tables above: a graph made by
    // ``init(documents:distinctNodes:distinctEdges:)`` keeps them in these lists, in no order,
    // and puts them into the tables only when it is changed (see ``indexListed()``). A graph
    // made for one document is mostly read whole (merged into a corpus graph, or written out),
    // which needs no table: hashing every id and edge key into one would be wasted.
    // Invariant: the ids of `listedNodes` are distinct and none is a key of `nodesByID`; the
    // keys of `listedEdges` likewise, with `edgesByKey`.
    var listedNodes: [Node] = []
    var listedEdges: [Edge] = []

    /// Creates an empty graph.
    public init() {}

    /// Creates a graph from documents, nodes and edges, merging duplicates.
    public init(documents: [Document] = [], nodes: [Node] = [], edges: [Edge] = []) {
        // One hash per new element: duplicates merge in order, exactly as adding them one by one
        // would (which is what this does, into tables sized up front).
        documentsByID.reserveCapacity(documents.count)
        for document in documents { add(document) }
        nodesByID.reserveCapacity(nodes.count)
        for node in nodes { add(node) }
        edgesByKey.reserveCapacity(edges.count)
        for edge in edges { add(edge) }
    }

    /// A graph of `documents`, `nodes` with distinct ids and `edges` with distinct keys: the
    /// graph `init(documents:nodes:edges:)` makes of them, but which keeps the nodes and edges
    /// in lists (both arrays move in, with no copy) rather than hashing them into tables, until
    /// it is changed. Reading it whole (``nodes``, ``edges``, merging it) costs what it costs
    /// for any graph; looking up one node or edge of it reads the lists through.
    package init(documents: [Document], distinctNodes nodes: consuming [Node], distinctEdges edges: consuming [Edge]) {
        documentsByID.reserveCapacity(documents.count)
        for document in documents { add(document) }
        listedNodes = nodes
        listedEdges = edges
    }

    /// True when both graphs hold the same documents, nodes and edges, whether listed or in tables.
    public static func == (lhs: ActorGraph, rhs: ActorGraph) -> Bool {
        guard lhs.nodeCount == rhs.nodeCount, lhs.edgeCount == rhs.edgeCount, lhs.documentsByID == rhs.documentsByID else { return false }
        if lhs.listedNodes.isEmpty && lhs.listedEdges.isEmpty && rhs.listedNodes.isEmpty && rhs.listedEdges.isEmpty {
            return lhs.nodesByID == rhs.nodesByID && lhs.edgesByKey == rhs.edgesByKey
        }
        // Ids and keys are distinct: the sorted lists are equal exactly when the graphs are.
        return lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    /// Hashes the documents and the sorted nodes and edges (the same for equal graphs, however stored).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(documentsByID)
        hasher.combine(nodes)
        hasher.combine(edges)
    }

    /// Moves the listed nodes and edges into the tables (before any change to the graph).
    private mutating func indexListed() {
        if !listedNodes.isEmpty {
            nodesByID.reserveCapacity(nodesByID.count + listedNodes.count)
            // Their ids are distinct and new (the invariant): each is simply stored.
            for node in listedNodes { nodesByID[node.id] = node }
            listedNodes = []
        }
        if !listedEdges.isEmpty {
            edgesByKey.reserveCapacity(edgesByKey.count + listedEdges.count)
            for edge in listedEdges { edgesByKey[edge.key] = edge }
            listedEdges = []
        }
    }

    /// Calls `body` with every node, in no particular order.
    func forEachNode(_ body: (Node) -> Void) {
        for node in listedNodes { body(node) }
        for node in nodesByID.values { body(node) }
    }

    /// Calls `body` with every edge, in no particular order.
    func forEachEdge(_ body: (Edge) -> Void) {
        for edge in listedEdges { body(edge) }
        for edge in edgesByKey.values { body(edge) }
    }

    /// The source documents, sorted by id.
    public var documents: [Document] { documentsByID.values.sorted() }
    /// The nodes, sorted by id.
    public var nodes: [Node] {
        var all = listedNodes
        all.append(contentsOf: nodesByID.values)
        all.sort { $0.id < $1.id }
        return all
    }
    /// The edges, sorted by source, target and relation.
    public var edges: [Edge] {
        var all = listedEdges
        all.append(contentsOf: edgesByKey.values)
        all.sort(by: Edge.keyPrecedes)
        return all
    }
    /// The number of nodes.
    public var nodeCount: Int { nodesByID.count + listedNodes.count }
    /// The number of edges.
    public var edgeCount: Int { edgesByKey.count + listedEdges.count }

    /// The node with the given id, if any.
    ///
    /// A look-up in a table, except in a graph straight from `Extractor.extract(_:)`, whose
    /// nodes are kept in a list until the graph is changed or merged: there it searches the list.
    /// For many look-ups in such a graph, merge it first (`ActorGraph(merging: [graph])`).
    public func node(withID id: String) -> Node? {
        nodesByID[id] ?? listedNodes.first { $0.id == id }
    }

    /// The edge with the given key, if any (a search of the list in a graph straight from the
    /// extractor, as for ``node(withID:)``).
    public func edge(withKey key: Edge.Key) -> Edge? {
        edgesByKey[key] ?? listedEdges.first { $0.source == key.source && $0.target == key.target && $0.relation == key.relation }
    }

    /// Adds a document record, or fills in what an existing record with the same id lacks.
    public mutating func add(_ document: Document) {
        if let existing = documentsByID.updateValue(document, forKey: document.id) {
            documentsByID[document.id] = Self.filledIn(existing, document)
        }
    }

    /// `existing` with what it lacks taken from `document` (a record with the same id).
    static func filledIn(_ existing: Document, _ document: Document) -> Document {
        var filled = existing
        filled.title = existing.title ?? document.title
        filled.date = existing.date ?? document.date
        filled.sha256 = existing.sha256 ?? document.sha256
        return filled
    }

    /// Adds a node, or merges it into the node with the same id.
    public mutating func add(_ node: Node) {
        indexListed()
        // One hash for a new node; a known one is taken out, merged and put back.
        if var existing = nodesByID.updateValue(node, forKey: node.id) {
            existing.merge(node)
            nodesByID[node.id] = existing
        }
    }

    /// Adds an edge, or merges its evidence into the edge with the same key.
    ///
    /// Both ends should already be nodes of the graph; ``validate()`` reports dangling edges.
    public mutating func add(_ edge: Edge) {
        indexListed()
        let key = edge.key
        if var existing = edgesByKey.updateValue(edge, forKey: key) {
            existing.merge(edge)
            edgesByKey[key] = existing
        }
    }

    /// Removes a node and every edge that touches it.
    public mutating func removeNode(withID id: String) {
        indexListed()
        nodesByID[id] = nil
        edgesByKey = edgesByKey.filter { $0.key.source != id && $0.key.target != id }
    }

    /// Merges `other` into this graph: the union of documents, nodes and edges, with mentions and
    /// evidence united (no duplicates) and edge weights raised by new evidence.
    public mutating func merge(_ other: ActorGraph) {
        for document in other.documentsByID.values { add(document) }
        other.forEachNode { add($0) }
        other.forEachEdge { add($0) }
    }

    /// Returns the union of this graph and `other` (see ``merge(_:)``).
    public func merging(_ other: ActorGraph) -> ActorGraph {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// The edges leaving the node `id`, sorted.
    public func edges(from id: String) -> [Edge] {
        // Only the few edges kept are sorted (keys are distinct, so the order is that of ``edges``),
        // not every edge of the graph on each call.
        var found = listedEdges.filter { $0.source == id }
        found.append(contentsOf: edgesByKey.values.lazy.filter { $0.source == id })
        found.sort(by: Edge.keyPrecedes)
        return found
    }

    /// The edges entering the node `id`, sorted.
    public func edges(to id: String) -> [Edge] {
        var found = listedEdges.filter { $0.target == id }
        found.append(contentsOf: edgesByKey.values.lazy.filter { $0.target == id })
        found.sort(by: Edge.keyPrecedes)
        return found
    }

    /// Checks that every edge joins two existing nodes and that statement and mention edges
    /// point at statements; throws ``GraphValidationError`` for the first problem found.
    public func validate() throws(GraphValidationError) {
        // A graph with listed nodes is looked up through one table made here, not by a search of
        // the list per edge end (which would take time quadratic in the graph's size).
        let listed = listedNodes.isEmpty ? [:] : Dictionary(listedNodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func node(withID id: String) -> Node? { nodesByID[id] ?? listed[id] }
        for edge in edges {
            guard let source = node(withID: edge.source) else {
                throw GraphValidationError(message: "edge \(edge.source) -\(edge.relation.rawValue)-> \(edge.target) names an unknown source node")
            }
            guard node(withID: edge.target) != nil else {
                throw GraphValidationError(message: "edge \(edge.source) -\(edge.relation.rawValue)-> \(edge.target) names an unknown target node")
            }
            if edge.relation == .about && source.kind != .statement {
                throw GraphValidationError(message: "edge \(edge.source) -about-> \(edge.target): the source must be a statement")
            }
        }
    }
}

/// A graph whose edges do not fit its nodes.
public struct GraphValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the edge at fault.
    public var message: String
    /// Creates the error.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

extension ActorGraph {
    /// A copy with nodes renamed by `mapping` (old id → new id); nodes and edges that end up with
    /// the same id or key are merged, and self-loops created by the renaming are dropped.
    public func renamingNodes(_ mapping: [String: String]) -> ActorGraph {
        func rename(_ id: String) -> String { mapping[id] ?? id }
        var renamed = ActorGraph(documents: documents)
        for node in nodes {
            var copy = node
            let newID = rename(node.id)
            if newID != node.id {
                copy = Node(id: newID, kind: node.kind, category: node.category, label: self.node(withID: newID)?.label ?? node.label,
                            aliases: node.aliases + [node.label], mentions: node.mentions, quote: node.quote)
            }
            renamed.add(copy)
        }
        for edge in edges {
            let source = rename(edge.source), target = rename(edge.target)
            guard source != target else { continue }
            renamed.add(Edge(source: source, target: target, relation: edge.relation, weight: edge.weight, evidence: edge.evidence))
        }
        return renamed
    }
}

extension ActorGraph: CustomStringConvertible {
    /// A short summary with the facts, e.g. `ActorGraph(2 nodes: a, b; 1 edge: a -backs-> b)`.
    public var description: String {
        let nodeList = nodes.prefix(40).map(\.id).joined(separator: ", ")
        let edgeList = edges.prefix(40).map { "\($0.source) -\($0.relation.rawValue)-> \($0.target)" }.joined(separator: ", ")
        return "ActorGraph(\(nodeCount) nodes: \(nodeList)\(nodeCount > 40 ? ", …" : ""); \(edgeCount) edges: \(edgeList)\(edgeCount > 40 ? ", …" : ""))"
    }
}
