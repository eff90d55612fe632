/// A diagram that cannot be drawn: a missing or unknown focus, a graph too big to lay out in
/// reasonable time, or a Graphviz failure.
///
/// ```swift
/// do { _ = try Diagram(bigGraph, view: .full).render() }
/// catch { print(error) }
/// // the full diagram has 25000 nodes and 61000 edges, more than the 10000 nodes and 40000 edges
/// // that can be laid out in reasonable time; show fewer (the top actors, fewer relation classes, …)
/// ```
public enum DiagramError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The ``DiagramView/ego`` view was asked for without a focus node.
    case focusRequired
    /// The focus names no node of the graph.
    case unknownFocus(String)
    /// The view would draw more than any engine lays out in reasonable time.
    case tooLarge(view: DiagramView, nodes: Int, edges: Int, nodeLimit: Int, edgeLimit: Int)
    /// The chosen engine would take too long on this many nodes (e.g. `dot` on thousands).
    case tooLargeForLayout(view: DiagramView, layout: LayoutEngine, nodes: Int, limit: Int)
    /// Graphviz refused the graph.
    case graphviz(GraphvizError)

    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .focusRequired:
            "the ego view needs a focus node"
        case .unknownFocus(let id):
            "the focus \"\(id)\" is not a node of the graph"
        case let .tooLarge(view, nodes, edges, nodeLimit, edgeLimit):
            "the \(view.rawValue) diagram has \(nodes) nodes and \(edges) edges, more than the \(nodeLimit) nodes and "
                + "\(edgeLimit) edges that can be laid out in reasonable time; show fewer (the top actors, fewer relation "
                + "classes, a higher minimum weight, fewer documents)"
        case let .tooLargeForLayout(view, layout, nodes, limit):
            "the \(view.rawValue) diagram has \(nodes) nodes; \(layout.rawValue) lays out at most \(limit) in "
                + "reasonable time; use sfdp, or show fewer nodes"
        case .graphviz(let error):
            error.description
        }
    }
}
