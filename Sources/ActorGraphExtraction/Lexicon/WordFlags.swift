/// Facts about a token key's spelling and lexicon entries that the relation finders test, kept as
/// bits per vocabulary id (``LexiconIndex/wordFlags``) so a finder tests a token with a load
/// instead of comparing its key's string. A key the vocabulary does not number gets the same bits
/// from its string (``init(key:among:)``, ``LexiconIndex/namesActor(key:)``), so every token answers
/// exactly as the string tests did.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    /// `key.hasSuffix("s")`.
    static let endsInS = WordFlags(rawValue: 1 << 0)
    /// `key.hasSuffix("ed")`.
    static let endsInEd = WordFlags(rawValue: 1 << 1)
    /// `key.hasSuffix("en")`.
    static let endsInEn = WordFlags(rawValue: 1 << 2)
    /// `key.hasSuffix("ing")`.
    static let endsInIng = WordFlags(rawValue: 1 << 3)
    /// At least six UTF-8 bytes ending in "ly", not one of ``RelationFinder/lyNonAdverbs``: "repeatedly".
    static let lyAdverb = WordFlags(rawValue: 1 << 4)
    /// "'t" or a key ending in "n't": a negation.
    static let negatingT = WordFlags(rawValue: 1 << 5)
    /// One of ``RelationFinder/passiveIrregulars`` ("shot", "hit").
    static let passiveIrregular = WordFlags(rawValue: 1 << 6)
    /// One of ``RelationFinder/timeNouns`` ("months").
    static let timeNoun = WordFlags(rawValue: 1 << 7)
    /// The key alone is a lexicon name of an actor (see ``LexiconIndex/namesActor(key:)``).
    static let namesActor = WordFlags(rawValue: 1 << 8)

    /// The spelling bits of `key` among `mask` (never ``namesActor``), by the very string tests
    /// the finders made; only the tests of `mask`'s bits are made.
    init(key: String, among mask: WordFlags = WordFlags(rawValue: .max)) {
        var flags: WordFlags = []
        if mask.contains(.endsInS), key.hasSuffix("s") { flags.insert(.endsInS) }
        if mask.contains(.endsInEd), key.hasSuffix("ed") { flags.insert(.endsInEd) }
        if mask.contains(.endsInEn), key.hasSuffix("en") { flags.insert(.endsInEn) }
        if mask.contains(.endsInIng), key.hasSuffix("ing") { flags.insert(.endsInIng) }
        // (Byte tests first: most words do not end in "ly", nor in "t".)
        if mask.contains(.lyAdverb), key.endsInUTF8(UInt8(ascii: "l"), UInt8(ascii: "y"), minimumCount: 6),
           !RelationFinder.lyNonAdverbs.contains(key) { flags.insert(.lyAdverb) }
        if mask.contains(.negatingT), key.lastUTF8Byte == UInt8(ascii: "t"), key == "'t" || key.hasSuffix("n't") { flags.insert(.negatingT) }
        if mask.contains(.passiveIrregular), RelationFinder.passiveIrregulars.contains(key) { flags.insert(.passiveIrregular) }
        if mask.contains(.timeNoun), RelationFinder.timeNouns.contains(key) { flags.insert(.timeNoun) }
        self = flags
    }

    init(rawValue: UInt16) { self.rawValue = rawValue }
}
