import ActorGraph
import ActorGraphAlgorithms
import ActorGraphGraphviz
import Foundation

/// What a report shows, worked out once from the graph and shared by the HTML and Markdown
/// writers: the diagrams, the blocs, the central actors, the relations by class, and the
/// statements by speaker. Everything is sorted, so the same graph gives the same report.
struct ReportContent: Sendable {
    /// A central actor with its scores.
    struct RankedActor: Sendable, Hashable {
        var node: Node
        var pagerank: Double
        var degree: Int
        var betweenness: Double
    }

    /// A quotation and the nodes it is about.
    struct Quote: Sendable, Hashable {
        var statement: Node
        var about: [Node]
    }

    /// A speaker and what they said.
    struct Speaker: Sendable, Hashable {
        /// The speaker, or `nil` for statements with no `said` edge.
        var node: Node?
        /// Membership edges from the speaker (spokesperson-for, member-of, leader-of).
        var affiliations: [Edge]
        /// The statements, by first mention.
        var statements: [Quote]
    }

    let graph: ActorGraph
    /// The graph's edges, sorted once (``ActorGraph/edges`` sorts on every call).
    let edges: [Edge]
    /// Each node's edges, in and out, sorted.
    let edgesByNode: [String: [Edge]]
    /// Each document's date, by id.
    let documentDates: [String: String]
    /// Per document: the relations whose evidence cites it, and the nodes it mentions.
    let citationCounts: [String: (relations: Int, nodes: Int)]
    let title: String
    let diagrams: [ReportDiagram]
    let blocs: BlocPartition
    let centralActors: [RankedActor]
    let relationsByClass: [(RelationClass, [Edge])]
    let speakers: [Speaker]
    /// For each diagram element id, the page anchor it links to (see ``SVGEmbedding``).
    let anchors: [String: String]

    /// The relation classes listed in the relations table (statements are listed by speaker).
    static let tabulatedClasses: [RelationClass] = [.cooperation, .conflict, .control, .movement, .membership, .location]

    init(_ report: Report) throws(ReportError) {
        let graph = report.graph
        self.graph = graph
        let edges = graph.edges
        let nodes = graph.nodes
        self.edges = edges
        var edgesByNode: [String: [Edge]] = [:]
        var outgoing: [String: [Edge]] = [:]
        var citations: [String: (relations: Int, nodes: Int)] = [:]
        for edge in edges {
            edgesByNode[edge.source, default: []].append(edge)
            if edge.target != edge.source { edgesByNode[edge.target, default: []].append(edge) }
            outgoing[edge.source, default: []].append(edge)
            for document in Set(edge.evidence.map(\.document)) { citations[document, default: (0, 0)].relations += 1 }
        }
        for node in nodes {
            for document in Set(node.mentions.map(\.document)) { citations[document, default: (0, 0)].nodes += 1 }
        }
        self.edgesByNode = edgesByNode
        self.citationCounts = citations
        self.documentDates = Dictionary(graph.documents.compactMap { document in document.date.map { (document.id, $0) } },
                                        uniquingKeysWith: { first, _ in first })
        self.title = report.title ?? Self.defaultTitle(for: graph)

        let pagerank = graph.centrality(.pagerank)
        let actorIDs = Set(nodes.filter { $0.kind == .actor }.map(\.id))
        let rankedActors = pagerank.filter { actorIDs.contains($0.id) }
        let degree = Dictionary(graph.centrality(.degree).map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        let betweenness = Dictionary(graph.centrality(.betweenness).map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        centralActors = rankedActors.prefix(report.centralActorCount).compactMap { ranked in
            graph.node(withID: ranked.id).map {
                RankedActor(node: $0, pagerank: ranked.score, degree: Int(degree[ranked.id] ?? 0), betweenness: betweenness[ranked.id] ?? 0)
            }
        }

        var diagrams: [ReportDiagram] = []
        for view in report.views {
            let focus = view.needsFocus ? (report.focus ?? rankedActors.first?.id) : nil
            if let diagram = try ReportDiagram.make(graph, view: view, places: report.places, focus: focus,
                                                    fallbackTopActors: report.fallbackTopActors) {
                diagrams.append(diagram)
            }
        }
        self.diagrams = diagrams
        blocs = graph.allianceBlocs()

        relationsByClass = Self.tabulatedClasses.compactMap { relationClass in
            let inClass = edges.filter { $0.relationClass == relationClass }
            return inClass.isEmpty ? nil : (relationClass, inClass)
        }
        speakers = Self.speakers(in: graph, nodes: nodes, edges: edges, outgoing: outgoing)

        var anchors: [String: String] = [:]
        for node in nodes { anchors[AnchorID.node(node.id)] = AnchorID.node(node.id) }
        for edge in edges {
            let id = AnchorID.edge(edge.key)
            switch edge.relationClass {
            case .statement: anchors[id] = AnchorID.node(edge.target)     // said: to the quote
            case .mention: anchors[id] = AnchorID.node(edge.source)       // about: from the quote
            default: anchors[id] = id
            }
        }
        for index in blocs.blocs.indices { anchors[AnchorID.bloc(index + 1)] = AnchorID.bloc(index + 1) }
        self.anchors = anchors
    }

    /// "Aleppo, 2016-11-27 – 2016-12-15"-style default: the graph's most mentioned place and the
    /// date range, or a plain title.
    static func defaultTitle(for graph: ActorGraph) -> String {
        let place = graph.nodes.filter { $0.kind == .place }.max { ($0.mentions.count, $1.id) < ($1.mentions.count, $0.id) }
        return place.map { "Actors and relations: \($0.label)" } ?? "Actors and relations"
    }

    /// The documents' date range, e.g. `2016-11-27 – 2016-12-15`, if any has a date.
    var dateRange: String? {
        let dates = graph.documents.compactMap(\.date).sorted()
        guard let first = dates.first, let last = dates.last else { return nil }
        return first == last ? first : "\(first) – \(last)"
    }

    /// Node counts by kind, and the relation count.
    var counts: (actors: Int, places: Int, statements: Int, relations: Int) {
        let nodes = graph.nodes
        return (nodes.filter { $0.kind == .actor }.count, nodes.filter { $0.kind == .place }.count,
                nodes.filter { $0.kind == .statement }.count, graph.edgeCount)
    }

    /// The number of relations whose evidence cites `document`, and of nodes it mentions.
    func citations(of document: String) -> (relations: Int, nodes: Int) {
        citationCounts[document] ?? (0, 0)
    }

    /// The label of node `id`, or the id.
    func label(_ id: String) -> String { graph.node(withID: id)?.label ?? id }

    /// The bloc number (from 1) of each actor.
    var blocNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for (index, bloc) in blocs.blocs.enumerated() { for id in bloc { numbers[id] = index + 1 } }
        return numbers
    }

    /// Speakers by number of statements (most first), then label; unattributed statements last.
    static func speakers(in graph: ActorGraph, nodes: [Node], edges: [Edge], outgoing: [String: [Edge]]) -> [Speaker] {
        let statements = nodes.filter { $0.kind == .statement }
        guard !statements.isEmpty else { return [] }
        var bySpeaker: [String: [Node]] = [:]
        var attributed = Set<String>()
        for edge in edges where edge.relation == .said {
            guard let statement = graph.node(withID: edge.target), statement.kind == .statement else { continue }
            bySpeaker[edge.source, default: []].append(statement)
            attributed.insert(statement.id)
        }
        func entries(_ nodes: [Node]) -> [Quote] {
            nodes.sorted { ($0.mentions.first ?? TextSpan(document: "", start: 0, end: 0, text: ""), $0.id)
                < ($1.mentions.first ?? TextSpan(document: "", start: 0, end: 0, text: ""), $1.id) }
                .map { statement in
                    Quote(statement: statement,
                          about: (outgoing[statement.id] ?? []).filter { $0.relation == .about }.compactMap { graph.node(withID: $0.target) })
                }
        }
        var speakers: [Speaker] = bySpeaker.compactMap { id, nodes in
            guard let speaker = graph.node(withID: id) else { return nil }
            let affiliations = (outgoing[id] ?? []).filter { $0.relationClass == .membership }
            return Speaker(node: speaker, affiliations: affiliations, statements: entries(nodes))
        }
        speakers.sort { a, b in
            a.statements.count != b.statements.count ? a.statements.count > b.statements.count
                : ((a.node?.label ?? "").lowercased(), a.node?.id ?? "") < ((b.node?.label ?? "").lowercased(), b.node?.id ?? "")
        }
        let unattributed = statements.filter { !attributed.contains($0.id) }
        if !unattributed.isEmpty { speakers.append(Speaker(node: nil, affiliations: [], statements: entries(unattributed))) }
        return speakers
    }

    /// A score with three decimals, e.g. `0.042`.
    static func score(_ value: Double) -> String { String(format: "%.3f", value) }
}
