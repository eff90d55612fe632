import ActorGraph

/// A stretch of text that refers to an actor or place.
public struct Mention: Sendable, Hashable {
    /// How the text refers to the entity.
    public enum Form: Sendable, Hashable {
        /// Its name or an alias from the lexicon.
        case name
        /// An adjective standing for it ("Russian").
        case adjective
        /// A name found in the text, not in the lexicon.
        case discovered
        /// A part of a city or country ("eastern Aleppo", "the north-west").
        case section
        /// A short form or description that refers back ("Hilal", "the city").
        case anaphor
        /// A person's or government's armed forces ("Assad's troops").
        case forces
        /// A speaker known only by description ("one rebel leader").
        case description
    }

    /// The number of the entity referred to, in its document's analysis (see
    /// ``DocumentAnalysis/number(of:)``; ``DocumentAnalysis/id(of:)-(Int32)`` gives its id): a
    /// mention holds no string, so copying one costs no reference counting, and finders compare
    /// and look up entities by number.
    var number: Int32
    /// The tokens it covers (indices into the document's tokens).
    public var tokens: Range<Int>
    /// Scalar offset of its first character.
    public var start: Int
    /// Scalar offset one past its last character.
    public var end: Int
    /// How it refers.
    public var form: Form
}

/// An actor or place met in a document, with the names it went by there.
public struct EntityRecord: Sendable, Hashable {
    /// The node id.
    public var id: String
    /// The canonical name.
    public var name: String
    /// The category.
    public var category: Category
    /// Surface forms that stand for it (besides mention texts).
    public var aliases: Set<String> = []
}
