import ActorGraph

/// What a ``Diagram``'s legend explains: only the node categories and edge styles that appear.
///
/// ```swift
/// let legend = Diagram(graph, view: .alliances).legend
/// legend.categories        // [.state, .armedGroup]
/// legend.relationClasses   // [.cooperation, .conflict]
/// ```
public struct DiagramLegend: Sendable, Hashable {
    /// The categories of the drawn nodes, in `Category.allCases` order.
    public var categories: [Category]
    /// The kinds of drawn nodes that have no category (drawn in a neutral style), in
    /// `NodeKind.allCases` order.
    public var uncategorizedKinds: [NodeKind]
    /// The classes of the drawn edges, each one edge style, in `RelationClass.allCases` order.
    public var relationClasses: [RelationClass]
    /// The relations of the drawn edges, in `Relation.allCases` order.
    public var relations: [Relation]

    /// Creates a legend.
    public init(categories: [Category] = [], uncategorizedKinds: [NodeKind] = [],
                relationClasses: [RelationClass] = [], relations: [Relation] = []) {
        self.categories = categories
        self.uncategorizedKinds = uncategorizedKinds
        self.relationClasses = relationClasses
        self.relations = relations
    }

    /// The legend for the given drawn nodes and edges.
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
    /// The legend's name for nodes of `kind` with no category.
    static func name(ofUncategorized kind: NodeKind) -> String { "other " + kind.rawValue }

    /// Adds the legend as one table node: a colour swatch naming the shape per category, and a
    /// line drawn in the edge style's colour per relation class. (A cluster of sample nodes was
    /// tried: in `dot` its sample edges stretch across the ranks of the whole diagram, and other
    /// engines ignore clusters.)
    func addTableNode(to dot: inout DOTGraph) {
        var rows: [[HTMLLabel.Cell]] = [[HTMLLabel.Cell(HTMLLabel(text: "Legend").bold(),
                                                        attributes: ["COLSPAN": "2", "ALIGN": "LEFT"])]]
        func swatchRow(category: Category?, kind: NodeKind, name: String) {
            let style = DiagramStyle.node(category: category, kind: kind)
            var fill = "#FFFFFF"
            if case .string(let color)? = style["fillcolor"] { fill = color }
            rows.append([
                HTMLLabel.Cell(HTMLLabel(text: DiagramStyle.appearance(category: category, kind: kind)).font(pointSize: 9),
                               attributes: ["BGCOLOR": fill, "BORDER": "1"]),
                HTMLLabel.Cell(text: name, attributes: ["ALIGN": "LEFT"]),
            ])
        }
        for category in categories { swatchRow(category: category, kind: category.kind, name: category.displayName) }
        for kind in uncategorizedKinds { swatchRow(category: nil, kind: kind, name: Self.name(ofUncategorized: kind)) }
        for relationClass in relationClasses {
            rows.append([
                HTMLLabel.Cell(HTMLLabel(text: DiagramStyle.glyph(of: relationClass))
                    .font(color: DiagramStyle.color(of: relationClass))),
                HTMLLabel.Cell(text: caption(for: relationClass), attributes: ["ALIGN": "LEFT"]),
            ])
        }
        let table = HTMLLabel.table(rows, attributes: ["BORDER": "1", "CELLBORDER": "0", "CELLSPACING": "2",
                                                       "CELLPADDING": "3", "COLOR": "#AAAAAA"])
        dot.addNode(["id": "legend", "shape": "plaintext", "style": "solid", "margin": 0,
                     "fontsize": 10, "label": table.value])
    }
}
