/// The paragraphs a finder passes over (``DocumentAnalysis/skippedParagraphs``: bylines and
/// credits), asked about once per sentence or quote.
///
/// A document skips none or a few paragraphs, and looking through a few numbers costs less than
/// hashing one: up to ``listedLimit`` are kept in a list and looked through; more are asked of
/// their set, so a document that skips many still costs one hash per question.
struct SkippedParagraphs {
    /// At most this many paragraphs are looked through in a list.
    static let listedLimit = 8
    /// The skipped paragraphs when there are at most ``listedLimit`` of them, else empty.
    private let listed: [Int]
    /// The skipped paragraphs when there are more than ``listedLimit``, else nil.
    private let hashed: Set<Int>?

    init(_ paragraphs: Set<Int>) {
        if paragraphs.count <= Self.listedLimit {
            listed = paragraphs.isEmpty ? [] : Array(paragraphs)
            hashed = nil
        } else {
            listed = []
            hashed = paragraphs
        }
    }

    /// True when `paragraph` is skipped.
    @inline(__always) func contains(_ paragraph: Int) -> Bool {
        if let hashed { return hashed.contains(paragraph) }
        for skipped in listed where skipped == paragraph { return true }
        return false
    }
}
