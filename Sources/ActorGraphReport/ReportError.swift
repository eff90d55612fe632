import ActorGraphGraphviz

/// A report that cannot be made.
///
/// ```swift
/// do { _ = try Report(graph).html() }
/// catch { print(error) }   // cannot draw the conflicts diagram: Graphviz could not …
/// ```
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A diagram could not be drawn.
    case diagram(DiagramView, DiagramError)

    /// One sentence saying what failed.
    public var description: String {
        switch self {
        case .diagram(let view, let error): "cannot draw the \(view.rawValue) diagram: \(error)"
        }
    }
}
