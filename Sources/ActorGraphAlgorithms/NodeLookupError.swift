/// A name that does not identify exactly one node of a graph.
///
/// Its description is one line, listing near matches or the candidates, e.g.
/// `no node named "Hezbolah"; did you mean hezbollah (Hezbollah)?`
public enum NodeLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No node has the name as id, label or alias; `suggestions` are near matches as
    /// `id (label)`, closest first (possibly none).
    case unknown(name: String, suggestions: [String])
    /// Several nodes share the name as label or alias; `candidates` are `id (label)`.
    case ambiguous(name: String, candidates: [String])

    /// The one-line message.
    public var description: String {
        switch self {
        case let .unknown(name, suggestions):
            let base = "no node named \"\(name)\""
            if suggestions.isEmpty { return base + " (ids, labels and aliases were searched)" }
            return base + "; did you mean " + suggestions.joined(separator: ", ") + "?"
        case let .ambiguous(name, candidates):
            return "\"\(name)\" names \(candidates.count) nodes: " + candidates.joined(separator: ", ") + "; use an id"
        }
    }
}
