import ActorGraph

/// A drawing of one view of an ``ActorGraph``: which nodes and edges to show, and how.
///
/// The diagram shows only nodes that have an edge in the view, sorted by id, so the same graph
/// always gives byte-identical DOT and SVG. Nodes are shaped and filled by category, edges styled
/// by relation class (never by colour alone) and widened by weight; tooltips carry the aliases
/// and the evidence sentences, and a legend explains only what appears.
///
/// ```swift
/// let diagram = Diagram(graph, view: .alliances)
/// print(diagram.dotText)                          // DOT, no Graphviz needed
/// let svg = try diagram.render(format: .svg)      // laid out with diagram.defaultLayout
/// try AtomicFile.write(svg.data, to: URL(fileURLWithPath: "alliances.svg"))
/// ```
public struct Diagram: Sendable, Hashable {
    /// The graph drawn.
    public var graph: ActorGraph
    /// Which part of the graph is drawn.
    public var view: DiagramView
    /// Whether the ``DiagramView/alliances`` view also draws conflict edges between the actors
    /// (dashed vermillion, flat arrowheads). Ignored by other views. Default `true`.
    public var includesConflicts: Bool
    /// The title at the top; `nil` uses ``DiagramView/title``.
    public var title: String?
    /// Whether edges carry their relation as a small label (`supports`, `shells`…). Default `true`.
    public var showsRelationLabels: Bool

    /// Above this many drawn nodes, ``defaultLayout`` is `sfdp` instead of `dot`.
    public static let largeGraphThreshold = 300
    /// Above this many drawn nodes, `dot` layouts get `nslimit`/`mclimit` guards, which cut
    /// layout time about tenfold at some cost in edge crossings.
    public static let dotGuardThreshold = 100

    /// Creates a diagram of `graph`.
    public init(_ graph: ActorGraph, view: DiagramView, includesConflicts: Bool = true,
                title: String? = nil, showsRelationLabels: Bool = true) {
        self.graph = graph
        self.view = view
        self.includesConflicts = includesConflicts
        self.title = title
        self.showsRelationLabels = showsRelationLabels
    }

    /// The nodes drawn: those of the view's kinds that have at least one drawn edge, by id.
    public var nodes: [Node] { selection().nodes }

    /// The edges drawn, sorted by source, target and relation. A symmetric relation stated both
    /// ways (A allied-with B, B allied-with A) is drawn once, with the weights added.
    public var edges: [Edge] { selection().edges }

    /// The categories and edge styles the legend explains.
    public var legend: DiagramLegend {
        let (nodes, edges) = selection()
        return DiagramLegend(nodes: nodes, edges: edges)
    }

    /// The layout used when none is given, chosen by looking at 20–40 node news graphs:
    /// - alliances: `neato` (`overlap=false, splines=true`), which groups allies into visible
    ///   blocs; `dot` stretches them into a wide chain;
    /// - conflicts: `dot` left to right, so actors line up on the left and the places they
    ///   fight over or hold on the right;
    /// - either view above ``largeGraphThreshold`` nodes: `sfdp`, since `dot` and `neato` become
    ///   very slow.
    public var defaultLayout: LayoutEngine {
        if selection().nodes.count > Self.largeGraphThreshold { return .sfdp }
        return view == .alliances ? .neato : .dot
    }

    /// The diagram as a ``DOTGraph`` for ``defaultLayout``.
    public var dotGraph: DOTGraph { dotGraph(layout: defaultLayout) }

    /// The diagram as DOT text for ``defaultLayout``.
    public var dotText: String { dotGraph.dotText }

    /// The diagram as a ``DOTGraph`` tuned for `layout`: `rankdir=LR` for `dot` (with
    /// `nslimit`/`mclimit` guards above ``dotGuardThreshold`` nodes), `overlap=false,
    /// splines=true` for the spring engines, `overlap=prism` for `sfdp`.
    public func dotGraph(layout: LayoutEngine) -> DOTGraph {
        let (nodes, edges) = selection()
        var dot = DOTGraph(name: view.rawValue)
        dot.attributes = graphAttributes(layout: layout, nodeCount: nodes.count)
        dot.nodeDefaults = ["fontname": .string(DiagramStyle.fontName), "fontsize": 11, "style": "filled",
                            "color": .string(DiagramStyle.outline), "margin": "0.12,0.06"]
        dot.edgeDefaults = ["fontname": .string(DiagramStyle.fontName), "fontsize": 9, "fontcolor": "#333333",
                            "arrowsize": 0.8]

        let legend = DiagramLegend(nodes: nodes, edges: edges)
        if !legend.isEmpty { legend.addTableNode(to: &dot) }

        var dotIDs: [String: String] = [:]
        for node in nodes {
            var attributes: DOTAttributes = [
                "id": .string(ElementID.make("node", [node.id])),
                "label": .string(Self.wrapped(node.label, width: 22)),
                "tooltip": .string(Self.tooltip(for: node)),
            ]
            attributes.merge(DiagramStyle.node(category: node.category, kind: node.kind))
            dotIDs[node.id] = dot.addNode(attributes)
        }

        var usedEdgeIDs = Set<String>()
        for edge in edges {
            guard let source = dotIDs[edge.source], let target = dotIDs[edge.target] else { continue }
            var id = ElementID.make("edge", [edge.source, edge.relation.rawValue, edge.target])
            if !usedEdgeIDs.insert(id).inserted {        // only for ids that contain "-relation-"
                var counter = 2
                while !usedEdgeIDs.insert(id + "-\(counter)").inserted { counter += 1 }
                id += "-\(counter)"
            }
            let tooltip = tooltip(for: edge)
            var attributes: DOTAttributes = ["id": .string(id), "tooltip": .string(tooltip)]
            attributes.merge(DiagramStyle.edge(relationClass: edge.relationClass, isSymmetric: edge.relation.isSymmetric))
            attributes["penwidth"] = .number(DiagramStyle.penWidth(weight: edge.weight))
            if showsRelationLabels {
                attributes["label"] = .string(edge.relation.rawValue)
                attributes["labeltooltip"] = .string(tooltip)
            }
            dot.addEdge(from: source, to: target, attributes: attributes)
        }
        return dot
    }

    /// Lays the diagram out with `layout` (``defaultLayout`` when `nil`) and renders it.
    ///
    /// ```swift
    /// let png = try Diagram(graph, view: .conflicts).render(format: .png)
    /// ```
    /// - Throws: ``GraphvizError`` when Graphviz fails (an unknown engine or format).
    public func render(format: OutputFormat = .svg, layout: LayoutEngine? = nil) throws(GraphvizError) -> RenderedDiagram {
        let engine = layout ?? defaultLayout
        return try Graphviz.render(dotGraph(layout: engine).dotText, layout: engine, format: format)
    }

    // MARK: - Selection

    private func selection() -> (nodes: [Node], edges: [Edge]) {
        let kinds = view.nodeKinds
        var classes = Set(view.relationClasses)
        if view == .alliances && !includesConflicts { classes.remove(.conflict) }

        var merged: [Edge.Key: Edge] = [:]
        for edge in graph.edges where classes.contains(edge.relationClass) {
            guard let source = graph.node(withID: edge.source), kinds.contains(source.kind),
                  let target = graph.node(withID: edge.target), kinds.contains(target.kind) else { continue }
            let reverse = Edge.Key(source: edge.target, target: edge.source, relation: edge.relation)
            if edge.relation.isSymmetric, edge.source != edge.target, let other = merged[reverse] {
                // Drawn once with arrowheads at both ends: keep the first direction seen (edges are
                // sorted, so that is the one whose source sorts first) and add the weights.
                merged[reverse] = Edge(source: other.source, target: other.target, relation: other.relation,
                                       weight: other.weight + edge.weight, evidence: other.evidence + edge.evidence)
            } else {
                merged[edge.key] = edge
            }
        }
        let edges = merged.values.sorted { $0.key < $1.key }
        let shownIDs = Set(edges.flatMap { [$0.source, $0.target] })
        let nodes = graph.nodes.filter { shownIDs.contains($0.id) }
        return (nodes, edges)
    }

    // MARK: - Attributes

    private func graphAttributes(layout: LayoutEngine, nodeCount: Int) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "fontname": .string(DiagramStyle.fontName),
            "label": titleLabel().value,
            "labelloc": "t",
            "pad": 0.3,
            "bgcolor": "white",
            "outputorder": "edgesfirst",
        ]
        switch layout {
        case .dot:
            attributes["rankdir"] = "LR"
            attributes["nodesep"] = 0.3
            attributes["ranksep"] = 0.7
            if nodeCount > Self.dotGuardThreshold {
                attributes["nslimit"] = 1
                attributes["nslimit1"] = 1
                attributes["mclimit"] = 0.5
            }
        case .sfdp:
            attributes["overlap"] = "prism"
            attributes["splines"] = nodeCount > Self.largeGraphThreshold ? "false" : "true"
        default:
            attributes["overlap"] = "false"
            attributes["splines"] = "true"
            attributes["sep"] = "+10"
        }
        return attributes
    }

    /// The title in bold, and below it a caption with the source documents and their dates.
    private func titleLabel() -> HTMLLabel {
        var label = HTMLLabel(text: title ?? view.title).bold().font(pointSize: 16)
        let documents = graph.documents
        guard !documents.isEmpty else { return label }
        let shown = documents.prefix(6).map(\.id)
        var caption = "Sources: " + shown.joined(separator: ", ")
        if documents.count > shown.count { caption += " and \(documents.count - shown.count) more" }
        let dates = documents.compactMap(\.date).sorted()
        if let first = dates.first, let last = dates.last {
            caption += first == last ? " · \(first)" : " · \(first) – \(last)"
        }
        label = label + .lineBreak + HTMLLabel(text: caption).font(pointSize: 10, color: "#555555")
        return label
    }

    /// "Label — category", then the aliases.
    static func tooltip(for node: Node) -> String {
        var text = node.label + " — " + (node.category?.displayName ?? node.kind.rawValue)
        if !node.aliases.isEmpty {
            let shown = node.aliases.prefix(8)
            text += "\nAlso: " + shown.joined(separator: ", ") + (node.aliases.count > shown.count ? ", …" : "")
        }
        return text
    }

    /// "Source relation Target (stated N times)", then up to three evidence sentences, shortened.
    private func tooltip(for edge: Edge) -> String {
        let source = graph.node(withID: edge.source)?.label ?? edge.source
        let target = graph.node(withID: edge.target)?.label ?? edge.target
        var text = "\(source) \(edge.relation.rawValue) \(target)"
        if edge.weight > 1 { text += " (stated \(edge.weight) times)" }
        for span in edge.evidence.prefix(3) {
            text += "\n• “" + Self.shortened(span.text, to: 160) + "” — " + span.document
        }
        if edge.evidence.count > 3 { text += "\n… and \(edge.evidence.count - 3) more" }
        return text
    }

    /// `text` with runs of white space made single spaces, cut at a word to at most `limit`
    /// characters with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var out = ""
        for word in words {
            let next = out.isEmpty ? String(word) : out + " " + word
            if next.count > limit {
                if out.isEmpty { out = String(word.prefix(limit - 1)) }
                return out + "…"
            }
            out = next
        }
        return out
    }

    /// `text` broken into lines of at most about `width` characters, at spaces.
    static func wrapped(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line = line.isEmpty ? String(word) : line + " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
