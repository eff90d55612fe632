import ActorGraph

/// Passives: "Y, backed by X and Z", "besieged since July by X", "a truce brokered by A and B".
extension RelationFinder {
    // MARK: - "Y, backed by X and Z", "civilians killed by rebel shelling"

    func findPassives(_ c: SentenceContext) {
        guard !c.classes.isDisjoint(with: [.passiveTrigger, .attackVerb]) else { return }
        // Every pattern below starts from a passive trigger ("led", a passive cue, "draft" before
        // "by") or an attack verb: no other token is looked at further.
        // (The classes as a union, not an array literal: handed to a call, the literal was an
        // array allocated for each sentence.)
        for k in analysis.tokens(in: c.range, of: WordClass.passiveTrigger.union(.attackVerb)) where tokens[k].kind == .word {
            // "rebels, led by the Jaish al-Fatah alliance": the agent leads; "an alliance dominated
            // by the YPG": the agent is its main member.
            let leads = analysis.isKey(k, .led, .headed, .commanded)
            // "a draft put forward by A, B and C", "a proposal by A and B": written together.
            // ("by" is tested first: it is one id comparison, the word list a string hash.)
            if analysis.isKey(k + 1, .by), Self.jointTextWords.contains(keys[k]), keys[k] != "forward" || analysis.key(k - 1) == "put",
               !c.isNegatedOrHypothetical(before: k, window: 4) {
                let authors = c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) && $0.form != .adjective })
                for a in authors { for b in authors where a.number != b.number { add(a.number, .cooperatesWith, b.number, c, at: k) } }
                continue
            }
            guard leads || analysis.passiveCue(k) != nil || analysis.isWord(k, .attackVerb), let by = agentPhrase(after: k, in: c) else { continue }
            let dominates = analysis.isKey(k, .dominated) && c.lastMention(before: k, within: 8, where: { fits($0, asTargetOf: .memberOf) }) != nil
            guard let cue = leads ? .leaderOf : dominates ? .memberOf
                    : analysis.passiveCue(k) ?? (analysis.isWord(k, .attackVerb) ? .attacks : nil) else { continue }
            if k > 0, analysis.isKey(k - 1, .hyphen) { continue }
            if c.isNegatedOrHypothetical(before: k, window: 6) { continue }
            let agents = c.coordinatedMentions(from: by + 1, where: { fitsAsSource($0) })
            guard !agents.isEmpty else { continue }
            var relation = cue
            var target = c.lastMention(before: k, within: 8, where: { fits($0, asTargetOf: cue) && $0.form != .adjective })
            // "as well as factions armed by Turkey": a plain plural noun right before the participle
            // is the patient, and it names no actor.
            // (Only after "as well as", "including" and the like: "an alliance of militias backed by
            // X" is the alliance before it.)
            if let found = target, k >= 1, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, !c.isCovered(k - 1), analysis.isWord(k - 1, .endsInS),
               !analysis.isWord(k - 1, .auxiliary), !analysis.isWord(k - 1, .insertedAdverb), !analysis.isWord(k - 1, .commonWord),
               c.window(from: found.tokens.upperBound, to: k - 1).contains(where: { analysis.isKey($0, .including) || keys[$0] == "besides" || analysis.isKey($0, .as) && analysis.isKey($0 + 1, .well) }) {
                target = nil
            }
            // "225 civilians, including 25 children, have been killed by": the patient is before the aside.
            var j = k - 1
            while j > c.range.lowerBound, analysis.isWord(j, .auxiliary) { j -= 1 }
            var patientBeforeAside = false
            if analysis.isKey(j, .comma), let opening = c.window(from: j - 10, to: j).last(where: { analysis.isKey($0, .comma) }) {
                // "Sheikh Maqsoud, a hilltop district in the north of Aleppo, has been held by",
                // "The east, home to 250,000 people, has been encircled by": an apposition right after
                // the patient, whatever it names.
                if let patient = c.mention(covering: opening - 1), patient.tokens.upperBound == opening, fits(patient, asTargetOf: cue), patient.form != .adjective,
                   analysis.isKey(opening + 1, .a, .an) || analysis.isKey(opening + 1, .the) || keys[opening + 1] == "home" {
                    target = patient
                    patientBeforeAside = true
                } else if !c.window(from: opening + 1, to: j).contains(where: { c.mention(covering: $0).map { analysis.kind(of: $0) == .actor } ?? false }),
                          let before = c.lastMention(before: opening, within: 4, where: { fits($0, asTargetOf: cue) && $0.form != .adjective }) {
                    target = before
                }
            }
            // "A and B, both captured this year by X": the list before "both".
            if ["both", "all", "each"].contains(keys[max(k - 1, 0)]), analysis.isKey(k - 2, .comma),
               let head = c.mention(covering: k - 3), fits(head, asTargetOf: cue) {
                target = head
            }
            // "an enclave in the city held by X": the patient is the enclave, not the city.
            // But "A and B, two villages in P besieged by X": the patients are the names the
            // apposition describes.
            // ("led by the Tiger Forces, a unit commanded by P": the agent of a "by" may be a patient.)
            var apposed: [Mention] = []
            let preposition = target.map { analysis.isKey($0.tokens.lowerBound - 1, .the) ? $0.tokens.lowerBound - 2 : $0.tokens.lowerBound - 1 }
            // "In Idlib province, which is held by rebel factions": a relative pronoun right after
            // the place makes it the patient, whatever precedes it; "A and B in Idlib province,
            // which are surrounded by rebels": a plural verb makes the list before it the patients
            // (if there is none, the place is a plural itself: "in the eastern districts, which have").
            let relativeAfterTarget = target.map { found in
                analysis.isKey(found.tokens.upperBound, .comma) && analysis.isKey(found.tokens.upperBound + 1, .which) && analysis.kind(of: found) == .place
                    && found.tokens.upperBound + 2 < k && c.window(from: found.tokens.upperBound + 2, to: k).allSatisfy({ analysis.isWord($0, .auxiliary) || isInsertedAdverb($0, in: c) })
            } ?? false
            if relativeAfterTarget, let found = target, let preposition, analysis.isWord(preposition, .preposition), !analysis.isKey(preposition, .by),
               analysis.isKey(found.tokens.upperBound + 2, .are, .were) || analysis.key(found.tokens.upperBound + 2) == "have" {
                if let list = c.mention(covering: preposition - 1), list.tokens.upperBound == preposition, fits(list, asTargetOf: cue), list.form != .adjective {
                    apposed = c.coordinatedMentions(endingWith: list, where: { fits($0, asTargetOf: cue) && $0.form != .adjective })
                    target = list
                }
            } else if let found = target, let preposition, analysis.isWord(preposition, .preposition), !analysis.isKey(preposition, .by), !relativeAfterTarget {
                target = nil
                if let comma = c.window(from: found.tokens.lowerBound - 8, to: found.tokens.lowerBound).last(where: { analysis.isKey($0, .comma) }),
                   appositiveParent(from: comma + 1, in: c)?.tokens.lowerBound == found.tokens.lowerBound,
                   let head = c.mention(covering: comma - 1), fits(head, asTargetOf: cue) {
                    apposed = c.coordinatedMentions(endingWith: head, where: { fits($0, asTargetOf: cue) })
                    target = head
                }
            }
            // "…towns or to a mountain pocket held by X": another noun phrase is the patient, unless it
            // is the found actor's own apposition ("the SDF, an alliance dominated by").
            if apposed.isEmpty, !patientBeforeAside, let found = target, c.window(from: found.tokens.upperBound, to: k).contains(where: { analysis.isKey($0, .a, .an, .the) }),
               !isGroupApposition(from: found.tokens.upperBound, to: k, of: found) {
                target = nil
                // "A and B, the last districts still held by X": the apposition describes the places.
                if apposed.isEmpty, analysis.kind(of: found) == .place, analysis.isKey(found.tokens.upperBound, .comma),
                   analysis.isKey(found.tokens.upperBound + 1, .the, .a, .an) || tokens[found.tokens.upperBound + 1].kind == .number,
                   c.window(from: found.tokens.upperBound + 2, to: k).contains(where: { analysis.isWord($0, .pluralPlaceNoun) || analysis.placeNoun($0) != nil }),
                   !c.window(from: found.tokens.upperBound + 2, to: k).contains(where: { c.isCovered($0) || analysis.isKey($0, .comma) }),
                   fits(found, asTargetOf: cue) {
                    target = found
                    apposed = c.coordinatedMentions(endingWith: found, where: { fits($0, asTargetOf: cue) })
                }
            }
            if analysis.isWord(k, .attackVerb), let lastAgent = agents.last {
                // The agent's noun names the act: "rebel shelling" → shells.
                var j = lastAgent.tokens.upperBound
                while j < c.range.upperBound, j < lastAgent.tokens.upperBound + 3, tokens[j].kind == .word {
                    if let nounRelation = analysis.nounCue(j), nounRelation.relationClass == .conflict { relation = nounRelation; break }
                    j += 1
                }
                // "bombardment on Aleppo city": the place struck.
                if let on = c.window(from: lastAgent.tokens.upperBound, to: lastAgent.tokens.upperBound + 4).first(where: { analysis.isKey($0, .on) }),
                   let place = c.firstMention(after: on + 1, within: 3, where: { analysis.kind(of: $0) == .place }) {
                    target = place
                }
            }
            guard let target else {
                // "a truce brokered by A and B": the agents of a symmetric act do it with each other.
                if relation.isSymmetric, agents.count >= 2 {
                    for a in agents { for b in agents where a.number != b.number { add(a.number, relation, b.number, c, at: k) } }
                }
                continue
            }
            // "a pocket around A, B and C held by X": a list of places before the participle.
            if apposed.isEmpty, analysis.kind(of: target) == .place, relation.relationClass == .control || relation.relationClass == .conflict {
                let list = c.coordinatedMentions(endingWith: target, where: { analysis.kind(of: $0) == .place && $0.form != .adjective })
                if list.count >= 2 { apposed = list }
            }
            for patient in apposed.isEmpty ? [target] : apposed {
                for agent in agents { add(agent.number, relation, patient.number, c, at: k) }
            }
        }
    }

    /// Words of a text written by several actors together, before "by": "put forward by",
    /// "a proposal by".
    static let jointTextWords: Set<String> = ["forward", "proposal", "proposals", "draft", "initiative"]

    /// The "by" of a passive's agent after the participle at `k`: right after it, or after a short
    /// phrase of time ("besieged since July by", "held for years by", "shelled on Tuesday by").
    func agentPhrase(after k: Int, in c: SentenceContext) -> Int? {
        guard k + 1 < c.range.upperBound else { return nil }
        if analysis.isKey(k + 1, .by) { return k + 1 }
        // "held mostly by X", "backed largely and openly by X": adverbs before the agent.
        var j = k + 1
        while j < c.range.upperBound, j < k + 4, isInsertedAdverb(j, in: c) || analysis.isKey(j, .and) && j > k + 1 { j += 1 }
        if j > k + 1, analysis.isKey(j, .by) { return j }
        guard analysis.isKey(k + 1, .since, .for, .on) || analysis.isKey(k + 1, .during, .throughout, .until) || analysis.isKey(k + 1, .in)
                || analysis.isKey(k + 1, .this, .last, .earlier) else { return nil }   // "captured this year by X"
        for t in c.window(from: k + 2, to: k + 7) {   // "besieged for more than a year by"
            if analysis.isKey(t, .by) { return t > k + 2 ? t : nil }
            if tokens[t].kind == .punctuation || c.isCovered(t) || analysis.isWord(t, .clauseBreaker) { return nil }
        }
        return nil
    }

    /// True when the words from `start` to `end` are ", a/an/the [words] <group noun> [of …]" right
    /// after an actor: its apposition.
    func isGroupApposition(from start: Int, to end: Int, of head: Mention) -> Bool {
        guard analysis.kind(of: head) == .actor, analysis.isKey(start, .comma), analysis.isKey(start + 1, .a, .an) || analysis.isKey(start + 1, .the) else { return false }
        return (start + 2..<end).contains { analysis.isWord($0, .groupNoun) }
    }

    /// Nouns for a collection of groups: "a network of rebel groups".
    static let collectiveNouns: Set<String> = ["network", "alliance", "coalition", "umbrella", "grouping", "collection", "federation", "union", "bloc"]

    /// Nouns for groups of fighters or parties, heads of an actor's apposition.
    static let groupNouns: Set<String> = ["alliance", "coalition", "group", "faction", "umbrella", "movement", "force", "militia", "bloc", "organisation", "organization", "front", "unit", "division", "brigade", "battalion", "formation", "wing"]
}
