/// Graphviz refused a graph: which step failed, and what Graphviz said.
///
/// ```swift
/// do { _ = try Graphviz.render("digraph { a -> ; }") }
/// catch { print(error) }   // Graphviz could not parse the DOT: syntax error in line 1 near ';'
/// ```
public struct GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The step of a render that failed.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Creating the Graphviz context (its plugin registry could not be read).
        case context
        /// Reading the DOT text (`agmemread`).
        case parse
        /// Laying the graph out (`gvLayout`), e.g. an unknown engine.
        case layout
        /// Writing the output (`gvRenderData`), e.g. an unknown format.
        case render
    }

    /// The step that failed.
    public var stage: Stage
    /// Graphviz's own message lines, as it wrote them (e.g. `Error: syntax error in line 2 near ';'`),
    /// including any warnings it gave before failing.
    public var messages: [String]

    /// Creates an error.
    public init(stage: Stage, messages: [String]) {
        self.stage = stage
        self.messages = messages
    }

    /// One sentence naming the step, then Graphviz's error lines without their `Error: ` prefix.
    public var description: String {
        let action = switch stage {
        case .context: "start (no layout or render plugins found; is the plugin registry config6a installed?)"
        case .parse: "parse the DOT"
        case .layout: "lay out the graph"
        case .render: "render the graph"
        }
        let errors = messages.filter { !$0.hasPrefix("Warning:") }
        let shown = (errors.isEmpty ? messages : errors).map { line in
            line.hasPrefix("Error: ") ? String(line.dropFirst("Error: ".count)) : line
        }
        return shown.isEmpty ? "Graphviz could not \(action)" : "Graphviz could not \(action): \(shown.joined(separator: " "))"
    }
}
