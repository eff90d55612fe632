import ActorGraph

/// Which part of a graph to look at: node kinds and categories, relation classes, source
/// documents, a date range and a minimum weight.
///
/// Shared by `actorgraph analyze`, `actorgraph render` and queries. Every criterion left at its
/// default keeps everything, so `GraphFilter()` is the identity.
///
/// ```swift
/// let filter = GraphFilter(nodeKinds: [.actor], relationClasses: [.cooperation, .conflict],
///                          dateRange: "2016-11-15"..."2016-12-31", minimumWeight: 2)
/// let view = graph.filtered(by: filter)
/// ```
public struct GraphFilter: Sendable, Hashable {
    /// The node kinds to keep; `nil` keeps every kind.
    public var nodeKinds: Set<NodeKind>?
    /// The node categories to keep; `nil` keeps every node, a set drops nodes without a category
    /// (statements) and nodes of other categories.
    public var categories: Set<Category>?
    /// The relation classes whose edges to keep; `nil` keeps every edge.
    public var relationClasses: Set<RelationClass>?
    /// The documents (file names) to keep: edges keep only their evidence from these documents and
    /// nodes only their mentions in them; edges left without evidence are dropped, and so are
    /// nodes neither mentioned in these documents nor joined by a kept edge. `nil` keeps all.
    public var documents: Set<String>?
    /// The range of document dates (`YYYY-MM-DD`, compared as strings) to keep; documents without
    /// a date are dropped when a range is given. Combined with ``documents`` by intersection.
    public var dateRange: ClosedRange<String>?
    /// The smallest edge weight (number of evidence spans, counted after the document
    /// restriction) to keep; the default, 1, keeps every edge.
    public var minimumWeight: Int

    /// Creates a filter; every criterion defaults to keeping everything.
    public init(nodeKinds: Set<NodeKind>? = nil, categories: Set<Category>? = nil,
                relationClasses: Set<RelationClass>? = nil, documents: Set<String>? = nil,
                dateRange: ClosedRange<String>? = nil, minimumWeight: Int = 1) {
        self.nodeKinds = nodeKinds
        self.categories = categories
        self.relationClasses = relationClasses
        self.documents = documents
        self.dateRange = dateRange
        self.minimumWeight = minimumWeight
    }

    /// True when the filter keeps everything.
    public var isIdentity: Bool {
        nodeKinds == nil && categories == nil && relationClasses == nil && documents == nil
            && dateRange == nil && minimumWeight <= 1
    }

    /// Whether a node passes the kind and category criteria.
    public func accepts(_ node: Node) -> Bool {
        if let nodeKinds, !nodeKinds.contains(node.kind) { return false }
        if let categories {
            guard let category = node.category, categories.contains(category) else { return false }
        }
        return true
    }

    /// The documents of `graph` selected by ``documents`` and ``dateRange``, or `nil` when neither
    /// is set (every document, including spans naming documents the graph does not list).
    public func selectedDocuments(in graph: ActorGraph) -> Set<String>? {
        guard documents != nil || dateRange != nil else { return nil }
        var selected = documents ?? Set(graph.documents.map(\.id))
        if let dateRange {
            let dated = Set(graph.documents.compactMap { document -> String? in
                guard let date = document.date, dateRange.contains(date) else { return nil }
                return document.id
            })
            selected.formIntersection(dated)
        }
        return selected
    }
}

extension ActorGraph {
    /// The subgraph selected by `filter`.
    ///
    /// Nodes pass the kind and category criteria; edges pass the relation-class criterion, join
    /// two kept nodes, and keep at least ``GraphFilter/minimumWeight`` evidence spans. With a
    /// document or date restriction, evidence and mentions outside the selected documents are
    /// removed, edge weights are recounted from the remaining evidence, and nodes that are
    /// neither mentioned in the selection nor joined by a kept edge are dropped; the graph's
    /// document list is restricted too.
    ///
    /// Complexity: O(V + E) plus the cost of copying the kept evidence.
    public func filtered(by filter: GraphFilter) -> ActorGraph {
        if filter.isIdentity { return self }
        let selected = filter.selectedDocuments(in: self)
        var keptNodes: [String: Node] = [:]
        for node in nodes where filter.accepts(node) {
            var copy = node
            if let selected {
                copy.mentions = node.mentions.filter { selected.contains($0.document) }
            }
            keptNodes[node.id] = copy
        }
        var keptEdges: [Edge] = []
        var touched = Set<String>()
        for edge in edges {
            if let classes = filter.relationClasses, !classes.contains(edge.relationClass) { continue }
            guard keptNodes[edge.source] != nil, keptNodes[edge.target] != nil else { continue }
            var copy = edge
            if let selected {
                let evidence = edge.evidence.filter { selected.contains($0.document) }
                if evidence.isEmpty { continue }
                copy = Edge(source: edge.source, target: edge.target, relation: edge.relation, evidence: evidence)
            }
            guard copy.weight >= filter.minimumWeight else { continue }
            keptEdges.append(copy)
            touched.insert(copy.source)
            touched.insert(copy.target)
        }
        var nodeList = keptNodes.values.sorted { $0.id < $1.id }
        if selected != nil {
            nodeList = nodeList.filter { !$0.mentions.isEmpty || touched.contains($0.id) }
        }
        let documentList = selected.map { set in documents.filter { set.contains($0.id) } } ?? documents
        return ActorGraph(documents: documentList, nodes: nodeList, edges: keptEdges)
    }
}
