/// A sentence: a run of tokens, its scalar extent and the paragraph (line) it sits in.
public struct Sentence: Sendable, Hashable {
    /// The indices of its tokens in the document's token array.
    public var tokens: Range<Int>
    /// Scalar offset of its first character.
    public var start: Int
    /// Scalar offset one past its last character.
    public var end: Int
    /// The index of its paragraph (each line of text is a paragraph).
    public var paragraph: Int
}
