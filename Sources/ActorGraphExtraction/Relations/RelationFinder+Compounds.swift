import ActorGraph

/// Compounds: "X-backed Y", "rebel-held east", "UK-based group", "A and B, two rebel-held towns".
extension RelationFinder {
    // MARK: - "X-backed Y", "rebel-held east", "UK-based group"

    func findCompounds(_ c: SentenceContext) {
        // (A hyphen's key is "-", as is that of the other dashes folded to it: the gate lets them all in.)
        guard c.classes.contains(.hyphenKey) else { return }
        for k in analysis.tokens(in: c.range, of: .hyphenKey) where tokens[k].isMark("-") && k > c.range.lowerBound && k + 1 < c.range.upperBound {
            guard tokens[k - 1].end == tokens[k].start else { continue }
            // (The words around the hyphen by keyword id: each string read was a retain and a
            // string comparison per hyphen.)
            if analysis.isKey(k + 1, .based) {
                // "the UK-based Observatory"; "the Observatory, a UK-based monitoring group".
                // ("P, who runs the London-based group": a relative clause is no apposition.)
                guard let place = c.mention(covering: k - 1),
                      let org = c.firstMention(after: k + 2, within: 4, where: { analysis.kind(of: $0) == .actor })
                        ?? c.appositionHead(before: c.appositionStart(before: place.tokens.lowerBound)).flatMap({ head in
                            analysis.kind(of: head) == .actor && !c.window(from: head.tokens.upperBound, to: place.tokens.lowerBound).contains(where: { analysis.isWord($0, .relativePronoun) || analysis.isKey($0, .who) }) ? head : nil })
                else { continue }
                // "the Britain-based Observatory": a state's name stands for its country.
                let placeEntity = analysis.kind(of: place) == .place ? place.number : territory(of: place)
                if let placeEntity { add(org.number, .locatedIn, placeEntity, c, at: k) }
                continue
            }
            // "an anti-government activist": the person opposes the government.
            if analysis.isKey(k - 1, .anti), let target = c.mention(startingAt: k + 1), analysis.kind(of: target) == .actor,
               let head = c.appositionHead(before: k - 1), head.number != target.number {
                add(head.number, .opposes, target.number, c, at: k)
                continue
            }
            // "the pro-government daily Al-Watan", "Yeni Safak, a pro-Turkish daily": the head
            // supports the actor after "pro-".
            if analysis.isKey(k - 1, .pro), let supported = actor(namedAt: k + 1, in: c) {
                // The head: a name after at most two plain words ("daily", "weekly newspaper").
                var t = supported.tokens.upperBound
                while t < c.range.upperBound, t < supported.tokens.upperBound + 2, tokens[t].kind == .word, !tokens[t].isCapitalized, !c.isCovered(t),
                      analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker, .auxiliary]), index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: t, limit: c.range.upperBound) == nil { t += 1 }
                let head = c.mention(startingAt: t).flatMap { analysis.kind(of: $0) == .actor && analysis.isNamed($0) ? $0 : nil }
                    ?? appositionComma(before: k - 1, in: c).flatMap { comma in c.mention(covering: comma - 1).flatMap { analysis.kind(of: $0) == .actor ? $0 : nil } }
                guard let head else { continue }
                // "Turkey's Yeni Safak, a pro-government daily": the government of the state that owns it.
                var supportedNumber = supported.number
                if ["government", "regime"].contains(keys[k + 1]),
                   let owner = c.possessor(before: head.tokens.lowerBound), analysis.category(of: owner) == .state {
                    supportedNumber = owner.number
                }
                if head.number != supportedNumber { add(head.number, .supports, supportedNumber, c, at: k) }
                continue
            }
            guard let relation = analysis.compoundCue(k + 1) else { continue }
            guard let source = c.mention(covering: k - 1) ?? c.ethnicForces(at: k - 1), fitsAsSource(source) else { continue }
            if let target = compoundHead(after: k + 2, in: c, relation: relation) {
                add(source.number, relation, target.number, c, at: k)
            } else if let comma = appositionComma(before: source.tokens.lowerBound, in: c), let head = c.mention(covering: comma - 1), fits(head, asTargetOf: relation) {
                // "Sheikh Maqsoud, a Kurdish-controlled enclave"; "A and B, two rebel-held towns".
                for target in c.coordinatedMentions(endingWith: head, where: { fits($0, asTargetOf: relation) }) {
                    add(source.number, relation, target.number, c, at: k)
                }
            }
        }
    }

    /// The comma that opens an apposition ending in a compound's modifier at `modifier`: ", a
    /// Kurdish-controlled enclave", ", two rebel-held towns", ", the last opposition-held town"
    /// (an article or number, then at most two plain words).
    func appositionComma(before modifier: Int, in c: SentenceContext) -> Int? {
        var t = modifier - 1
        var words = 0
        while t > c.range.lowerBound, words <= 2 {
            if analysis.isKey(t, .a, .an) || analysis.isWord(t, .determiner) || tokens[t].kind == .number {
                if analysis.isKey(t - 1, .comma) { return t - 1 }
                // "Douma, then the last rebel-held town": an adverb of time may open the apposition.
                return analysis.isKey(t - 2, .comma) && (analysis.isKey(t - 1, .then) || ["now", "once", "still"].contains(keys[t - 1])) ? t - 2 : nil
            }
            guard tokens[t].kind == .word, !tokens[t].isCapitalized, !c.isCovered(t),
                  analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker]) else { return nil }
            words += 1
            t -= 1
        }
        return nil
    }

    /// The noun a compound modifies: "rebel-held Aleppo", "rebel-held eastern districts", "rebel-held
    /// district of Sheikh Fares" (the district named after "of"), but not "rebel-held countryside and
    /// neighbouring Turkey" (the head is "countryside").
    /// The actor named by the word at `t`: its mention, or the lexicon's actor of that one word
    /// ("government" in "pro-government"), added as a mention.
    func actor(namedAt t: Int, in c: SentenceContext) -> Mention? {
        if let m = c.mention(startingAt: t) { return analysis.kind(of: m) == .actor ? m : nil }
        guard t < c.range.upperBound, tokens[t].kind == .word,
              let hit = index.nameHits(of: keys[t]).first(where: { index.entityTable[Int($0.entity)].kind == .actor }) else { return nil }
        analysis.recordLexiconEntity(number: hit.entity)
        return addInnerMention(number: hit.entity, tokens: t..<(t + 1), form: .name)
    }

    func compoundHead(after start: Int, in c: SentenceContext, relation: Relation) -> Mention? {
        var t = start
        while t < c.range.upperBound, t < start + 4 {
            if let m = c.mention(covering: t) {
                guard fits(m, asTargetOf: relation), !analysis.isKey(m.tokens.upperBound, .possessive) else { return nil }
                return m
            }
            let key = analysis.key(t)
            if !analysis.wordClass(t).isDisjoint(with: [.placeNoun, .sectionNoun]) || key == "territory" || key == "territories" {
                // "border town of Jarablus": a place noun qualifying the head noun after it.
                if t + 1 < c.range.upperBound, !c.isCovered(t + 1), !analysis.wordClass(t + 1).isDisjoint(with: [.placeNoun, .sectionNoun]) {
                    t += 1
                    continue
                }
                // "district of Sheikh Fares" names the place; a bare head noun is not a known place.
                if analysis.isKey(t + 1, .of), let named = c.mention(startingAt: t + 2) ?? c.mention(startingAt: t + 3), fits(named, asTargetOf: relation),
                   !analysis.isKey(named.tokens.upperBound, .possessive) {
                    return named
                }
                // "rebel-held suburbs in the Eastern Ghouta": the place the areas lie in.
                if analysis.isWord(t, .pluralPlaceNoun) || analysis.isWord(t, .sectionNoun), analysis.isKey(t + 1, .in),
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
}
