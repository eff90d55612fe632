import ActorGraph

/// What a ``Diagram``'s legend explains: only the node categories, edge styles and boxes that
/// appear in that diagram.
///
/// ```swift
/// let legend = Diagram(graph, view: .alliances).legend
/// legend.categories        // [.state, .armedGroup]
/// legend.relationClasses   // [.cooperation, .conflict]
/// legend.showsBlocs        // true
/// ```
public struct DiagramLegend: Sendable, Hashable {
    /// The categories of the drawn nodes, in `Category.allCases` order.
    public var categories: [Category]
    /// The kinds of drawn nodes that have no category (statements, or actors and places the
    /// lexicon did not classify), in `NodeKind.allCases` order.
    public var uncategorizedKinds: [NodeKind]
    /// The classes of the drawn edges, each one edge style, in `RelationClass.allCases` order.
    public var relationClasses: [RelationClass]
    /// The relations of the drawn edges, in `Relation.allCases` order.
    public var relations: [Relation]
    /// Whether alliance-bloc boxes are drawn.
    public var showsBlocs: Bool
    /// Whether place boxes (places nested by `part-of`) are drawn.
    public var showsPlaceBoxes: Bool
    /// Whether frustrated edges are highlighted.
    public var showsFrustratedEdges: Bool
    /// Whether a focus node is ringed.
    public var showsFocus: Bool

    /// Creates a legend.
    public init(categories: [Category] = [], uncategorizedKinds: [NodeKind] = [],
                relationClasses: [RelationClass] = [], relations: [Relation] = [],
                showsBlocs: Bool = false, showsPlaceBoxes: Bool = false,
                showsFrustratedEdges: Bool = false, showsFocus: Bool = false) {
        self.categories = categories
        self.uncategorizedKinds = uncategorizedKinds
        self.relationClasses = relationClasses
        self.relations = relations
        self.showsBlocs = showsBlocs
        self.showsPlaceBoxes = showsPlaceBoxes
        self.showsFrustratedEdges = showsFrustratedEdges
        self.showsFocus = showsFocus
    }

    /// The legend for the given drawn nodes and edges (no boxes or highlights).
    public init(nodes: [Node], edges: [Edge]) {
        let categories = Set(nodes.compactMap(\.category))
        let uncategorized = Set(nodes.filter { $0.category == nil }.map(\.kind))
        let classes = Set(edges.map(\.relationClass))
        let relations = Set(edges.map(\.relation))
        self.init(categories: Category.allCases.filter(categories.contains),
                  uncategorizedKinds: NodeKind.allCases.filter(uncategorized.contains),
                  relationClasses: RelationClass.allCases.filter(classes.contains),
                  relations: Relation.allCases.filter(relations.contains))
    }

    /// The legend for what `content` draws.
    init(content: DiagramContent) {
        self.init(nodes: content.nodes, edges: content.edges)
        let clusters = content.allClusters
        showsBlocs = clusters.contains { $0.kind == .bloc }
        showsPlaceBoxes = clusters.contains { $0.kind == .place }
        showsFrustratedEdges = content.edges.contains { content.frustratedEdges.contains($0.key) }
        showsFocus = content.focus.map { focus in content.nodes.contains { $0.id == focus } } ?? false
    }

    /// True when there is nothing to explain.
    public var isEmpty: Bool {
        categories.isEmpty && uncategorizedKinds.isEmpty && relationClasses.isEmpty
    }

    /// The relations of `relationClass` that appear, e.g. `[.supports, .backs]`.
    public func relations(in relationClass: RelationClass) -> [Relation] {
        relations.filter { $0.relationClass == relationClass }
    }

    /// The text for one edge style, e.g. `"cooperation: supports, backs"`.
    public func caption(for relationClass: RelationClass) -> String {
        let names = relations(in: relationClass).map(\.rawValue)
        return names.isEmpty ? relationClass.rawValue : relationClass.rawValue + ": " + names.joined(separator: ", ")
    }
}

// MARK: - Drawing

extension DiagramLegend {
    /// The legend's name for nodes of `kind` with no category, e.g. "quote" or "other actor".
    static func name(ofUncategorized kind: NodeKind) -> String {
        kind == .statement ? "quote" : "other " + kind.rawValue
    }

    /// How many node chips one legend row holds before wrapping (edge styles and boxes: 3).
    static let entriesPerRow = 5

    /// `FIXEDSIZE` cell attributes wide enough for `text` at `pointSize` in DejaVu Sans (a
    /// generous 0.6 em per character: legend texts are a fixed vocabulary), so that a chip keeps
    /// its size when Graphviz stretches its row to the legend's width.
    static func fixedSize(for text: String, pointSize: Double) -> [String: String] {
        let width = Int((Double(text.count) * pointSize * 0.6 + 12).rounded(.up))
        let height = Int((pointSize * 1.6 + 6).rounded(.up))
        return ["FIXEDSIZE": "TRUE", "WIDTH": String(max(width, 28)), "HEIGHT": String(height)]
    }

    /// The text of a node chip, e.g. "armed group (hexagon)".
    static func chipText(category: Category?, kind: NodeKind) -> String {
        let name = category?.displayName ?? Self.name(ofUncategorized: kind)
        return name + " (" + DiagramStyle.appearance(category: category, kind: kind) + ")"
    }

    /// The legend as an HTML table for the graph label: a row of node chips (filled like the
    /// nodes, naming the category and its shape), a row of edge styles (the line drawn in text
    /// in its colour, then the relations), and the boxes and highlights. Each entry is one cell
    /// and each row a table of its own, so entries spread evenly when Graphviz stretches a row to
    /// the legend's width. Being part of the graph label, the legend never overlaps a node or an
    /// edge, whatever the layout engine.
    func table(theme: DiagramTheme) -> HTMLLabel {
        typealias Cell = HTMLLabel.Cell
        func chip(_ text: String, fill: String, textColor: String, border: String) -> Cell {
            Cell(HTMLLabel(text: text).font(pointSize: 8, color: textColor),
                 attributes: Self.fixedSize(for: text, pointSize: 8).merging(
                    ["BGCOLOR": fill, "BORDER": "1", "COLOR": border]) { $1 })
        }
        func line(_ glyph: String, color: String, _ text: String) -> Cell {
            // No-break spaces: SVG viewers collapse ordinary leading spaces.
            Cell(HTMLLabel(text: glyph).font(color: color) + HTMLLabel(text: "\u{00A0}\u{00A0}" + text).font(color: theme.text))
        }
        var nodeEntries: [Cell] = []
        for (category, kind) in categories.map({ ($0 as Category?, $0.kind) }) + uncategorizedKinds.map({ (nil, $0) }) {
            nodeEntries.append(chip(Self.chipText(category: category, kind: kind),
                                    fill: DiagramStyle.fill(category: category, kind: kind, theme: theme),
                                    textColor: DiagramStyle.textColor(onFillOf: category, kind: kind, theme: theme),
                                    border: theme.outline))
        }
        let edgeEntries = relationClasses.map { relationClass in
            line(DiagramStyle.glyph(of: relationClass), color: DiagramStyle.color(of: relationClass, theme: theme),
                 caption(for: relationClass))
        }
        var extraEntries: [Cell] = []
        if showsBlocs {
            extraEntries.append(chip("box: an alliance bloc, allies inside, enemies outside",
                                     fill: theme.blocFill, textColor: theme.text, border: theme.blocBorder))
        }
        if showsFrustratedEdges {
            extraEntries.append(line("════", color: theme.highlight, "frustrated: cooperation across blocs or conflict within one"))
        }
        if showsPlaceBoxes {
            extraEntries.append(chip("box: a place, and the places that are part of it",
                                     fill: theme.placeBoxFill, textColor: theme.text, border: theme.placeBorder))
        }
        if showsFocus {
            extraEntries.append(line("◎", color: theme.text, "the focus (double border, bold)"))
        }

        var rows: [[Cell]] = []
        for (group, perRowLimit) in [(nodeEntries, Self.entriesPerRow), (edgeEntries, 3), (extraEntries, 3)] where !group.isEmpty {
            // Balanced rows: 7 entries make rows of 4 and 3, not 5 and 2.
            let rowCount = (group.count + perRowLimit - 1) / perRowLimit
            let perRow = (group.count + rowCount - 1) / rowCount
            var index = 0
            while index < group.count {
                let cells = Array(group[index..<min(index + perRow, group.count)])
                rows.append([Cell(HTMLLabel.table([cells], attributes: ["BORDER": "0", "CELLBORDER": "0",
                                                                        "CELLSPACING": "4", "CELLPADDING": "1"]))])
                index += perRow
            }
        }
        return HTMLLabel.table(rows, attributes: ["BORDER": "0", "CELLBORDER": "0", "CELLSPACING": "0",
                                                  "CELLPADDING": "0"])
    }
}
