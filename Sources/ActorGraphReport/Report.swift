import ActorGraph
import ActorGraphGraphviz
import ActorGraphInterchange

/// A report on an ``ActorGraph`` for an analyst to hand on: the diagrams, the alliance blocs
/// and their frustrated ties, the most central actors, every relation with the sentences that
/// state it, and the statements grouped by speaker.
///
/// The HTML report is one self-contained file (inline SVG and CSS, no script, no network, a
/// print stylesheet, readable at phone width); the Markdown report links SVG files written
/// beside it and can add Mermaid blocks for forges. Both are deterministic: the same graph and
/// options give byte-identical output. Every text that came from an article is escaped.
///
/// ```swift
/// var report = Report(graph, title: "Battle of Aleppo, November–December 2016")
/// report.documentLinkBase = "corpus/"            // evidence links open corpus/<document>
/// let html = try report.html()
/// try AtomicFile.write(html, to: URL(fileURLWithPath: "aleppo.html"))
///
/// let markdown = try report.markdown(stem: "aleppo", includesMermaid: true)
/// for file in markdown.files { try AtomicFile.write(file.data, to: folder.appendingPathComponent(file.name)) }
/// ```
public struct Report: Sendable, Hashable {
    /// The graph reported on.
    public var graph: ActorGraph
    /// The title; `nil` makes one from the most mentioned place.
    public var title: String?
    /// The diagrams, in order. Default: alliances, conflicts, control, statements. A view with
    /// nothing to draw is left out.
    public var views: [DiagramView]
    /// Extra place nesting for the control diagram (e.g. a lexicon's gazetteer).
    public var places: PlaceHierarchy
    /// The node at the centre of an ``DiagramView/ego`` diagram; `nil` is the most central actor.
    public var focus: String?
    /// How many actors the centrality table lists. Default 10.
    public var centralActorCount: Int
    /// How many evidence sentences a relation shows before "and N more". Default 5.
    public var evidencePerRelation: Int
    /// A diagram too big to lay out is drawn for this many most central actors. Default 100.
    public var fallbackTopActors: Int
    /// Where evidence links point: `nil` links each sentence to its document's row in the
    /// corpus table; a base such as `"corpus/"` or `"https://example.org/articles/"` links to
    /// `<base><document id>` instead.
    public var documentLinkBase: String?
    /// Questions answered in a section of their own, in order (see ``ReportQuestion``).
    public var questions: [ReportQuestion]

    /// The views drawn by default.
    public static let defaultViews: [DiagramView] = [.alliances, .conflicts, .control, .statements]

    /// Creates a report with the default options.
    public init(_ graph: ActorGraph, title: String? = nil, views: [DiagramView] = Report.defaultViews) {
        self.graph = graph
        self.title = title
        self.views = views
        self.places = PlaceHierarchy()
        self.focus = nil
        self.centralActorCount = 10
        self.evidencePerRelation = 5
        self.fallbackTopActors = 100
        self.documentLinkBase = nil
        self.questions = []
    }

    /// The report as one self-contained HTML page.
    /// - Throws: ``ReportError`` when a diagram cannot be drawn.
    public func html() throws(ReportError) -> String {
        HTMLReportWriter(content: try ReportContent(self), report: self).document()
    }

    /// The report as Markdown, with its diagrams as SVG files to write beside it.
    ///
    /// - Parameters:
    ///   - stem: the report's file name without extension; the diagrams are `<stem>-<view>.svg`.
    ///   - includesMermaid: whether each diagram is also given as a ```` ```mermaid ```` block.
    /// - Returns: the Markdown file `<stem>.md` first, then the SVG files.
    /// - Throws: ``ReportError`` when a diagram cannot be drawn.
    public func markdown(stem: String = "report", includesMermaid: Bool = false) throws(ReportError) -> MarkdownReport {
        let content = try ReportContent(self)
        let text = MarkdownReportWriter(content: content, report: self, stem: stem, includesMermaid: includesMermaid).document()
        let diagrams = content.diagrams.map { ExportedFile(name: $0.fileName(stem: stem), text: SVGEmbedding.standalone($0.svg)) }
        return MarkdownReport(text: text, name: stem + ".md", diagrams: diagrams)
    }

    /// The diagrams the report draws, rendered for embedding.
    /// - Throws: ``ReportError`` when a diagram cannot be drawn.
    public func diagrams() throws(ReportError) -> [ReportDiagram] {
        try ReportContent(self).diagrams
    }
}

/// A Markdown report and the SVG files it links to.
public struct MarkdownReport: Sendable, Hashable {
    /// The Markdown text.
    public var text: String
    /// The Markdown file's name, `<stem>.md`.
    public var name: String
    /// The diagrams, `<stem>-<view>.svg`, to write in the same folder.
    public var diagrams: [ExportedFile]

    /// The Markdown file and the diagrams, ready to write into one folder.
    public var files: [ExportedFile] { [ExportedFile(name: name, text: text)] + diagrams }
}
