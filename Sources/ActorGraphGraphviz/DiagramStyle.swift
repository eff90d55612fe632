import ActorGraph
import Foundation

/// How diagrams draw nodes and edges: shape and fill by category, line pattern, arrowhead and
/// colour by relation class, line width by weight. Colours come from a ``DiagramTheme``, and no
/// two edge styles differ by colour alone.
enum DiagramStyle {
    /// The font of every text in a diagram: shipped by Debian (`fonts-dejavu-core`) and named
    /// explicitly, so layouts do not depend on font fallback.
    static let fontName = "DejaVu Sans"
    /// The bold face, for titles and the focus of an ego diagram.
    static let boldFontName = "DejaVu Sans Bold"

    /// Shape, fill, border and text colour for a node of `category` (or of `kind` when
    /// uncategorised).
    static func node(category: Category?, kind: NodeKind, theme: DiagramTheme = .light) -> DOTAttributes {
        var attributes: DOTAttributes
        switch category {
        case .state: attributes = ["shape": "box", "fillcolor": .string(OkabeIto.skyBlue)]
        case .government: attributes = ["shape": "box", "fillcolor": .string(OkabeIto.skyBlue), "peripheries": 2]
        case .armedGroup: attributes = ["shape": "hexagon", "fillcolor": .string(OkabeIto.orange)]
        case .militia: attributes = ["shape": "octagon", "fillcolor": .string(OkabeIto.yellow)]
        case .coalition: attributes = ["shape": "doubleoctagon", "fillcolor": .string(OkabeIto.orange)]
        case .organization: attributes = ["shape": "ellipse", "fillcolor": .string(OkabeIto.bluishGreen)]
        case .internationalOrg: attributes = ["shape": "component", "fillcolor": .string(OkabeIto.bluishGreen)]
        case .person: attributes = ["shape": "ellipse", "fillcolor": .string(theme.neutralFill), "fontsize": 10,
                                    "margin": "0.05,0.03"]
        case .media: attributes = ["shape": "note", "fillcolor": .string(OkabeIto.reddishPurple)]
        case .country: attributes = ["shape": "house", "fillcolor": .string(theme.placeFill)]
        case .province: attributes = ["shape": "pentagon", "fillcolor": .string(theme.placeFill)]
        case .region: attributes = ["shape": "tab", "fillcolor": .string(theme.placeFill)]
        case .city: attributes = ["shape": "box", "style": "rounded,filled", "fillcolor": .string(theme.placeFill)]
        case .district: attributes = ["shape": "box", "style": "rounded,filled,dashed", "fillcolor": .string(theme.placeFill)]
        case .neighbourhood: attributes = ["shape": "box", "style": "rounded,filled,dotted",
                                           "fillcolor": .string(theme.placeFill), "fontsize": 10]
        case .site: attributes = ["shape": "folder", "fillcolor": .string(theme.placeFill)]
        case nil:
            switch kind {
            case .place: attributes = ["shape": "box", "style": "rounded,filled", "fillcolor": .string(theme.neutralFill)]
            case .actor: attributes = ["shape": "ellipse", "fillcolor": .string(theme.neutralFill)]
            case .statement: attributes = ["shape": "note", "fillcolor": .string(theme.quoteFill), "fontsize": 10]
            }
        }
        attributes["fontcolor"] = .string(textColor(onFillOf: category, kind: kind, theme: theme))
        return attributes
    }

    /// The text colour that reads on the fill of a node of `category` / `kind`.
    static func textColor(onFillOf category: Category?, kind: NodeKind, theme: DiagramTheme) -> String {
        switch category {
        case .person: theme.textOnNeutral
        case nil: theme.textOnNeutral
        case let category? where category.kind == .place: theme.textOnPlace
        default: theme.textOnFill
        }
    }

    /// The fill colour of a node of `category` / `kind` (for legend swatches).
    static func fill(category: Category?, kind: NodeKind, theme: DiagramTheme) -> String {
        if case .string(let color)? = node(category: category, kind: kind, theme: theme)["fillcolor"] { return color }
        return theme.neutralFill
    }

    /// A short description of a category's shape, for the legend, e.g. `"hexagon"`,
    /// `"rounded box, dashed"`.
    static func appearance(category: Category?, kind: NodeKind) -> String {
        let attributes = node(category: category, kind: kind)
        let style = text(attributes["style"]) ?? ""
        var shape = text(attributes["shape"]) ?? "ellipse"
        if style.contains("rounded") { shape = "rounded box" }
        if case .string("2")? = attributes["peripheries"] { shape = "double box" }
        if style.contains("dashed") { shape += ", dashed" }
        if style.contains("dotted") { shape += ", dotted" }
        return shape
    }

    /// The colour of edges of `relationClass`.
    static func color(of relationClass: RelationClass, theme: DiagramTheme = .light) -> String {
        switch relationClass {
        case .cooperation: theme.cooperation
        case .conflict: theme.conflict
        case .control: theme.control
        case .movement: theme.movement
        case .membership, .location, .statement, .mention: theme.secondary
        }
    }

    /// The line pattern of edges of `relationClass`: `solid`, `dashed` or `dotted`.
    static func linePattern(of relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation, .movement, .membership, .statement: "solid"
        case .conflict, .mention: "dashed"
        case .control, .location: "dotted"
        }
    }

    /// The arrowhead of edges of `relationClass`: each class has its own, so that classes differ
    /// in shape as well as colour.
    static func arrowhead(of relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation: "normal"
        case .conflict: "tee"
        case .control: "empty"
        case .movement: "vee"
        case .membership: "odiamond"
        case .location: "odot"
        case .statement: "onormal"
        case .mention: "open"
        }
    }

    /// Line pattern, colour and arrowheads for an edge of `relationClass`; symmetric relations
    /// (allied-with, fights…) get the arrowhead at both ends.
    static func edge(relationClass: RelationClass, isSymmetric: Bool, theme: DiagramTheme = .light) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "style": .string(linePattern(of: relationClass)),
            "arrowhead": .string(arrowhead(of: relationClass)),
            "color": .string(color(of: relationClass, theme: theme)),
        ]
        if isSymmetric {
            attributes["dir"] = "both"
            attributes["arrowtail"] = attributes["arrowhead"]
        }
        return attributes
    }

    /// The colour list that draws an edge of `relationClass` between two highlight bands, as
    /// frustrated edges are drawn (Graphviz draws `a:b:c` as three parallel lines).
    static func highlightedColor(of relationClass: RelationClass, theme: DiagramTheme) -> String {
        theme.highlight + ":" + color(of: relationClass, theme: theme) + ":" + theme.highlight
    }

    /// The edge style drawn in text for the legend, e.g. solid `────▶`, dashed `– – –⊣`.
    static func glyph(of relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation: "────▶"
        case .conflict: "– – –⊣"
        case .control: "· · · · ▷"
        case .movement: "────›"
        case .membership: "────◇"
        case .location: "· · · · ○"
        case .statement: "────▷"
        case .mention: "– – – >"
        }
    }

    /// Line width for an edge stated `weight` times: 1 + log2(weight), at most 6, 2 decimals.
    static func penWidth(weight: Int) -> Double {
        let width = min(1 + Foundation.log2(Double(max(weight, 1))), 6)
        return (width * 100).rounded() / 100
    }

    private static func text(_ value: DOTAttributeValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }
}
