import ActorGraph
import ActorGraphGraphviz
import ActorGraphInterchange

/// One diagram of a report: the view, its SVG (made for embedding), and what it shows.
public struct ReportDiagram: Sendable, Hashable {
    /// The view drawn.
    public var view: DiagramView
    /// The heading, e.g. "Alliances".
    public var title: String
    /// The SVG, rendered with `Diagram.isEmbeddable` (a `viewBox`, no fixed size, no prolog).
    public var svg: String
    /// The number of nodes drawn.
    public var nodeCount: Int
    /// The number of edges drawn.
    public var edgeCount: Int
    /// A remark for the caption, e.g. that only the most central actors are drawn.
    public var note: String?
    /// The drawn part of the graph as a Mermaid flowchart.
    public var mermaid: String

    /// The file name used beside a Markdown report: `<stem>-<view>.svg`.
    public func fileName(stem: String) -> String { "\(stem)-\(view.rawValue).svg" }

    /// Draws `view` of `graph`: the ego view around `focus`, and a view too big to lay out
    /// limited to the `fallbackTopActors` most central actors. `nil` when the view has nothing
    /// to draw.
    static func make(_ graph: ActorGraph, view: DiagramView, places: PlaceHierarchy, focus: String?,
                     fallbackTopActors: Int) throws(ReportError) -> ReportDiagram? {
        var diagram = Diagram(graph, view: view)
        diagram.isEmbeddable = true
        diagram.places = places
        var title = view.title
        if view.needsFocus {
            guard let focus, let node = graph.node(withID: focus) else { return nil }
            diagram.focus = focus
            title = "Neighbourhood of \(node.label)"
        }
        var note: String?
        do {
            try diagram.checkSize()
        } catch {
            diagram.topActorCount = fallbackTopActors
            note = "Too big to draw whole: only the \(fallbackTopActors) most central actors are shown."
        }
        let nodes = diagram.nodes, edges = diagram.edges
        guard !nodes.isEmpty else { return nil }
        let rendered: RenderedDiagram
        do {
            rendered = try diagram.render(format: .svg)
        } catch {
            throw .diagram(view, error)
        }
        let drawn = ActorGraph(nodes: nodes, edges: edges)
        return ReportDiagram(view: view, title: title, svg: rendered.text ?? "", nodeCount: nodes.count,
                             edgeCount: edges.count, note: note, mermaid: MermaidWriter.text(for: drawn))
    }
}
