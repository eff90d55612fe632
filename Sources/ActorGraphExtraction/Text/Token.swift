/// A word, number or punctuation mark of a document, with its scalar offsets.
///
/// A token holds no strings, so copying one costs nothing: its text is the slice
/// `scalars[start..<end]` of the text it came from (``text(in:)``), and its matching key comes
/// with it from ``Tokenizer/keyedTokens(of:)``.
public struct Token: Sendable, Hashable {
    /// What sort of token it is.
    public enum Kind: UInt8, Sendable {
        /// Letters (and digits mixed in), possibly with inner apostrophes: `Assad`, `don't`.
        case word
        /// Digits, possibly with inner `,` or `.`: `4,000`, `1070`.
        case number
        /// A possessive ending split off a word: `'s`.
        case possessive
        /// Any other single character: `,`, `-`, `"`, `“`.
        case punctuation
    }

    /// The kind of token.
    public var kind: Kind
    /// Scalar offset of the first character.
    public var start: Int
    /// Scalar offset one past the last character.
    public var end: Int
    /// The first character: for punctuation, the whole token.
    public var first: Unicode.Scalar
    /// True when the first character is an upper-case letter.
    public var isCapitalized: Bool
    /// True when white space (or the start of text) comes right before the token.
    public var isSpaced: Bool
    /// True when a line break comes between the previous token and this one.
    public var startsLine: Bool

    /// True for words and numbers.
    public var isWordLike: Bool { kind == .word || kind == .number }

    /// True when the token is the punctuation mark `mark`: `token.isMark("-")`.
    @inline(__always) public func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

    /// The token as written in `scalars`, the text it was read from.
    public func text(in scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
