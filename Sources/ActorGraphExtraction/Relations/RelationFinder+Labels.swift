import ActorGraph

/// Labels that accuse: "Moscow regards the group as a terrorist organisation", "rebel groups Iran
/// considers terrorists", "officials describe all armed factions as extremists", "the minister
/// called the rebels terrorists", "a group Ankara lists as a terrorist organisation".
extension RelationFinder {
    // MARK: - "X regards Y as terrorists"

    /// Finds an actor who labels another with a word of reproach ("terrorists", "extremists",
    /// "bandits", "an extension of the PKK") after a verb of regarding, naming or describing: the
    /// labeller accuses the labelled. The labelled follows the verb ("describes the factions as
    /// extremists") or comes before the labeller in a relative clause ("the group that Moscow
    /// regards as a terrorist organisation", "rebel groups Iran considers terrorists").
    func findLabels(_ c: SentenceContext) {
        guard c.classes.contains(.labellingVerb) else { return }
        for t in analysis.tokens(in: c.range, of: .labellingVerb) {
            guard !c.isQuoted(t), !c.isNegatedOrHypothetical(before: t, window: 4) else { continue }
            // "called for talks", "called on the rebels to leave", "listed in the report": a
            // particle makes another verb ("list as" stays).
            if Self.namingVerbs.contains(keys[t]), analysis.isWord(t + 1, .preposition) && !analysis.isKey(t + 1, .as) || Self.verbParticles.contains(analysis.key(t + 1)) { continue }
            // "refer to X as": the particle belongs to the verb.
            let afterVerb = analysis.isKey(t + 1, .to) && keys[t].hasPrefix("refer") ? t + 2 : t + 1
            // "Turkey shelled the YPG militia, which it regards as …": "it" is the clause's actor
            // before the antecedent.
            if analysis.isKey(t - 1, .it, .they), analysis.isWord(t - 2, .relativePronoun) {
                if let antecedent = c.relativeAntecedent(before: t - 1), hasLabel(from: t + 1, in: c) {
                    for labeller in relativeLabellers(before: antecedent, in: c) { add(labeller.number, .accuses, antecedent.number, c, at: t) }
                }
                continue
            }
            let labellers = c.subjects(before: t).filter { fitsAsSource($0) }
            guard !labellers.isEmpty else { continue }
            var labelled: [Mention] = []
            var labelStart = afterVerb
            if let first = c.mention(startingAt: afterVerb) ?? c.firstMention(after: afterVerb, within: 3, where: { _ in true }),
               c.window(from: afterVerb, to: first.tokens.lowerBound).allSatisfy({ analysis.isKey($0, .the, .a, .an) || analysis.isWord($0, .determiner) || Self.labelledModifiers.contains(keys[$0]) }),
               analysis.kind(of: first) == .actor, first.form != .adjective || c.mention(startingAt: first.tokens.upperBound) == nil {
                labelled = c.coordinatedMentions(from: first.tokens.lowerBound, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective })
                labelStart = (labelled.last ?? first).tokens.upperBound
                // "the armed factions in the east as extremists": a place may qualify them.
                if analysis.isKey(labelStart, .in), let place = c.mention(startingAt: labelStart + 1) ?? c.mention(startingAt: labelStart + 2),
                   analysis.kind(of: place) == .place { labelStart = place.tokens.upperBound }
            } else if let labeller = labellers.first, let antecedent = labelledAntecedent(before: labeller.tokens.lowerBound, in: c) {
                labelled = [antecedent]
            }
            guard !labelled.isEmpty, hasLabel(from: labelStart, in: c) else { continue }
            for source in labellers {
                for target in labelled where target.number != source.number { add(source.number, .accuses, target.number, c, at: t) }
            }
        }
    }

    /// Who "it"/"they" stands for in a label given in a relative clause after `antecedent`: the
    /// actor named last before the antecedent ("Turkey shelled the YPG, which it regards as …"),
    /// or the speakers when the antecedent opens what they said ("the agency said rebels, whom it
    /// described as terrorist groups, had …").
    private func relativeLabellers(before antecedent: Mention, in c: SentenceContext) -> [Mention] {
        if let labeller = c.lastMention(before: antecedent.tokens.lowerBound, within: 12, where: { fitsAsSource($0) && $0.form != .adjective && $0.number != antecedent.number }) {
            return [labeller]
        }
        let before = analysis.isKey(antecedent.tokens.lowerBound - 1, .the) ? antecedent.tokens.lowerBound - 2 : antecedent.tokens.lowerBound - 1
        guard before >= c.range.lowerBound, Self.claimingVerbs.contains(keys[before]), !c.isQuoted(before) else { return [] }
        return c.subjects(before: before).filter { fitsAsSource($0) && $0.number != antecedent.number }
    }

    /// The actor a relative clause before `labeller` stands for: "the jihadist group that Moscow
    /// regards …" (named before the description) or "rebel groups Iran considers …".
    private func labelledAntecedent(before labeller: Int, in c: SentenceContext) -> Mention? {
        var t = labeller - 1
        if analysis.isKey(t, .that) || analysis.isKey(t, .which, .whom) { t -= 1 }
        guard t >= c.range.lowerBound else { return nil }
        if let m = c.mention(covering: t), analysis.kind(of: m) == .actor, m.form != .adjective { return m }
        // "Jabhat Fateh al-Sham, the jihadist group that …": the name before the apposition.
        var steps = 0
        var nouns = 0
        while t > c.range.lowerBound, steps < 5, tokens[t].kind == .word, !c.isCovered(t) {
            // ("Ankara, which considers the YPG …": a verb of labelling makes a clause, not an
            // apposition; "JFS, which both Moscow and Ankara regard" is the antecedent still.)
            if analysis.isWord(t, .labellingVerb) { return nil }
            if !analysis.isKey(t, .the, .a, .an), !analysis.isWord(t, .determiner) { nouns += 1 }
            t -= 1; steps += 1
        }
        // ("Turkey, the United States and the EU list …": an article alone makes a list, not an apposition.)
        guard nouns > 0 || steps == 0, analysis.isKey(t, .comma), let named = c.mention(covering: t - 1), analysis.kind(of: named) == .actor, named.form != .adjective else { return nil }
        return named
    }

    /// True when a label of reproach starts at `start`: "as a terrorist organisation", "as
    /// extremists", "terrorists", "as an extension of the PKK". The label may be quoted ("called
    /// the rebels "terrorist groups"): a quotation mark is stepped over, other clause
    /// breakers end the search.
    private func hasLabel(from start: Int, in c: SentenceContext) -> Bool {
        var t = start
        if analysis.isKey(t, .as) { t += 1 }
        for u in c.window(from: t, to: t + 6) {
            if Self.reproachWords.contains(keys[u]) { return true }
            // (A curly single quote has the key of the straight apostrophe.)
            if analysis.isKey(u, .straightQuote, .openQuote, .closeQuote, .apostrophe) { continue }
            if analysis.isWord(u, .clauseBreaker) || analysis.isKey(u, .comma) || analysis.isKey(u, .period) { return false }
        }
        return false
    }

    /// Words that may stand before the labelled: "all armed opposition fighters".
    static let labelledModifiers: Set<String> = ["all", "armed", "most", "many", "some", "several", "such", "these", "those", "both"]

    /// Words of reproach in a label.
    static let reproachWords: Set<String> = ["terrorist", "terrorists", "terror", "extremist", "extremists", "bandit", "bandits",
                                             "mercenary", "mercenaries", "criminal", "criminals", "gang", "gangs", "thugs",
                                             "puppet", "puppets", "extension", "proxy", "proxies", "traitors", "outlaws"]

    /// Verbs of regarding or naming someone as something ("regards", "brands", "described").
    static let labellingVerbs: Set<String> = ["regard", "regards", "regarded", "regarding", "consider", "considers", "considered",
                                              "view", "views", "viewed", "brand", "brands", "branded", "branding", "label", "labels",
                                              "labelled", "labeled", "designate", "designates", "designated", "describe", "describes",
                                              "described", "describing", "dub", "dubs", "dubbed", "refer", "refers", "referred", "deem", "deems", "deemed",
                                              "call", "calls", "called", "calling", "list", "lists", "listed"]

    /// Verbs of naming or listing among ``labellingVerbs`` that a particle turns into another verb
    /// ("call for", "call on", "list in").
    static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "list", "lists", "listed"]

    /// Particles that make a phrasal verb of a naming verb: "called off", "called up".
    static let verbParticles: Set<String> = ["off", "up", "back", "out"]
}
