import ActorGraph

/// Where a person fled, from a relative clause about them: "Rana Haddad, a nurse who fled to
/// Azaz", "Abu Ahmad, 52, a baker who escaped Saraqeb with his family to a camp near Atmeh",
/// "Umm Samir, who reached a shelter in Jibreen".
extension RelationFinder {
    /// Verbs of a flight in a person's relative clause: "who fled", "who escaped", "who reached".
    static let refugeVerbs: Set<String> = ["fled", "escaped", "reached", "walked", "ran", "crossed"]

    /// Verbs of a flight whose object is the place left: "who fled Saraqeb".
    static let leavingVerbs: Set<String> = ["fled", "escaped", "left"]

    /// "P, (an apposition) who fled (P1) to P2": the person flees P1 and flees to P2. Only plain
    /// words, numbers (an age) and places may stand between the name and "who", and only "had",
    /// "has" or an adverb between "who" and the verb: "who was reached by telephone" (a passive)
    /// and "who said" give nothing.
    func findRefugeOfPerson(_ person: Mention, in c: SentenceContext) {
        guard c.keywords.contains(.who) else { return }
        var t = person.tokens.upperBound
        guard analysis.isKey(t, .comma) else { return }
        // Up to "who", over an apposition of plain words: ", a mother of three who".
        let limit = min(c.range.upperBound, t + 16)
        while t < limit, !analysis.isKey(t, .who) {
            if let m = c.mention(covering: t) {
                guard analysis.kind(of: m) == .place else { return }
                t = m.tokens.upperBound
                continue
            }
            guard tokens[t].kind == .number || analysis.isKey(t, .comma) || analysis.isKey(t, .hyphen)
                    || tokens[t].kind == .word && analysis.wordClass(t).isDisjoint(with: [.clauseBreaker, .relativePronoun, .quoteVerb, .auxiliary]) else { return }
            t += 1
        }
        guard t < limit else { return }
        var verb = t + 1
        while verb < min(c.range.upperBound, t + 4), analysis.isWord(verb, .lyAdverb) || keys[verb] == "had" || keys[verb] == "has" || keys[verb] == "later" { verb += 1 }
        guard verb < c.range.upperBound, Self.refugeVerbs.contains(keys[verb]) || Self.leavingVerbs.contains(keys[verb]) else { return }
        var next = verb + 1
        // "who fled Saraqeb": the place left.
        if Self.leavingVerbs.contains(keys[verb]), let named = c.mention(startingAt: next), analysis.kind(of: named) == .place, named.form != .adjective {
            // "who fled Aleppo's Sakhour district": the district, not the city.
            let owned = analysis.isKey(named.tokens.upperBound, .possessive) ? c.mention(startingAt: named.tokens.upperBound + 1) : nil
            let left = owned.flatMap { analysis.kind(of: $0) == .place && $0.form != .adjective ? $0 : nil } ?? named
            add(person.number, .fleesFrom, left.number, c, at: verb)
            next = left.tokens.upperBound
        }
        // "who reached Azaz", "who reached a camp near Atmeh".
        if keys[verb] == "reached" {
            if let place = destination(from: next, in: c) { add(person.number, .fleesTo, place.number, c, at: verb) }
            return
        }
        // "to Azaz", "with her children to a school in Hasakah": the first "to" within a few plain words.
        guard let to = c.window(from: next, to: next + 7).first(where: { analysis.isKey($0, .to, .into) || analysis.isKey($0, .toward, .towards) }),
              !c.window(from: next, to: to).contains(where: { c.isCovered($0) || analysis.isKey($0, .comma) || analysis.isWord($0, .clauseBreaker) }),
              let place = destination(from: to + 1, in: c) else { return }
        add(person.number, .fleesTo, place.number, c, at: verb)
    }

    /// The place a flight ends in, from token `start`: "Azaz", "the village of Zarzour", "a camp
    /// near Atmeh", "a school in Hasakah".
    func destination(from start: Int, in c: SentenceContext) -> Mention? {
        if let place = c.mention(startingAt: start) ?? (analysis.isKey(start, .the) ? c.mention(startingAt: start + 1) : nil) {
            return analysis.kind(of: place) == .place && place.form != .adjective ? place : nil
        }
        if let named = placeNamedByItsKind(after: start - 1, in: c) { return named }
        // "a camp near Atmeh": a noun of a few plain words, then where it is.
        guard analysis.isKey(start, .a, .an) || analysis.isKey(start, .the),
              let preposition = c.window(from: start + 1, to: start + 4).first(where: { analysis.isKey($0, .in) || analysis.isKey($0, .near, .around) || keys[$0] == "outside" }),
              c.window(from: start + 1, to: preposition).allSatisfy({ tokens[$0].kind == .word && !c.isCovered($0) }),
              let place = c.mention(startingAt: preposition + 1) ?? (analysis.isKey(preposition + 1, .the) ? c.mention(startingAt: preposition + 2) ?? placeNamedByItsKind(after: preposition, in: c) : nil),
              analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        return place
    }
}
