import ActorGraph

/// Agent and action nouns: "X's patrons, A and B", "a reluctant rebel backer", "X's capture of Y", "with Russian air support".
extension RelationFinder {
    // MARK: - "X's patrons, A and B", "Washington, a reluctant rebel backer", "X's capture of Y"

    /// Nouns of people leaving a place: "the evacuation of rebels from P".
    static let departureNouns: Set<String> = ["evacuation", "evacuations", "withdrawal", "exodus", "departure", "flight", "exit", "expulsion", "transfer"]

    func findNouns(_ c: SentenceContext) {
        guard c.classes.contains(.nounTrigger) else { return }
        // Every pattern below starts from a trigger word ("hands", "with", a noun cue), or from
        // "in" before "support": no other token is looked at further.
        for k in analysis.tokens(in: c.range, of: .nounTrigger, orKey: .in) where tokens[k].kind == .word {
            // "P, which had been in rebel hands", "P fell into government hands".
            if analysis.isKey(k, .hands), let holder = c.mention(covering: k - 1), analysis.kind(of: holder) == .actor,
               analysis.isKey(holder.tokens.lowerBound - 1, .in) || analysis.isKey(holder.tokens.lowerBound - 1, .into),
               // "the Waer district on the western edge of the city remains in rebel hands": not a
               // place inside a phrase after a preposition.
               let place = c.lastMention(before: holder.tokens.lowerBound - 1, within: 10, where: { analysis.kind(of: $0) == .place && $0.form != .adjective
                   && !(analysis.isWord($0.tokens.lowerBound - 1, .preposition) || analysis.isKey($0.tokens.lowerBound - 1, .the) && analysis.isWord($0.tokens.lowerBound - 2, .preposition)) }) {
                add(holder.number, analysis.isKey(holder.tokens.lowerBound - 1, .into) ? .captures : .holds, place.number, c, at: k)
                continue
            }
            // "fighters left Harasta for Idlib province": they fled the one for the other.
            // "the last fighters left the city …, heading north towards Jarablus": the departure and,
            // after "heading", where to.
            if analysis.isKey(k, .left) || analysis.isKey(k, .leave, .leaving), let from = c.mention(startingAt: k + 1) ?? (analysis.isKey(k + 1, .the) ? c.mention(startingAt: k + 2) : nil),
               analysis.kind(of: from) == .place, from.form != .adjective, !c.isNegatedOrHypothetical(before: k, window: 4) {
                let destination: Mention?
                if analysis.isKey(from.tokens.upperBound, .for) {
                    destination = c.firstMention(after: from.tokens.upperBound + 1, within: 2, where: { analysis.kind(of: $0) == .place })
                } else if let heading = c.window(from: from.tokens.upperBound, to: from.tokens.upperBound + 14).first(where: { analysis.isKey($0, .heading) }),
                          let toward = c.window(from: heading + 1, to: heading + 4).first(where: { analysis.isKey($0, .toward, .towards) || analysis.isKey($0, .to) }) {
                    destination = c.firstMention(after: toward + 1, within: 2, where: { analysis.kind(of: $0) == .place })
                } else {
                    destination = nil
                }
                // The subject stands right before the verb (over "fighters"-like nouns and auxiliaries):
                // "Russian airstrikes left Aleppo in ruins" is no departure.
                var head = k - 1
                while head > c.range.lowerBound, analysis.isWord(head, .auxiliary) || !c.isCovered(head) && analysis.isWord(head, .memberNoun) { head -= 1 }
                // "Hanan Deeb, 34, left": over an age in commas.
                if analysis.isKey(head, .comma), tokens[max(head - 1, 0)].kind == .number, analysis.isKey(head - 2, .comma) { head -= 3 }
                let subjects = c.subjects(before: k)
                let leavers = subjects.last.map { $0.tokens.upperBound == head + 1 } == true ? subjects : []
                for s in leavers {
                    add(s.number, .fleesFrom, from.number, c, at: k)
                    if let destination { add(s.number, .fleesTo, destination.number, c, at: k) }
                }
                continue
            }
            // "the evacuation of rebels and civilians from eastern Aleppo (to Idlib)": those moved
            // left the place (for the other).
            if analysis.isKey(k + 1, .of), Self.departureNouns.contains(keys[k]) {
                let leavers = c.coordinatedMentions(from: k + 2, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective })
                guard let last = leavers.last,
                      let from = c.window(from: last.tokens.upperBound, to: last.tokens.upperBound + 4).first(where: { analysis.isKey($0, .from) }),
                      let origin = c.mention(startingAt: from + 1) ?? (analysis.isKey(from + 1, .the) ? c.mention(startingAt: from + 2) : nil),
                      analysis.kind(of: origin) == .place, origin.form != .adjective, !c.isNegatedOrHypothetical(before: k, window: 4) else { continue }
                let destination = analysis.isKey(origin.tokens.upperBound, .to) || analysis.isKey(origin.tokens.upperBound, .toward, .towards)
                    ? c.firstMention(after: origin.tokens.upperBound + 1, within: 2, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) : nil
                for leaver in leavers {
                    add(leaver.number, .fleesFrom, origin.number, c, at: k)
                    if let destination { add(leaver.number, .fleesTo, destination.number, c, at: k) }
                }
                continue
            }
            // "Russian jets bombed P in support of the Syrian army": the clause's subject supports X.
            if analysis.isKey(k, .in), k + 2 < c.range.upperBound, analysis.isKey(k + 2, .of), keys[k + 1] == "support",
               let supported = c.mention(startingAt: k + 3) ?? (analysis.isKey(k + 3, .the) ? c.mention(startingAt: k + 4) : nil),
               fitsAsSource(supported), supported.form != .adjective || c.mention(startingAt: supported.tokens.upperBound) == nil,
               !c.isNegatedOrHypothetical(before: k, window: 4) {
                // ("Russian aircraft carried out strikes on Islamic State positions … in support of
                // X": an actor after a preposition is the act's object; the clause's subject supports.)
                var subjects = c.subjects(before: k)
                if let last = subjects.last, analysis.isWord(last.tokens.lowerBound - 1, .preposition) || analysis.isKey(last.tokens.lowerBound - 1, .the) && analysis.isWord(last.tokens.lowerBound - 2, .preposition) {
                    let opening = analysis.isKey(last.tokens.lowerBound - 1, .the) ? last.tokens.lowerBound - 2 : last.tokens.lowerBound - 1
                    subjects = c.subjects(before: opening)
                }
                for s in subjects where s.number != supported.number && fitsAsSource(s) {
                    add(s.number, .supports, supported.number, c, at: k + 1)
                }
                continue
            }
            if analysis.isKey(k, .with), let (supporter, support) = supportPhrase(after: k, in: c) {
                // "advancing with Russian air support", "with heavy air support from the coalition".
                if !c.isNegatedOrHypothetical(before: k, window: 4) {
                    // "Iraqi forces are fighting the group with American support": the object of the
                    // verb before is not the one supported, the verb's subject is.
                    var subjects = c.subjects(before: k)
                    if let object = subjects.last, object.tokens.upperBound == k {
                        var verbEnd = object.tokens.lowerBound
                        if analysis.isKey(verbEnd - 1, .the) { verbEnd -= 1 }
                        if let verb = c.window(from: verbEnd - 3, to: verbEnd).first(where: {
                            index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: $0, limit: verbEnd)?.end == verbEnd
                        }) {
                            subjects = c.subjects(before: verb)
                        }
                    }
                    for s in subjects where s.number != supporter.number { add(supporter.number, .supports, s.number, c, at: support) }
                }
                continue
            }
            guard let relation = analysis.nounCue(k) else { continue }
            // A word of a name is no cue: "the High Negotiations Committee".
            if analysis.mentionCovering[k] >= 0, analysis.mentions[Int(analysis.mentionCovering[k])].form == .name { continue }
            if c.isNegatedOrHypothetical(before: k, window: 4) { continue }
            if relation.relationClass == .cooperation {
                // "the Syrian army and its Russian backers", "the regime and its Russian and Iranian
                // allies": the adjectives' actors back the actor the possessive stands for.
                if let owner = adjectiveAgentsOwner(before: k, in: c) {
                    for agent in owner.agents where agent.number != owner.owned.number { add(agent.number, relation, owner.owned.number, c, at: k) }
                    continue
                }
                // "Syria's government and its ally Russia", "the regime and its main backers, Russia
                // and Iran": the names after the noun are the agents of the actor before "and its".
                if let owned = possessiveOwner(before: k, in: c) {
                    let start = analysis.isKey(k + 1, .comma) ? k + 2 : k + 1
                    let agents = c.mention(startingAt: start) != nil ? c.coordinatedMentions(from: start, where: { fitsAsSource($0) && $0.form != .adjective }) : []
                    for agent in agents where agent.number != owned.number { add(agent.number, relation, owned.number, c, at: k) }
                    if !agents.isEmpty { continue }
                }
                // "Lavrov's contacts with Kerry", "Russia's talks with Turkey".
                if analysis.isKey(k + 1, .with), let possessor = c.possessor(before: k), fitsAsSource(possessor), possessor.form != .adjective,
                   let other = c.firstMention(after: k + 2, within: 2, where: { fitsAsSource($0) && $0.form != .adjective }), other.number != possessor.number {
                    add(possessor.number, relation, other.number, c, at: k)
                    continue
                }
                // "talks between A and B": the act is mutual.
                if relation.isSymmetric, analysis.isKey(k + 1, .between) {
                    let sides = c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) })
                    for a in sides { for b in sides where a.number != b.number { add(a.number, relation, b.number, c, at: k) } }
                    continue
                }
                // Possessor + apposition: "Mr Assad's patrons, Russia and Iran".
                if let possessor = c.possessor(before: k), analysis.isKey(k + 1, .comma) || analysis.isKey(k + 1, .colon) || analysis.isKey(k + 1, .emDash) {
                    // The apposition starts right after the comma (at most after "the"): "…'s ally,
                    // condemned the US" names no agent.
                    let agents = c.mention(startingAt: k + 2) != nil || analysis.isKey(k + 2, .the) && c.mention(startingAt: k + 3) != nil
                        ? c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) }) : []
                    for a in agents { add(a.number, relation, possessor.number, c, at: k) }
                    if !agents.isEmpty { continue }
                }
                // Possessor in an apposition: "Russia, Assad's most powerful ally"; a plural noun
                // describes the list before it: "Russia and Iran, Assad's main allies".
                if let possessor = c.possessor(before: k), fitsAsSource(possessor),
                   let head = c.appositionHead(before: c.appositionStart(before: possessor.tokens.lowerBound)), fitsAsSource(head), head.number != possessor.number {
                    for h in apposedAgents(endingWith: head, noun: k, in: c) where h.number != possessor.number { add(h.number, relation, possessor.number, c, at: k) }
                    continue
                }
                // A copula and a possessor: "Iran, which along with Russia is Assad's main backer".
                // ("A and B have been among X's main backers": one of several.)
                if let possessor = c.possessor(before: k), fitsAsSource(possessor), possessor.form != .adjective,
                   let copula = c.window(from: possessor.tokens.lowerBound - 3, to: possessor.tokens.lowerBound).last(where: { analysis.isKey($0, .is, .are) || analysis.isKey($0, .was, .were) || analysis.isKey($0, .remains, .remain) || analysis.isKey($0, .been) }),
                   c.window(from: copula + 1, to: possessor.tokens.lowerBound).allSatisfy({ analysis.isKey($0, .the) || isInsertedAdverb($0, in: c) || analysis.isKey($0, .among) && $0 == copula + 1 }) {
                    var subjects = c.subjects(before: copula)
                    // "Iran, which along with Russia is …": the relative clause's antecedent too.
                    if let first = subjects.first, analysis.isKey(first.tokens.lowerBound - 1, .with), first.tokens.lowerBound - 2 >= c.range.lowerBound,
                       analysis.isKey(first.tokens.lowerBound - 2, .along), let antecedent = c.relativeAntecedent(before: first.tokens.lowerBound - 2) {
                        subjects.append(antecedent)
                    }
                    for subject in subjects where subject.number != possessor.number && fitsAsSource(subject) {
                        add(subject.number, relation, possessor.number, c, at: k)
                    }
                    continue
                }
                // A copula: "Washington, which backs the SDF, is also a NATO ally of Turkey".
                if analysis.isKey(k + 1, .of), let copula = c.window(from: k - 6, to: k).last(where: { analysis.isKey($0, .is, .are) || analysis.isKey($0, .was, .were) || analysis.isKey($0, .remains, .remain) }),
                   c.window(from: copula + 1, to: k).allSatisfy({ analysis.isKey($0, .a, .an) || analysis.isKey($0, .the) || isInsertedAdverb($0, in: c) || analysis.isWord($0, .qualifier)
                       || c.isCovered($0) || tokens[$0].kind == .word && !tokens[$0].isCapitalized && analysis.wordClass($0).isDisjoint(with: [.preposition, .clauseBreaker, .relativePronoun]) }),
                   let object = c.firstMention(after: k + 2, within: 3, where: { fitsAsSource($0) && $0.form != .adjective }) {
                    for subject in c.subjects(before: copula) where subject.number != object.number && fitsAsSource(subject) {
                        add(subject.number, relation, object.number, c, at: k)
                    }
                    continue
                }
                // Modifier + apposition: "Washington, always a reluctant rebel backer".
                if let modifier = c.mention(covering: k - 1), let head = c.appositionHead(before: modifier.tokens.lowerBound), fitsAsSource(head),
                   !c.window(from: head.tokens.upperBound, to: modifier.tokens.lowerBound).contains(where: { analysis.isWord($0, .auxiliary) }) {
                    add(head.number, relation, modifier.number, c, at: k)
                    continue
                }
                if analysis.isKey(k + 1, .of), let object = c.firstMention(after: k + 2, within: 3, where: { fits($0, asTargetOf: relation) }),
                   let head = c.appositionHead(before: k) {
                    for h in apposedAgents(endingWith: head, noun: k, in: c) { add(h.number, relation, object.number, c, at: k) }
                }
            } else {
                // "P, the group's last stronghold": the possessor holds the place in apposition.
                if relation.relationClass == .control, let possessor = c.possessor(before: k), fitsAsSource(possessor),
                   let place = c.appositionHead(before: c.appositionStart(before: possessor.tokens.lowerBound)), analysis.kind(of: place) == .place {
                    add(possessor.number, relation, place.number, c, at: k)
                    continue
                }
                // "Idlib province, a stronghold of the opposition": the owner after "of" holds the place.
                if relation.relationClass == .control, analysis.isKey(k + 1, .of),
                   let owner = c.mention(startingAt: k + 2) ?? (analysis.isKey(k + 2, .the) ? c.mention(startingAt: k + 3) : nil),
                   fitsAsSource(owner), owner.form != .adjective,
                   let place = c.appositionHead(before: c.appositionStart(before: k - (analysis.isWord(k - 1, .qualifier) || analysis.isWord(k - 1, .nounModifier) ? 1 : 0))),
                   analysis.kind(of: place) == .place {
                    add(owner.number, relation, place.number, c, at: k)
                    continue
                }
                // Action nouns: "the army's capture of P", "launched an attack on Y".
                // "the army's advance in eastern Aleppo".
                // "pressed ahead with a new offensive in Idlib province": a campaign in a place strikes it.
                let campaignIn = analysis.isKey(k + 1, .in) && relation == .attacks && Self.campaignNouns.contains(keys[k]) && c.hasLightVerb(before: k, within: 6)
                guard analysis.isKey(k + 1, .of, .on) || analysis.isKey(k + 1, .against, .into) || analysis.isKey(k + 1, .to)
                        || analysis.isKey(k + 1, .in) && relation == .advancesInto || campaignIn else { continue }
                guard let object = c.firstMention(after: k + 2, within: 4, where: { fits($0, asTargetOf: relation) }) else { continue }
                let objects = c.coordinatedMentions(from: object.tokens.lowerBound, where: { fits($0, asTargetOf: relation) })
                var sources: [Mention] = []
                if let possessor = c.possessor(before: k), fitsAsSource(possessor) {
                    sources = [possessor]
                } else if let modifier = c.mention(covering: k - 1) ?? c.mention(covering: k - 2).flatMap({ analysis.isWord(k - 1, .forceNoun) || analysis.isKey(k - 1, .air) ? $0 : nil }),
                          modifier.form == .adjective || relation.relationClass == .control && modifier.tokens.upperBound == k, fitsAsSource(modifier) {
                    // "the Islamic State stronghold of Raqqa": a name before a noun of control too.
                    // "Russian raids on P", "Turkish air strikes on P": the adjective's actor acts.
                    sources = [modifier]
                } else if analysis.isKey(k - 1, .its) || analysis.isKey(k - 1, .their) {
                    // "the army had suspended its assault on P": the possessive is the clause's subject.
                    sources = c.subjects(before: k - 1).filter { fitsAsSource($0) && $0.form != .adjective }
                } else if c.hasLightVerb(before: k, within: 6) {
                    // "nine people killed on Friday in strikes on P": the victims are not the attackers.
                    // "1,600 civilians were killed …, many in attacks on P": the harmed are no attackers.
                    sources = c.subjects(before: k).filter { s in
                        var v = s.tokens.upperBound
                        while analysis.isWord(v, .auxiliary) { v += 1 }
                        return !analysis.isWord(v, .patientParticiple)
                    }
                }
                for s in sources { for o in objects { add(s.number, relation, o.number, c, at: k) } }
            }
        }
    }

    /// The actors an apposition whose agent noun is at `noun` describes, `head` being the one right
    /// before its comma: the list ending in `head` when the noun is plural ("Saudi Arabia, Turkey
    /// and Qatar, the main backers of X"), else `head` alone ("A and Qatar, a backer of X").
    func apposedAgents(endingWith head: Mention, noun: Int, in c: SentenceContext) -> [Mention] {
        guard analysis.isWord(noun, .endsInS) else { return [head] }
        return c.coordinatedMentions(endingWith: head, where: { fitsAsSource($0) && $0.form != .adjective })
    }

    /// Nouns of a military campaign, which strikes the place it is waged in.
    static let campaignNouns: Set<String> = ["offensive", "campaign", "offensives", "campaigns", "onslaught"]

    /// For an agent noun at `k` after "A and its/their ADJ [and ADJ]": the adjectives' actors
    /// and A.
    func adjectiveAgentsOwner(before k: Int, in c: SentenceContext) -> (agents: [Mention], owned: Mention)? {
        var t = k - 1
        var agents: [Mention] = []
        while t > c.range.lowerBound, let m = c.mention(covering: t), m.form == .adjective, analysis.kind(of: m) == .actor {
            agents.insert(m, at: 0)
            t = m.tokens.lowerBound - 1
            if analysis.isKey(t, .and) || analysis.isKey(t, .comma) { t -= 1 }
        }
        guard !agents.isEmpty, analysis.isKey(t, .its) || analysis.isKey(t, .their), analysis.isKey(t - 1, .and),
              let owned = c.mention(covering: t - 2), analysis.kind(of: owned) == .actor, owned.form != .adjective else { return nil }
        return (agents, owned)
    }

    /// For an agent noun at `k` after "A and its/their/his [one or two words]": A, an actor
    /// ("the regime and its main ally").
    func possessiveOwner(before k: Int, in c: SentenceContext) -> Mention? {
        func isPossessive(_ t: Int) -> Bool { analysis.isKey(t, .its) || analysis.isKey(t, .their) || analysis.key(t) == "his" }
        var t = k - 1
        while t > k - 3, t > c.range.lowerBound, tokens[t].kind == .word, !tokens[t].isCapitalized, !c.isCovered(t), !isPossessive(t) { t -= 1 }
        guard t - 2 >= c.range.lowerBound, isPossessive(t), analysis.isKey(t - 1, .and),
              let owned = c.mention(covering: t - 2), analysis.kind(of: owned) == .actor, owned.form != .adjective else { return nil }
        return owned
    }

    /// The supporter named in a phrase of support after "with": "with Russian air support"
    /// (an adjective), "with air support from the coalition"; and the index of "support".
    func supportPhrase(after with: Int, in c: SentenceContext) -> (Mention, Int)? {
        guard let support = c.window(from: with + 1, to: with + 5).first(where: { analysis.isWord($0, .supportNoun) }) else { return nil }
        for t in c.window(from: with + 1, to: support) where !c.isCovered(t) {
            guard tokens[t].kind == .word, Self.supportModifiers.contains(keys[t]) || analysis.isWord(t, .determiner) || isInsertedAdverb(t, in: c) else { return nil }
        }
        if analysis.isKey(support + 1, .from), let from = c.firstMention(after: support + 2, within: 2, where: { fitsAsSource($0) }) {
            return (from, support)
        }
        if let modifier = c.lastMention(before: support, within: 2, where: { fitsAsSource($0) }), modifier.tokens.lowerBound > with {
            return (modifier, support)
        }
        return nil
    }

    /// Nouns of support after "with": "with Russian air support".
    static let supportNouns: Set<String> = ["support", "backing", "cover"]

    /// Words that may qualify a support noun: "with heavy air support".
    static let supportModifiers: Set<String> = ["air", "aerial", "artillery", "military", "heavy", "close", "logistical", "naval", "the", "backing"]
}
