/// A word, number or punctuation mark of a document, with its scalar offsets.
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
    /// The token as written.
    public var text: String
    /// The token lower-cased with diacritics folded and apostrophes unified: the matching key.
    public var key: String
    /// True when the first character is an upper-case letter.
    public var isCapitalized: Bool
    /// True when white space (or the start of text) comes right before the token.
    public var isSpaced: Bool
    /// True when a line break comes between the previous token and this one.
    public var startsLine: Bool

    /// True for words and numbers.
    public var isWordLike: Bool { kind == .word || kind == .number }
}
