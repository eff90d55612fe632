import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders DOT text in-process through Graphviz's C library (libgvc).
///
/// ```swift
/// let svg = try Graphviz.render("digraph { a -> b }", layout: .dot, format: .svg)
/// try AtomicFile.write(svg.data, to: url)
/// ```
///
/// **Calls are serialised.** libgvc is not thread-safe (its parser, string pool and error state
/// are C globals), so every call takes one process-wide lock around the single Graphviz context.
/// Calling from many tasks at once is safe; the renders simply run one after another. For
/// parallel rendering, use several processes.
///
/// **Output is reproducible.** The C random generators are re-seeded before each layout, so
/// `sfdp` and `neato` give the same bytes every time; DOT is parsed with object ids in order of
/// appearance, so clusters are laid out and written in DOT order (cgraph's default ids are heap
/// addresses); PDF creation dates are fixed (see ``render(_:layout:format:)``). `fdp` is the
/// exception: its result depends on memory addresses.
public enum Graphviz {
    /// The Graphviz library version, e.g. `"2.43.0"` on Debian 12 (whose package says 2.42).
    ///
    /// Golden tests that compare rendered bytes should check it first: SVG headers and layouts
    /// change between Graphviz releases.
    public static var version: String {
        (try? GraphvizContext.withContext { gvc throws(GraphvizError) in
            guard let text = gvcVersion(gvc) else { return "" }
            return String(cString: text)
        }) ?? ""
    }

    /// Parses `dot`, lays it out with `layout` and renders it as `format`.
    ///
    /// ```swift
    /// let result = try Graphviz.render("digraph { a -> b }", format: .png)
    /// result.data.prefix(4)   // 0x89 "PNG"
    /// ```
    ///
    /// Graphviz's warnings (an unknown colour or shape…) are returned in
    /// ``RenderedDiagram/warnings`` and never printed. PDF output has cairo's `/CreationDate`
    /// digits overwritten with the constant `19700101000000` (same length, so the xref table
    /// stays valid), which makes the PDF bytes repeatable.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's messages when the text does not parse
    ///   (`.parse`), the engine is unknown or the layout fails (`.layout`), or the format is
    ///   unknown (`.render`).
    public static func render(_ dot: String, layout: LayoutEngine = .dot,
                              format: OutputFormat = .svg) throws(GraphvizError) -> RenderedDiagram {
        var bytes = try GraphvizContext.withContext { gvc throws(GraphvizError) -> RenderedDiagram in
            guard let graph = GraphvizContext.readGraph(dot) else {
                var messages = GraphvizContext.drainMessages()
                if messages.isEmpty { messages = ["Error: the text holds no graph"] }
                throw GraphvizError(stage: .parse, messages: messages)
            }
            defer { agclose(graph) }
            srand(1)                       // sfdp and neato draw from both generators
            srand48(1)
            guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
                throw GraphvizError(stage: .layout, messages: GraphvizContext.drainMessages())
            }
            defer { gvFreeLayout(gvc, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length = 0
            guard cgraphviz_render_data(gvc, graph, format.rawValue, &buffer, &length) == 0,
                  let buffer else {
                throw GraphvizError(stage: .render, messages: GraphvizContext.drainMessages())
            }
            defer { gvFreeRenderData(buffer) }
            let data = Data(bytes: buffer, count: length)
            return RenderedDiagram(data: data, format: format, warnings: GraphvizContext.drainMessages())
        }
        if format == .pdf { bytes.data = PDFCreationDate.fixed(in: bytes.data) }
        return bytes
    }

    /// Renders a ``DOTGraph``: its ``DOTGraph/dotText``, as the DOT-text overload does.
    ///
    /// ```swift
    /// var graph = DOTGraph()
    /// let a = graph.addNode(["label": "Aleppo"])
    /// let svg = try Graphviz.render(graph)
    /// ```
    public static func render(_ graph: DOTGraph, layout: LayoutEngine = .dot,
                              format: OutputFormat = .svg) throws(GraphvizError) -> RenderedDiagram {
        try render(graph.dotText, layout: layout, format: format)
    }
}
