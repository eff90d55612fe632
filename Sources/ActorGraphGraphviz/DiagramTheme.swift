/// The colours of a diagram: background, text, node outlines and fills that do not come from
/// the category palette, cluster boxes, and one colour per edge style.
///
/// Both themes take every hue from the ``OkabeIto`` palette, which stays distinguishable under
/// the common forms of colour blindness, and no two edge styles differ by colour alone: each
/// relation class also has its own line pattern and arrowhead (see ``DiagramView``).
///
/// ```swift
/// let diagram = Diagram(graph, view: .alliances, theme: .dark)
/// diagram.theme.background   // "#1E1E1E"
/// ```
public struct DiagramTheme: Sendable, Hashable, CustomStringConvertible {
    /// The theme's name, e.g. `"light"`.
    public var name: String
    /// The page colour.
    public var background: String
    /// Titles, edge labels and legend text.
    public var text: String
    /// The caption under the title (sources and dates).
    public var caption: String
    /// The border of nodes.
    public var outline: String
    /// The text on category-coloured nodes (the palette fills are light in both themes).
    public var textOnFill: String
    /// The fill of places, and the text on it.
    public var placeFill: String
    /// The text on place fills.
    public var textOnPlace: String
    /// The fill of people and of nodes without a category, and the text on it.
    public var neutralFill: String
    /// The text on neutral fills.
    public var textOnNeutral: String
    /// The fill of statement (quote) nodes.
    public var quoteFill: String
    /// The border of alliance-bloc boxes.
    public var blocBorder: String
    /// The fill of alliance-bloc boxes.
    public var blocFill: String
    /// The border of place boxes (places nested by `part-of`).
    public var placeBorder: String
    /// The fill of place boxes.
    public var placeBoxFill: String
    /// Cooperation edges (solid, normal arrowheads).
    public var cooperation: String
    /// Conflict edges (dashed, flat `tee` arrowheads).
    public var conflict: String
    /// Control edges (dotted, hollow arrowheads).
    public var control: String
    /// Movement edges (flees-from, flees-to).
    public var movement: String
    /// Membership, location, statement and mention edges.
    public var secondary: String
    /// The bands drawn on both sides of a frustrated edge (cooperation across blocs, or conflict
    /// inside one): reddish purple on white, yellow on black.
    public var highlight: String

    /// Creates a theme; every colour is `#RRGGBB`.
    public init(name: String, background: String, text: String, caption: String, outline: String,
                textOnFill: String, placeFill: String, textOnPlace: String, neutralFill: String,
                textOnNeutral: String, quoteFill: String, blocBorder: String, blocFill: String,
                placeBorder: String, placeBoxFill: String, cooperation: String, conflict: String,
                control: String, movement: String, secondary: String, highlight: String) {
        self.name = name
        self.background = background
        self.text = text
        self.caption = caption
        self.outline = outline
        self.textOnFill = textOnFill
        self.placeFill = placeFill
        self.textOnPlace = textOnPlace
        self.neutralFill = neutralFill
        self.textOnNeutral = textOnNeutral
        self.quoteFill = quoteFill
        self.blocBorder = blocBorder
        self.blocFill = blocFill
        self.placeBorder = placeBorder
        self.placeBoxFill = placeBoxFill
        self.cooperation = cooperation
        self.conflict = conflict
        self.control = control
        self.movement = movement
        self.secondary = secondary
        self.highlight = highlight
    }

    /// Dark text on white, for print and most web pages (the default).
    public static let light = DiagramTheme(
        name: "light", background: "#FFFFFF", text: "#222222", caption: "#555555", outline: "#333333",
        textOnFill: "#000000", placeFill: "#EFEFEF", textOnPlace: "#000000", neutralFill: "#FFFFFF",
        textOnNeutral: "#000000", quoteFill: "#FFFBE6", blocBorder: "#8C8C8C", blocFill: "#F5F8FB",
        placeBorder: "#A0A0A0", placeBoxFill: "#FAFAFA", cooperation: OkabeIto.blue,
        conflict: OkabeIto.vermillion, control: OkabeIto.black, movement: OkabeIto.reddishPurple,
        secondary: "#777777", highlight: OkabeIto.reddishPurple)

    /// Light text on near-black, for dark pages and slides. Edge colours are lightened where
    /// the light theme's would lack contrast (cooperation sky blue, control light grey).
    public static let dark = DiagramTheme(
        name: "dark", background: "#1E1E1E", text: "#EEEEEE", caption: "#BBBBBB", outline: "#D0D0D0",
        textOnFill: "#000000", placeFill: "#3C3C3C", textOnPlace: "#F0F0F0", neutralFill: "#2C2C2C",
        textOnNeutral: "#F0F0F0", quoteFill: "#34302A", blocBorder: "#9A9A9A", blocFill: "#262A2F",
        placeBorder: "#8A8A8A", placeBoxFill: "#242424", cooperation: OkabeIto.skyBlue,
        conflict: OkabeIto.vermillion, control: "#E0E0E0", movement: OkabeIto.reddishPurple,
        secondary: "#A8A8A8", highlight: OkabeIto.yellow)

    /// The two built-in themes, light first.
    public static let allCases: [DiagramTheme] = [.light, .dark]

    /// The theme's name.
    public var description: String { name }

    /// The built-in theme called `name` (`light` or `dark`), if any.
    public init?(named name: String) {
        guard let theme = Self.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = theme
    }
}
