/// A Graphviz output format, named as Graphviz names it.
///
/// The formats ActorGraph uses are static members; any other Graphviz renderer name (e.g.
/// `json`) can be made with ``init(rawValue:)``. An unknown name fails at the render stage.
///
/// ```swift
/// let png = try Graphviz.render(dot, format: .png).data
/// ```
public struct OutputFormat: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The format's name as Graphviz spells it, e.g. `"svg"`.
    public var rawValue: String

    /// Creates a format from its Graphviz name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// SVG 1.1 text (UTF-8), from Graphviz's core SVG writer.
    public static let svg = OutputFormat(rawValue: "svg")
    /// A PNG bitmap drawn by cairo at 96 dpi.
    public static let png = OutputFormat(rawValue: "png")
    /// A one-page PDF drawn by cairo; ``Graphviz`` makes its creation date constant.
    public static let pdf = OutputFormat(rawValue: "pdf")
    /// DOT text as Graphviz writes it after layout, with positions (`pos`, `bb`…) filled in.
    ///
    /// For DOT text without layout, use ``DOTGraph/dotText`` instead; it needs no Graphviz.
    public static let dot = OutputFormat(rawValue: "dot")

    /// The four formats above, in that order.
    public static let allCases: [OutputFormat] = [.svg, .png, .pdf, .dot]

    /// The format's name.
    public var description: String { rawValue }

    /// The usual file name extension, e.g. `"svg"`; `"gv"` for laid-out DOT.
    public var fileExtension: String { self == .dot ? "gv" : rawValue }

    /// Whether the output is text (SVG, DOT) rather than binary (PNG, PDF).
    public var isText: Bool { self == .svg || self == .dot }
}
