/// A word, number or punctuation mark of a document, with its scalar offsets.
///
/// A token holds no strings, so copying one costs nothing: its text is the slice
/// `scalars[start..<end]` of the text it came from (``text(in:)``), and its matching key comes
/// with it from ``Tokenizer/keyedTokens(of:)``. It takes 16 bytes: its offsets are stored as
/// 32-bit numbers (a document's UTF-8 offsets are 32-bit already, see ``SourceDocument``), so
/// the finders, which read tokens all the time, read half as much memory as with 64-bit offsets.
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

    /// ``start`` as stored.
    private var storedStart: Int32
    /// ``end`` as stored.
    private var storedEnd: Int32
    /// The first character: for punctuation, the whole token.
    public var first: Unicode.Scalar
    /// The kind of token.
    public var kind: Kind
    /// True when the first character is an upper-case letter.
    public var isCapitalized: Bool
    /// True when white space (or the start of text) comes right before the token.
    public var isSpaced: Bool
    /// True when a line break comes between the previous token and this one.
    public var startsLine: Bool

    /// A token of kind `kind` covering the scalars `start..<end` (offsets below 2³¹).
    @inline(__always)
    public init(kind: Kind, start: Int, end: Int, first: Unicode.Scalar, isCapitalized: Bool, isSpaced: Bool, startsLine: Bool) {
        storedStart = Int32(start)
        storedEnd = Int32(end)
        self.first = first
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isSpaced = isSpaced
        self.startsLine = startsLine
    }

    /// A token of kind `kind` covering the scalars `start..<end`, offsets the caller has checked.
    @inline(__always)
    init(kind: Kind, offsets start: Int32, _ end: Int32, first: Unicode.Scalar, isCapitalized: Bool, isSpaced: Bool, startsLine: Bool) {
        storedStart = start
        storedEnd = end
        self.first = first
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isSpaced = isSpaced
        self.startsLine = startsLine
    }

    /// Scalar offset of the first character.
    public var start: Int {
        @inline(__always) get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }

    /// Scalar offset one past the last character.
    public var end: Int {
        @inline(__always) get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

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
