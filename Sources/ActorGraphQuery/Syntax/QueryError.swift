/// Why a query could not be parsed or answered.
///
/// Syntax errors carry the ``location`` of the offending token; the description is one line,
/// e.g. `1:22: expected ')' to close the node pattern, found '-'`. Use
/// ``annotated(source:fileName:)`` for a message that shows the line and a caret under the
/// column, as the command line does.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in one sentence without a trailing full stop.
    public var message: String
    /// Where in the query text, when the error comes from the text (not from a built query).
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// `line:column: message`, or the message alone without a location.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    /// The message prefixed by `fileName:line:column:` and followed by the query line and a caret
    /// under the column, e.g.
    /// ```
    /// questions.aq:2:9: unknown relation "suports"; did you mean supports?
    ///   MATCH (a)-[:suports]->(b) RETURN a
    ///             ^
    /// ```
    public func annotated(source: String, fileName: String = "query") -> String {
        guard let location else { return "\(fileName): \(message)" }
        var text = "\(fileName):\(location.line):\(location.column): \(message)"
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard location.line - 1 < lines.count else { return text }
        let line = lines[location.line - 1]
        // Very long lines (1 MB of brackets) are cut to a window around the column.
        let window = 60
        let start = max(0, location.column - 1 - window)
        let characters = Array(line)
        let end = min(characters.count, location.column - 1 + window)
        guard start <= end else { return text }
        let shown = String(characters[start..<end]).map { $0 == "\t" ? " " : $0 }
        text += "\n  " + (start > 0 ? "…" : "") + String(shown) + (end < characters.count ? "…" : "")
        text += "\n  " + String(repeating: " ", count: location.column - 1 - start + (start > 0 ? 1 : 0)) + "^"
        return text
    }
}
