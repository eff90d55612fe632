import ActorGraph

/// A drawing of one view of an ``ActorGraph``: which nodes, edges and boxes to show, and how.
///
/// Nodes are shaped and filled by category, edges styled by relation class (line pattern,
/// arrowhead and colour, never colour alone) and widened by weight; every node, edge and box
/// carries a stable SVG `id` and a tooltip with its evidence; the title, the sources caption and
/// a legend of only what appears sit above the drawing. Everything is sorted by id, so the same
/// graph always gives byte-identical DOT and SVG.
///
/// ```swift
/// var diagram = Diagram(graph, view: .ego, focus: "russia", hops: 2)
/// diagram.theme = .dark
/// diagram.isEmbeddable = true                     // SVG with a viewBox and no fixed size
/// let svg = try diagram.render(format: .svg)      // laid out with the view's default engine
/// try AtomicFile.write(svg.data, to: URL(fileURLWithPath: "russia.svg"))
/// ```
///
/// **Size.** Above ``largeGraphThreshold`` drawn nodes the default engine becomes `sfdp` and
/// edge labels are dropped; `dot` gets `nslimit`/`mclimit` guards above ``dotGuardThreshold``;
/// each engine has a node limit (``nodeLimit(for:)``), and above ``nodeLimit`` /
/// ``edgeLimit`` ``render(format:layout:)`` refuses with ``DiagramError/tooLarge(view:nodes:edges:nodeLimit:edgeLimit:)``
/// instead of running for minutes. ``topActorCount`` keeps a big graph readable.
public struct Diagram: Sendable, Hashable {
    /// The graph drawn.
    public var graph: ActorGraph
    /// Which part of the graph is drawn.
    public var view: DiagramView
    /// Whether the ``DiagramView/alliances`` view also draws conflict edges between the actors.
    /// Ignored by other views. Default `true`.
    public var includesConflicts: Bool
    /// The title at the top; `nil` uses ``DiagramView/title`` (for ``DiagramView/ego``,
    /// "Neighbourhood of <focus>").
    public var title: String?
    /// Whether edges carry their relation as a small label (`supports`, `shells`…) when the
    /// diagram has at most ``labelledEdgeNodeLimit`` nodes (``labelledFullViewNodeLimit`` in the
    /// full view). Default `true`.
    public var showsRelationLabels: Bool
    /// The colours. Default ``DiagramTheme/light``.
    public var theme: DiagramTheme
    /// The node id at the centre of the ``DiagramView/ego`` view (ringed in other views too).
    public var focus: String?
    /// How many steps from ``focus`` the ``DiagramView/ego`` view reaches. Default 1.
    public var hops: Int
    /// Extra place nesting for the ``DiagramView/control`` view (e.g. from a gazetteer); the
    /// graph's own `part-of` / `located-in` edges always count.
    public var places: PlaceHierarchy
    /// When set, only this many most central actors (PageRank) are drawn, with the places and
    /// statements linked to them: the way to a readable picture of a big graph. The
    /// ``DiagramView/ego`` view ignores it (its neighbourhood is the limit).
    public var topActorCount: Int?
    /// An extra caption line, e.g. the filters that made the graph ("conflict edges of weight ≥ 2").
    public var note: String?
    /// Whether SVG output is made for embedding in HTML: no XML prolog or DOCTYPE, no comments,
    /// and a `viewBox` without fixed `width`/`height`. Default `false`.
    public var isEmbeddable: Bool
    /// The resolution of PNG output in dots per inch; `nil` is Graphviz's 96. Ignored by vector
    /// formats.
    public var dpi: Double?
    /// Above this many drawn nodes ``render(format:layout:)`` refuses. Default ``defaultNodeLimit``.
    public var nodeLimit: Int
    /// Above this many drawn edges ``render(format:layout:)`` refuses. Default ``defaultEdgeLimit``.
    public var edgeLimit: Int

    /// Above this many drawn nodes, ``defaultLayout`` is `sfdp` whatever the view.
    public static let largeGraphThreshold = 300
    /// Above this many drawn nodes, `dot` layouts get `nslimit`/`mclimit` guards, which cut
    /// layout time about tenfold at some cost in edge crossings.
    public static let dotGuardThreshold = 100
    /// Above this many drawn nodes, edges carry no relation labels (they would be unreadable and
    /// slow `dot` down).
    public static let labelledEdgeNodeLimit = 150
    /// The same limit for the ``DiagramView/full`` view, whose hubs (a city, "civilians") gather
    /// so many edges that their labels pile up sooner.
    public static let labelledFullViewNodeLimit = 40
    /// Up to this many drawn nodes, the spring and radial engines (`neato`, `twopi`, …) route
    /// edges around nodes (`splines=true`); above it they draw gentle curves, which is about ten
    /// times cheaper.
    public static let routedSplineNodeLimit = 40
    /// The default ``nodeLimit``: `sfdp` lays out this many nodes in seconds.
    public static let defaultNodeLimit = 10_000
    /// The default ``edgeLimit``.
    public static let defaultEdgeLimit = 40_000

    /// Creates a diagram of `graph`.
    public init(_ graph: ActorGraph, view: DiagramView, includesConflicts: Bool = true,
                title: String? = nil, showsRelationLabels: Bool = true, theme: DiagramTheme = .light,
                focus: String? = nil, hops: Int = 1) {
        self.graph = graph
        self.view = view
        self.includesConflicts = includesConflicts
        self.title = title
        self.showsRelationLabels = showsRelationLabels
        self.theme = theme
        self.focus = focus
        self.hops = hops
        self.places = PlaceHierarchy()
        self.topActorCount = nil
        self.note = nil
        self.isEmbeddable = false
        self.dpi = nil
        self.nodeLimit = Self.defaultNodeLimit
        self.edgeLimit = Self.defaultEdgeLimit
    }

    /// The most nodes `layout` lays out in reasonable time on a tangled graph: 500 for `dot`
    /// (with guards), 2,000 for `neato`, `circo` and `twopi`, 1,000 for `fdp`, and
    /// ``nodeLimit`` for `sfdp` and any other engine.
    public func nodeLimit(for layout: LayoutEngine) -> Int {
        switch layout {
        case .dot: min(500, nodeLimit)
        case .neato, .circo, .twopi: min(2_000, nodeLimit)
        case .fdp: min(1_000, nodeLimit)
        default: nodeLimit
        }
    }

    // MARK: - What is drawn

    /// The nodes drawn, sorted by id (empty when the view cannot be drawn, e.g. ego without a
    /// focus).
    public var nodes: [Node] { ((try? content()) ?? DiagramContent()).nodes }

    /// The edges drawn, sorted by source, target and relation. A symmetric relation stated both
    /// ways (A allied-with B, B allied-with A) is drawn once, with the weights added.
    public var edges: [Edge] { ((try? content()) ?? DiagramContent()).edges }

    /// The alliance blocs drawn as boxes (``DiagramView/alliances`` only), each as sorted node
    /// ids, in the order of the bloc partition; blocs with one drawn member are not boxed.
    public var blocs: [[String]] {
        ((try? content()) ?? DiagramContent()).clusters.filter { $0.kind == .bloc }.map(\.nodeIDs)
    }

    /// The edges highlighted as frustrated (``DiagramView/alliances`` only).
    public var frustratedEdges: [Edge] {
        let content = (try? content()) ?? DiagramContent()
        return content.edges.filter { content.frustratedEdges.contains($0.key) }
    }

    /// The categories, edge styles and boxes the legend explains.
    public var legend: DiagramLegend { DiagramLegend(content: (try? content()) ?? DiagramContent()) }

    /// The layout used when none is given, chosen by looking at the example corpus's diagrams:
    /// - alliances, conflicts, control, statements: `dot` left to right: it is the engine
    ///   that draws boxes (blocs, places) without overlaps, and it lines actors up on the left
    ///   and what they act on to the right;
    /// - ego: `twopi` rooted at the focus, so hop distance is the distance from the centre;
    /// - full: `neato`, a spring layout that keeps tightly linked nodes together;
    /// - any view above ``largeGraphThreshold`` nodes: `sfdp` (boxes are not drawn), since the
    ///   others become very slow.
    public var defaultLayout: LayoutEngine {
        defaultLayout(for: (try? content()) ?? DiagramContent())
    }

    // MARK: - DOT

    /// The diagram as a ``DOTGraph`` for ``defaultLayout``.
    /// - Throws: ``DiagramError`` when the ego view has no focus or an unknown one.
    public var dotGraph: DOTGraph {
        get throws(DiagramError) { try dotGraph(layout: nil) }
    }

    /// The diagram as DOT text for ``defaultLayout``.
    /// - Throws: ``DiagramError`` when the ego view has no focus or an unknown one.
    public var dotText: String {
        get throws(DiagramError) { try dotGraph.dotText }
    }

    /// The diagram as a ``DOTGraph`` tuned for `layout` (``defaultLayout`` when `nil`) and for
    /// `format` (PNG gets ``dpi``).
    /// - Throws: ``DiagramError`` when the ego view has no focus or an unknown one.
    public func dotGraph(layout: LayoutEngine?, format: OutputFormat = .svg) throws(DiagramError) -> DOTGraph {
        let content = try content()
        return DiagramBuilder(diagram: self, content: content,
                              layout: layout ?? defaultLayout(for: content), format: format).dotGraph()
    }

    // MARK: - Rendering

    /// Checks that the diagram can be laid out with `layout` (``defaultLayout`` when `nil`) in
    /// reasonable time.
    /// - Throws: ``DiagramError/tooLarge(view:nodes:edges:nodeLimit:edgeLimit:)`` or
    ///   ``DiagramError/tooLargeForLayout(view:layout:nodes:limit:)``, and the focus errors.
    public func checkSize(layout: LayoutEngine? = nil) throws(DiagramError) {
        let content = try content()
        try checkSize(content, layout: layout ?? defaultLayout(for: content))
    }

    /// Lays the diagram out with `layout` (``defaultLayout`` when `nil`) and renders it.
    ///
    /// SVG is finished for reports: `<title>` and `<desc>` on the root, node and edge titles in
    /// words, and, with ``isEmbeddable``, no prolog and no fixed size.
    ///
    /// ```swift
    /// let png = try Diagram(graph, view: .conflicts).render(format: .png)
    /// ```
    /// - Throws: ``DiagramError``: a missing or unknown focus, a diagram too big for the engine
    ///   (checked before Graphviz runs), or Graphviz's own error.
    public func render(format: OutputFormat = .svg, layout: LayoutEngine? = nil) throws(DiagramError) -> RenderedDiagram {
        let content = try content()
        let engine = layout ?? defaultLayout(for: content)
        try checkSize(content, layout: engine)
        let builder = DiagramBuilder(diagram: self, content: content, layout: engine, format: format)
        var rendered: RenderedDiagram
        do {
            rendered = try Graphviz.render(builder.dotGraph().dotText, layout: engine, format: format)
        } catch {
            throw .graphviz(error)
        }
        if format == .svg {
            rendered.data = SVGFinisher.finish(rendered.data, title: builder.title, description: builder.summary,
                                               elementTitles: builder.elementTitles, idPrefix: "diagram-" + view.rawValue,
                                               embeddable: isEmbeddable)
        }
        return rendered
    }

    // MARK: - Internals

    /// The graph after ``topActorCount``.
    var scopedGraph: ActorGraph {
        guard let topActorCount else { return graph }
        return DiagramContent.keepingTopActors(topActorCount, of: graph)
    }

    /// What the view draws.
    func content() throws(DiagramError) -> DiagramContent {
        let graph = scopedGraph
        var content: DiagramContent
        switch view {
        case .alliances: content = .alliances(of: graph, includesConflicts: includesConflicts)
        case .conflicts: content = .conflicts(of: graph)
        case .control: content = .control(of: graph, places: places)
        case .statements: content = .statements(of: graph)
        case .full: content = .full(of: graph)
        case .ego:
            guard let focus else { throw .focusRequired }
            guard self.graph.node(withID: focus) != nil else { throw .unknownFocus(focus) }
            content = .ego(of: self.graph, focus: focus, hops: max(hops, 0))
        }
        if content.focus == nil, let focus, content.nodes.contains(where: { $0.id == focus }) {
            content.focus = focus
        }
        return content
    }

    func defaultLayout(for content: DiagramContent) -> LayoutEngine {
        if content.nodes.count > Self.largeGraphThreshold { return .sfdp }
        switch view {
        case .alliances, .conflicts, .control, .statements: return .dot
        case .ego: return .twopi
        case .full: return .neato
        }
    }

    private func checkSize(_ content: DiagramContent, layout: LayoutEngine) throws(DiagramError) {
        let nodes = content.nodes.count, edges = content.edges.count
        guard nodes <= nodeLimit, edges <= edgeLimit else {
            throw .tooLarge(view: view, nodes: nodes, edges: edges, nodeLimit: nodeLimit, edgeLimit: edgeLimit)
        }
        let limit = nodeLimit(for: layout)
        guard nodes <= limit else {
            throw .tooLargeForLayout(view: view, layout: layout, nodes: nodes, limit: limit)
        }
    }
}
