import ActorGraph

/// Turns what a ``Diagram`` draws (its ``DiagramContent``) into a ``DOTGraph`` for one layout
/// engine and output format, with the texts the SVG finisher needs: the title, a one-paragraph
/// summary and a human title per element id.
struct DiagramBuilder {
    /// The DOT graph.
    private(set) var dot: DOTGraph
    /// The diagram's title.
    let title: String
    /// The caption and a count of what is drawn, for the SVG `<desc>`.
    let summary: String
    /// Human names by SVG element id, e.g. `node-russia` → `Russia — state`.
    private(set) var elementTitles: [String: String] = [:]

    private let diagram: Diagram
    private let content: DiagramContent
    private let layout: LayoutEngine
    private let graph: ActorGraph
    private var theme: DiagramTheme { diagram.theme }

    init(diagram: Diagram, content: DiagramContent, layout: LayoutEngine, format: OutputFormat) {
        self.diagram = diagram
        self.content = content
        self.layout = layout
        self.graph = diagram.graph
        self.title = Self.title(of: diagram, content: content)
        let captionLines = Self.captionLines(of: diagram, content: content, layout: layout)
        self.summary = (captionLines + [Self.counts(of: content)]).joined(separator: ". ") + "."
        self.dot = DOTGraph(name: diagram.view.rawValue)
        build(captionLines: captionLines, format: format)
    }

    /// The DOT graph.
    func dotGraph() -> DOTGraph { dot }

    // MARK: - Building

    private var drawsClusters: Bool { layout == .dot || layout == .fdp }

    private var showsEdgeLabels: Bool {
        let limit = diagram.view == .full ? Diagram.labelledFullViewNodeLimit : Diagram.labelledEdgeNodeLimit
        return diagram.showsRelationLabels && content.nodes.count <= limit
    }

    private mutating func build(captionLines: [String], format: OutputFormat) {
        dot.attributes = graphAttributes(captionLines: captionLines, format: format)
        dot.nodeDefaults = ["fontname": .string(DiagramStyle.fontName), "fontsize": 11, "style": "filled",
                            "color": .string(theme.outline), "margin": "0.12,0.06"]
        dot.edgeDefaults = ["fontname": .string(DiagramStyle.fontName), "fontsize": 9,
                            "fontcolor": .string(theme.text), "arrowsize": 0.8]
        if layout == .neato { dot.edgeDefaults["len"] = 1.5 }   // room for edge labels

        let speakers = speakersByStatement()
        var dotIDs: [String: String] = [:]
        for node in content.nodes {
            let id = ElementID.make("node", [node.id])
            let attributes = nodeAttributes(for: node, id: id, speakers: speakers[node.id] ?? [])
            // The builder owns every node, so ids `n0`, `n1`… cannot clash (and `addNode`'s
            // clash check would make 5,000 nodes quadratic).
            let dotID = "n\(dot.nodes.count)"
            dot.nodes.append(DOTNode(id: dotID, attributes: attributes))
            dotIDs[node.id] = dotID
            elementTitles[id] = Self.headline(of: node)
        }
        if layout == .twopi, let focus = content.focus, let root = dotIDs[focus] {
            dot.attributes["root"] = .string(root)
        }

        var usedEdgeIDs = Set<String>()
        for edge in content.edges {
            guard let source = dotIDs[edge.source], let target = dotIDs[edge.target] else { continue }
            var id = ElementID.make("edge", [edge.source, edge.relation.rawValue, edge.target])
            if !usedEdgeIDs.insert(id).inserted {        // only for ids that contain "-relation-"
                var counter = 2
                while !usedEdgeIDs.insert(id + "-\(counter)").inserted { counter += 1 }
                id += "-\(counter)"
            }
            if isLaidOutBackwards(edge) {
                dot.addEdge(from: target, to: source, attributes: edgeAttributes(for: edge, id: id))
            } else {
                dot.addEdge(from: source, to: target, attributes: edgeAttributes(for: edge, id: id))
            }
            elementTitles[id] = "\(label(of: edge.source)) \(edge.relation.rawValue) \(label(of: edge.target))"
        }

        if drawsClusters {
            dot.clusters = content.clusters.map { cluster($0, dotIDs: dotIDs) }
        }
    }

    private func graphAttributes(captionLines: [String], format: OutputFormat) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "fontname": .string(DiagramStyle.fontName),
            "fontcolor": .string(theme.text),
            "label": heading(captionLines: captionLines).value,
            "labelloc": "t",
            "pad": 0.3,
            "bgcolor": .string(theme.background),
            "outputorder": "edgesfirst",
        ]
        let nodeCount = content.nodes.count
        switch layout {
        case .dot:
            attributes["rankdir"] = "LR"
            attributes["newrank"] = "true"
            attributes["nodesep"] = 0.25
            attributes["ranksep"] = 0.6
            if nodeCount > Diagram.dotGuardThreshold {
                attributes["nslimit"] = 1
                attributes["nslimit1"] = 1
                attributes["mclimit"] = 0.5
            }
        case .sfdp:
            attributes["overlap"] = "prism"
            attributes["splines"] = nodeCount > Diagram.largeGraphThreshold ? "false" : "true"
        case .twopi:
            attributes["overlap"] = "prism"
            attributes["overlap_shrink"] = "false"     // keep the rings apart: room for edge labels
            attributes["splines"] = .string(Self.springSplines(nodeCount: nodeCount))
            attributes["ranksep"] = 1.3
        default:
            attributes["overlap"] = layout == .neato ? "prism" : "false"
            attributes["splines"] = .string(Self.springSplines(nodeCount: nodeCount))
            attributes["sep"] = "+14"
        }
        if format == .png, let dpi = diagram.dpi { attributes["dpi"] = .number(dpi) }
        return attributes
    }

    /// Edge routing for the spring and radial engines: splines that bend around nodes for small
    /// diagrams, gentle curves (ten times cheaper: routing around obstacles grows fast with size)
    /// above ``Diagram/routedSplineNodeLimit`` nodes.
    static func springSplines(nodeCount: Int) -> String {
        nodeCount <= Diagram.routedSplineNodeLimit ? "true" : "curved"
    }

    private func nodeAttributes(for node: Node, id: String, speakers: [String]) -> DOTAttributes {
        let isFocus = node.id == content.focus
        var label = node.kind == .statement ? DiagramText.quoteLabel(node.quote ?? node.label)
                                            : DiagramText.wrapped(node.label, width: 22)
        if label.isEmpty { label = " " }
        var classes = [node.kind.rawValue]
        if let category = node.category { classes.append(category.rawValue) }
        if isFocus { classes.append("focus") }
        var attributes: DOTAttributes = [
            "id": .string(id),
            "class": .string(classes.joined(separator: " ")),
            "label": .string(label),
            "tooltip": .string(tooltip(for: node, speakers: speakers)),
        ]
        attributes.merge(DiagramStyle.node(category: node.category, kind: node.kind, theme: theme))
        if isFocus {
            attributes["label"] = HTMLLabel(text: label).bold().font(pointSize: 13).value
            attributes["penwidth"] = 2.5
            attributes["peripheries"] = node.category == .government ? 3 : 2
        }
        return attributes
    }

    private func edgeAttributes(for edge: Edge, id: String) -> DOTAttributes {
        let tooltip = tooltip(for: edge)
        let isFrustrated = content.frustratedEdges.contains(edge.key)
        var classes = [edge.relationClass.rawValue, edge.relation.rawValue]
        if isFrustrated { classes.append("frustrated") }
        var attributes: DOTAttributes = ["id": .string(id), "class": .string(classes.joined(separator: " ")),
                                         "tooltip": .string(tooltip)]
        attributes.merge(DiagramStyle.edge(relationClass: edge.relationClass, isSymmetric: edge.relation.isSymmetric,
                                           theme: theme))
        attributes["penwidth"] = .number(DiagramStyle.penWidth(weight: edge.weight))
        if isFrustrated {
            attributes["color"] = .string(DiagramStyle.highlightedColor(of: edge.relationClass, theme: theme))
            attributes["penwidth"] = .number(DiagramStyle.penWidth(weight: edge.weight) + 1)
        }
        // `said` and `about` have one relation each, named in the legend: labels would only repeat it.
        if showsEdgeLabels, edge.relationClass != .statement, edge.relationClass != .mention {
            attributes["label"] = .string(edge.relation.rawValue)
            attributes["labeltooltip"] = .string(tooltip)
        }
        if isLaidOutBackwards(edge) {
            attributes["dir"] = "back"
            attributes["arrowtail"] = attributes["arrowhead"]
            attributes["arrowhead"] = nil
        }
        return attributes
    }

    /// Whether `edge` is written target → source with `dir=back`: in the ranked statements
    /// layout an affiliation then sits left of its speaker (organisation | speaker | quote |
    /// topic) while the arrow still points at the organisation.
    private func isLaidOutBackwards(_ edge: Edge) -> Bool {
        layout == .dot && diagram.view == .statements && edge.relationClass == .membership
    }

    private mutating func cluster(_ cluster: DiagramContent.Cluster, dotIDs: [String: String]) -> DOTCluster {
        let isBloc = cluster.kind == .bloc
        elementTitles[cluster.id] = cluster.tooltip
        let attributes: DOTAttributes = [
            "id": .string(cluster.id),
            "class": isBloc ? "bloc" : "place-box",
            "label": .string(cluster.label),
            "tooltip": .string(cluster.tooltip),
            "style": isBloc ? "rounded,filled" : "rounded,filled,dashed",
            "fillcolor": .string(isBloc ? theme.blocFill : theme.placeBoxFill),
            "color": .string(isBloc ? theme.blocBorder : theme.placeBorder),
            "fontcolor": .string(theme.text),
            "fontsize": isBloc ? 12 : 11,
            "labeljust": "l",
            "margin": 10,
        ]
        return DOTCluster(name: cluster.id, attributes: attributes,
                          nodeIDs: cluster.nodeIDs.compactMap { dotIDs[$0] },
                          clusters: cluster.children.map { self.cluster($0, dotIDs: dotIDs) })
    }

    // MARK: - Heading

    /// The title in bold, the caption lines, then the legend.
    private func heading(captionLines: [String]) -> HTMLLabel {
        var rows: [[HTMLLabel.Cell]] = [[HTMLLabel.Cell(HTMLLabel(text: title).bold().font(pointSize: 16, color: theme.text))]]
        for line in captionLines {
            rows.append([HTMLLabel.Cell(HTMLLabel(text: line).font(pointSize: 10, color: theme.caption))])
        }
        let legend = DiagramLegend(content: content)
        if !legend.isEmpty {
            rows.append([HTMLLabel.Cell(legend.table(theme: theme).font(pointSize: 9))])
        }
        return HTMLLabel.table(rows, attributes: ["BORDER": "0", "CELLBORDER": "0", "CELLSPACING": "0",
                                                  "CELLPADDING": "2"])
    }

    private static func title(of diagram: Diagram, content: DiagramContent) -> String {
        if let title = diagram.title { return title }
        guard diagram.view == .ego, let focus = content.focus else { return diagram.view.title }
        let name = diagram.graph.node(withID: focus)?.label ?? focus
        return diagram.hops == 1 ? "Neighbourhood of \(name)" : "Neighbourhood of \(name) (\(diagram.hops) steps)"
    }

    /// The sources line, the diagram's note, and what the view adds (blocs, size).
    private static func captionLines(of diagram: Diagram, content: DiagramContent, layout: LayoutEngine) -> [String] {
        var lines: [String] = []
        if let sources = DiagramCaption.sources(for: diagram.graph.documents) { lines.append(sources) }
        if let note = diagram.note, !note.isEmpty { lines.append(note) }
        if diagram.view == .alliances, !content.nodes.isEmpty {
            let frustrated = content.edges.filter { content.frustratedEdges.contains($0.key) }.count
            var line = content.drawnBlocCount == 1 ? "1 bloc" : "\(content.drawnBlocCount) blocs"
            line += frustrated == 1 ? " · 1 frustrated edge" : " · \(frustrated) frustrated edges"
            lines.append(line)
        }
        if let topActorCount = diagram.topActorCount {
            lines.append("The \(topActorCount) most central actors (PageRank)")
        }
        if content.hasClusters, layout != .dot, layout != .fdp {
            lines.append("Boxes are not drawn by the \(layout.rawValue) layout")
        }
        return lines
    }

    private static func counts(of content: DiagramContent) -> String {
        let actors = content.nodes.filter { $0.kind == .actor }.count
        let places = content.nodes.filter { $0.kind == .place }.count
        let quotes = content.nodes.filter { $0.kind == .statement }.count
        var parts: [String] = []
        if actors > 0 { parts.append(actors == 1 ? "1 actor" : "\(actors) actors") }
        if places > 0 { parts.append(places == 1 ? "1 place" : "\(places) places") }
        if quotes > 0 { parts.append(quotes == 1 ? "1 quote" : "\(quotes) quotes") }
        let classes = RelationClass.allCases.filter { relationClass in content.edges.contains { $0.relationClass == relationClass } }
        let edges = content.edges.count == 1 ? "1 edge" : "\(content.edges.count) edges"
        let shown = parts.isEmpty ? "Nothing to show" : "Shows " + parts.joined(separator: ", ")
        return classes.isEmpty ? shown : shown + " and \(edges) (" + classes.map(\.rawValue).joined(separator: ", ") + ")"
    }

    // MARK: - Tooltips

    /// "Label — category" (for quotes, the quote shortened).
    static func headline(of node: Node) -> String {
        if node.kind == .statement { return "Quote: “" + DiagramText.shortened(node.quote ?? node.label, to: 120) + "”" }
        return node.label + " — " + (node.category?.displayName ?? node.kind.rawValue)
    }

    /// The headline, then aliases, bloc, hop distance and where the node is mentioned; for a
    /// quote, the full text and its speakers.
    private func tooltip(for node: Node, speakers: [String]) -> String {
        var lines: [String]
        if node.kind == .statement {
            lines = ["“" + (node.quote ?? node.label) + "”"]
            if !speakers.isEmpty { lines.append("— " + speakers.joined(separator: ", ")) }
        } else {
            lines = [Self.headline(of: node)]
            if !node.aliases.isEmpty {
                let shown = node.aliases.prefix(8)
                lines.append("Also: " + shown.joined(separator: ", ") + (node.aliases.count > shown.count ? ", …" : ""))
            }
        }
        if let bloc = content.blocNumbers[node.id], diagram.view == .alliances { lines.append("Bloc \(bloc)") }
        if let distance = content.distances[node.id], distance > 0 {
            lines.append(distance == 1 ? "1 step from the focus" : "\(distance) steps from the focus")
        }
        let documents = Set(node.mentions.map(\.document)).sorted()
        if !documents.isEmpty {
            let times = node.mentions.count == 1 ? "once" : "\(node.mentions.count) times"
            let shown = documents.prefix(3).joined(separator: ", ") + (documents.count > 3 ? ", …" : "")
            lines.append("Mentioned \(times) in " + (documents.count == 1 ? shown : "\(documents.count) documents: \(shown)"))
        }
        return lines.joined(separator: "\n")
    }

    /// "Source relation Target (stated N times)", then up to three evidence sentences, shortened,
    /// and for a frustrated edge why it is highlighted.
    private func tooltip(for edge: Edge) -> String {
        var text = "\(label(of: edge.source)) \(edge.relation.rawValue) \(label(of: edge.target))"
        if edge.weight > 1 { text += " (stated \(edge.weight) times)" }
        if content.frustratedEdges.contains(edge.key) {
            text += edge.relationClass == .cooperation ? "\nFrustrated: cooperation between different blocs"
                                                       : "\nFrustrated: conflict inside one bloc"
        }
        for span in edge.evidence.prefix(3) {
            text += "\n• “" + DiagramText.shortened(span.text, to: 160) + "” — " + span.document
        }
        if edge.evidence.count > 3 { text += "\n… and \(edge.evidence.count - 3) more" }
        return text
    }

    private func label(of id: String) -> String { graph.node(withID: id)?.label ?? id }

    /// The speakers' labels of each statement, from `said` edges, sorted.
    private func speakersByStatement() -> [String: [String]] {
        var result: [String: [String]] = [:]
        for edge in graph.edges where edge.relation == .said {
            result[edge.target, default: []].append(label(of: edge.source))
        }
        return result.mapValues { $0.sorted() }
    }
}
