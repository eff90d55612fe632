import ActorGraph

/// Claims of wrongdoing reported after a verb of speaking: "the ministry said the insurgents had
/// broken the truce", "rebel officials said pro-government militiamen had looted the shops",
/// "Ankara says the coalition has failed to give air cover". Whoever speaks accuses the one whose
/// wrong the claim reports.
extension RelationFinder {
    // MARK: - "X said Y had broken the truce"

    /// Finds a verb of speaking followed (after "that", or after the one told and "that") by the
    /// actors a claim is about and a verb of wrongdoing (``wrongdoingVerbs``), or "bore the
    /// blame", or "was complicit": the speakers accuse those actors. Not when the claim or the
    /// speaking is negated or hypothetical, is a passive ("had been stopped by"), or is about the
    /// speaker itself or a body of the same side (a state's ministry about its army).
    func findClaimedWrongs(_ c: SentenceContext) {
        guard c.classes.contains(.quoteVerb) else { return }
        for q in analysis.tokens(in: c.range, of: .quoteVerb) {
            // (The actor said to do something first, a few token reads: the claiming verb's set
            // hashes the key, and the negation test walks back over the clause. All are pure
            // tests, so their order changes no result.)
            guard !c.isQuoted(q), let start = claimStart(after: q, in: c),
                  let first = c.mention(startingAt: analysis.isKey(start, .the) ? start + 1 : start),
                  analysis.kind(of: first) == .actor,
                  Self.isClaimingVerb(q, in: analysis), !c.isNegatedOrHypothetical(before: q, window: 4) else { continue }
            let accused = c.coordinatedMentions(from: first.tokens.lowerBound, where: { analysis.kind(of: $0) == .actor })
            guard let last = accused.last, reportsWrong(after: last.tokens.upperBound, in: c) else { continue }
            let speakers = c.subjects(before: q).filter { fitsAsSource($0) }.map { personOf(body: $0, in: c) ?? $0 }
            for speaker in speakers {
                for target in accused where !areOneSide(analysis.id(of: speaker), analysis.id(of: target)) {
                    add(speaker.number, .accuses, target.number, c, at: q)
                }
            }
        }
    }

    /// The first token of what is said after the verb of speaking at `q`: right after it, or after
    /// a "that" a few words on ("said on Tuesday that", "told reporters in Moscow that"). Nil when
    /// a comma, a clause break or a quotation comes first.
    private func claimStart(after q: Int, in c: SentenceContext) -> Int? {
        for u in c.window(from: q + 1, to: q + 8) {
            if analysis.isKey(u, .that) { return u + 1 }
            if analysis.isKey(u, .comma) || analysis.isKey(u, .period) || analysis.isWord(u, .clauseBreaker) || c.isQuoted(u) { break }
        }
        return c.range.contains(q + 1) ? q + 1 : nil
    }

    /// True when the words from `end` (right after the actors a claim is about) report a wrong
    /// they did: a head noun ("fighters", "warplanes"), auxiliaries and adverbs, then a verb of
    /// ``wrongdoingVerbs`` in the active voice, "bore (a share of) the blame" or "was complicit".
    private func reportsWrong(after end: Int, in c: SentenceContext) -> Bool {
        var t = end
        for _ in 0..<2 where c.range.contains(t) && !c.isCovered(t) && (analysis.isWord(t, .forceNoun) || analysis.isWord(t, .memberNoun)) { t += 1 }
        var sawBe = false
        while c.range.contains(t), !c.isCovered(t), analysis.isWord(t, .auxiliary) || isInsertedAdverb(t, in: c) {
            if analysis.isWord(t, .negation) || analysis.isWord(t, .negatingT) { return false }
            sawBe = analysis.isFormOfBe(t)
            t += 1
        }
        guard c.range.contains(t), !c.isCovered(t), !c.isQuoted(t), tokens[t].kind == .word else { return false }
        // (The word's lists read with one look-up: a look-up in each set hashed the key again.)
        let lists = Self.claimWordLists[keys[t]] ?? []
        if sawBe, lists.contains(.blameAdjective) { return true }
        if lists.contains(.bearing) {
            return c.window(from: t + 1, to: t + 6).contains { Self.blameNouns.contains(keys[$0]) }
        }
        // "had shelled the convoy", "killed at least 80 civilians": an act of war is a wrong when
        // it harms those a war must spare (or uses a banned weapon).
        if lists.contains(.harming) {
            if sawBe, !analysis.isWord(t, .endsInIng) { return false }
            return c.window(from: t + 1, to: t + 9).contains { Self.sparedWords.contains(keys[$0]) }
        }
        guard lists.contains(.wrongdoing) else { return false }
        // "the convoy had been stopped by": a passive reports a wrong done to them.
        if sawBe, !analysis.isWord(t, .endsInIng) { return false }
        // "broke through the lines", "held the town": a move of war, not a wrong.
        if analysis.isKey(t + 1, .into) || analysis.isKey(t + 1, .out) || analysis.key(t + 1) == "through" { return false }
        if lists.contains(.holding) {
            return c.window(from: t + 1, to: t + 7).contains { Self.hostageWords.contains(keys[$0]) }
        }
        return true
    }

    /// The person named right before "of the" a body: "General P of the General Staff told" — the
    /// person speaks, not the body.
    private func personOf(body: Mention, in c: SentenceContext) -> Mention? {
        let start = body.tokens.lowerBound
        guard analysis.isKey(start - 1, .the), analysis.isKey(start - 2, .of),
              let person = c.mention(covering: start - 3), person.tokens.upperBound == start - 2,
              analysis.category(of: person) == .person else { return nil }
        return person
    }

    /// Verbs of speaking that introduce a claim ("said", "told", "argued"), a subset of the
    /// lexicon's quote verbs (not "denied", "asked", "urged", "threatened").
    static let claimingVerbs: Set<String> = ["said", "says", "say", "told", "tells", "tell", "added", "adds", "insisted", "insists",
                                             "claimed", "claims", "alleged", "alleges", "argued", "argues", "complained", "complains",
                                             "suggested", "countered", "stated", "maintained", "maintains", "charged", "reported"]

    /// True when token `t`'s key is one of ``claimingVerbs``: "said", "says", "told", "tell",
    /// "tells" and "added" (all in the set) by keyword id, any other by the set.
    static func isClaimingVerb(_ t: Int, in analysis: DocumentAnalysis) -> Bool {
        analysis.isKey(t, .said, .says, .told) || analysis.isKey(t, .tell, .tells, .added) || claimingVerbs.contains(analysis.key(t))
    }

    /// Verbs whose subject, in a reported claim, is blamed for a wrong: breaking a truce, using
    /// civilians, looting, blocking aid, abandoning allies, failing them.
    static let wrongdoingVerbs: Set<String> = [
        "violated", "violating", "violate", "violates", "breached", "breaching", "breach", "broken", "broke", "breaking",
        "used", "using", "use", "uses", "exploited", "exploiting",
        "held", "holding", "hold", "holds", "keeping", "kept",
        "stole", "stolen", "stealing", "steal", "looted", "looting", "loot", "plundered", "plundering", "robbed", "robbing",
        "poisoned", "poisoning", "contaminated", "shut", "shutting",
        "stopped", "stopping", "stop", "stops", "prevented", "preventing", "prevent", "prevents", "blocked", "blocking", "block", "blocks",
        "obstructed", "obstructing", "hindered", "hindering",
        "abandoned", "abandoning", "betrayed", "betraying", "failed", "failing", "fail", "fails",
        "fabricated", "fabricating", "lied", "lying", "staged", "staging", "hoarded", "hoarding", "smuggled", "smuggling",
        "executed", "executing", "tortured", "torturing", "kidnapped", "kidnapping", "abducted", "abducting",
        "rigged", "booby-trapped", "sabotaged", "sabotaging", "undermined", "undermining", "committed", "committing",
        "shielded", "shielding", "sponsored", "sponsoring", "armed", "financed", "funded", "ignored", "ignoring"
    ]

    /// Verbs of acts of war, a wrong when what they harm is one of ``sparedWords``.
    static let harmingVerbs: Set<String> = ["shelled", "shelling", "fired", "firing", "targeted", "targeting", "attacked", "attacking",
                                            "bombed", "bombing", "killed", "killing", "struck", "hit", "gassed"]

    /// Those a war must spare, and banned weapons: what makes an act of war reported in a claim a wrong.
    static let sparedWords: Set<String> = ["civilians", "civilian", "people", "children", "women", "residents", "families", "patients",
                                           "hospital", "hospitals", "clinic", "school", "schools", "convoy", "convoys", "aid", "displaced",
                                           "refugees", "protesters", "rescuers", "medics", "doctors", "journalists", "homes", "mosques",
                                           "phosphorus", "chemical", "chlorine", "cluster", "barrel"]

    /// Verbs of keeping someone that are a wrong only with a word of hostages or shields after
    /// them ("were holding residents as human shields"; "held the town" is control).
    static let holdingVerbs: Set<String> = ["held", "holding", "hold", "holds", "keeping", "kept"]

    /// Words that make holding people a wrong.
    static let hostageWords: Set<String> = ["hostage", "hostages", "shield", "shields", "captive", "captives"]

    /// Verbs of bearing blame: "bore a share of the blame", "bears a special responsibility".
    static let bearingVerbs: Set<String> = ["bore", "bears", "bear", "shares", "shared", "share"]

    /// Nouns of blame after a verb of bearing.
    static let blameNouns: Set<String> = ["blame", "responsibility", "responsibilities"]

    /// Which of the verb lists of ``reportsWrong(after:in:)`` a word is in.
    struct ClaimWordLists: OptionSet {
        let rawValue: UInt8
        /// ``blameAdjectives``.
        static let blameAdjective = ClaimWordLists(rawValue: 1 << 0)
        /// ``bearingVerbs``.
        static let bearing = ClaimWordLists(rawValue: 1 << 1)
        /// ``harmingVerbs``.
        static let harming = ClaimWordLists(rawValue: 1 << 2)
        /// ``wrongdoingVerbs``.
        static let wrongdoing = ClaimWordLists(rawValue: 1 << 3)
        /// ``holdingVerbs``.
        static let holding = ClaimWordLists(rawValue: 1 << 4)
    }

    /// The lists each word of ``blameAdjectives``, ``bearingVerbs``, ``harmingVerbs``,
    /// ``wrongdoingVerbs`` and ``holdingVerbs`` is in (a word may be in several).
    static let claimWordLists: [String: ClaimWordLists] = {
        var lists: [String: ClaimWordLists] = [:]
        for (words, list) in [(blameAdjectives, ClaimWordLists.blameAdjective), (bearingVerbs, .bearing), (harmingVerbs, .harming),
                              (wrongdoingVerbs, .wrongdoing), (holdingVerbs, .holding)] {
            for word in words { lists[word, default: []].insert(list) }
        }
        return lists
    }()

    /// Adjectives of guilt after a form of "be": "said Russia was complicit".
    static let blameAdjectives: Set<String> = ["complicit", "guilty", "culpable"]
}
