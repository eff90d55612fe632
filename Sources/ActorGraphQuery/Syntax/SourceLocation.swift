/// A place in the text of a query: 1-based line and column (counted in characters) and the
/// character offset from the start.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in characters (grapheme clusters).
    public var column: Int
    /// The number of characters before this place.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`, e.g. `1:14`.
    public var description: String { "\(line):\(column)" }
}
