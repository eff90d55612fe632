import ActorGraph

/// Active verbs with their subjects and objects: "X shelled Y", "A and B hold P", "people fled from P to Q".
extension RelationFinder {
    // MARK: - "X shelled Y", "A and B hold P", "people fled from P to Q"

    /// True when the verb form at `k` (its cue ending at `cueEnd`) is a participle describing the
    /// plural noun right before it, which names no actor and is the object of another verb or of
    /// a preposition: "backs several militias fighting alongside X", "in talks held that year in
    /// Istanbul". Not when the verb before is "have" ("which has special forces working with the
    /// SDF"), the noun is one of time ("months negotiating with Moscow") or an actor modifies it
    /// ("reports of rebel rockets hitting P"): then the clause's subject does it.
    func describesObjectNoun(participle k: Int, cueEnd: Int, in c: SentenceContext) -> Bool {
        let noun = k - 1
        // (The word classes before the string tests: they are one load.)
        guard noun > c.range.lowerBound, tokens[noun].kind == .word, !tokens[noun].isCapitalized, !c.isCovered(noun),
              analysis.wordClass(noun).isDisjoint(with: [.auxiliary, .commonWord, .preposition, .determiner, .quoteVerb]),
              analysis.isWord(noun, .endsInS), keys[noun].count > 3, !analysis.isWord(noun, .timeNoun) else { return false }
        // An -ing form, or a past participle before a phrase of place or time.
        let isPast = analysis.isWord(k, [.endsInEd, .passiveIrregular]) || analysis.isKey(k, .held)
        guard analysis.isWord(k, .endsInIng) || isPast && (analysis.isWord(cueEnd, .preposition) || analysis.isKey(cueEnd, .that, .this) || analysis.isKey(cueEnd, .last)) else { return false }
        // The noun phrase: back over plain words to a preposition or a verb of the lexicon.
        var phraseStart = noun
        while phraseStart - 1 >= max(c.range.lowerBound, k - 4), tokens[phraseStart - 1].kind == .word, !c.isCovered(phraseStart - 1),
              !analysis.isWord(phraseStart - 1, .preposition), !analysis.isWord(phraseStart - 1, .activeCueStart) { phraseStart -= 1 }
        let before = phraseStart - 1
        guard !c.isCovered(before),
              analysis.isWord(before, .preposition) || analysis.isWord(before, .activeCueStart) && !analysis.isWord(before, .havingVerb) else { return false }
        return !(phraseStart..<k).contains { t in analysis.namesActor(t) }
    }

    /// Plural nouns of time: "months negotiating with Moscow" is no group doing it.
    static let timeNouns: Set<String> = ["months", "years", "weeks", "days", "hours", "decades"]

    /// Irregular participles that read as passives after a form of "be": "people had been shot in P".
    static let passiveIrregulars: Set<String> = ["shot", "hit", "struck", "cut", "caught", "thrown", "overrun", "run", "fought", "won", "sent", "led"]

    /// The place an object relative clause starting before `subject` is about: "P, which" or
    /// "P that" right before the subject ("the Old City, which the rebels had abandoned").
    func relativePlace(before subject: Mention, in c: SentenceContext) -> Mention? {
        let w = analysis.isKey(subject.tokens.lowerBound - 1, .the) ? subject.tokens.lowerBound - 2 : subject.tokens.lowerBound - 1
        let antecedentEnd: Int
        if analysis.isKey(w, .which), analysis.isKey(w - 1, .comma) { antecedentEnd = w - 1 }
        else if analysis.isKey(w, .that) { antecedentEnd = w }
        else { return nil }
        guard let place = c.mention(covering: antecedentEnd - 1), place.tokens.upperBound == antecedentEnd,
              analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        // ("the hospital on the edge of the town, which rebels have surrounded": the clause may
        // be about the noun the place qualifies; "told reporters in Moscow that rebels had
        // shelled": "that" opens what was said.)
        let start = analysis.isKey(place.tokens.lowerBound - 1, .the) ? place.tokens.lowerBound - 1 : place.tokens.lowerBound
        // ("60 kilometres to the west, which …": a direction, not the place meant.)
        if analysis.isKey(start - 1, .to) { return nil }
        // ("the district of Bustan al-Basha, which …" is the place itself.)
        if analysis.isKey(start - 1, .of), analysis.placeNoun(start - 2) == nil { return nil }
        if analysis.isKey(w, .that), c.window(from: start - 6, to: start).contains(where: { analysis.isWord($0, .quoteVerb) || analysis.isKey($0, .told) }) { return nil }
        return place
    }

    /// The places an object relative clause starting before `subject` is about: those an
    /// apposition ending in a noun of place describes ("A and B, two districts that rebels had
    /// abandoned", "P, a border town with Turkey that the group holds", and without a pronoun "P,
    /// the last town the group holds"), else the place of ``relativePlace(before:in:)``.
    func relativePlaces(before subject: Mention, in c: SentenceContext) -> [Mention] {
        let w = analysis.isKey(subject.tokens.lowerBound - 1, .the) ? subject.tokens.lowerBound - 2 : subject.tokens.lowerBound - 1
        guard c.range.contains(w) else { return [] }
        let hasPronoun = analysis.isKey(w, .that) || analysis.isKey(w, .which) && analysis.isKey(w - 1, .comma)
        // (Without a pronoun the noun of place itself must stand right before the subject.)
        if hasPronoun || analysis.placeNoun(w) != nil || analysis.isWord(w, .pluralPlaceNoun),
           let places = apposedPlaces(endingAt: analysis.isKey(w, .which) ? w - 2 : hasPronoun ? w - 1 : w, headLast: !hasPronoun, in: c) {
            return places
        }
        return relativePlace(before: subject, in: c).map { [$0] } ?? []
    }

    /// The places before an apposition that ends at token `end` and is headed by a noun of place:
    /// "A and B, two rebel-held towns near the border" → A and B. The apposition opens with an
    /// article, a determiner or a number after a comma (or after a form of "be": "A and B are two
    /// towns"); besides plain words it may hold places
    /// after a preposition ("near the Lebanese border") and actors qualifying its noun
    /// ("rebel-held", "the group's"). With `headLast` the noun of place must be its last word. Nil
    /// when the words before `end` are no such apposition.
    func apposedPlaces(endingAt end: Int, headLast: Bool, in c: SentenceContext) -> [Mention]? {
        var t = end
        var head = -1
        func opens(_ t: Int) -> Bool { analysis.isKey(t, .comma) || analysis.isKey(t, .is, .are) || analysis.isKey(t, .was, .were) }
        while t > c.range.lowerBound, t > end - 12, !opens(t) {
            if let m = c.mention(covering: t) {
                let before = analysis.isKey(m.tokens.lowerBound - 1, .the) ? m.tokens.lowerBound - 2 : m.tokens.lowerBound - 1
                let qualifies = analysis.kind(of: m) == .actor ? analysis.isKey(m.tokens.upperBound, .hyphen) || analysis.isKey(m.tokens.upperBound, .possessive) || m.form == .adjective
                    : m.form == .adjective || analysis.isWord(before, .preposition)
                guard qualifies else { return nil }
                t = m.tokens.lowerBound - 1
                continue
            }
            if head < 0, analysis.placeNoun(t) != nil || analysis.isWord(t, .pluralPlaceNoun) { head = t }
            guard tokens[t].kind == .word || tokens[t].kind == .number || tokens[t].kind == .possessive || tokens[t].isMark("-"),
                  analysis.wordClass(t).isDisjoint(with: [.clauseBreaker, .relativePronoun, .quoteVerb]) else { return nil }
            t -= 1
        }
        guard opens(t), head >= 0, !headLast || head == end, t + 1 < end,
              analysis.isWord(t + 1, .determiner) || tokens[t + 1].kind == .number,
              let place = c.mention(covering: t - 1), place.tokens.upperBound == t, analysis.kind(of: place) == .place, place.form != .adjective else { return nil }
        return c.coordinatedMentions(endingWith: place, where: { analysis.kind(of: $0) == .place && $0.form != .adjective })
    }

    func findActives(_ c: SentenceContext) {
        guard c.classes.contains(.activeCueStart) else { return }
        // (Held here for the sentence: read through `analysis` at each cue, each was retained.)
        let tokens = self.tokens, index = self.index
        var k = c.range.lowerBound
        var previousSubjects: [Mention] = []
        var previousObjects: [Mention] = []
        while k < c.range.upperBound {
            // Only a word that starts a cue, or one before "from" (``splitCue(at:in:)``), can be a verb.
            k = analysis.firstToken(from: k, to: c.range.upperBound, in: .activeCueStart, orBefore: .from)
            guard k < c.range.upperBound else { break }
            guard tokens[k].kind == .word, !(k > 0 && analysis.isKey(k - 1, .hyphen)),
                  let match = index.activeCues.longestMatch(in: tokens, from: k, limit: c.range.upperBound,
                                                            skipping: { self.isInsertedAdverb($0, in: c) }, idOf: { analysis.keyIDs[$0] })
                      ?? (analysis.isKey(k + 1, .from) ? splitCue(at: k, in: c) : nil),   // (its first test, without the call)
                  let relation = match.values.first else { k += 1; continue }
            defer { k = match.end }
            if analysis.isKey(match.end, .by) { continue }
            // "the ceasefire took hold": an idiom of starting, no control; "warplanes had taken off
            // from Shayrat" is a departure.
            // (The word before first: id comparisons, where the key is a string comparison.)
            if analysis.isKey(k - 1, .took, .take) || analysis.isKey(k - 1, .takes, .taking) || analysis.isKey(k - 1, .taken), analysis.isKey(k, .hold) { continue }
            let last = match.end - 1
            if analysis.isKey(last, .took, .take) || analysis.isKey(last, .takes, .taking) || analysis.isKey(last, .taken), match.end < c.range.upperBound, analysis.isKey(match.end, .off) { continue }
            // "Islamic State targets in Syria": a plural noun after a name, before "in", is no verb.
            if match.end == k + 1, analysis.isKey(k + 1, .in) || analysis.isKey(k + 1, .near, .around), analysis.isWord(k, .endsInS),
               let name = c.mention(covering: k - 1), name.tokens.upperBound == k, analysis.isNamed(name), name.form != .adjective { continue }
            if c.isQuoted(k) { continue }                                 // a speaker's words, not the article's
            // The word before the verb, tested by keyword id.
            let before = k - 1
            // An infinitive is an aim, not a fact — unless something was sent to do it: "Iran has
            // sent advisers to help Damascus".
            if analysis.isKey(before, .to) && !c.window(from: k - 8, to: k - 1).contains(where: { analysis.isKey($0, .sent, .deployed, .dispatched) || analysis.isKey($0, .send, .sending) }) { continue }
            if analysis.isKey(before, .of) && analysis.isWord(k, .endsInIng) { continue }  // "accused of colluding"
            // "civilians were killed in P": a participle after a form of "be" is a passive, whose agent
            // (if any) comes with "by".
            // (Not for movement: "the rebels were forced out of P" moved themselves.)
            // "250,000 people are besieged in P", "areas that remain held by": any form of "be" or "remain".
            // (The word before first: one id comparison each, the participle's string tests only after one.)
            if relation.relationClass != .movement,
               analysis.isFormOfBe(k - 1) || analysis.isKey(k - 1, .remain, .remains, .remained),
               analysis.isWord(k, [.endsInEd, .endsInEn, .passiveIrregular]) || analysis.isKey(k, .held) { continue }
            // "several militias fighting alongside Syrian troops", "talks held that year in Istanbul".
            if describesObjectNoun(participle: k, cueEnd: match.end, in: c) { continue }
            // "escaped fighting elsewhere": an -ing form right after a verb of the lexicon is its object.
            if k > c.range.lowerBound, index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: k - 1, limit: k) != nil, analysis.isWord(k, .endsInIng) { continue }
            // A verb form used as a noun: "the current fighting", "intense fighting", "the four-year battle".
            // A counted noun too: "carried out 4,000 strikes in support of X".
            // "the foreign arm of X": a bare verb form after an article and a modifier, before "of", is a
            // noun. ("its allies swept through P", "a costly fight with X", "a faction loyal to X" are
            // still read.)
            if k >= 2, analysis.isKey(match.end, .of), analysis.isKey(k - 2, .the, .a, .an), tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, !c.isCovered(k - 1),
               !analysis.isWord(k - 1, .endsInS), analysis.nounCue(k) == nil,
               !analysis.isWord(k, .endsInEd), !analysis.isWord(k, .endsInIng), !analysis.isWord(k, .endsInS) { continue }
            // (The keyword first: an id comparison, where the actor before is a mention copied out.)
            let stressedSubject = analysis.isKey(before, .both, .all) && c.mention(covering: k - 2).map { analysis.kind(of: $0) == .actor } == true
            // "the YPG that holds Afrin", "the coalition that holds P": "that" after a group is a
            // relative pronoun, not a determiner.
            let relativeThat = analysis.isKey(before, .that) && (c.mention(covering: k - 2).map { analysis.kind(of: $0) == .actor } == true || c.isBodyNoun(k - 2))
            if analysis.isWord(k - 1, .determiner) && !analysis.isKey(before, .one) && !stressedSubject && !relativeThat || (k > 0 && tokens[k - 1].kind == .possessive || k > 0 && tokens[k - 1].kind == .number && analysis.nounCue(k) != nil)
                || analysis.isWord(k - 1, .nounModifier) && !analysis.isWord(k, .endsInEd)   // "artillery shelled" is a verb
                || (k >= 2 && analysis.isKey(k - 2, .hyphen) && tokens[k - 1].kind == .word && tokens[k - 2].end == tokens[k - 1].start
                    && !c.isCovered(k - 1)) { continue }   // "Jaish al-Islam controls" is a name, not a compound
            // A word right after a preposition is no finite verb: "in besieged eastern Aleppo" (an
            // adjective), "died in raids on P" (a noun); a gerund still is ("focused on negotiating with").
            if analysis.isWord(k - 1, .preposition) && !analysis.isKey(before, .to) && !analysis.isWord(k, .endsInIng) { continue }
            // "the militias it backs": an object relative clause, whose object is the noun before.
            if analysis.isKey(before, .it, .they), k >= 2, c.range.contains(k - 2), let antecedent = c.mention(covering: k - 2) {
                // "Turkish forces and the rebels they support": the pronoun is the actor named
                // before the antecedent.
                if analysis.kind(of: antecedent) == .actor, antecedent.form != .adjective, fits(antecedent, asTargetOf: relation),
                   !c.isNegatedOrHypothetical(before: k, window: 3),
                   let agent = c.lastMention(before: antecedent.tokens.lowerBound, within: 4, where: { fitsAsSource($0) && $0.form != .adjective }),
                   agent.number != antecedent.number,
                   c.window(from: agent.tokens.upperBound, to: antecedent.tokens.lowerBound).allSatisfy({ analysis.isKey($0, .and) || analysis.isKey($0, .the) || analysis.isKey($0, .comma) || analysis.isWord($0, .determiner) || analysis.isKey($0, .its) || analysis.isKey($0, .their) }) {
                    add(agent.number, relation, antecedent.number, c, at: k)
                }
                continue
            }
            if c.isNegatedOrHypothetical(before: k, window: 5) { continue }
            var subjects = c.subjects(before: k)
            // "Russia backs X and supports Y": a second verb shares the first one's subject.
            // "…, then swept through Q" too.
            let sharesSubject = !previousSubjects.isEmpty && (analysis.isKey(before, .and) || (analysis.isKey(before, .comma) && analysis.isKey(k - 2, .and))
                || (analysis.isKey(before, .then) && (analysis.isKey(k - 2, .comma) || analysis.isKey(k - 2, .and))))
            if sharesSubject { subjects = previousSubjects }
            // "besieged A, B and C since 2012, shelling them daily": the participle's subject and
            // its "them" are the clause's.
            let continuesClause = analysis.isKey(before, .comma) && analysis.isWord(k, .endsInIng) && (analysis.isKey(match.end, .them) || analysis.isKey(match.end, .it))
                && !previousSubjects.isEmpty && !previousObjects.isEmpty
            if continuesClause { subjects = previousSubjects }
            // "Turkey said the blast had killed two soldiers and blamed the YPG": the speaker.
            if !sharesSubject && !continuesClause { subjects = speechActSubjects(subjects, of: relation, at: k, in: c) }
            if !subjects.isEmpty { previousSubjects = subjects }
            if subjects.isEmpty, relation.relationClass == .movement, let civilians = c.collectiveSubject(before: k) {
                subjects = [civilians]
            }
            guard !subjects.isEmpty else { continue }
            // Reciprocal: "A and B were at loggerheads", "A and B blamed each other".
            // A one-way act with an object that names no actor ("A and B support rival camps") is
            // not done to each other; a mutual one ("A and B brokered a truce") is.
            // (Only two subjects or more can act on each other: the tests below, which read no
            // more than the tokens, are made for those alone.)
            if subjects.count >= 2, let lastSubject = subjects.last,
               k - lastSubject.tokens.upperBound <= 4 || reachesVerb(from: lastSubject.tokens.upperBound, to: k, overRelativeClauseIn: c) {
                let reciprocalClass = (relation.relationClass == .conflict || relation.relationClass == .cooperation)
                    && (relation.isSymmetric || !startsNounPhrase(at: match.end, in: c))
                // ("A and B, two towns that X and Y have besieged": the relative's places are the object.)
                if analysis.isKey(match.end, .each) && analysis.isKey(match.end + 1, .other)
                    || reciprocalClass && c.firstMention(after: match.end, within: 5, where: { fits($0, asTargetOf: relation) }) == nil
                        && relativePlaces(before: subjects[0], in: c).isEmpty {
                    for a in subjects { for b in subjects where a.number != b.number { add(a.number, relation, b.number, c, at: k) } }
                    continue
                }
            }
            relateObjects(of: subjects, by: relation, at: k, cueEnd: match.end, continuesClause: continuesClause, previousObjects: &previousObjects, in: c)
        }
    }

    /// The objects of the verb at `k` (its cue ending at `cueEnd`) whose `subjects` were found, and
    /// the relations from each subject to each; `previousObjects` keeps the last objects found for a
    /// clause that continues with a participle. (Out of ``findActives(_:)``: the loop that finds
    /// and filters the cues stays small enough for its token reads to be inlined.)
    private func relateObjects(of subjects: [Mention], by relation: Relation, at k: Int, cueEnd: Int, continuesClause: Bool,
                               previousObjects: inout [Mention], in c: SentenceContext) {
        let tokens = self.tokens, keys = self.keys
        var objects: [Mention] = continuesClause ? previousObjects.filter { fits($0, asTargetOf: relation) } : []
        if relation == .fleesFrom || relation == .fleesTo {
            // "families from Qusayr fled to Arsal": where the subject came from.
            if let last = subjects.last, analysis.category(of: last) == .person, analysis.isKey(last.tokens.upperBound, .from),
               let origin = c.mention(startingAt: last.tokens.upperBound + 1), analysis.kind(of: origin) == .place, origin.tokens.upperBound <= k {
                for s in subjects { add(s.number, .fleesFrom, origin.number, c, at: k) }
            }
            // "Turkish troops and their rebel allies crossed into Afrin": armed men crossing or
            // pouring into a place advance into it; others flee there.
            // "Bustan al-Basha, which the rebels had abandoned", "the district that they left":
            // an object relative names the place left.
            if relation == .fleesFrom, c.mention(startingAt: cueEnd) == nil, !(analysis.isKey(cueEnd, .the) && c.mention(startingAt: cueEnd + 1) != nil) {
                let places = relativePlaces(before: subjects[0], in: c)
                for s in subjects where analysis.kind(of: s) == .actor { for place in places { add(s.number, .fleesFrom, place.number, c, at: k) } }
                if !places.isEmpty { return }
            }
            let crossing = relation == .fleesTo && (k..<cueEnd).contains { Self.crossingWords.contains(keys[$0]) }
            let armed = subjects.filter { [.armedGroup, .militia, .state, .coalition].contains(analysis.category(of: $0)) }
            if crossing, !armed.isEmpty {
                findMovement(c, from: cueEnd, relation: relation, subjects: armed, advancing: true)
                let others = subjects.filter { s in !armed.contains { $0.number == s.number } }
                if !others.isEmpty { findMovement(c, from: cueEnd, relation: relation, subjects: others) }
            } else {
                findMovement(c, from: cueEnd, relation: relation, subjects: subjects)
            }
            return
        }
        // "overran positions of X", "stormed bases of X and Y": taking a group's positions attacks it.
        if relation.relationClass == .control || relation.relationClass == .conflict,
           let of = c.window(from: cueEnd, to: cueEnd + 3).first(where: { analysis.isWord($0, .possessedNoun) && analysis.isKey($0 + 1, .of) && !c.isCovered($0) }),
           // The owner follows "of" at once: "accused rebel fighters of using residents" names none.
           c.mention(startingAt: of + 2) != nil || analysis.isKey(of + 2, .the) && c.mention(startingAt: of + 3) != nil {
            let owners = c.coordinatedMentions(from: of + 2, where: { analysis.kind(of: $0) == .actor && $0.form != .adjective })
            for s in subjects { for o in owners { add(s.number, relation.relationClass == .conflict ? relation : .attacks, o.number, c, at: k) } }
            if !owners.isEmpty { return }
        }
        if relation == .advancesInto, let into = c.window(from: cueEnd, to: cueEnd + 10).first(where: { analysis.isKey($0, .into) || analysis.isKey($0, .toward) || analysis.isKey($0, .towards) }) {
            objects = c.coordinatedMentions(from: into + 1, where: { fits($0, asTargetOf: relation) })
        }
        // "Kurdish militants, …, whom the opposition accuses": the object is the relative's antecedent.
        if objects.isEmpty, let subject = subjects.first, analysis.isKey(analysis.isKey(subject.tokens.lowerBound - 1, .the) ? subject.tokens.lowerBound - 2 : subject.tokens.lowerBound - 1, .whom, .which),
           let antecedent = c.relativeAntecedent(before: subject.tokens.lowerBound), fits(antecedent, asTargetOf: relation) {
            objects = [antecedent]
        }

        if objects.isEmpty {
            // The object follows the verb directly: "backs its view of treating every armed faction"
            // has no actor object (a preposition after the head noun ends the object).
            // An adjective stands for its actor as an object when no name follows it ("talks
            // with Russian officers"; but "attacked Syrian rebels" attacks the rebels).
            // A name that qualifies a document is not the object: "vetoed a UN Security Council
            // resolution" opposes the resolution, not the Council.
            if let first = c.firstMention(after: cueEnd, within: 7, where: { fits($0, asTargetOf: relation) && ($0.form != .adjective || c.mention(startingAt: $0.tokens.upperBound) == nil)
                    && !analysis.isWord($0.tokens.upperBound, .documentNoun) }),
               // ("shelled a crossing point on the Castello road" strikes the place, though.)
               // ("carried out strikes near the army", "in support of the army": no object.)
               !c.window(from: cueEnd, to: first.tokens.lowerBound).contains(where: { Self.notBeforeObject.contains(analysis.key($0)) }),
               // (", and that Russia …": a new clause.)
               !c.window(from: cueEnd, to: first.tokens.lowerBound).contains(where: { analysis.isKey($0, .that) && analysis.isKey($0 - 1, .and) }),
               // ("vetoed a draft put forward by A and B", "rejected a proposal by A": the authors
               // of the text acted on are no objects.)
               !c.window(from: cueEnd, to: first.tokens.lowerBound).contains(where: { analysis.isKey($0, .by)
                   && c.window(from: cueEnd, to: $0).contains(where: { analysis.isWord($0, .documentNoun) }) }),
               !c.window(from: cueEnd, to: first.tokens.lowerBound).contains(where: { (analysis.isKey($0, .on, .about, .over, .with) || analysis.isKey($0, .for, .at)) && $0 > cueEnd
                   && !(analysis.isKey($0, .on) && relation.relationClass == .conflict && analysis.kind(of: first) == .place
                        && (analysis.isKey(cueEnd, .a, .an) || analysis.isKey(cueEnd, .the))) }) {
                // "met Russian Foreign Minister Sergei Lavrov": the person the titles introduce.
                var first = first
                // "fled Aleppo's al-Sakhour district", "bombed Aleppo's Old City": the part named after the city.
                if analysis.kind(of: first) == .place, analysis.isKey(first.tokens.upperBound, .possessive),
                   let part = c.mention(startingAt: first.tokens.upperBound + 1), analysis.kind(of: part) == .place, part.form != .adjective,
                   fits(part, asTargetOf: relation) {
                    first = part
                }
                if first.form == .adjective || analysis.category(of: first) == .state,
                   let person = c.firstMention(after: first.tokens.upperBound, within: 5, where: { analysis.category(of: $0) == .person }),
                   c.titleStart(before: person) == first.tokens.lowerBound || c.window(from: first.tokens.upperBound, to: person.tokens.lowerBound).allSatisfy({
                       !analysis.wordClass($0).isDisjoint(with: [.title, .roleNoun]) || analysis.isKey($0, .of) }), fits(person, asTargetOf: relation) {
                    first = person
                }
                objects = c.coordinatedMentions(from: first.tokens.lowerBound, where: { fits($0, asTargetOf: relation) })
                // "the Old City neighbourhoods of A, B and C": the places named after the noun.
                if analysis.kind(of: first) == .place, let noun = Optional(first.tokens.upperBound),
                   analysis.placeNoun(noun) != nil || analysis.isWord(noun, .pluralPlaceNoun), analysis.isKey(noun + 1, .of),
                   let named = c.mention(startingAt: noun + 2), analysis.kind(of: named) == .place {
                    objects = c.coordinatedMentions(from: named.tokens.lowerBound, where: { fits($0, asTargetOf: relation) })
                }
            }
        }
        // "leads Jaish al-Fatah", but not "chairs the UN humanitarian task force": one leads the
        // body the phrase ends in, not a body named as a modifier.
        if relation == .leaderOf {
            // ("who leads the U.N. Supervision Mission": neither a name going on after it; "chairs
            // the task force of the U.N.": nor a body after other words.)
            objects = objects.filter { o in
                !c.qualifiesANoun(o) && c.window(from: cueEnd, to: o.tokens.lowerBound).allSatisfy { analysis.isKey($0, .the) || analysis.isKey($0, .and) || analysis.isKey($0, .comma) || c.isCovered($0) }
            }
        }
        // "Hanano, which the rebels captured in 2012", "the west of the city, which the
        // government holds": a place before the relative pronoun, when no object follows.
        if objects.isEmpty, let subject = subjects.first, c.firstMention(after: cueEnd, within: 2, where: { _ in true }) == nil {
            objects = relativePlaces(before: subject, in: c).filter { fits($0, asTargetOf: relation) }
        }
        // "denounced Washington's action", "welcomed the U.S. action": the one whose act is judged.
        if objects.isEmpty, relation == .condemns || relation == .opposes || relation == .supports || relation == .backs,
           let owner = c.firstMention(after: cueEnd, within: 3, where: { _ in true }) ?? c.window(from: cueEnd, to: cueEnd + 3).lazy.compactMap({ c.mention(covering: $0) }).first,
           analysis.kind(of: owner) == .actor, owner.tokens.lowerBound >= cueEnd,
           c.window(from: cueEnd, to: owner.tokens.lowerBound).allSatisfy({ analysis.isKey($0, .the) || isInsertedAdverb($0, in: c) }) {
            // The act noun right after the owner (or its "'s"), or after one lower-case modifier:
            // "the U.S. military strike".
            let noun = analysis.isKey(owner.tokens.upperBound, .possessive) ? owner.tokens.upperBound + 1 : owner.tokens.upperBound
            let modified = noun + 1 < c.range.upperBound && tokens[noun].kind == .word && !tokens[noun].isCapitalized && !c.isCovered(noun)
                && Self.actNouns.contains(keys[noun + 1])
            if noun < c.range.upperBound, Self.actNouns.contains(keys[noun]) || modified {
                objects = [owner]
            }
        }
        // "control pockets of land, chiefly in the south": the place follows "in".
        if objects.isEmpty, relation.relationClass == .control, let place = placeAfterIn(from: cueEnd, in: c, within: 9) {
            objects = [place]
        }
        // "an attack on rebel factions in the 1070 Apartments district": the place is attacked too.
        if relation == .attacks || relation == .shells || relation == .besieges, let last = objects.last, analysis.kind(of: last) == .actor,
           analysis.isKey(last.tokens.upperBound, .`in`), let place = placeAfterIn(from: last.tokens.upperBound, in: c, within: 1),
           // ("bombing Islamic State in Syria and Iraq" strikes the group where it is, not the countries.)
           analysis.category(of: place) != .country {
            objects.append(place)
        }
        // "attacked its positions": the possessive stands for the last other actor named before.
        if objects.isEmpty, relation.relationClass == .conflict, let owner = possessivePronounObject(after: cueEnd, subjects: subjects, in: c) {
            objects = [owner]
        }
        for s in subjects { for o in objects { add(s.number, relation, o.number, c, at: k) } }
        if !objects.isEmpty { previousObjects = objects }
        // "Iran, which backs the Syrian government along with Russia": the one named after
        // "along with" or "together with" does it too.
        if let last = objects.last, analysis.isKey(last.tokens.upperBound, .along, .together),
           analysis.isKey(last.tokens.upperBound + 1, .with),
           let partner = c.mention(startingAt: last.tokens.upperBound + 2) ?? (analysis.isKey(last.tokens.upperBound + 2, .the) ? c.mention(startingAt: last.tokens.upperBound + 3) : nil),
           fitsAsSource(partner), partner.form != .adjective {
            for o in objects where o.number != partner.number { add(partner.number, relation, o.number, c, at: k) }
        }
        // "Washington, which backs the SDF against Islamic State": both fight the one after "against".
        if relation.relationClass == .cooperation, !relation.isSymmetric, let last = objects.last, analysis.kind(of: last) == .actor,
           analysis.isKey(last.tokens.upperBound, .against),
           let enemy = c.mention(startingAt: last.tokens.upperBound + 1) ?? (analysis.isKey(last.tokens.upperBound + 1, .the) ? c.mention(startingAt: last.tokens.upperBound + 2) : nil),
           fits(enemy, asTargetOf: .fights), enemy.form != .adjective {
            for side in subjects + objects where side.number != enemy.number { add(side.number, .fights, enemy.number, c, at: last.tokens.upperBound) }
        }
        // "recaptured P from X": the ones who lost it were fought.
        if relation == .captures, let last = objects.last, analysis.isKey(last.tokens.upperBound, .from),
           let loser = c.firstMention(after: last.tokens.upperBound + 1, within: 2, where: { fitsAsSource($0) && $0.form != .adjective }) {
            for s in subjects where s.number != loser.number { add(s.number, .fights, loser.number, c, at: k) }
        }
        // "…, as do Kurdish fighters, mostly in the east": the same relation for another actor.
        if relation.relationClass == .control, !objects.isEmpty,
           let asDo = c.window(from: cueEnd, to: min(c.range.upperBound, cueEnd + 40)).first(where: { analysis.isKey($0, .`as`) && analysis.isKey($0 + 1, .`do`, .does, .did) }),
           let other = c.mention(startingAt: asDo + 2) ?? c.mention(startingAt: asDo + 3), analysis.kind(of: other) == .actor {
            let place = placeAfterIn(from: other.tokens.upperBound, in: c, within: 3) ?? objects.first
            if let place { add(other.number, relation, place.number, c, at: asDo) }
        }
    }

    /// The actor a possessive pronoun object stands for: "pounded its positions" → the last actor
    /// named before the subjects (in this sentence or the one before) that is not one of them.
    func possessivePronounObject(after end: Int, subjects: [Mention], in c: SentenceContext) -> Mention? {
        guard c.range.contains(end), analysis.isKey(end, .its) || analysis.isKey(end, .their),
              analysis.isWord(end + 1, .possessedNoun) || analysis.isWord(end + 2, .possessedNoun) else { return nil }
        let subjectIDs = Set(subjects.map(\.number))
        let sentenceStart = analysis.sentences[max(0, c.number - 1)].tokens.lowerBound
        var u = (subjects.map(\.tokens.lowerBound).min() ?? end) - 1
        let floor = max(sentenceStart, u - 60)   // a few clauses back at most: linear on one long line
        while u >= floor {
            let m = analysis.mentionCovering[u]
            guard m >= 0 else { u -= 1; continue }
            let mention = analysis.mentions[Int(m)]
            if analysis.kind(of: mention) == .actor, analysis.category(of: mention) != .person, mention.form != .adjective,
               !subjectIDs.contains(mention.number) { return mention }
            u = mention.tokens.lowerBound - 1
        }
        return nil
    }

    /// What a group owns, after "its"/"their": "its positions", "their bases".
    static let possessedNouns: Set<String> = ["positions", "position", "fighters", "forces", "bases", "base", "headquarters", "lines", "defences", "defenses", "strongholds", "convoys", "convoy", "militants", "troops", "units", "members"]

    /// Nouns for documents and decisions, which a name before them only qualifies.
    static let documentNouns: Set<String> = ["resolution", "resolutions", "statement", "report", "plan", "proposal", "draft", "decision", "declaration", "communique", "bill", "initiative", "agreement", "deal", "accord", "ceasefire", "truce", "talks", "process", "text"]

    /// True when a noun phrase (an object) starts at `t`: a determiner, a number or a plain word
    /// that is no preposition, adverb or clause break.
    func startsNounPhrase(at t: Int, in c: SentenceContext) -> Bool {
        guard c.range.contains(t) else { return false }
        if analysis.isWord(t, .determiner) || analysis.isKey(t, .a, .an) || tokens[t].kind == .number { return true }
        guard tokens[t].kind == .word, !c.isCovered(t) else { return false }
        return analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker, .commonWord, .auxiliary]) && !isInsertedAdverb(t, in: c)
    }

    /// True when the words from `start` to the verb at `verb` are a relative clause between commas
    /// and at most an auxiliary and an adverb: "Moscow and Ankara, which back opposite sides, have
    /// coordinated closely".
    func reachesVerb(from start: Int, to verb: Int, overRelativeClauseIn c: SentenceContext) -> Bool {
        guard analysis.isKey(start, .comma), analysis.isWord(start + 1, .relativePronoun),
              let close = c.window(from: start + 2, to: min(verb, start + 16)).first(where: { analysis.isKey($0, .comma) }) else { return false }
        return verb - close <= 3 && c.window(from: close + 1, to: verb).allSatisfy { analysis.isWord($0, .auxiliary) || isInsertedAdverb($0, in: c) }
    }

    /// A verb and its particle split by a short phrase of direction: "advanced from the east and
    /// north into P" reads as "advanced into P". The words between may not name an actor or
    /// cross a comma or clause break.
    func splitCue(at k: Int, in c: SentenceContext) -> (end: Int, values: [Relation])? {
        guard tokens[k].kind == .word, analysis.isKey(k + 1, .from) else { return nil }
        for p in c.window(from: k + 2, to: k + 9) {
            if analysis.isKey(p, .comma) || analysis.isWord(p, .clauseBreaker) { return nil }
            if let m = c.mention(covering: p), analysis.kind(of: m) == .actor { return nil }
            guard analysis.isKey(p, .into, .toward, .towards, .on) else { continue }
            let values = index.activeCues.values(ofPhrase: [analysis.keyIDs[k], analysis.keyIDs[p]])
            return values.isEmpty ? nil : (p + 1, values)
        }
        return nil
    }

    /// An adverb inside a verb phrase: "clashed repeatedly with", "fought fiercely against".
    func isInsertedAdverb(_ t: Int, in c: SentenceContext) -> Bool {
        // (The token and its word classes read once each.)
        let token = tokens[t]
        guard token.kind == .word, !token.isCapitalized, !c.isCovered(t) else { return false }
        let wordClass = analysis.wordClass(t)
        if wordClass.contains(.insertedAdverb) { return true }
        // "fled west to Quneitra": a direction before the preposition of a movement.
        if wordClass.contains(.direction), analysis.isKey(t + 1, .to, .toward, .towards) || analysis.isKey(t + 1, .into) { return true }
        return analysis.isWord(t, .lyAdverb)
    }

    /// Nouns of someone's act, judged by a verb of condemning or welcoming: "Washington's action".
    static let actNouns: Set<String> = ["action", "actions", "move", "decision", "strike", "strikes", "intervention", "offensive", "campaign", "policy", "incursion", "operation", "attack", "attacks", "raid", "raids", "response"]

    /// Words after which no direct object of the verb before follows: "strikes near the army",
    /// "strikes in support of the army".
    static let notBeforeObject: Set<String> = ["near", "alongside", "beside", "behind", "support", "despite", "besides"]

    /// Participles after a noun that make it the one harmed: "civilians killed in raids".
    static let patientParticiples: Set<String> = ["killed", "wounded", "injured", "displaced", "trapped", "detained",
                                                  "executed", "evacuated", "arrested", "kidnapped", "abducted", "hurt"]

    static let insertedAdverbs: Set<String> = ["again", "also", "already", "still", "once", "twice", "often", "previously",
                                               "repeatedly", "reportedly", "allegedly", "briefly", "heavily", "fiercely",
                                               "full", "complete", "total", "overnight", "now", "later", "just", "first", "partial"]   // "regained complete control of"

    /// Words ending in "-ly" that are not adverbs.
    static let lyNonAdverbs: Set<String> = ["supply", "family", "assembly", "monopoly", "anomaly", "rally", "ally", "reply", "apply", "italy"]

    /// A place after "in" (or "across", "inside") a few words on, across one comma and an adverb:
    /// "…, mostly in the north-west".
    func placeAfterIn(from start: Int, in c: SentenceContext, within: Int) -> Mention? {
        var t = start
        var steps = 0
        while t < c.range.upperBound, steps <= within {
            if analysis.isKey(t, .in, .across, .inside, .throughout) {
                for u in c.window(from: t + 1, to: t + 4) {
                    if let m = c.mention(startingAt: u) { return analysis.kind(of: m) == .place ? m : nil }
                    if tokens[u].kind != .word || tokens[u].isCapitalized && !c.isCovered(u) && !analysis.isKey(u, .the) { break }
                }
                // "in the city of Aleppo", "in the Turkish town of Kilis".
                return placeNamedByItsKind(after: t, in: c)
            }
            if analysis.isWord(t, .clauseBreaker) || analysis.isKey(t, .period) || c.isCovered(t) { return nil }
            t += 1
            steps += 1
        }
        return nil
    }

    /// Words of crossing into a place, which armed men do to advance: "crossed into", "poured into".
    static let crossingWords: Set<String> = ["cross", "crossed", "crossing", "crosses", "pour", "poured", "pouring", "pours", "stream", "streamed", "streaming"]

    /// The places a movement at `start` goes to or from; with `advancing`, going into a place is an
    /// advance into it.
    func findMovement(_ c: SentenceContext, from start: Int, relation: Relation, subjects: [Mention], advancing: Bool = false) {
        var j = start
        let limit = min(c.range.upperBound, start + 16)
        var sawTo = relation == .fleesTo
        var found = false
        while j < limit {
            if analysis.isKey(j, .to, .into) || analysis.isKey(j, .toward, .towards) || analysis.isKey(j, .for) { sawTo = true; j += 1; continue }
            if analysis.isKey(j, .from) { sawTo = false; j += 1; continue }
            if analysis.isKey(j, .semicolon, .colon) || (analysis.isKey(j, .comma) && found) { break }
            // "civilians fled the fighting and opposition fighters fell back into P": a new subject
            // after "and" opens another clause.
            if analysis.isKey(j, .and) || analysis.isKey(j, .but) || analysis.isKey(j, .while),
               c.window(from: j + 1, to: j + 3).contains(where: { c.mention(startingAt: $0).map { analysis.kind(of: $0) == .actor } == true }) { break }
            if let m = c.mention(startingAt: j) {
                // "the Damascus neighbourhood of Midan": the place named after the noun.
                // "fled Aleppo's al-Sakhour district": the part named after the city's possessive.
                let isQualifier = analysis.placeNoun(m.tokens.upperBound) != nil && analysis.isKey(m.tokens.upperBound + 1, .of)
                    || analysis.isKey(m.tokens.upperBound, .possessive) && c.mention(startingAt: m.tokens.upperBound + 1).map { analysis.kind(of: $0) == .place } == true
                if analysis.kind(of: m) == .place, !isQualifier {
                    for s in subjects { add(s.number, sawTo ? (advancing ? .advancesInto : .fleesTo) : .fleesFrom, m.number, c, at: j) }
                    found = true
                }
                j = m.tokens.upperBound
                continue
            }
            j += 1
        }
    }
}
