/// A Graphviz layout program, named as Graphviz names it.
///
/// The common engines are static members; any other name Graphviz knows (e.g. `osage`) can be
/// made with ``init(rawValue:)``. An unknown name fails at the layout stage with Graphviz's list
/// of the engines it does know.
///
/// ```swift
/// try Graphviz.render("digraph { a -> b }", layout: .neato)
/// try Graphviz.render("digraph { a -> b }", layout: LayoutEngine(rawValue: "osage"))
/// ```
public struct LayoutEngine: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The engine's name as Graphviz spells it, e.g. `"dot"`.
    public var rawValue: String

    /// Creates an engine from its Graphviz name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Hierarchical layout in ranks; the best for small directed graphs. Deterministic.
    public static let dot = LayoutEngine(rawValue: "dot")
    /// Spring model (stress majorisation); good for undirected networks up to a few hundred nodes.
    public static let neato = LayoutEngine(rawValue: "neato")
    /// Force-directed with clusters. Not reproducible inside one long-running process.
    public static let fdp = LayoutEngine(rawValue: "fdp")
    /// Multiscale force-directed; the engine for large graphs (thousands of nodes).
    public static let sfdp = LayoutEngine(rawValue: "sfdp")
    /// Circular layout, one circle per biconnected component.
    public static let circo = LayoutEngine(rawValue: "circo")
    /// Radial layout around a root node.
    public static let twopi = LayoutEngine(rawValue: "twopi")

    /// The six engines above, in that order.
    public static let allCases: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    /// The engine's name.
    public var description: String { rawValue }
}
