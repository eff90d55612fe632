import ActorGraph

/// Fixed turns of phrase, expulsions, divisions of a city and losses of ground.
extension RelationFinder {
    /// The mention that heads the clause ending before `t`: over auxiliaries and a parenthetical
    /// between commas ("Houla, a farming area of 100,000 people, has been" → Houla).
    func clauseHead(before t: Int, in c: SentenceContext, where accept: (Mention) -> Bool) -> Mention? {
        var u = t - 1
        while u > c.range.lowerBound, analysis.isWord(u, .auxiliary) || isInsertedAdverb(u, in: c) { u -= 1 }
        if analysis.isKey(u, .comma), let opening = c.window(from: u - 16, to: u).last(where: { analysis.isKey($0, .comma) }),
           let head = c.mention(covering: opening - 1), accept(head) {
            return head
        }
        return c.lastMention(before: u + 1, within: 4, where: accept)
    }

    /// Fixed turns of phrase: "P has been under siege by X", "P, under the control of X";
    /// "negotiated between A and B"; "X took (the town of) P".
    func findIdioms(_ c: SentenceContext) {
        guard c.classes.contains(.idiomTrigger) else { return }
        // Every pattern below starts at one of the ``WordClass/idiomTrigger`` words ("under",
        // "responsible", "took", …): the others are stepped over in a tight loop.
        for k in analysis.tokens(in: c.range, of: .idiomTrigger) where tokens[k].kind == .word {
            // "under siege by X", "under attack from X", "under the control of X", "under X control".
            if analysis.isKey(k, .under) {
                var t = k + 1
                if analysis.isKey(t, .the) { t += 1 }
                let noun = analysis.key(t)
                let relation: Relation? = noun == "siege" ? .besieges : noun == "attack" || noun == "bombardment" || noun == "fire" ? .attacks : noun == "control" ? .controls : nil
                guard let relation, analysis.isKey(t + 1, .by, .from) || analysis.isKey(t + 1, .of),
                      let agent = c.firstMention(after: t + 2, within: 2, where: { fitsAsSource($0) }),
                      let patient = clauseHead(before: k, in: c, where: { fits($0, asTargetOf: relation) && $0.form != .adjective && $0.number != agent.number }),
                      !c.isNegatedOrHypothetical(before: k, window: 4) else { continue }
                add(agent.number, relation, patient.number, c, at: k)
                continue
            }
            // "the army said rebels were responsible for the attack", "Ankara said the YPG was behind
            // it": a speaker who puts the blame on someone accuses them.
            if analysis.isKey(k, .responsible) || analysis.isKey(k, .blame) && analysis.isKey(k - 1, .to)
                || analysis.isKey(k, .behind) && (analysis.isKey(k + 1, .it, .this) || analysis.nounCue(analysis.isKey(k + 1, .the, .a) ? k + 2 : k + 1)?.relationClass == .conflict),
               let be = c.window(from: k - 3, to: k).last(where: { analysis.isWord($0, .auxiliary) }),
               let accused = c.lastMention(before: be, within: 2, where: { fitsAsSource($0) && $0.form != .adjective }),
               let said = c.window(from: accused.tokens.lowerBound - 4, to: accused.tokens.lowerBound).last(where: { analysis.isWord($0, .quoteVerb) }),
               !c.isNegatedOrHypothetical(before: k, window: 4) {
                for accuser in c.subjects(before: said) where accuser.number != accused.number {
                    add(accuser.number, .accuses, accused.number, c, at: k)
                }
                continue
            }
            // "negotiated between the government and the rebels": both sides did it with each other.
            if analysis.isKey(k, .negotiated, .agreed) || analysis.isKey(k, .signed, .brokered), analysis.isKey(k + 1, .between) {
                let sides = c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) })
                for a in sides { for b in sides where a.number != b.number { add(a.number, .negotiatesWith, b.number, c, at: k) } }
                continue
            }
            // "government troops took Maarat al-Numan", "took the town of al-Qaim".
            if analysis.isKey(k, .took, .taken, .taking) || analysis.isKey(k, .take, .takes) {
                var t = k + 1
                if analysis.isKey(t, .back) || analysis.isKey(t, .full) { t += 1 }
                if analysis.isKey(t, .the) { t += 1 }
                if analysis.placeNoun(t) != nil, analysis.isKey(t + 1, .of) { t += 2 }
                guard let place = c.mention(startingAt: t), analysis.kind(of: place) == .place, place.form != .adjective,
                      !analysis.isKey(place.tokens.upperBound, .possessive), !c.isNegatedOrHypothetical(before: k, window: 5),
                      !(k > 0 && analysis.isKey(k - 1, .to) && !analysis.isKey(k - 2, .began)) else { continue }
                for s in c.subjects(before: k) {
                    add(s.number, .captures, place.number, c, at: k)
                    // "took P from X": the ones who lost it were fought.
                    if analysis.isKey(place.tokens.upperBound, .from), let loser = c.firstMention(after: place.tokens.upperBound + 1, within: 2, where: { fitsAsSource($0) && $0.form != .adjective }),
                       loser.number != s.number {
                        add(s.number, .fights, loser.number, c, at: k)
                    }
                }
            }
        }
    }

    /// "the YPG drove Islamic State out of Kobani", "forced the rebels from P": the subject fought
    /// the ones driven out and took the place.
    // MARK: - "fired missiles at X", "launched rockets at Y", "dropped barrel bombs on Z"

    /// A weapon fired at a target attacks it (shells it when the weapon is artillery, rockets
    /// or mortars): "The United States fired dozens of cruise missiles at Shayrat air base".
    func findFiring(_ c: SentenceContext) {
        guard c.classes.contains(.firingVerb) else { return }
        // (The firing verbs are the class's words: the others are stepped over in a tight loop.)
        for k in analysis.tokens(in: c.range, of: .firingVerb) where analysis.keyIDs[k] >= Keyword.fired.rawValue && analysis.keyIDs[k] <= Keyword.drops.rawValue {
            guard let at = c.window(from: k + 1, to: k + 8).first(where: { analysis.isKey($0, .at) || analysis.isKey($0, .on) && analysis.keyIDs[k] >= Keyword.dropped.rawValue }),
                  !c.window(from: k + 1, to: at).contains(where: { c.mention(covering: $0).map { analysis.kind(of: $0) == .actor || analysis.kind(of: $0) == .place } == true || analysis.isWord($0, .clauseBreaker) || analysis.isKey($0, .comma) }),
                  c.window(from: k + 1, to: at).contains(where: { Self.weaponNouns.contains(keys[$0]) }),
                  // "at a Syrian air base" names no target; "at Russian positions" does.
                  let target = c.firstMention(after: at + 1, within: 4, where: { $0.form != .adjective || analysis.kind(of: $0) == .actor && c.mention(startingAt: $0.tokens.upperBound) == nil }),
                  !c.isNegatedOrHypothetical(before: k, window: 5) else { continue }
            let shelling = c.window(from: k + 1, to: at).contains(where: { ["rockets", "shells", "mortars", "mortar", "artillery"].contains(keys[$0]) })
            for s in c.subjects(before: k) where s.number != target.number {
                add(s.number, shelling ? .shells : .attacks, target.number, c, at: k)
            }
        }
    }

    /// Weapons that are fired, launched or dropped.
    static let weaponNouns: Set<String> = ["missiles", "missile", "rockets", "rocket", "shells", "shell", "mortars", "mortar", "bombs", "bomb", "projectiles", "grenades", "munitions", "artillery", "tomahawks", "salvos", "barrels"]

    func findExpulsions(_ c: SentenceContext) {
        guard c.classes.contains(.expulsionTrigger) else { return }
        // "buses carried hundreds of rebel fighters out of Darayya": the carried left the place.
        // (Both loops take their words among the ``WordClass/expulsionTrigger`` tokens, which are
        // exactly the words of their two patterns.)
        for k in analysis.tokens(in: c.range, of: .expulsionTrigger) where analysis.isKey(k, .carried, .carrying) || analysis.isKey(k, .bused, .bussed) || analysis.isKey(k, .evacuated) {
            guard let carried = c.firstMention(after: k + 1, within: 8, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective }) else { continue }
            var group = c.coordinatedMentions(from: carried.tokens.lowerBound, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective })
            if group.isEmpty { group = [carried] }
            guard let last = group.last, let out = c.window(from: last.tokens.upperBound, to: last.tokens.upperBound + 3).first(where: { analysis.isKey($0, .out) && analysis.isKey($0 + 1, .of) }),
                  let place = c.mention(startingAt: out + 2) ?? (analysis.isKey(out + 2, .the) ? c.mention(startingAt: out + 3) : nil),
                  analysis.kind(of: place) == .place, place.form != .adjective else { continue }
            for g in group { add(g.number, .fleesFrom, place.number, c, at: k) }
        }
        for k in analysis.tokens(in: c.range, of: .expulsionTrigger) where analysis.isKey(k, .drove, .driven, .drive) || analysis.isKey(k, .driving, .forced, .pushed) || analysis.isKey(k, .expelled) {
            // Only fighters or states are driven out in a fight ("forced civilians from P" is no fight).
            guard let expelled = c.firstMention(after: k + 1, within: 6, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective
                    && [.armedGroup, .militia, .state, .government, .coalition].contains(analysis.category(of: $0)) }) else { continue }
            var t = expelled.tokens.upperBound
            // "driving out rebels": "out" before the expelled, with no place named.
            let outBefore = analysis.isKey(k + 1, .out) && expelled.tokens.lowerBound <= k + 3
            if analysis.isKey(t, .out) && analysis.isKey(t + 1, .of) { t += 2 } else if analysis.isKey(t, .from) { t += 1 } else if !outBefore { continue }
            let place = t > expelled.tokens.upperBound ? c.firstMention(after: t, within: 2, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) : nil
            guard place != nil || outBefore || analysis.isKey(expelled.tokens.upperBound, .from), !c.isNegatedOrHypothetical(before: k, window: 5) else { continue }
            // "they had driven": a pronoun subject stands for the group named before it.
            for s in c.subjects(before: k) where s.number != expelled.number {
                add(s.number, .fights, expelled.number, c, at: k)
                if let place { add(s.number, .captures, place.number, c, at: k) }
            }
        }
    }

    // MARK: - "split between the army in the north and rebels in the south"

    func findDivisions(_ c: SentenceContext, _ mentions: [Mention]) {
        guard c.keywords.contains(.between), let between = c.range.first(where: { analysis.isKey($0, .between) }), between > c.range.lowerBound,
              analysis.isKey(between - 1, .divided, .split) || analysis.isKey(between - 2, .divided) else { return }
        for m in mentions where m.tokens.lowerBound > between && analysis.kind(of: m) == .actor && m.form != .adjective {
            var j = m.tokens.upperBound
            let relation: Relation = analysis.isKey(j, .control) ? .controls : .holds
            if analysis.isKey(j, .control) { j += 1 }
            guard analysis.isKey(j, .`in`, .on), let place = c.mention(startingAt: j + 1) ?? c.mention(startingAt: j + 2),
                  analysis.kind(of: place) == .place else { continue }
            add(m.number, relation, place.number, c, at: m.tokens.lowerBound)
        }
    }

    // MARK: - "A lost half of their ground to B"

    /// Losing ground *to* someone names a fight with them: "rebels lost half of their ground to
    /// the army" → the army fights the rebels.
    func findLosses(_ c: SentenceContext) {
        guard c.classes.contains(.lossVerb) else { return }
        for k in analysis.tokens(in: c.range, of: .lossVerb) where !c.isQuoted(k) {
            if c.isNegatedOrHypothetical(before: k, window: 5) { continue }
            let losers = c.subjects(before: k)
            guard !losers.isEmpty else { continue }
            for t in c.window(from: k + 1, to: k + 14) {
                if analysis.isWord(t, .clauseBreaker) || analysis.isKey(t, .period) { break }
                guard analysis.isKey(t, .to) else { continue }
                guard let winner = c.firstMention(after: t + 1, within: 3, where: { fitsAsSource($0) && $0.form != .adjective }) else { break }
                for loser in losers where loser.number != winner.number { add(winner.number, .fights, loser.number, c, at: k) }
                break
            }
        }
    }

    /// Auxiliaries between a subject and its verb: "have been killed".
    static let auxiliaries: Set<String> = ["have", "has", "had", "been", "be", "is", "are", "was", "were", "being"]

    static let lossVerbs: Set<String> = ["lost", "lose", "loses", "losing", "ceded", "cede", "cedes", "ceding"]
}
