import ActorGraph

/// Speech acts coordinated after a verb of speaking: "Turkey said the blast had killed two
/// soldiers and blamed the YPG", "the minister denied that troops were in the town and accused
/// the rebels of lying", "… said talks could resume, but accused the rebels of stalling". The one
/// who speaks is the one who accuses or condemns.
extension RelationFinder {
    /// True for the relations that are acts of speech (accusing, condemning): whoever speaks does
    /// them. (Two comparisons: asked for every active verb, where a set hashed the relation.)
    @inline(__always) static func isSpeechAct(_ relation: Relation) -> Bool {
        relation == .accuses || relation == .condemns
    }

    /// The subjects of a speech act (`relation`) at `verb`, given those found before it
    /// (`subjects`). A speech act right after "and" or "but" whose found subjects all stand
    /// inside what an earlier verb of speaking reports is that verb's speakers' ("Rebel officials
    /// denied stopping civilians and accuse the army", "the group said it had moved while
    /// civilians went hungry, and accused Y"); so is a participle right after ", said,"
    /// ("…," the envoy said, accusing Western governments of …). Otherwise `subjects`, or
    /// those speakers when there are none ("Turkey said the blast had killed two soldiers and
    /// blamed the YPG").
    func speechActSubjects(_ subjects: [Mention], of relation: Relation, at verb: Int, in c: SentenceContext) -> [Mention] {
        guard Self.isSpeechAct(relation) else { return subjects }
        if analysis.isKey(verb - 1, .comma), analysis.isWord(verb - 2, .quoteVerb), analysis.isWord(verb, .endsInIng), !c.isQuoted(verb - 2) {
            let speakers = c.subjects(before: verb - 2).filter { analysis.kind(of: $0) == .actor && $0.form != .adjective }
            if !speakers.isEmpty { return speakers }
        }
        guard let speech = coordinatedSpeech(relation, at: verb, in: c), !speech.speakers.isEmpty else { return subjects }
        if subjects.isEmpty || subjects.allSatisfy({ $0.tokens.lowerBound > speech.verb }) { return speech.speakers }
        return subjects
    }

    /// The first verb of speaking before a speech act (`relation`) at `verb` right after "and" or
    /// "but", in the same clause and outside quotations, with its actors.
    private func coordinatedSpeech(_ relation: Relation, at verb: Int, in c: SentenceContext) -> (verb: Int, speakers: [Mention])? {
        guard Self.isSpeechAct(relation), analysis.isKey(verb - 1, .and) || analysis.isKey(verb - 1, .but),
              let speaking = c.window(from: c.range.lowerBound, to: verb - 1).first(where: { analysis.isWord($0, .quoteVerb) }),
              !c.isQuoted(speaking),
              // ("X said …; Y accused …": one clause only.)
              !c.window(from: speaking + 1, to: verb - 1).contains(where: { tokens[$0].isMark(";") })
        else { return nil }
        return (speaking, c.subjects(before: speaking).filter { analysis.kind(of: $0) == .actor && $0.form != .adjective })
    }
}
