import ActorGraph
import Foundation

/// How diagrams draw nodes and edges: shape and fill by category, line style, colour and
/// arrowhead by relation class, line width by weight. Colours are from ``OkabeIto``, and no
/// two edge styles differ by colour alone.
enum DiagramStyle {
    /// The font of every text in a diagram; pinned so layouts do not depend on font fallback.
    static let fontName = "DejaVu Sans"
    /// The border colour of nodes.
    static let outline = "#333333"
    /// The fill of places: light, so actors stand out.
    static let placeFill = "#EFEFEF"

    /// Shape, fill and border for a node of `category` (or of `kind` when uncategorised).
    static func node(category: Category?, kind: NodeKind) -> DOTAttributes {
        switch category {
        case .state: ["shape": "box", "fillcolor": .string(OkabeIto.skyBlue)]
        case .government: ["shape": "box", "fillcolor": .string(OkabeIto.skyBlue), "peripheries": 2]
        case .armedGroup: ["shape": "hexagon", "fillcolor": .string(OkabeIto.orange)]
        case .militia: ["shape": "octagon", "fillcolor": .string(OkabeIto.yellow)]
        case .coalition: ["shape": "doubleoctagon", "fillcolor": .string(OkabeIto.orange)]
        case .organization: ["shape": "ellipse", "fillcolor": .string(OkabeIto.bluishGreen)]
        case .internationalOrg: ["shape": "component", "fillcolor": .string(OkabeIto.bluishGreen)]
        case .person: ["shape": "ellipse", "fillcolor": "#FFFFFF", "fontsize": 10, "margin": "0.05,0.03"]
        case .media: ["shape": "note", "fillcolor": .string(OkabeIto.reddishPurple)]
        case .country: ["shape": "house", "fillcolor": .string(placeFill)]
        case .province: ["shape": "pentagon", "fillcolor": .string(placeFill)]
        case .region: ["shape": "tab", "fillcolor": .string(placeFill)]
        case .city: ["shape": "box", "style": "rounded,filled", "fillcolor": .string(placeFill)]
        case .district: ["shape": "box", "style": "rounded,filled,dashed", "fillcolor": .string(placeFill)]
        case .neighbourhood: ["shape": "box", "style": "rounded,filled,dotted", "fillcolor": .string(placeFill),
                              "fontsize": 10]
        case .site: ["shape": "folder", "fillcolor": .string(placeFill)]
        case nil:
            switch kind {
            case .place: ["shape": "box", "style": "rounded,filled", "fillcolor": "#FFFFFF"]
            case .actor, .statement: ["shape": "ellipse", "fillcolor": "#FFFFFF"]
            }
        }
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
    static func color(of relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation: OkabeIto.blue
        case .conflict: OkabeIto.vermillion
        case .control: OkabeIto.black
        default: "#777777"
        }
    }

    /// Line style, colour and arrowheads for an edge of `relationClass`; symmetric relations
    /// (allied-with, fights…) get the arrowhead at both ends.
    static func edge(relationClass: RelationClass, isSymmetric: Bool) -> DOTAttributes {
        var attributes: DOTAttributes
        switch relationClass {
        case .cooperation: attributes = ["style": "solid", "arrowhead": "normal"]
        case .conflict: attributes = ["style": "dashed", "arrowhead": "tee"]
        case .control: attributes = ["style": "dotted", "arrowhead": "empty"]
        default: attributes = ["style": "solid", "arrowhead": "vee"]
        }
        attributes["color"] = .string(color(of: relationClass))
        if isSymmetric {
            attributes["dir"] = "both"
            attributes["arrowtail"] = attributes["arrowhead"]
        }
        return attributes
    }

    /// The edge style drawn in text for the legend: solid `───▶`, dashed `– – –⊣`, dotted `· · · ▷`.
    static func glyph(of relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation: "────▶"
        case .conflict: "– – –⊣"
        case .control: "· · · · ▷"
        default: "────›"
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
