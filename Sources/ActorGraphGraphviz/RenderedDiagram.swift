import Foundation

/// The output of one Graphviz render: the bytes, and any warnings Graphviz gave.
///
/// ```swift
/// let result = try Graphviz.render("digraph { a [color=notacolor] }")
/// result.text       // "<?xml version=\"1.0\" …"
/// result.warnings   // ["Warning: notacolor is not a known color."]
/// ```
public struct RenderedDiagram: Sendable, Hashable {
    /// The rendered file: SVG or DOT text in UTF-8, or PNG or PDF bytes.
    public var data: Data
    /// The format `data` is in.
    public var format: OutputFormat
    /// Graphviz's warning lines, in order (e.g. `Warning: notacolor is not a known color.`);
    /// empty when the render was clean. Graphviz never prints them itself.
    public var warnings: [String]

    /// Creates a result.
    public init(data: Data, format: OutputFormat, warnings: [String] = []) {
        self.data = data
        self.format = format
        self.warnings = warnings
    }

    /// `data` decoded as UTF-8 for the text formats (SVG, DOT); `nil` for PNG and PDF.
    public var text: String? {
        format.isText ? String(decoding: data, as: UTF8.self) : nil
    }
}
