import ActorGraph

/// Finds relations between the mentions of each sentence: active verbs ("X shelled Y"), passives
/// ("Y, backed by X"), compounds ("X-backed Y", "rebel-held east"), agent and action nouns ("X's
/// patrons, A and B", "X's capture of Y"), roles ("P, a spokesman for O"), locations and movement.
/// Negated or hypothetical statements ("did not attack", "may receive") give no relation.
struct RelationFinder {
    // Word lists of the patterns below, compiled into ``WordClass`` bits per vocabulary id.
    static let qualifiers: Set<String> = ["embattled", "besieged", "divided", "remaining", "last", "old", "historic", "central", "entire", "whole", "opposition", "rebel", "shia", "shiite", "sunni", "local", "foreign", "armed"]
    static let attackVerbs: Set<String> = ["killed", "wounded", "injured", "hit", "struck", "targeted", "destroyed"]
    static let nounModifiers: Set<String> = ["intense", "heavy", "fierce", "fresh", "renewed", "ongoing", "current", "bitter", "street", "continued", "sporadic", "recent", "latest", "long", "final", "main", "artillery", "mortar", "rocket", "sniper", "tank", "gun", "machine-gun", "air", "aerial", "naval"]
    static let meetingVerbs: Set<String> = ["met", "meets", "meeting", "told", "spoke", "speaking", "visited", "visiting", "addressed", "arrived", "said"]
    let analysis: DocumentAnalysis
    private let tokens: [Token]
    private let keys: [String]
    private let index: LexiconIndex

    init(analysis: DocumentAnalysis) {
        self.analysis = analysis
        self.tokens = analysis.tokens
        self.keys = analysis.keys
        self.index = analysis.index
    }

    func run() {
        let quoted = quotedTokens()
        resolveControlledSections()
        for (s, sentence) in analysis.sentences.enumerated() where !analysis.skippedParagraphs.contains(sentence.paragraph) {
            let context = SentenceContext(analysis: analysis, sentence: sentence, number: s, quoted: quoted)
            findCompounds(context)
            findPassives(context)
            findActives(context)
            findNouns(context)
            findRoles(context)
            // The finders below add no mentions: they share one list of the sentence's mentions.
            let mentions = context.mentions
            findGroupKinds(context, mentions)
            findDivisions(context, mentions)
            findLosses(context)
            findLocations(context, mentions)
            findPronounSpeakerPlaces(context)
            findExpulsions(context)
            findIdioms(context)
        }
    }

    /// The mention that heads the clause ending before `t`: over auxiliaries and a parenthetical
    /// between commas ("Houla, a farming area of 100,000 people, has been" → Houla).
    private func clauseHead(before t: Int, in c: SentenceContext, where accept: (Mention) -> Bool) -> Mention? {
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
    private func findIdioms(_ c: SentenceContext) {
        for k in c.range where tokens[k].kind == .word {
            // "under siege by X", "under attack from X", "under the control of X", "under X control".
            if analysis.isKey(k, .under) {
                var t = k + 1
                if analysis.isKey(t, .the) { t += 1 }
                let noun = analysis.key(t)
                let relation: Relation? = noun == "siege" ? .besieges : noun == "attack" || noun == "bombardment" || noun == "fire" ? .attacks : noun == "control" ? .controls : nil
                guard let relation, analysis.isKey(t + 1, .by, .from) || analysis.isKey(t + 1, .of),
                      let agent = c.firstMention(after: t + 2, within: 2, where: { fitsAsSource($0) }),
                      let patient = clauseHead(before: k, in: c, where: { fits($0, asTargetOf: relation) && $0.form != .adjective && $0.entity != agent.entity }),
                      !c.isNegatedOrHypothetical(before: k, window: 4) else { continue }
                add(agent.entity, relation, patient.entity, c, at: k)
                continue
            }
            // "negotiated between the government and the rebels": both sides did it with each other.
            if analysis.isKey(k, .negotiated, .agreed) || analysis.isKey(k, .signed, .brokered), analysis.isKey(k + 1, .between) {
                let sides = c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) })
                for a in sides { for b in sides where a.entity != b.entity { add(a.entity, .negotiatesWith, b.entity, c, at: k) } }
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
                    add(s.entity, .captures, place.entity, c, at: k)
                    // "took P from X": the ones who lost it were fought.
                    if analysis.isKey(place.tokens.upperBound, .from), let loser = c.firstMention(after: place.tokens.upperBound + 1, within: 2, where: { fitsAsSource($0) && $0.form != .adjective }),
                       loser.entity != s.entity {
                        add(s.entity, .fights, loser.entity, c, at: k)
                    }
                }
            }
        }
    }

    /// "the YPG drove Islamic State out of Kobani", "forced the rebels from P": the subject fought
    /// the ones driven out and took the place.
    private func findExpulsions(_ c: SentenceContext) {
        for k in c.range where analysis.isKey(k, .drove, .driven, .drive) || analysis.isKey(k, .driving, .forced, .pushed) || analysis.isKey(k, .expelled) {
            guard let expelled = c.firstMention(after: k + 1, within: 6, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective }) else { continue }
            var t = expelled.tokens.upperBound
            if analysis.isKey(t, .out) && analysis.isKey(t + 1, .of) { t += 2 } else if analysis.isKey(t, .from) { t += 1 } else { continue }
            guard let place = c.firstMention(after: t, within: 2, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }),
                  !c.isNegatedOrHypothetical(before: k, window: 5) else { continue }
            // "they had driven": a pronoun subject stands for the group named before it.
            for s in c.subjects(before: k) where s.entity != expelled.entity {
                add(s.entity, .fights, expelled.entity, c, at: k)
                add(s.entity, .captures, place.entity, c, at: k)
            }
        }
    }

    /// Records `source -relation-> target`, stated in the sentence of `context` around token `anchor`.
    /// The tokens inside direct quotations.
    private func quotedTokens() -> [Bool] {
        var quoted = [Bool](repeating: false, count: tokens.count)
        for span in StatementFinder(analysis: analysis).quoteSpans() where span.close > span.open + 1 {
            for t in (span.open + 1)..<min(span.close, tokens.count) { quoted[t] = true }
        }
        return quoted
    }

    /// "rebel-held Aleppo" means the rebel-held part of a divided city: when the document also says
    /// which part that is ("the rebel-held east"), the city mention is read as that part.
    private func resolveControlledSections() {
        func modifier(before start: Int) -> String? {
            guard start >= 3, analysis.isKey(start - 2, .hyphen), analysis.compoundCue(start - 1)?.relationClass == .control else { return nil }
            let m = analysis.mentionCovering[start - 3]
            guard m >= 0 else { return nil }
            return analysis.mentions[Int(m)].entity
        }
        var sectionOf: [String: String] = [:]   // "actor|city" → section id
        for mention in analysis.mentions where mention.form == .section {
            guard let actor = modifier(before: mention.tokens.lowerBound),
                  let dash = mention.entity.firstIndex(of: "-") else { continue }
            let city = String(mention.entity[mention.entity.index(after: dash)...])
            sectionOf["\(actor)|\(city)"] = mention.entity
        }
        guard !sectionOf.isEmpty else { return }
        func related(_ a: String, _ b: String) -> Bool {
            a == b || index.entity(a)?.parent == b || index.entity(b)?.parent == a
                || (index.entity(a)?.parent).map { $0 == index.entity(b)?.parent } ?? false
        }
        func section(for actor: String, in city: String) -> String? {
            if let exact = sectionOf["\(actor)|\(city)"] { return exact }
            return sectionOf.first { key, _ in
                let parts = key.split(separator: "|").map(String.init)
                return parts.count == 2 && parts[1] == city && related(parts[0], actor)
            }?.value
        }
        for (n, mention) in analysis.mentions.enumerated() where mention.form == .name || mention.form == .anaphor {
            guard analysis.category(of: mention) == .city else { continue }
            var start = mention.tokens.lowerBound
            // "rebel-held areas of (the) Aleppo": skip back over "areas of (the)".
            if analysis.isKey(start - 1, .the) { start -= 1 }
            if analysis.isKey(start - 1, .of), analysis.isWord(start - 2, .sectionNoun) || analysis.isKey(start - 2, .territory) {
                start -= 2
            }
            var first = start
            while first > 0, analysis.isKey(first - 1, .embattled, .besieged, .divided) { first -= 1 }
            guard let actor = modifier(before: first), let section = section(for: actor, in: mention.entity) else { continue }
            analysis.reassignMention(n, to: section)
            analysis.mentions[n].form = .section
            analysis.addAlias((first - 3)..<mention.tokens.upperBound, to: section)
        }
    }

    private func add(_ source: String, _ relation: Relation, _ target: String, _ context: SentenceContext, at anchor: Int) {
        guard source != target else { return }
        analysis.relations.append(FoundRelation(source: source, target: target, relation: relation,
                                                sentences: context.number...context.number, anchor: anchor))
    }

    private func fits(_ mention: Mention, asTargetOf relation: Relation) -> Bool {
        guard let category = analysis.category(of: mention) else { return false }
        let kind = category.kind
        switch relation.relationClass {
        case .control, .movement: return kind == .place
        case .cooperation: return kind == .actor
        case .membership: return kind == .actor && category != .person
        case .location: return kind == .place
        default: return true
        }
    }

    private func fitsAsSource(_ mention: Mention) -> Bool {
        analysis.kind(of: mention) == .actor
    }

    // MARK: - "X-backed Y", "rebel-held east", "UK-based group"

    private func findCompounds(_ c: SentenceContext) {
        for k in c.range where tokens[k].isMark("-") && k > c.range.lowerBound && k + 1 < c.range.upperBound {
            let word = keys[k + 1]
            guard tokens[k - 1].end == tokens[k].start else { continue }
            if word == "based" {
                // "the UK-based Observatory"; "the Observatory, a UK-based monitoring group".
                guard let place = c.mention(covering: k - 1),
                      let org = c.firstMention(after: k + 2, within: 4, where: { analysis.kind(of: $0) == .actor })
                        ?? c.appositionHead(before: c.appositionStart(before: place.tokens.lowerBound)).flatMap({ analysis.kind(of: $0) == .actor ? $0 : nil })
                else { continue }
                let placeEntity = analysis.kind(of: place) == .place ? place.entity : nil
                if let placeEntity { add(org.entity, .locatedIn, placeEntity, c, at: k) }
                continue
            }
            // "an anti-government activist": the person opposes the government.
            if analysis.isKey(k - 1, .anti), let target = c.mention(startingAt: k + 1), analysis.kind(of: target) == .actor,
               let head = c.appositionHead(before: k - 1), head.entity != target.entity {
                add(head.entity, .opposes, target.entity, c, at: k)
                continue
            }
            guard let relation = analysis.compoundCue(k + 1) else { continue }
            guard let source = c.mention(covering: k - 1) ?? c.ethnicForces(at: k - 1), fitsAsSource(source) else { continue }
            if let target = compoundHead(after: k + 2, in: c, relation: relation) {
                add(source.entity, relation, target.entity, c, at: k)
            } else if let comma = appositionComma(before: source.tokens.lowerBound, in: c), let head = c.mention(covering: comma - 1), fits(head, asTargetOf: relation) {
                // "Sheikh Maqsoud, a Kurdish-controlled enclave"; "A and B, two rebel-held towns".
                for target in c.coordinatedMentions(endingWith: head, where: { fits($0, asTargetOf: relation) }) {
                    add(source.entity, relation, target.entity, c, at: k)
                }
            }
        }
    }

    /// The comma that opens an apposition ending in a compound's modifier at `modifier`: ", a
    /// Kurdish-controlled enclave", ", two rebel-held towns", ", the last opposition-held town"
    /// (an article or number, then at most two plain words).
    private func appositionComma(before modifier: Int, in c: SentenceContext) -> Int? {
        var t = modifier - 1
        var words = 0
        while t > c.range.lowerBound, words <= 2 {
            if analysis.isKey(t, .a, .an) || analysis.isWord(t, .determiner) || tokens[t].kind == .number {
                return analysis.isKey(t - 1, .comma) ? t - 1 : nil
            }
            guard tokens[t].kind == .word, !tokens[t].isCapitalized, c.mention(covering: t) == nil,
                  analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker]) else { return nil }
            words += 1
            t -= 1
        }
        return nil
    }

    /// The noun a compound modifies: "rebel-held Aleppo", "rebel-held eastern districts", "rebel-held
    /// district of Sheikh Fares" (the district named after "of"), but not "rebel-held countryside and
    /// neighbouring Turkey" (the head is "countryside").
    private func compoundHead(after start: Int, in c: SentenceContext, relation: Relation) -> Mention? {
        var t = start
        while t < c.range.upperBound, t < start + 4 {
            if let m = c.mention(covering: t) {
                guard fits(m, asTargetOf: relation), !analysis.isKey(m.tokens.upperBound, .possessive) else { return nil }
                return m
            }
            let key = analysis.key(t)
            if !analysis.wordClass(t).isDisjoint(with: [.placeNoun, .sectionNoun]) || key == "territory" || key == "territories" {
                // "district of Sheikh Fares" names the place; a bare head noun is not a known place.
                if analysis.isKey(t + 1, .of), let named = c.mention(startingAt: t + 2) ?? c.mention(startingAt: t + 3), fits(named, asTargetOf: relation),
                   !analysis.isKey(named.tokens.upperBound, .possessive) {
                    return named
                }
                // "rebel-held suburbs in the Eastern Ghouta": the place the areas lie in.
                if Self.pluralPlaceNouns.contains(analysis.key(t)) || analysis.isWord(t, .sectionNoun), analysis.isKey(t + 1, .in),
                   let named = c.mention(startingAt: t + 2) ?? (analysis.isKey(t + 2, .the) ? c.mention(startingAt: t + 3) : nil),
                   fits(named, asTargetOf: relation), !analysis.isKey(named.tokens.upperBound, .possessive),
                   [.region, .district, .city].contains(analysis.category(of: named)) {
                    return named
                }
                return nil
            }
            // Only words that qualify the head may stand between: "rebel-held eastern districts".
            if tokens[t].kind != .word || !(analysis.isWord(t, .direction) || analysis.isWord(t, .qualifier) || tokens[t].isCapitalized) { return nil }
            t += 1
        }
        return nil
    }

    // MARK: - "Y, backed by X and Z", "civilians killed by rebel shelling"

    private func findPassives(_ c: SentenceContext) {
        for k in c.range where tokens[k].kind == .word {
            // "rebels, led by the Jaish al-Fatah alliance": the agent leads; "an alliance dominated
            // by the YPG": the agent is its main member.
            let leads = analysis.isKey(k, .led, .headed, .commanded) || analysis.isKey(k, .spearheaded)
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
            // "225 civilians, including 25 children, have been killed by": the patient is before the aside.
            var j = k - 1
            while j > c.range.lowerBound, analysis.isWord(j, .auxiliary) { j -= 1 }
            if analysis.isKey(j, .comma), let opening = c.window(from: j - 10, to: j).last(where: { analysis.isKey($0, .comma) }),
               !c.window(from: opening + 1, to: j).contains(where: { c.mention(covering: $0).map { analysis.kind(of: $0) == .actor } ?? false }),
               let before = c.lastMention(before: opening, within: 4, where: { fits($0, asTargetOf: cue) && $0.form != .adjective }) {
                target = before
            }
            // "an enclave in the city held by X": the patient is the enclave, not the city.
            // But "A and B, two villages in P besieged by X": the patients are the names the
            // apposition describes.
            var apposed: [Mention] = []
            if let found = target, analysis.isWord(found.tokens.lowerBound - 1, .preposition) ||
                (analysis.isKey(found.tokens.lowerBound - 1, .the) && analysis.isWord(found.tokens.lowerBound - 2, .preposition)) {
                target = nil
                if let comma = c.window(from: found.tokens.lowerBound - 8, to: found.tokens.lowerBound).last(where: { analysis.isKey($0, .comma) }),
                   appositiveParent(from: comma + 1, in: c)?.tokens.lowerBound == found.tokens.lowerBound,
                   let head = c.mention(covering: comma - 1), fits(head, asTargetOf: cue) {
                    apposed = c.coordinatedMentions(endingWith: head, where: { fits($0, asTargetOf: cue) })
                    target = head
                }
            }
            // "…districts or to a city enclave held by X": another noun phrase is the patient, unless it
            // is the found actor's own apposition ("the SDF, an alliance dominated by").
            if let found = target, c.window(from: found.tokens.upperBound, to: k).contains(where: { analysis.isKey($0, .a, .an, .the) }),
               !isGroupApposition(from: found.tokens.upperBound, to: k, of: found) {
                target = nil
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
                    for a in agents { for b in agents where a.entity != b.entity { add(a.entity, relation, b.entity, c, at: k) } }
                }
                continue
            }
            // "a pocket around A, B and C held by X": a list of places before the participle.
            if apposed.isEmpty, analysis.kind(of: target) == .place, relation.relationClass == .control || relation.relationClass == .conflict {
                let list = c.coordinatedMentions(endingWith: target, where: { analysis.kind(of: $0) == .place && $0.form != .adjective })
                if list.count >= 2 { apposed = list }
            }
            for patient in apposed.isEmpty ? [target] : apposed {
                for agent in agents { add(agent.entity, relation, patient.entity, c, at: k) }
            }
        }
    }

    /// The "by" of a passive's agent after the participle at `k`: right after it, or after a short
    /// phrase of time ("besieged since July by", "held for years by", "shelled on Tuesday by").
    private func agentPhrase(after k: Int, in c: SentenceContext) -> Int? {
        guard k + 1 < c.range.upperBound else { return nil }
        if analysis.isKey(k + 1, .by) { return k + 1 }
        guard analysis.isKey(k + 1, .since, .for, .on) || analysis.isKey(k + 1, .during, .throughout, .until) || analysis.isKey(k + 1, .in)
                || analysis.isKey(k + 1, .this, .last, .earlier) else { return nil }   // "captured this year by X"
        for t in c.window(from: k + 2, to: k + 5) {
            if analysis.isKey(t, .by) { return t > k + 2 ? t : nil }
            if tokens[t].kind == .punctuation || c.mention(covering: t) != nil || analysis.isWord(t, .clauseBreaker) { return nil }
        }
        return nil
    }

    /// True when the words from `start` to `end` are ", a/an/the [words] <group noun> [of …]" right
    /// after an actor: its apposition.
    private func isGroupApposition(from start: Int, to end: Int, of head: Mention) -> Bool {
        guard analysis.kind(of: head) == .actor, analysis.isKey(start, .comma), analysis.isKey(start + 1, .a, .an) || analysis.isKey(start + 1, .the) else { return false }
        return (start + 2..<end).contains { Self.groupNouns.contains(keys[$0]) }
    }

    /// Nouns for a collection of groups: "a network of rebel groups".
    static let collectiveNouns: Set<String> = ["network", "alliance", "coalition", "umbrella", "grouping", "collection", "federation", "union", "bloc"]

    /// Nouns for groups of fighters or parties, heads of an actor's apposition.
    static let groupNouns: Set<String> = ["alliance", "coalition", "group", "faction", "umbrella", "movement", "force", "militia", "bloc", "organisation", "organization", "front"]


    // MARK: - "X shelled Y", "A and B hold P", "people fled from P to Q"

    private func findActives(_ c: SentenceContext) {
        var k = c.range.lowerBound
        var previousSubjects: [Mention] = []
        while k < c.range.upperBound {
            guard tokens[k].kind == .word, !(k > 0 && analysis.isKey(k - 1, .hyphen)),
                  let match = index.activeCues.longestMatch(in: tokens, from: k, limit: c.range.upperBound,
                                                            skipping: { self.isInsertedAdverb($0, in: c) }, idOf: { analysis.keyIDs[$0] })
                      ?? splitCue(at: k, in: c),
                  let relation = match.values.first else { k += 1; continue }
            defer { k = match.end }
            if analysis.isKey(match.end, .by) { continue }
            if c.isQuoted(k) { continue }                                 // a speaker's words, not the article's
            let before = analysis.key(k - 1)
            // An infinitive is an aim, not a fact — unless something was sent to do it: "Iran has
            // sent advisers to help Damascus".
            if before == "to" && !c.window(from: k - 8, to: k - 1).contains(where: { analysis.isKey($0, .sent, .deployed, .dispatched) || analysis.isKey($0, .send, .sending) }) { continue }
            if before == "of" && keys[k].hasSuffix("ing") { continue }  // "accused of colluding"
            // A verb form used as a noun: "the current fighting", "intense fighting", "the four-year battle".
            // A counted noun too: "carried out 4,000 strikes in support of X".
            if analysis.isWord(k - 1, .determiner) && before != "one" || (k > 0 && tokens[k - 1].kind == .possessive || k > 0 && tokens[k - 1].kind == .number && analysis.nounCue(k) != nil)
                || analysis.isWord(k - 1, .nounModifier) && !keys[k].hasSuffix("ed")   // "artillery shelled" is a verb
                || (k >= 2 && analysis.isKey(k - 2, .hyphen) && tokens[k - 1].kind == .word && tokens[k - 2].end == tokens[k - 1].start
                    && c.mention(covering: k - 1) == nil) { continue }   // "Jaish al-Islam controls" is a name, not a compound
            // A word right after a preposition is no finite verb: "in besieged eastern Aleppo" (an
            // adjective), "died in raids on P" (a noun); a gerund still is ("focused on negotiating with").
            if analysis.isWord(k - 1, .preposition) && before != "to" && !keys[k].hasSuffix("ing") { continue }
            // "the militias it backs": an object relative clause, whose object is the noun before.
            if ["it", "they"].contains(before), k >= 2, c.range.contains(k - 2), c.mention(covering: k - 2) != nil { continue }
            if c.isNegatedOrHypothetical(before: k, window: 5) { continue }
            var subjects = c.subjects(before: k)
            // "Russia backs X and supports Y": a second verb shares the first one's subject.
            if !previousSubjects.isEmpty, before == "and" || (before == "," && analysis.isKey(k - 2, .and)) {
                subjects = previousSubjects
            }
            if !subjects.isEmpty { previousSubjects = subjects }
            if subjects.isEmpty, relation.relationClass == .movement, let civilians = c.collectiveSubject(before: k) {
                subjects = [civilians]
            }
            guard !subjects.isEmpty else { continue }
            // Reciprocal: "A and B were at loggerheads", "A and B blamed each other".
            // A one-way act with an object that names no actor ("A and B support rival camps") is
            // not done to each other; a mutual one ("A and B brokered a truce") is.
            let reciprocalClass = (relation.relationClass == .conflict || relation.relationClass == .cooperation)
                && (relation.isSymmetric || !startsNounPhrase(at: match.end, in: c))
            let adjacent = subjects.last.map { k - $0.tokens.upperBound <= 4 || reachesVerb(from: $0.tokens.upperBound, to: k, overRelativeClauseIn: c) } ?? false
            if subjects.count >= 2, adjacent, analysis.isKey(match.end, .each) && analysis.isKey(match.end + 1, .other)
                || subjects.count >= 2 && adjacent && reciprocalClass && c.firstMention(after: match.end, within: 5, where: { fits($0, asTargetOf: relation) }) == nil {
                for a in subjects { for b in subjects where a.entity != b.entity { add(a.entity, relation, b.entity, c, at: k) } }
                continue
            }
            var objects: [Mention] = []
            if relation == .fleesFrom || relation == .fleesTo {
                // "families from Qusayr fled to Arsal": where the subject came from.
                if let last = subjects.last, analysis.category(of: last) == .person, analysis.isKey(last.tokens.upperBound, .from),
                   let origin = c.mention(startingAt: last.tokens.upperBound + 1), analysis.kind(of: origin) == .place, origin.tokens.upperBound <= k {
                    for s in subjects { add(s.entity, .fleesFrom, origin.entity, c, at: k) }
                }
                findMovement(c, from: match.end, relation: relation, subjects: subjects)
                continue
            }
            // "overran positions of X", "stormed bases of X and Y": taking a group's positions attacks it.
            if relation.relationClass == .control || relation.relationClass == .conflict,
               let of = c.window(from: match.end, to: match.end + 3).first(where: { Self.possessedNouns.contains(analysis.key($0)) && analysis.isKey($0 + 1, .of) }) {
                let owners = c.coordinatedMentions(from: of + 2, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective })
                for s in subjects { for o in owners { add(s.entity, relation.relationClass == .conflict ? relation : .attacks, o.entity, c, at: k) } }
                if !owners.isEmpty { continue }
            }
            if relation == .advancesInto, let into = c.window(from: match.end, to: match.end + 10).first(where: { analysis.isKey($0, .into) || analysis.isKey($0, .toward) || analysis.isKey($0, .towards) }) {
                objects = c.coordinatedMentions(from: into + 1, where: { fits($0, asTargetOf: relation) })
            }
            // "Kurdish militants, …, whom the opposition accuses": the object is the relative's antecedent.
            if objects.isEmpty, let subject = subjects.first, ["whom", "which"].contains(analysis.isKey(subject.tokens.lowerBound - 1, .the) ? analysis.key(subject.tokens.lowerBound - 2) : analysis.key(subject.tokens.lowerBound - 1)),
               let antecedent = c.relativeAntecedent(before: subject.tokens.lowerBound), fits(antecedent, asTargetOf: relation) {
                objects = [antecedent]
            }
            if objects.isEmpty {
                // The object follows the verb directly: "supports its stance on considering all rebel groups"
                // has no actor object (a preposition after the head noun ends the object).
                // An adjective stands for its actor as an object when no name follows it ("talks
                // with Russian officers"; but "attacked Syrian rebels" attacks the rebels).
                if let first = c.firstMention(after: match.end, within: 7, where: { fits($0, asTargetOf: relation) && ($0.form != .adjective || c.mention(startingAt: $0.tokens.upperBound) == nil) }),
                   !c.window(from: match.end, to: first.tokens.lowerBound).contains(where: { ["on", "about", "over", "with", "for", "at"].contains(analysis.key($0)) && $0 > match.end }) {
                    objects = c.coordinatedMentions(from: first.tokens.lowerBound, where: { fits($0, asTargetOf: relation) })
                    // "the Old City neighbourhoods of A, B and C": the places named after the noun.
                    if analysis.kind(of: first) == .place, let noun = Optional(first.tokens.upperBound),
                       analysis.placeNoun(noun) != nil || Self.pluralPlaceNouns.contains(analysis.key(noun)), analysis.isKey(noun + 1, .of),
                       let named = c.mention(startingAt: noun + 2), analysis.kind(of: named) == .place {
                        objects = c.coordinatedMentions(from: named.tokens.lowerBound, where: { fits($0, asTargetOf: relation) })
                    }
                }
            }
            // "hold patches of territory, mostly in the north-west": the place follows "in".
            if objects.isEmpty, relation.relationClass == .control, let place = placeAfterIn(from: match.end, in: c, within: 9) {
                objects = [place]
            }
            // "an attack on rebel factions in the 1070 Apartments district": the place is attacked too.
            if [.attacks, .shells, .besieges].contains(relation), let last = objects.last, analysis.kind(of: last) == .actor,
               analysis.isKey(last.tokens.upperBound, .`in`), let place = placeAfterIn(from: last.tokens.upperBound, in: c, within: 1) {
                objects.append(place)
            }
            // "attacked its positions": the possessive stands for the last other actor named before.
            if objects.isEmpty, relation.relationClass == .conflict, let owner = possessivePronounObject(after: match.end, subjects: subjects, in: c) {
                objects = [owner]
            }
            for s in subjects { for o in objects { add(s.entity, relation, o.entity, c, at: k) } }
            // "recaptured P from X": the ones who lost it were fought.
            if relation == .captures, let last = objects.last, analysis.isKey(last.tokens.upperBound, .from),
               let loser = c.firstMention(after: last.tokens.upperBound + 1, within: 2, where: { fitsAsSource($0) && $0.form != .adjective }) {
                for s in subjects where s.entity != loser.entity { add(s.entity, .fights, loser.entity, c, at: k) }
            }
            // "…, as do Kurdish forces, predominantly in the north-east": the same relation for another actor.
            if relation.relationClass == .control, !objects.isEmpty,
               let asDo = c.window(from: match.end, to: c.range.upperBound).first(where: { analysis.isKey($0, .`as`) && analysis.isKey($0 + 1, .`do`, .does, .did) }),
               let other = c.mention(startingAt: asDo + 2) ?? c.mention(startingAt: asDo + 3), analysis.kind(of: other) == .actor {
                let place = placeAfterIn(from: other.tokens.upperBound, in: c, within: 3) ?? objects.first
                if let place { add(other.entity, relation, place.entity, c, at: asDo) }
            }
        }
    }

    /// The actor a possessive pronoun object stands for: "pounded its positions" → the last actor
    /// named before the subjects (in this sentence or the one before) that is not one of them.
    private func possessivePronounObject(after end: Int, subjects: [Mention], in c: SentenceContext) -> Mention? {
        guard c.range.contains(end), analysis.isKey(end, .its) || analysis.isKey(end, .their),
              Self.possessedNouns.contains(analysis.key(end + 1)) || Self.possessedNouns.contains(analysis.key(end + 2)) else { return nil }
        let subjectIDs = Set(subjects.map(\.entity))
        let sentenceStart = analysis.sentences[max(0, c.number - 1)].tokens.lowerBound
        var u = (subjects.map(\.tokens.lowerBound).min() ?? end) - 1
        while u >= sentenceStart {
            let m = analysis.mentionCovering[u]
            guard m >= 0 else { u -= 1; continue }
            let mention = analysis.mentions[Int(m)]
            if analysis.kind(of: mention) == .actor, analysis.category(of: mention) != .person, mention.form != .adjective,
               !subjectIDs.contains(mention.entity) { return mention }
            u = mention.tokens.lowerBound - 1
        }
        return nil
    }

    /// What a group owns, after "its"/"their": "its positions", "their bases".
    static let possessedNouns: Set<String> = ["positions", "position", "fighters", "forces", "bases", "base", "headquarters", "lines", "defences", "defenses", "strongholds", "convoys", "convoy", "militants", "troops", "units", "members"]

    /// True when a noun phrase (an object) starts at `t`: a determiner, a number or a plain word
    /// that is no preposition, adverb or clause break.
    private func startsNounPhrase(at t: Int, in c: SentenceContext) -> Bool {
        guard c.range.contains(t) else { return false }
        if analysis.isWord(t, .determiner) || analysis.isKey(t, .a, .an) || tokens[t].kind == .number { return true }
        guard tokens[t].kind == .word, c.mention(covering: t) == nil else { return false }
        return analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker, .commonWord, .auxiliary]) && !isInsertedAdverb(t, in: c)
    }

    /// True when the words from `start` to the verb at `verb` are a relative clause between commas
    /// and at most an auxiliary and an adverb: "Moscow and Ankara, which back opposite sides, have
    /// coordinated closely".
    private func reachesVerb(from start: Int, to verb: Int, overRelativeClauseIn c: SentenceContext) -> Bool {
        guard analysis.isKey(start, .comma), analysis.isWord(start + 1, .relativePronoun),
              let close = c.window(from: start + 2, to: min(verb, start + 16)).first(where: { analysis.isKey($0, .comma) }) else { return false }
        return verb - close <= 3 && c.window(from: close + 1, to: verb).allSatisfy { analysis.isWord($0, .auxiliary) || isInsertedAdverb($0, in: c) }
    }

    /// A verb and its particle split by a short phrase of direction: "advanced from the east and
    /// north into P" reads as "advanced into P". The words between may not name an actor or
    /// cross a comma or clause break.
    private func splitCue(at k: Int, in c: SentenceContext) -> (end: Int, values: [Relation])? {
        guard tokens[k].kind == .word, analysis.isKey(k + 1, .from) else { return nil }
        for p in c.window(from: k + 2, to: k + 9) {
            let key = analysis.key(p)
            if key == "," || analysis.isWord(p, .clauseBreaker) { return nil }
            if let m = c.mention(covering: p), analysis.kind(of: m) == .actor { return nil }
            guard ["into", "toward", "towards", "on"].contains(key) else { continue }
            let values = index.activeCues.values(ofPhrase: [analysis.keyIDs[k], analysis.keyIDs[p]])
            return values.isEmpty ? nil : (p + 1, values)
        }
        return nil
    }

    /// An adverb inside a verb phrase: "clashed repeatedly with", "fought fiercely against".
    private func isInsertedAdverb(_ t: Int, in c: SentenceContext) -> Bool {
        guard tokens[t].kind == .word, !tokens[t].isCapitalized, c.mention(covering: t) == nil else { return false }
        if analysis.isWord(t, .insertedAdverb) { return true }
        // Byte tests first: most words do not end in "ly".
        let key = keys[t].utf8
        guard key.count >= 6, key.last == UInt8(ascii: "y"), key.dropLast().last == UInt8(ascii: "l") else { return false }
        return !Self.lyNonAdverbs.contains(keys[t])
    }

    /// Participles after a noun that make it the one harmed: "civilians killed in raids".
    static let patientParticiples: Set<String> = ["killed", "wounded", "injured", "displaced", "trapped", "detained",
                                                  "executed", "evacuated", "arrested", "kidnapped", "abducted", "hurt"]

    static let insertedAdverbs: Set<String> = ["again", "also", "already", "still", "once", "twice", "often", "previously",
                                               "repeatedly", "reportedly", "allegedly", "briefly", "heavily", "fiercely"]
    /// Words ending in "-ly" that are not adverbs.
    static let lyNonAdverbs: Set<String> = ["supply", "family", "assembly", "monopoly", "anomaly", "rally", "ally", "reply", "apply", "italy"]

    /// A place after "in" (or "across", "inside") a few words on, across one comma and an adverb:
    /// "…, mostly in the north-west".
    private func placeAfterIn(from start: Int, in c: SentenceContext, within: Int) -> Mention? {
        var t = start
        var steps = 0
        while t < c.range.upperBound, steps <= within {
            let key = analysis.key(t)
            if ["in", "across", "inside", "throughout"].contains(key) {
                for u in c.window(from: t + 1, to: t + 4) {
                    if let m = c.mention(startingAt: u) { return analysis.kind(of: m) == .place ? m : nil }
                    if tokens[u].kind != .word || tokens[u].isCapitalized && c.mention(covering: u) == nil && !analysis.isKey(u, .the) { break }
                }
                return nil
            }
            if EnglishWords.clauseBreakers.contains(key) || key == "." || c.mention(covering: t) != nil { return nil }
            t += 1
            steps += 1
        }
        return nil
    }

    private func findMovement(_ c: SentenceContext, from start: Int, relation: Relation, subjects: [Mention]) {
        var j = start
        let limit = min(c.range.upperBound, start + 16)
        var sawTo = relation == .fleesTo
        var found = false
        while j < limit {
            let key = analysis.key(j)
            if ["to", "into", "toward", "towards", "for"].contains(key) { sawTo = true; j += 1; continue }
            if key == "from" { sawTo = false; j += 1; continue }
            if [";", ":"].contains(key) || (key == "," && found) { break }
            if let m = c.mention(startingAt: j) {
                if analysis.kind(of: m) == .place {
                    for s in subjects { add(s.entity, sawTo ? .fleesTo : .fleesFrom, m.entity, c, at: j) }
                    found = true
                }
                j = m.tokens.upperBound
                continue
            }
            j += 1
        }
    }

    // MARK: - "X's patrons, A and B", "Washington, a reluctant rebel backer", "X's capture of Y"

    private func findNouns(_ c: SentenceContext) {
        for k in c.range where tokens[k].kind == .word {
            // "P, which had been in rebel hands", "P fell into government hands".
            if analysis.isKey(k, .hands), let holder = c.mention(covering: k - 1), analysis.kind(of: holder) == .actor,
               analysis.isKey(holder.tokens.lowerBound - 1, .in) || analysis.isKey(holder.tokens.lowerBound - 1, .into),
               let place = c.lastMention(before: holder.tokens.lowerBound - 1, within: 8, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) {
                add(holder.entity, analysis.isKey(holder.tokens.lowerBound - 1, .into) ? .captures : .holds, place.entity, c, at: k)
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
                for s in c.subjects(before: k) {
                    add(s.entity, .fleesFrom, from.entity, c, at: k)
                    if let destination { add(s.entity, .fleesTo, destination.entity, c, at: k) }
                }
                continue
            }
            if analysis.isKey(k, .with), let (supporter, support) = supportPhrase(after: k, in: c) {
                // "advancing with Russian air support", "with heavy air support from the coalition".
                if !c.isNegatedOrHypothetical(before: k, window: 4) {
                    for s in c.subjects(before: k) where s.entity != supporter.entity { add(supporter.entity, .supports, s.entity, c, at: support) }
                }
                continue
            }
            guard let relation = analysis.nounCue(k) else { continue }
            if c.isNegatedOrHypothetical(before: k, window: 4) { continue }
            if relation.relationClass == .cooperation {
                // "talks between A and B": the act is mutual.
                if relation.isSymmetric, analysis.isKey(k + 1, .between) {
                    let sides = c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) })
                    for a in sides { for b in sides where a.entity != b.entity { add(a.entity, relation, b.entity, c, at: k) } }
                    continue
                }
                // Possessor + apposition: "Mr Assad's patrons, Russia and Iran".
                if let possessor = c.possessor(before: k), analysis.isKey(k + 1, .comma) || analysis.isKey(k + 1, .colon) || analysis.isKey(k + 1, .emDash) {
                    let agents = c.coordinatedMentions(from: k + 2, where: { fitsAsSource($0) })
                    for a in agents { add(a.entity, relation, possessor.entity, c, at: k) }
                    if !agents.isEmpty { continue }
                }
                // Possessor in an apposition: "Russia, Assad's most powerful ally".
                if let possessor = c.possessor(before: k), fitsAsSource(possessor),
                   let head = c.appositionHead(before: c.appositionStart(before: possessor.tokens.lowerBound)), fitsAsSource(head), head.entity != possessor.entity {
                    add(head.entity, relation, possessor.entity, c, at: k)
                    continue
                }
                // Modifier + apposition: "Washington, always a reluctant rebel backer".
                if let modifier = c.mention(covering: k - 1), let head = c.appositionHead(before: modifier.tokens.lowerBound), fitsAsSource(head) {
                    add(head.entity, relation, modifier.entity, c, at: k)
                    continue
                }
                if analysis.isKey(k + 1, .of), let object = c.firstMention(after: k + 2, within: 3, where: { fits($0, asTargetOf: relation) }),
                   let head = c.appositionHead(before: k) {
                    add(head.entity, relation, object.entity, c, at: k)
                }
            } else {
                // "P, the group's last stronghold": the possessor holds the place in apposition.
                if relation.relationClass == .control, let possessor = c.possessor(before: k), fitsAsSource(possessor),
                   let place = c.appositionHead(before: c.appositionStart(before: possessor.tokens.lowerBound)), analysis.kind(of: place) == .place {
                    add(possessor.entity, relation, place.entity, c, at: k)
                    continue
                }
                // Action nouns: "the army's capture of P", "launched an attack on Y".
                let next = analysis.key(k + 1)
                guard ["of", "on", "against", "into", "to"].contains(next) else { continue }
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
                } else if c.hasLightVerb(before: k) {
                    // "11 civilians killed on Tuesday in raids on P": the victims are not the attackers.
                    sources = c.subjects(before: k).filter { !analysis.isWord($0.tokens.upperBound, .patientParticiple) }
                }
                for s in sources { for o in objects { add(s.entity, relation, o.entity, c, at: k) } }
            }
        }
    }

    /// The supporter named in a phrase of support after "with": "with Russian air support"
    /// (an adjective), "with air support from the coalition"; and the index of "support".
    private func supportPhrase(after with: Int, in c: SentenceContext) -> (Mention, Int)? {
        guard let support = c.window(from: with + 1, to: with + 5).first(where: { Self.supportNouns.contains(keys[$0]) }) else { return nil }
        for t in c.window(from: with + 1, to: support) where c.mention(covering: t) == nil {
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

    // MARK: - "P, a spokesman for O", "NATO Secretary General P", "Senior rebel official P"

    private func findRoles(_ c: SentenceContext) {
        var k = c.range.lowerBound
        while k < c.range.upperBound {
            guard let match = index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: k, limit: c.range.upperBound), let relation = match.values.first else { k += 1; continue }
            defer { k = match.end }
            // Apposition after a person with the organisation before the role: "P, an O spokeswoman",
            // "P, O's director of operations".
            // "P, the UN's regional humanitarian coordinator": a word or two may stand between.
            let possessive = c.window(from: k - 3, to: k).last(where: { tokens[$0].kind == .possessive })
                .flatMap { p in c.window(from: p + 1, to: k).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && c.mention(covering: $0) == nil }) ? p : nil }
            let owner = possessive.flatMap { c.mention(covering: $0 - 1) } ?? c.mention(covering: k - 1)
            if let org = owner, analysis.kind(of: org) == .actor, analysis.category(of: org) != .person,
               !analysis.isKey(org.tokens.lowerBound - 1, .hyphen),   // "an anti-government activist"
               let person = c.appositionHead(before: org.tokens.lowerBound), analysis.category(of: person) == .person,
               // Only an article and modifiers between the comma and the organisation ("P, a spokesman
               // for the Turkish …" has its role before the organisation).
               !c.window(from: person.tokens.upperBound + 1, to: org.tokens.lowerBound).contains(where: { analysis.isWord($0, .preposition) || index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: $0, limit: org.tokens.lowerBound) != nil }) {
                add(person.entity, relation, org.entity, c, at: k)
                continue
            }
            // Apposition after a person: "P, a/the [adj] ROLE (for|of|at|with|from) [det] [adj] O".
            if let person = c.appositionHead(before: k), analysis.category(of: person) == .person {
                var j = match.end
                if ["for", "of", "at", "with", "from", "in"].contains(analysis.key(j)) { j += 1 }
                if analysis.isKey(j, .one) && analysis.isKey(j + 1, .of) { j += 2 }
                // A spokesman may speak for a person too ("a spokesman for President Erdogan").
                // A modifier before a name is not the organisation: "the rebel Free Syrian Army".
                if let org = c.firstMention(after: j, within: 5, where: { analysis.kind(of: $0) == .actor && (analysis.category(of: $0) != .person || relation == .spokespersonFor)
                        && !(($0.form == .adjective || !isNamed($0)) && c.mention(startingAt: $0.tokens.upperBound).map { analysis.kind(of: $0) == .actor } == true) }),
                   !c.window(from: j, to: org.tokens.lowerBound).contains(where: { [",", "said", "who", "which", "in", "inside", "at"].contains(analysis.key($0)) }),
                   !analysis.isKey(org.tokens.upperBound, .hyphen) {
                    // "the joint envoy of the United Nations and the Arab League": each body.
                    let bodies = analysis.isKey(org.tokens.upperBound, .and)
                        ? c.coordinatedMentions(from: org.tokens.lowerBound, where: { analysis.kind(of: $0) == .actor && analysis.category(of: $0) != .person })
                        : [org]
                    for body in bodies { add(person.entity, relation, body.entity, c, at: k) }
                }
                continue
            }
            // Pre-modifier: "O [words] ROLE [,] P".
            var after = match.end
            if analysis.isKey(after, .comma) { after += 1 }
            // The person's name may include the title ("Secretary of State John Kerry" is an alias).
            let titled = c.mention(startingAt: k).flatMap { analysis.category(of: $0) == .person ? $0 : nil }
            guard let person = c.mention(startingAt: after).flatMap({ analysis.category(of: $0) == .person ? $0 : nil }) ?? titled
            else { continue }
            var j = k - 1
            var org: Mention?
            while j >= max(c.range.lowerBound, k - 5) {
                if let m = c.mention(covering: j) {
                    if analysis.kind(of: m) == .actor && analysis.category(of: m) != .person { org = m; break }
                    j = m.tokens.lowerBound - 1
                    continue
                }
                if tokens[j].kind != .word || ["and", "said", "told", "by"].contains(keys[j]) { break }
                j -= 1
            }
            // "Its leader, Hassan Nasrallah": the possessive stands for the last body named before.
            if org == nil, analysis.isKey(k - 1, .its) || analysis.isKey(k - 1, .their) {
                org = possessivePronounOwner(before: k - 1, in: c)
            }
            if let org { add(person.entity, relation, org.entity, c, at: k) }
        }
    }

    /// True when a mention is written with a capital (a name rather than a description).
    private func isNamed(_ m: Mention) -> Bool {
        analysis.document.scalars[m.start..<m.end].contains(where: \.properties.isUppercase)
    }

    /// The body a possessive pronoun at `t` stands for: the last actor other than a person named
    /// before it, in this sentence or the one before.
    private func possessivePronounOwner(before t: Int, in c: SentenceContext) -> Mention? {
        let sentenceStart = analysis.sentences[max(0, c.number - 1)].tokens.lowerBound
        var u = t - 1
        while u >= sentenceStart {
            let m = analysis.mentionCovering[u]
            guard m >= 0 else { u -= 1; continue }
            let mention = analysis.mentions[Int(m)]
            if analysis.kind(of: mention) == .actor, analysis.category(of: mention) != .person, mention.form != .adjective { return mention }
            u = mention.tokens.lowerBound - 1
        }
        return nil
    }

    // MARK: - "the Nour al-Din al-Zinki rebel forces": a named group followed by its kind

    private func findGroupKinds(_ c: SentenceContext, _ mentions: [Mention]) {
        func isNamed(_ m: Mention) -> Bool { analysis.document.scalars[m.start..<m.end].contains(where: \.properties.isUppercase) }
        for (a, b) in zip(mentions, mentions.dropFirst()) {
            guard a.form != .adjective, Self.isArmedBody(analysis.category(of: a)),
                  Self.isArmedBody(analysis.category(of: b)), a.entity != b.entity else { continue }
            if b.tokens.lowerBound == a.tokens.upperBound {
                // "the Zinki rebel forces": the named group is one of the kind after it;
                // "the rebel group Jaish al-Islam": one of the kind before it.
                if !isNamed(b) {
                    add(a.entity, .memberOf, b.entity, c, at: a.tokens.lowerBound)
                } else if !isNamed(a) {
                    add(b.entity, .memberOf, a.entity, c, at: a.tokens.lowerBound)
                }
            } else if isNamed(a), !isNamed(b), analysis.isKey(a.tokens.upperBound, .comma),
                      analysis.isKey(a.tokens.upperBound + 1, .the, .a, .an) || analysis.isWord(a.tokens.upperBound + 1, .determiner),
                      // No verb between ("…, said the rebels"); a participle right before the kind
                      // qualifies it ("armed rebel groups").
                      !c.window(from: a.tokens.upperBound + 1, to: b.tokens.lowerBound - 1).contains(where: { t in
                          index.lexicon.quoteVerbs.contains(analysis.key(t)) || index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: t, limit: c.range.upperBound) != nil
                      }),
                      c.window(from: a.tokens.upperBound + 1, to: b.tokens.lowerBound).allSatisfy({ t in
                          analysis.isKey(t, .the, .a, .an) || analysis.isWord(t, .determiner)
                              || tokens[t].kind == .word && analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker, .commonWord, .relativePronoun]) && c.mention(covering: t) == nil
                              // "a loose network of armed rebel groups"
                              || analysis.isKey(t, .of) && Self.collectiveNouns.contains(analysis.key(t - 1))
                      }), b.tokens.lowerBound - a.tokens.upperBound <= 8 {
                // "Ahrar al-Sham, the largest Islamist rebel group": an apposition naming its kind.
                add(a.entity, .memberOf, b.entity, c, at: a.tokens.lowerBound)
            }
        }
    }

    /// True for an armed group or a militia.
    private static func isArmedBody(_ category: Category?) -> Bool { category == .armedGroup || category == .militia }

    // MARK: - "divided between government forces in the west and rebels in the east"

    private func findDivisions(_ c: SentenceContext, _ mentions: [Mention]) {
        guard let between = c.range.first(where: { analysis.isKey($0, .between) }), between > c.range.lowerBound,
              analysis.isKey(between - 1, .divided, .split) || analysis.isKey(between - 2, .divided) else { return }
        for m in mentions where m.tokens.lowerBound > between && analysis.kind(of: m) == .actor && m.form != .adjective {
            var j = m.tokens.upperBound
            let relation: Relation = analysis.isKey(j, .control) ? .controls : .holds
            if analysis.isKey(j, .control) { j += 1 }
            guard analysis.isKey(j, .`in`, .on), let place = c.mention(startingAt: j + 1) ?? c.mention(startingAt: j + 2),
                  analysis.kind(of: place) == .place else { continue }
            add(m.entity, relation, place.entity, c, at: m.tokens.lowerBound)
        }
    }

    // MARK: - "A lost a third of their territory to B"

    /// Losing ground *to* someone names a fight with them: "rebels lost a third of their territory
    /// to government forces" → the government forces fight the rebels.
    private func findLosses(_ c: SentenceContext) {
        for k in c.range where analysis.isWord(k, .lossVerb) && !c.isQuoted(k) {
            if c.isNegatedOrHypothetical(before: k, window: 5) { continue }
            let losers = c.subjects(before: k)
            guard !losers.isEmpty else { continue }
            for t in c.window(from: k + 1, to: k + 14) {
                if analysis.isWord(t, .clauseBreaker) || analysis.isKey(t, .period) { break }
                guard analysis.isKey(t, .to) else { continue }
                guard let winner = c.firstMention(after: t + 1, within: 3, where: { fitsAsSource($0) && $0.form != .adjective }) else { break }
                for loser in losers where loser.entity != winner.entity { add(winner.entity, .fights, loser.entity, c, at: k) }
                break
            }
        }
    }

    /// Auxiliaries between a subject and its verb: "have been killed".
    static let auxiliaries: Set<String> = ["have", "has", "had", "been", "be", "is", "are", "was", "were", "being"]

    static let lossVerbs: Set<String> = ["lost", "lose", "loses", "losing", "ceded", "cede", "cedes", "ceding"]

    // MARK: - Places in places, actors in places

    private func findLocations(_ c: SentenceContext, _ mentions: [Mention]) {
        let divided = c.range.contains { analysis.isKey($0, .divided) }
        for (n, m) in mentions.enumerated() {
            let kind = analysis.kind(of: m)
            let end = m.tokens.upperBound
            if kind == .place, let category = analysis.category(of: m) {
                // "Aleppo, Syria" and "Aleppo, Syria's second city".
                if analysis.isKey(end, .comma), let next = c.mention(startingAt: end + 1), analysis.category(of: next) == .country,
                   category != .country, !analysis.isKey(next.tokens.upperBound, .and) {
                    add(m.entity, .partOf, next.entity, c, at: end)
                }
                // "the Farafina district of Aleppo", "the town of X" (X part of the type's owner is unknown: skip).
                if let typeCategory = analysis.placeNoun(end), analysis.isKey(end + 1, .of),
                   let parent = c.firstMention(after: end + 2, within: 2, where: { analysis.kind(of: $0) == .place }),
                   typeCategory != .city || analysis.category(of: parent) == .country {
                    if Self.pluralPlaceNouns.contains(analysis.key(end))
                        || category == .city && [.district, .neighbourhood].contains(typeCategory) && analysis.category(of: parent) != .city {
                        // "the Damascus neighbourhood of Midan" names a part of the city.
                        // "the Old City neighbourhoods of A, B and C": the listed places are its parts.
                        for part in c.coordinatedMentions(from: parent.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) where part.entity != m.entity {
                            add(part.entity, .partOf, m.entity, c, at: end)
                        }
                    } else {
                        add(m.entity, .partOf, parentPlace(parent.entity), c, at: end)
                    }
                }
                // "Qusayr, which lies in Homs province": a place said to lie in another.
                if let verb = c.window(from: end, to: end + 4).first(where: { analysis.isKey($0, .lies, .lie, .located) || analysis.isKey($0, .situated, .sits, .lay) }),
                   c.window(from: end, to: verb).allSatisfy({ analysis.isKey($0, .comma) || analysis.isWord($0, .relativePronoun) || analysis.isWord($0, .auxiliary) }),
                   let inWord = c.window(from: verb + 1, to: verb + 3).first(where: { analysis.isKey($0, .in) || analysis.isKey($0, .inside) }),
                   let outer = c.mention(startingAt: inWord + 1) ?? (analysis.isKey(inWord + 1, .the) ? c.mention(startingAt: inWord + 2) : nil),
                   analysis.kind(of: outer) == .place, outer.entity != m.entity {
                    add(m.entity, .partOf, parentPlace(outer.entity), c, at: verb)
                }
                // "A and B, two villages in Idlib province": an apposition naming the parent place.
                if analysis.isKey(end, .comma), let parent = appositiveParent(from: end + 1, in: c), parent.entity != m.entity {
                    for place in c.coordinatedMentions(endingWith: m, where: { analysis.kind(of: $0) == .place }) where place.entity != parent.entity {
                        add(place.entity, .partOf, parentPlace(parent.entity), c, at: end)
                    }
                }
                // "R, including the capital, X"
                // "the Eastern Ghouta agricultural belt, including Zamalka and Ein Tarma": the whole list,
                // after a few plain words of description.
                if let including = c.window(from: end, to: end + 4).first(where: { analysis.isKey($0, .comma) && analysis.isKey($0 + 1, .including) }),
                   c.window(from: end, to: including).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && c.mention(covering: $0) == nil }),
                   let inner = c.window(from: including + 2, to: including + 7).lazy.compactMap({ c.mention(startingAt: $0) }).first(where: { analysis.kind(of: $0) == .place }) {
                    for place in c.coordinatedMentions(from: inner.tokens.lowerBound, where: { analysis.kind(of: $0) == .place && $0.form != .adjective }) where place.entity != m.entity {
                        add(place.entity, .partOf, m.entity, c, at: end)
                    }
                }
                // "Lebanon's Bekaa Valley": a country's place.
                if analysis.isKey(end, .possessive), analysis.category(of: m) == .country,
                   let owned = c.mention(startingAt: end + 1), analysis.kind(of: owned) == .place, owned.form != .adjective, owned.entity != m.entity,
                   analysis.category(of: owned) != .country {
                    add(owned.entity, .partOf, m.entity, c, at: end)
                }
                // "the Waer district on the western edge of the city": a place on the edge of another.
                if let on = c.window(from: end, to: end + 3).first(where: { analysis.isKey($0, .on) }),
                   c.window(from: end, to: on).allSatisfy({ analysis.isKey($0, .comma) || tokens[$0].kind == .word && !tokens[$0].isCapitalized && c.mention(covering: $0) == nil }),
                   let of = c.window(from: on + 1, to: on + 5).first(where: { analysis.isKey($0, .of) }),
                   c.window(from: on + 1, to: of).contains(where: { Self.edgeNouns.contains(analysis.key($0)) }),
                   let outer = c.mention(startingAt: of + 1) ?? (analysis.isKey(of + 1, .the) ? c.mention(startingAt: of + 2) : nil),
                   analysis.kind(of: outer) == .place, outer.entity != m.entity {
                    add(m.entity, .partOf, parentPlace(outer.entity), c, at: on)
                }
                // "the northern Syrian city of Aleppo": a place adjective before "city/town … of X".
                // "the Turkish border town of Suruc": a word or two may qualify the noun.
                if m.form == .name, analysis.isKey(m.tokens.lowerBound - 1, .of),
                   let noun = Optional(analysis.key(m.tokens.lowerBound - 2)), ["city", "town", "village", "capital", "province"].contains(noun),
                   let country = nearestPlaceAdjective(before: m.tokens.lowerBound - 2, in: c), country != m.entity {
                    add(m.entity, .partOf, country, c, at: m.tokens.lowerBound)
                }
                // "the northern Syrian city of Aleppo" where "city of Aleppo" is one name.
                if m.form == .name, analysis.isKey(m.tokens.lowerBound, .city, .town), analysis.isKey(m.tokens.lowerBound + 1, .of),
                   let country = placeAdjective(at: m.tokens.lowerBound - 1), country != m.entity {
                    add(m.entity, .partOf, country, c, at: m.tokens.lowerBound)
                }
                // "Syria's second city" (a name of Aleppo): the country named inside.
                if let possessive = m.tokens.first(where: { tokens[$0].kind == .possessive }), possessive > m.tokens.lowerBound,
                   let owner = index.names.longestMatch(in: tokens, ids: analysis.keyIDs, from: m.tokens.lowerBound, limit: possessive),
                   owner.end == possessive, let country = owner.values.first(where: { index.entity(number: $0.entity).category == .country }).map({ index.entity(number: $0.entity).id }),
                   country != m.entity, analysis.recordLexiconEntity(country) {
                    add(m.entity, .partOf, country, c, at: m.tokens.lowerBound)
                }
                // "Aleppo, Syria's second city": an apposition naming the country by possessive.
                if analysis.isKey(end, .comma), analysis.isKey(end + 2, .possessive), let owner = c.mention(covering: end + 1),
                   analysis.category(of: owner) == .country, owner.entity != m.entity {
                    add(m.entity, .partOf, owner.entity, c, at: end)
                }
                // "Mosul in Iraq", "Raqqa in northern Syria": a smaller place in a larger one.
                if [.city, .district, .neighbourhood, .site].contains(category), analysis.isKey(end, .`in`),
                   let first = c.mention(startingAt: end + 1) ?? (analysis.isKey(end + 1, .the) ? c.mention(startingAt: end + 2) : nil),
                   // "Hermel in Lebanon's Bekaa Valley": the place after the possessive.
                   let outer = analysis.isKey(first.tokens.upperBound, .possessive) ? c.mention(startingAt: first.tokens.upperBound + 1) : first,
                   outer.form != .adjective, analysis.kind(of: outer) == .place,
                   let outerCategory = analysis.category(of: outer),
                   [.country, .province, .region].contains(outerCategory) || outerCategory == .city && category != .city || outer.form == .section && category != .city,
                   outer.entity != m.entity {
                    // "Kafr Nabudah and Habit in the northern Hama countryside": the whole list.
                    for place in c.coordinatedMentions(endingWith: m, where: { analysis.kind(of: $0) == .place }) where place.entity != outer.entity {
                        add(place.entity, .partOf, parentPlace(outer.entity), c, at: end)
                    }
                }
                // "Aleppo rebels": a city naming the armed group based in it.
                if category == .city, n + 1 < mentions.count, mentions[n + 1].tokens.lowerBound == end,
                   [.armedGroup, .militia].contains(analysis.category(of: mentions[n + 1])) {
                    add(mentions[n + 1].entity, .locatedIn, m.entity, c, at: end)
                }
                continue
            }
            guard kind == .actor, m.form != .adjective, !divided else { continue }
            // "rebel factions in P" (groups), "P, an activist in P", "X, a medic inside the city" (people).
            var j = end
            let category = analysis.category(of: m)
            // "P, who chairs the task force, told reporters in Geneva": the verb after the relative clause.
            if category == .person, analysis.isKey(end, .comma), analysis.isWord(end + 1, .relativePronoun),
               let close = c.window(from: end + 2, to: end + 18).first(where: { analysis.isKey($0, .comma) }),
               let place = placeOfSpeaking(after: close + 1, in: c) {
                add(m.entity, .locatedIn, place.entity, c, at: close + 1)
                continue
            }
            if analysis.isKey(j, .comma) {
                // Skip an apposition up to its preposition: ", an anti-government activist in eastern Aleppo".
                var steps = 0
                var human = false
                j += 1
                while j < c.range.upperBound, steps < 8, !["in", "inside", ",", "who", "said", "from"].contains(analysis.key(j)),
                      c.mention(startingAt: j) == nil || analysis.isKey(j - 1, .hyphen) || isRoleOrganisation(at: j, in: c) {
                    // "P, a spokesman for the ICRC in Damascus": the role's organisation is stepped over.
                    if let org = c.mention(startingAt: j), isRoleOrganisation(at: j, in: c) {
                        j = org.tokens.upperBound
                        steps += 1
                        continue
                    }
                    if analysis.isWord(j, .humanNoun) || index.lexicon.roleNouns[analysis.key(j)] != nil { human = true }
                    j += 1; steps += 1
                }
                guard human else { continue }
                // "P, a coalition spokesman, speaking from Istanbul".
                if category == .person, analysis.isKey(j, .comma), let place = placeOfSpeaking(after: j + 1, in: c) {
                    add(m.entity, .locatedIn, place.entity, c, at: j + 1)
                    continue
                }
                // "P, a volunteer medic from Zamalka": where the person comes from.
                if category == .person, analysis.isKey(j, .from), let place = c.mention(startingAt: j + 1), analysis.kind(of: place) == .place,
                   place.form != .adjective, [.city, .district, .neighbourhood].contains(analysis.category(of: place)) {
                    add(m.entity, .locatedIn, place.entity, c, at: j)
                    continue
                }
            } else if category == .person {
                // "Lavrov met other ministers in Rome", "Stoltenberg told a news conference in Bratislava".
                if let place = placeOfSpeaking(after: end, in: c) {
                    add(m.entity, .locatedIn, place.entity, c, at: end)
                }
                continue
            } else if category == .state || category == .government {
                continue
            }
            if analysis.isKey(j, .`in`, .inside), let place = placeAfterIn(from: j, in: c, within: 0),
               !analysis.isKey(place.tokens.upperBound, .year, .years, .months) {
                add(m.entity, .locatedIn, place.entity, c, at: end)
            }
        }
    }

    /// The place named by an apposition that starts at `start`: "a village in Idlib province",
    /// "two government-held towns in P", "the main town of P". Nil when the apposition is no
    /// place noun phrase or names no place.
    private func appositiveParent(from start: Int, in c: SentenceContext) -> Mention? {
        guard c.range.contains(start), analysis.isKey(start, .a, .an) || analysis.isWord(start, .determiner) || tokens[start].kind == .number else { return nil }
        for t in c.window(from: start + 1, to: start + 6) {
            if c.mention(covering: t).map({ analysis.kind(of: $0) != .actor || !analysis.isKey($0.tokens.upperBound, .hyphen) }) ?? false { return nil }
            if analysis.placeNoun(t) != nil || Self.pluralPlaceNouns.contains(analysis.key(t)) {
                var u = t + 1
                guard analysis.isKey(u, .in, .of) || analysis.isKey(u, .inside) else { return nil }
                u += 1
                if analysis.isKey(u, .the) { u += 1 }
                guard let parent = c.mention(startingAt: u), analysis.kind(of: parent) == .place, parent.form != .adjective,
                      !analysis.isKey(parent.tokens.upperBound, .possessive) else { return nil }
                return parent
            }
            guard tokens[t].kind == .word || tokens[t].isMark("-"), !analysis.isWord(t, .clauseBreaker) else { return nil }
        }
        return nil
    }

    /// Nouns for the rim of a place: "on the southern edge of Damascus".
    static let edgeNouns: Set<String> = ["edge", "edges", "outskirts", "fringes", "fringe", "periphery", "rim"]

    /// Plural nouns for kinds of places, in appositions: "A and B, two villages in P".
    static let pluralPlaceNouns: Set<String> = ["villages", "towns", "cities", "suburbs", "areas", "districts", "neighbourhoods", "neighborhoods", "camps", "provinces"]

    /// Where someone spoke or met, after a verb of speaking or meeting at `verb` (or the word after
    /// it): "told a news conference in Bratislava", "said by telephone from Damascus". Only a city
    /// or country counts, and no other actor or clause may come between.
    private func placeOfSpeaking(after verb: Int, in c: SentenceContext) -> Mention? {
        guard analysis.isWord(verb, .meetingVerb) || analysis.isWord(verb + 1, .meetingVerb) else { return nil }
        guard let preposition = c.window(from: verb, to: verb + 9).first(where: { t in
            analysis.isKey(t, .`in`) || analysis.isKey(t, .from) && ["telephone", "phone", "speaking", "video"].contains(analysis.key(t - 1))
        }) else { return nil }
        guard !c.window(from: verb, to: preposition).contains(where: { c.mention(covering: $0) != nil && $0 > verb || analysis.isKey($0, .comma, .that) }) else { return nil }
        let place: Mention?
        if analysis.isKey(preposition, .from) {
            place = c.mention(startingAt: preposition + 1) ?? (analysis.isKey(preposition + 1, .the) ? c.mention(startingAt: preposition + 2) : nil)
        } else {
            place = placeAfterIn(from: preposition, in: c, within: 0)
        }
        guard let place, analysis.kind(of: place) == .place, [.city, .country].contains(analysis.category(of: place)) else { return nil }
        return place
    }

    /// True when the actor named at `t` is the organisation of a role noun before it: "a
    /// spokesman for the ICRC", "an official of the UN".
    private func isRoleOrganisation(at t: Int, in c: SentenceContext) -> Bool {
        guard let org = c.mention(startingAt: t), analysis.kind(of: org) == .actor, analysis.category(of: org) != .person else { return false }
        var p = t - 1
        if analysis.isKey(p, .the) { p -= 1 }
        if analysis.isKey(p, .for, .of) || analysis.isKey(p, .at, .with) { return true }
        // "an ICRC spokeswoman": the organisation before its role noun.
        return index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: org.tokens.upperBound, limit: c.range.upperBound) != nil
    }

    /// "…, he told reporters in Ankara": the person a pronoun stands for (the last named person
    /// before it) was where they spoke.
    private func findPronounSpeakerPlaces(_ c: SentenceContext) {
        for t in c.range where analysis.isKey(t, .he) || analysis.isKey(t, .she) {
            guard let place = placeOfSpeaking(after: t + 1, in: c), let person = lastNamedPerson(before: t) else { continue }
            add(person, .locatedIn, place.entity, c, at: t)
        }
    }

    /// The last person named (with a capital) before token `t`, within a few paragraphs.
    private func lastNamedPerson(before t: Int) -> String? {
        var u = t - 1
        while u >= max(0, t - 400) {
            let m = analysis.mentionCovering[u]
            guard m >= 0 else { u -= 1; continue }
            let mention = analysis.mentions[Int(m)]
            if analysis.category(of: mention) == .person,
               analysis.document.scalars[mention.start..<mention.end].contains(where: \.properties.isUppercase) {
                return mention.entity
            }
            u = mention.tokens.lowerBound - 1
        }
        return nil
    }

    /// The place of the adjective before the noun at `noun`, with up to two plain words between:
    /// "the Turkish border town" → Turkey.
    private func nearestPlaceAdjective(before noun: Int, in c: SentenceContext) -> String? {
        var t = noun - 1
        while t >= max(c.range.lowerBound, noun - 3) {
            if let place = placeAdjective(at: t) { return place }
            guard tokens[t].kind == .word, !tokens[t].isCapitalized, c.mention(covering: t) == nil else { return nil }
            t -= 1
        }
        return nil
    }

    /// The place an adjective at `t` stands for ("Syrian" → Syria), if any.
    private func placeAdjective(at t: Int) -> String? {
        guard t >= 0, t < tokens.count, tokens[t].isCapitalized,
              let hits = index.names.longestMatch(in: tokens, ids: analysis.keyIDs, from: t, limit: t + 1)?.values.filter({ $0.form == .adjective }),
              let hit = hits.first(where: { index.entity(number: $0.entity).kind == .place }) ?? hits.first(where: { index.entity(number: $0.entity).category == .state })
        else { return nil }
        let entity = index.entity(number: hit.entity)
        if entity.kind == .place {
            analysis.recordLexiconEntity(number: hit.entity)
            return entity.id
        }
        // "the Turkish border town": a state's adjective stands for its country as a place (a
        // mention of the adjective gives the country node its provenance).
        guard entity.category == .state, let territory = index.number(of: "\(entity.id)-country") else { return nil }
        analysis.recordLexiconEntity(number: territory)
        let id = index.entity(number: territory).id
        if analysis.mentionCovering[t] < 0 {
            analysis.addLateMention(Mention(entity: id, number: territory, tokens: t..<(t + 1), start: tokens[t].start, end: tokens[t].end, form: .adjective))
        }
        return id
    }

    /// The place a section ("Southwest Aleppo") belongs to, or the place itself.
    private func parentPlace(_ id: String) -> String {
        if let mention = analysis.mentions.first(where: { $0.entity == id }), mention.form == .section,
           let dash = id.firstIndex(of: "-") {
            let parent = String(id[id.index(after: dash)...])
            if analysis.isRecorded(parent) { return parent }
        }
        return id
    }
}
