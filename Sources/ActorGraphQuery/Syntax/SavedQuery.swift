/// A question kept in a file (`examples/queries/*.aq`): the query text and a title taken from
/// its first comment line.
///
/// ```swift
/// let saved = SavedQuery(text: "// Who backs whom?\nMATCH (a)-[:backs]->(b) RETURN a, b", name: "backers.aq")
/// saved.title   // "Who backs whom?"
/// ```
public struct SavedQuery: Sendable, Hashable {
    /// The first sentence of the comment lines that open the file, or the file name without its
    /// extension when there are none.
    public var title: String
    /// The whole text, comments included, as the parser reads it.
    public var text: String

    /// Reads the title from `text`; `name` (a file name) is the fallback title.
    public init(text: String, name: String) {
        self.text = text
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map { $0.drop(while: \.isWhitespace) }
        let opening = lines.prefix { $0.hasPrefix("//") }.map { $0.dropFirst(2).trimmingSpaces() }.joined(separator: " ")
        var comment: String?
        if !opening.isEmpty {
            // The first sentence: up to a "?" or "!", or a "." followed by a space.
            var end = opening.endIndex
            var i = opening.startIndex
            while i < opening.endIndex {
                let c = opening[i]
                let next = opening.index(after: i)
                if c == "?" || c == "!" || c == "." && (next == opening.endIndex || opening[next] == " ") { end = next; break }
                i = next
            }
            comment = String(opening[..<end])
        }
        let stem = name.split(separator: "/").last.map { part in
            part.hasSuffix(".aq") ? String(part.dropLast(3)) : String(part)
        } ?? name
        title = comment.flatMap { $0.isEmpty ? nil : $0 } ?? stem
    }

    /// The query without its comment lines, for showing beside the answer.
    public var queryText: String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .filter { !$0.drop(while: \.isWhitespace).hasPrefix("//") }
            .joined(separator: "\n")
            .trimmingSpaces()
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
