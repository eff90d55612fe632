import ActorGraph

/// Acts that several actors named together do as one: "Russia and China blocked the resolution",
/// "France and Britain have asked for a meeting", "Moscow and Ankara agreed a truce". Those who
/// act together cooperate (or negotiate, when what they do is agree).
extension RelationFinder {
    // MARK: - "A and B blocked the resolution"

    /// Finds lists of two or more actors (no adjectives: "Russian and Syrian jets") that are the
    /// subject of a verb of joint diplomatic action (``jointActVerbs``), after at most a phrase of
    /// time, auxiliaries and adverbs ("on Monday", "last week", "have jointly"); each pair of them
    /// cooperates with (or, for a verb of agreeing, negotiates with) the other. Not after a
    /// preposition ("talks between A and B ended"), nor when negated or hypothetical.
    func findJointActs(_ c: SentenceContext, _ mentions: [Mention]) {
        guard mentions.count >= 2, c.keywords.contains(.and) else { return }
        var consumed = Int.min
        for m in mentions where m.tokens.lowerBound >= consumed && m.form != .adjective && fitsAsSource(m) {
            // (Only a name followed by "and" or a comma, at once or after its head noun, starts a list.)
            let end = m.tokens.upperBound
            guard analysis.isKey(end, .and, .comma) || analysis.isKey(end + 1, .and, .comma) && !c.isCovered(end) else { continue }
            // ("talks between A and B", "a deal with A and B": no subject.)
            var before = m.tokens.lowerBound - 1
            if analysis.isKey(before, .the) { before -= 1 }
            if analysis.isWord(before, .preposition) { continue }
            let sides = c.coordinatedMentions(from: m.tokens.lowerBound, where: { fitsAsSource($0) && $0.form != .adjective })
            // ("UNITED NATIONS -- Russia and China": a dateline is no conjunct; the list starts again after it.)
            guard sides.count >= 2, let last = sides.last, zip(sides, sides.dropFirst()).allSatisfy({ a, b in
                c.window(from: a.tokens.upperBound, to: b.tokens.lowerBound).allSatisfy { !c.isCovered($0) && (tokens[$0].kind != .punctuation || analysis.isKey($0, .comma)) }
            }) else { continue }
            consumed = last.tokens.upperBound
            guard let verb = jointActVerb(after: last.tokens.upperBound, in: c), !c.isQuoted(verb),
                  !c.isNegatedOrHypothetical(before: verb, window: 5) else { continue }
            let relation: Relation = Self.agreeingVerbs.contains(keys[verb]) ? .negotiatesWith : .cooperatesWith
            for (i, a) in sides.enumerated() {
                for b in sides[(i + 1)...] where a.number != b.number { add(a.number, relation, b.number, c, at: verb) }
            }
        }
    }

    /// The token of a verb of ``jointActVerbs`` that follows the end of a list of subjects at
    /// `end`, over a phrase of time ("on Monday", "last week", "only hours earlier") and
    /// auxiliaries or adverbs; nil when something else comes first.
    private func jointActVerb(after end: Int, in c: SentenceContext) -> Int? {
        var t = end
        var steps = 0
        while c.range.contains(t), steps < 5, !c.isCovered(t) {
            if Self.jointActVerbs.contains(keys[t]) {
                // "asked for", "called for", "worked on": the verb with its particle.
                if Self.particleVerbs.contains(keys[t]) { return analysis.isKey(t + 1, .for) || analysis.isKey(t + 1, .on) ? t : nil }
                return t
            }
            if analysis.isKey(t, .on), analysis.isWord(t + 1, .commonWord), tokens[t + 1].isCapitalized { t += 2; steps += 2; continue }   // "on Monday"
            if analysis.isKey(t, .last), c.range.contains(t + 1) { t += 2; steps += 2; continue }                                               // "last week"
            guard analysis.isWord(t, .auxiliary) || isInsertedAdverb(t, in: c) || analysis.isKey(t, .both, .jointly, .together) else { return nil }
            t += 1
            steps += 1
        }
        return nil
    }

    /// Verbs of acting together in diplomacy: blocking or adopting a text, announcing or signing a
    /// deal, asking for a meeting.
    static let jointActVerbs: Set<String> = ["blocked", "block", "blocks", "vetoed", "adopted", "adopt", "adopts", "announced", "announce",
                                             "announces", "signed", "sign", "signs", "agreed", "agree", "agrees", "drafted", "proposed",
                                             "propose", "proposes", "requested", "request", "requests", "negotiated", "asked", "called",
                                             "working", "worked", "issued", "co-sponsored", "sponsored"]

    /// Verbs of ``jointActVerbs`` that need a particle after them: "asked for", "worked on".
    static let particleVerbs: Set<String> = ["asked", "called", "working", "worked"]

    /// Verbs of ``jointActVerbs`` by which the actors negotiate rather than cooperate.
    static let agreeingVerbs: Set<String> = ["agreed", "agree", "agrees", "signed", "sign", "signs", "negotiated"]
}
