/// A slice of one document's text: a mention of a node, or the evidence for an edge.
///
/// `start` and `end` count Unicode scalars (Python string indices) into the document's text
/// as read, and `text` equals that slice.
public struct TextSpan: Sendable, Hashable, Comparable {
    /// The document's id: the input file's name, e.g. `aleppo-01.txt`.
    public var document: String
    /// Offset of the first scalar of the slice.
    public var start: Int
    /// Offset one past the last scalar of the slice.
    public var end: Int
    /// The sliced text itself.
    public var text: String

    /// Creates a span of `document` from `start` up to (not including) `end`.
    public init(document: String, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    /// Orders spans by document, then position, then text.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.text) < (rhs.document, rhs.start, rhs.end, rhs.text)
    }
}
