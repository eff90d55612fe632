import ActorGraph

/// Speech acts coordinated after a verb of speaking: "Turkey said the blast had killed two
/// soldiers and blamed the YPG", "the minister denied that troops were in the town and accused
/// the rebels of lying", "… said talks could resume, but accused the rebels of stalling". The one
/// who speaks is the one who accuses or condemns.
extension RelationFinder {
    /// Relations that are acts of speech: whoever speaks does them.
    static let speechActRelations: Set<Relation> = [.accuses, .condemns]

    /// The subjects of the first verb of speaking of the sentence, for a speech act (`relation`)
    /// whose verb at `verb` follows "and" or "but" and has no subject of its own. Empty when the sentence
    /// has no such verb before it, or the verb of speaking is inside a quotation.
    func speakers(ofCoordinatedSpeechAct relation: Relation, at verb: Int, in c: SentenceContext) -> [Mention] {
        guard Self.speechActRelations.contains(relation), analysis.isKey(verb - 1, .and) || analysis.isKey(verb - 1, .but),
              let speaking = c.window(from: c.range.lowerBound, to: verb - 1).first(where: { analysis.isWord($0, .quoteVerb) }),
              !c.isQuoted(speaking),
              // ("X said …; Y accused …": one clause only.)
              !c.window(from: speaking + 1, to: verb - 1).contains(where: { tokens[$0].isMark(";") })
        else { return [] }
        return c.subjects(before: speaking).filter { analysis.kind(of: $0) == .actor && $0.form != .adjective }
    }
}
