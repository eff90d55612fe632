import ActorGraph

/// Roles and kinds of groups: "P, a spokesman for O", "NATO Secretary General P", "the rebel group X".
extension RelationFinder {
    // MARK: - "P, a spokesman for O", "NATO Secretary General P", "Senior rebel official P"

    func findRoles(_ c: SentenceContext) {
        findLeadingClauses(c)
        findUnitsOfBodies(c)
        findPersonsOfBodies(c)
        guard c.classes.contains(.roleNounStart) else { return }
        var k = c.range.lowerBound
        while k < c.range.upperBound {
            k = analysis.firstToken(from: k, to: c.range.upperBound, in: .roleNounStart)
            guard k < c.range.upperBound else { break }
            guard let match = index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: k, limit: c.range.upperBound), var relation = match.values.first else { k += 1; continue }
            defer { k = match.end }
            // "P, a commander of O", "P, a senior YPG commander": one of its commanders, not its leader.
            // ("one rebel leader" still leads.)
            if relation == .leaderOf, analysis.key(match.end - 1) == "commander", c.window(from: k - 3, to: k).contains(where: { analysis.isKey($0, .a, .an) }) {
                relation = .memberOf
            }
            // Apposition after a person with the organisation before the role: "P, an O spokeswoman",
            // "P, O's director of operations".
            // "P, the UN's regional humanitarian coordinator": a word or two may stand between.
            let possessive = c.window(from: k - 3, to: k).last(where: { tokens[$0].kind == .possessive })
                .flatMap { p in c.window(from: p + 1, to: k).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && !c.isCovered($0) }) ? p : nil }
            var owner = possessive.flatMap { c.mention(covering: $0 - 1) } ?? c.mention(covering: k - 1)
            var ownerRelation = relation
            // "P, the U.N. humanitarian chief": the head of a part of the body is one of its members.
            if owner == nil, possessive == nil, k >= 2, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, !c.isCovered(k - 1),
               !analysis.isWord(k - 1, .preposition), let named = c.mention(covering: k - 2), named.form == .name, analysis.category(of: named) != .person {
                owner = named
                if relation == .leaderOf { ownerRelation = .memberOf }
            }
            // (A spokesman may speak for a person: "Dmitry Peskov, Putin's spokesman".)
            if let org = owner, analysis.kind(of: org) == .actor, analysis.category(of: org) != .person || relation == .spokespersonFor,
               !analysis.isKey(org.tokens.lowerBound - 1, .hyphen),   // "an anti-government activist"
               let person = c.appositionHead(before: org.tokens.lowerBound), analysis.category(of: person) == .person,
               // Only an article and modifiers between the comma and the organisation ("P, a spokesman
               // for the Turkish …" has its role before the organisation).
               !c.window(from: person.tokens.upperBound + 1, to: org.tokens.lowerBound).contains(where: { analysis.isWord($0, .preposition) || index.roleNouns.longestMatch(in: tokens, ids: analysis.keyIDs, from: $0, limit: org.tokens.lowerBound) != nil }) {
                add(person.number, ownerRelation, org.number, c, at: k)
                continue
            }
            // "P, its leader": the possessive stands for the last body named before the person.
            if analysis.isKey(k - 1, .its) || analysis.isKey(k - 1, .their), analysis.isKey(k - 2, .comma),
               let person = c.mention(covering: k - 3), analysis.category(of: person) == .person,
               let body = possessivePronounOwner(before: person.tokens.lowerBound, in: c) {
                add(person.number, relation, body.number, c, at: k)
                continue
            }
            // Apposition after a person: "P, a/the [adj] ROLE (for|of|at|with|from) [det] [adj] O";
            // or a copula: "P is a spokesman for O".
            if let person = c.appositionHead(before: k) ?? copulaSubject(before: k, in: c), analysis.category(of: person) == .person {
                var j = match.end
                if analysis.isKey(j, .for, .of, .at, .with) || analysis.isKey(j, .from, .in) { j += 1 }
                if analysis.isKey(j, .one) && analysis.isKey(j + 1, .of) { j += 2 }
                // "the head of Fastaqim's political office", "a member of Zinki's political bureau":
                // a member of the body that owns the office.
                if let owner = c.mention(startingAt: j) ?? (analysis.isKey(j, .the) ? c.mention(startingAt: j + 1) : nil),
                   analysis.kind(of: owner) == .actor, analysis.category(of: owner) != .person, owner.form != .adjective,
                   analysis.isKey(owner.tokens.upperBound, .possessive),
                   // (Not "the opposition's High Negotiations Committee": a named body.)
                   c.window(from: owner.tokens.upperBound + 1, to: owner.tokens.upperBound + 4).contains(where: { Self.officeNouns.contains(keys[$0]) && !c.isCovered($0) }),
                   !c.window(from: owner.tokens.upperBound + 1, to: owner.tokens.upperBound + 4).contains(where: { c.isCovered($0) }) {
                    add(person.number, .memberOf, owner.number, c, at: k)
                    continue
                }
                // A spokesman may speak for a person too ("a spokesman for President Erdogan").
                // A modifier before a name is not the organisation: "the rebel Free Syrian Army".
                if let org = c.firstMention(after: j, within: 5, where: { analysis.kind(of: $0) == .actor && (analysis.category(of: $0) != .person || relation == .spokespersonFor)
                        && !(($0.form == .adjective || !analysis.isNamed($0)) && c.mention(startingAt: $0.tokens.upperBound).map { analysis.kind(of: $0) == .actor } == true) }),
                   !c.window(from: j, to: org.tokens.lowerBound).contains(where: { analysis.isKey($0, .comma, .said, .who, .which) || analysis.isKey($0, .in, .inside, .at) }),
                   !analysis.isKey(org.tokens.upperBound, .hyphen) {
                    // "the joint envoy of the United Nations and the Arab League": each body.
                    let bodies = analysis.isKey(org.tokens.upperBound, .and)
                        ? c.coordinatedMentions(from: org.tokens.lowerBound, where: { analysis.kind(of: $0) == .actor && analysis.category(of: $0) != .person })
                        : [org]
                    for body in bodies { add(person.number, relation, body.number, c, at: k) }
                }
                continue
            }
            // Pre-modifier: "O [words] ROLE [,] P"; the role may name its field first ("The U.N.
            // envoy for Syria, Staffan de Mistura").
            var after = match.end
            // ("A spokesman for the YPG, Redur Xelil": a body after "for" is the one spoken for.)
            var namedBody: Mention?
            if analysis.isKey(after, .for, .to) || analysis.isKey(after, .on) || analysis.isKey(after, .of),
               let field = c.mention(startingAt: after + 1) ?? (analysis.isKey(after + 1, .the) ? c.mention(startingAt: after + 2) : nil),
               analysis.isKey(field.tokens.upperBound, .comma), analysis.category(of: field) != .person {
                after = field.tokens.upperBound
                // ("Syria's ambassador to the U.N., P" is not the U.N.'s.)
                if analysis.isKey(match.end, .for) || analysis.isKey(match.end, .of), analysis.kind(of: field) == .actor, field.form != .adjective { namedBody = field }
            }
            // "The ICRC's head of delegation in Syria, Marianne Gasser": the role's complements
            // (no actor among them) before the comma; the head of a part is one of the body's members.
            if namedBody == nil, analysis.isKey(match.end, .of) || analysis.isKey(match.end, .in) || analysis.isKey(match.end, .for),
               let comma = c.window(from: match.end + 1, to: match.end + 7).first(where: { analysis.isKey($0, .comma) }),
               !c.window(from: match.end, to: comma).contains(where: { tokens[$0].kind != .word && !analysis.isKey($0, .period) || c.mention(covering: $0).map { analysis.kind(of: $0) == .actor } == true }),
               c.mention(startingAt: comma + 1).map({ analysis.category(of: $0) == .person }) == true {
                if relation == .leaderOf { relation = .memberOf }
                after = comma
            }
            if analysis.isKey(after, .comma) { after += 1 }
            // The person's name may include the title ("Secretary of State John Kerry" is an alias).
            let titled = c.mention(startingAt: k).flatMap { analysis.category(of: $0) == .person ? $0 : nil }
            guard let person = c.mention(startingAt: after).flatMap({ analysis.category(of: $0) == .person ? $0 : nil }) ?? titled
            else { continue }
            var j = k - 1
            var org: Mention?
            var countryGovernment: Mention?
            while j >= max(c.range.lowerBound, k - 5) {
                if let m = c.mention(covering: j) {
                    if analysis.kind(of: m) == .actor && analysis.category(of: m) != .person {
                        // "Britain's U.N. ambassador, P": the state before the body sends the person.
                        if analysis.category(of: m) == .internationalOrg, m.tokens.lowerBound - 1 > c.range.lowerBound,
                           let state = c.mention(covering: tokens[m.tokens.lowerBound - 1].kind == .possessive ? m.tokens.lowerBound - 2 : m.tokens.lowerBound - 1),
                           analysis.category(of: state) == .state || analysis.category(of: state) == .country {
                            // ("Syria's U.N. ambassador, P": a country with no state actor sends its government's.)
                            org = analysis.category(of: state) == .state ? state : government(of: state) ?? m
                        } else {
                            org = m
                        }
                        break
                    }
                    // "Syrian President P", "Syria's foreign minister P": a country's adjective or
                    // possessive name, with no state actor, stands for its government, unless a body
                    // stands further left ("UN Syria envoy P").
                    if countryGovernment == nil, m.form == .adjective || m.tokens.upperBound < c.range.upperBound && tokens[m.tokens.upperBound].kind == .possessive,
                       analysis.category(of: m) == .country { countryGovernment = m }
                    j = m.tokens.lowerBound - 1
                    continue
                }
                // "Britain's foreign secretary, P": the owner before a possessive.
                if tokens[j].kind == .possessive, j - 1 >= c.range.lowerBound, c.isCovered(j - 1) { j -= 1; continue }
                if tokens[j].kind != .word || analysis.isKey(j, .and, .said, .told, .by) { break }
                // "Russia and Iran both back President P": a verb ends the title's modifiers.
                if index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: j, limit: k) != nil || analysis.isWord(j, .clauseBreaker)
                    || Self.notTitleModifiers.contains(keys[j]) || analysis.isWord(j, .auxiliary) { break }
                j -= 1
            }
            if org == nil, let namedBody { org = namedBody }
            if org == nil, let country = countryGovernment, let countryBody = government(of: country) {
                org = countryBody
                // "Syria's antiquities chief, P": the head of a part of the government is one of its members.
                if relation == .leaderOf, country.form != .adjective, country.tokens.upperBound + 1 < k { relation = .memberOf }
            }
            // "Its leader, Hassan Nasrallah": the possessive stands for the last body named before.
            if org == nil, analysis.isKey(k - 1, .its) || analysis.isKey(k - 1, .their) {
                org = possessivePronounOwner(before: k - 1, in: c)
            }
            // "his Turkish and Iranian counterparts, A and B": owners named by coordinated adjectives
            // pair in order with as many persons (none when the counts differ).
            if let org, org.form == .adjective {
                let owners = c.coordinatedMentions(endingWith: org, where: { $0.form == .adjective && analysis.kind(of: $0) == .actor })
                if owners.count > 1 {
                    let persons = c.coordinatedMentions(from: person.tokens.lowerBound, where: { analysis.category(of: $0) == .person })
                    if persons.count == owners.count {
                        for (owner, named) in zip(owners, persons) { add(named.number, relation, owner.number, c, at: k) }
                    }
                    continue
                }
            }
            if let org { add(person.number, relation, org.number, c, at: k) }
        }
    }

    /// The person before "is/was a/the [adjectives]" and the role noun at `k`: "P is a spokesman".
    func copulaSubject(before k: Int, in c: SentenceContext) -> Mention? {
        var t = k - 1
        var words = 0
        while t > c.range.lowerBound, words < 2, tokens[t].kind == .word, !analysis.isKey(t, .a, .an), !analysis.isKey(t, .the), !c.isCovered(t) { t -= 1; words += 1 }
        guard analysis.isKey(t, .a, .an) || analysis.isKey(t, .the), analysis.isKey(t - 1, .is, .was) || analysis.isKey(t - 1, .remains, .remained),
              let person = c.mention(covering: t - 2), person.tokens.upperBound == t - 1 else { return nil }
        return person
    }

    /// "General Sergei Rudskoi of the Russian General Staff", "Jan Egeland of the Norwegian Refugee
    /// Council": a named person followed by "of" and a body is a member of it.
    func findPersonsOfBodies(_ c: SentenceContext) {
        guard c.keywords.contains(.of) else { return }
        for k in analysis.tokens(in: c.range, of: [], orKey: .of) {
            // ("Yasser al-Youssef, of the Zinki movement": a comma may stand between.)
            let personEnd = analysis.isKey(k - 1, .comma) ? k - 1 : k
            guard let person = c.mention(covering: personEnd - 1), person.tokens.upperBound == personEnd, analysis.category(of: person) == .person,
                  person.tokens.contains(where: { $0 != c.range.lowerBound && tokens[$0].isCapitalized }),
                  let body = c.mention(startingAt: k + 1) ?? (analysis.isKey(k + 1, .the) ? c.mention(startingAt: k + 2) : nil),
                  body.form != .adjective, analysis.kind(of: body) == .actor,
                  let category = analysis.category(of: body), category != .person, category != .state,
                  !analysis.isKey(body.tokens.upperBound, .possessive) else { continue }
            add(person.number, .memberOf, body.number, c, at: k)
        }
    }

    /// The government of the country a mention names, when the lexicon has an actor called
    /// "<adjective> government" ("Syrian" → the Syrian government), as a mention on the same tokens.
    func government(of country: Mention) -> Mention? {
        let entity = index.entity(number: country.number)
        guard let adjective = entity.adjectives.first else { return nil }
        guard let hit = index.nameHits(of: adjective + " government").first(where: { index.entityTable[Int($0.entity)].category == .government }) else { return nil }
        analysis.recordLexiconEntity(number: hit.entity)
        return addInnerMention(number: hit.entity, tokens: country.tokens, form: .adjective)
    }

    /// "P, who heads the rebel military council", "P, who runs the aid group X": the person leads
    /// the body the relative clause names.
    func findLeadingClauses(_ c: SentenceContext) {
        guard c.keywords.contains(.who), c.keywords.contains(.comma) else { return }
        for k in analysis.tokens(in: c.range, of: [], orKey: .who) where analysis.isKey(k - 1, .comma) {
            guard let person = c.mention(covering: k - 2), analysis.category(of: person) == .person else { continue }
            let verb = analysis.key(k + 1)
            if Self.leadingVerbs.contains(verb) {
                guard let body = c.firstMention(after: k + 2, within: 5, where: { analysis.kind(of: $0) == .actor && analysis.category(of: $0) != .person && $0.form != .adjective })
                else { continue }
                // "who chairs the U.N. humanitarian task force": a body that only qualifies the
                // thing led is the person's, not led by them.
                add(person.number, c.qualifiesANoun(body) ? .memberOf : .leaderOf, body.number, c, at: k + 1)
            } else if Self.workingVerbs.contains(verb) {
                // "P, who tracks the conflict for the Levant Policy Forum": works for the body.
                guard let forWord = c.window(from: k + 2, to: k + 7).first(where: { analysis.isKey($0, .for) }),
                      !c.window(from: k + 2, to: forWord).contains(where: { c.isCovered($0) || tokens[$0].kind != .word }),
                      let body = c.mention(startingAt: forWord + 1) ?? (analysis.isKey(forWord + 1, .the) ? c.mention(startingAt: forWord + 2) : nil),
                      analysis.kind(of: body) == .actor, analysis.category(of: body) != .person, body.form != .adjective else { continue }
                add(person.number, .memberOf, body.number, c, at: k + 1)
            }
        }
    }

    /// Verbs of working for a body, in a relative clause after a person: "who works for", "who
    /// reports on Syria for".
    static let workingVerbs: Set<String> = ["works", "worked", "tracks", "tracked", "reports", "reported", "writes", "wrote", "monitors", "monitored", "researches", "covers", "covered", "volunteers", "volunteered"]

    /// Verbs of leading a body, in a relative clause after a person.
    static let leadingVerbs: Set<String> = ["heads", "headed", "leads", "led", "commands", "commanded", "chairs", "chaired", "runs", "ran", "directs", "founded"]

    /// A body that is part of another: "the Quds Force of Iran's Revolutionary Guards", "the Deir
    /// ez-Zor Military Council, an Arab unit in the SDF", "rebels of the National Front for Liberation".
    func findUnitsOfBodies(_ c: SentenceContext) {
        func isBody(_ m: Mention) -> Bool { [.armedGroup, .militia, .organization, .government, .coalition].contains(analysis.category(of: m)) && m.form != .adjective }
        findArmyUnits(c)
        guard c.keywords.contains(.of) || c.keywords.contains(.in) || c.keywords.contains(.within) else { return }
        // The words "of", "in" and "within", found in a tight loop over the key ids.
        var t = analysis.firstToken(from: c.range.lowerBound, to: c.range.upperBound, keyedBy: .of, .in, .within)
        while t < c.range.upperBound {
            defer { t = analysis.firstToken(from: t + 1, to: c.range.upperBound, keyedBy: .of, .in, .within) }
            // (The body after the word first: most words "of" and "in" have none, and the search
            // back for one before is then skipped.)
            guard // "of Iran's Revolutionary Guards": the body after the possessive, not its owner.
                  let outer = (tokens[min(t + 2, tokens.count - 1)].kind == .possessive ? c.mention(startingAt: t + 3) : nil)
                    ?? c.mention(startingAt: t + 1) ?? (analysis.isKey(t + 1, .the) ? c.mention(startingAt: t + 2) : nil),
                  isBody(outer), let inner = c.lastMention(before: t, within: 5, where: isBody), outer.number != inner.number else { continue }
            if inner.tokens.upperBound == t, analysis.isKey(t, .of) {
                // "the Quds Force of the Revolutionary Guards" (named), "rebels of the NFL" (a kind of the named;
                // so is "Turkish-backed rebels", a name whose head noun is written in lower case).
                let innerIsNamed = analysis.isNamed(inner) && tokens[inner.tokens.upperBound - 1].isCapitalized
                if innerIsNamed && analysis.isNamed(outer) { add(inner.number, .memberOf, outer.number, c, at: t) }
                else if !innerIsNamed && analysis.isNamed(outer) && Self.isArmedBody(analysis.category(of: inner)) { add(outer.number, .memberOf, inner.number, c, at: t) }
                continue
            }
            // ", an Arab unit in the SDF": an apposition of the inner body with a group noun.
            if analysis.isKey(inner.tokens.upperBound, .comma), analysis.isKey(inner.tokens.upperBound + 1, .a, .an) || analysis.isKey(inner.tokens.upperBound + 1, .the),
               analysis.isWord(t - 1, .groupNoun) || Self.branchNouns.contains(analysis.key(t - 1)),
               c.window(from: inner.tokens.upperBound + 2, to: t - 1).allSatisfy({ tokens[$0].kind == .word && c.mention(covering: $0).map { $0.form == .adjective } ?? true }) {
                add(inner.number, .memberOf, outer.number, c, at: t)
            }
        }
    }

    /// "the Tiger Forces, an elite army unit": a named armed group said to be a unit of the army is a
    /// member of the army the lexicon calls "the army".
    func findArmyUnits(_ c: SentenceContext) {
        guard c.classes.contains(.armyWord), c.keywords.contains(.comma) else { return }
        for t in analysis.tokens(in: c.range, of: [], orKey: .comma) where analysis.isKey(t + 1, .a, .an) || analysis.isKey(t + 1, .the) {
            guard let unit = c.mention(covering: t - 1), unit.tokens.upperBound == t, analysis.isNamed(unit), unit.form != .adjective,
                  [.armedGroup, .militia].contains(analysis.category(of: unit)),
                  let army = c.window(from: t + 2, to: t + 5).first(where: { analysis.isWord($0, .armyWord) }),
                  Self.unitNouns.contains(analysis.key(army + 1)),
                  c.window(from: t + 2, to: army).allSatisfy({ tokens[$0].kind == .word && !c.isCovered($0) && !analysis.isWord($0, .preposition) }),
                  !c.isCovered(army),
                  let hit = index.nameHits(of: "the army").first(where: { [.armedGroup, .militia].contains(index.entity(number: $0.entity).category) }),
                  hit.entity != unit.number else { continue }
            analysis.recordLexiconEntity(number: hit.entity)
            let body = addInnerMention(number: hit.entity, tokens: army..<(army + 1), form: .name)
            add(unit.number, .memberOf, body.number, c, at: army)
        }
    }

    /// Nouns of an office inside a body: "the head of Fastaqim's political office".
    static let officeNouns: Set<String> = ["office", "bureau", "wing", "branch", "department", "council", "committee", "directorate", "unit", "section", "staff"]

    /// Nouns of a part of a body: "the Quds Force, the foreign arm of the Revolutionary Guards".
    static let branchNouns: Set<String> = ["arm", "wing", "branch", "affiliate", "offshoot", "unit", "division"]

    /// Words that never stand between a body and the title of its official ("Russia and Iran both
    /// back President P" names no Iranian president).
    static let notTitleModifiers: Set<String> = ["both", "back", "also", "all", "each", "now", "still", "even", "only", "to", "with", "against"]

    /// Words naming the army as a modifier: "an elite army unit", "a military formation" (``WordClass/armyWord``).
    static let armyWords: Set<String> = ["army", "military"]

    /// Nouns of a part of an army: "unit", "division".
    static let unitNouns: Set<String> = ["unit", "division", "brigade", "formation", "corps", "regiment", "battalion"]

    /// The body a possessive pronoun at `t` stands for: the last actor other than a person named
    /// before it, in this sentence or the one before.
    func possessivePronounOwner(before t: Int, in c: SentenceContext) -> Mention? {
        func isBody(_ mention: Mention) -> Bool {
            analysis.kind(of: mention) == .actor && analysis.category(of: mention) != .person && mention.form != .adjective
                && !(analysis.isKey(mention.tokens.upperBound, .hyphen) && analysis.compoundCue(mention.tokens.upperBound + 1) != nil)
                && !analysis.isKey(mention.tokens.upperBound, .hyphen)   // "U.S.-made missiles"
        }
        // In this sentence, the nearest body before; in the one before, its first (its subject).
        // (At most 60 tokens each way: linear on one long line.)
        var u = t - 1
        while u >= max(c.range.lowerBound, t - 60) {
            let m = analysis.mentionCovering[u]
            guard m >= 0 else { u -= 1; continue }
            let mention = analysis.mentions[Int(m)]
            if isBody(mention) { return mention }
            u = mention.tokens.lowerBound - 1
        }
        guard c.number > 0, c.range.lowerBound >= t - 60 else { return nil }
        for v in analysis.sentences[c.number - 1].tokens.prefix(60) {
            let m = analysis.mentionCovering[v]
            if m >= 0, isBody(analysis.mentions[Int(m)]) { return analysis.mentions[Int(m)] }
        }
        return nil
    }

    // MARK: - "the Ahrar al-Sham rebel fighters": a named group followed by its kind

    func findGroupKinds(_ c: SentenceContext, _ mentions: [Mention]) {
        // (Each mention with the next, by index: the zip of the array with its slice was a
        // generic iteration per pair.)
        for i in mentions.indices.dropLast() {
            let a = mentions[i], b = mentions[i + 1]
            // "government forces and allied militias": the allies of the group named first.
            if b.tokens.lowerBound == a.tokens.upperBound + 1, analysis.isKey(a.tokens.upperBound, .and), keys[b.tokens.lowerBound] == "allied",
               a.form != .adjective, fitsAsSource(a), fitsAsSource(b), a.number != b.number {
                add(b.number, .alliedWith, a.number, c, at: b.tokens.lowerBound)
            }
            guard a.form != .adjective, Self.isArmedBody(analysis.category(of: a)),
                  Self.isArmedBody(analysis.category(of: b)), a.number != b.number else { continue }
            if b.tokens.lowerBound == a.tokens.upperBound {
                // "the Zinki rebel forces": the named group is one of the kind after it;
                // "the rebel group Jaish al-Islam": one of the kind before it.
                if !analysis.isNamed(b) {
                    add(a.number, .memberOf, b.number, c, at: a.tokens.lowerBound)
                } else if !analysis.isNamed(a) {
                    add(b.number, .memberOf, a.number, c, at: a.tokens.lowerBound)
                }
            } else if analysis.isNamed(a), !analysis.isNamed(b)
                        // "X, a Free Syrian Army faction" (not "A, the hardline B movement, C": a list).
                        || analysis.isKey(a.tokens.upperBound + 1, .a, .an) && b.tokens.upperBound < c.range.upperBound && analysis.isWord(b.tokens.upperBound, .groupHead),
                      analysis.isKey(a.tokens.upperBound, .comma),
                      analysis.isKey(a.tokens.upperBound + 1, .the, .a, .an) || analysis.isWord(a.tokens.upperBound + 1, .determiner)
                        // "X, among the largest rebel groups"
                        || analysis.isKey(a.tokens.upperBound + 1, .among) && analysis.isKey(a.tokens.upperBound + 2, .the),
                      // No verb between ("…, said the rebels"); a participle right before the kind
                      // qualifies it ("armed rebel groups").
                      !c.window(from: a.tokens.upperBound + 1, to: b.tokens.lowerBound - 1).contains(where: { t in
                          analysis.isWord(t, .quoteVerb) || index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: t, limit: c.range.upperBound) != nil
                      }),
                      c.window(from: a.tokens.upperBound + 1, to: b.tokens.lowerBound).allSatisfy({ t in
                          analysis.isKey(t, .the, .a, .an) || analysis.isWord(t, .determiner)
                              || tokens[t].kind == .word && analysis.wordClass(t).isDisjoint(with: [.preposition, .clauseBreaker, .commonWord, .relativePronoun]) && !c.isCovered(t)
                              // "a loose network of armed rebel groups"
                              || analysis.isKey(t, .of) && Self.collectiveNouns.contains(analysis.key(t - 1))
                              // "Ahrar al-Sham, one of the largest rebel factions", "A and B, two of the strongest rebel groups"
                              || analysis.isKey(t, .of) && analysis.isWord(t - 1, .determiner)
                              || t == a.tokens.upperBound + 1 && analysis.isKey(t, .among)
                      }), b.tokens.lowerBound - a.tokens.upperBound <= 8 {
                // "Ahrar al-Sham, the largest Islamist rebel group": an apposition naming its kind.
                add(a.number, .memberOf, b.number, c, at: a.tokens.lowerBound)
                // "A and B, two of the strongest rebel groups": a plural apposition names the kind
                // of each group of the list before the comma.
                if isPluralApposition(from: a.tokens.upperBound + 1, to: b.tokens.lowerBound) {
                    for member in c.coordinatedMentions(endingWith: a, where: { analysis.isNamed($0) && $0.form != .adjective && Self.isArmedBody(analysis.category(of: $0)) && $0.number != b.number })
                    where member.number != a.number {
                        add(member.number, .memberOf, b.number, c, at: a.tokens.lowerBound)
                    }
                }
            }
        }
    }

    /// True when the apposition in `start..<end` counts more than one: "two of the strongest",
    /// "both", "among the largest" (not "one of", nor "the largest").
    private func isPluralApposition(from start: Int, to end: Int) -> Bool {
        if analysis.isKey(start, .among) { return true }
        return (start..<end).contains { Self.pluralCounts.contains(keys[$0]) }
    }

    /// Words that count several in an apposition of groups: "two of the largest", "both".
    static let pluralCounts: Set<String> = ["two", "three", "four", "five", "both", "several"]

    // MARK: - "rebel brigades, including the Nusra Front and Ahrar al-Sham": members listed

    /// A group of groups followed by some of its members: "Free Syrian Army factions, including A,
    /// B and C", "rival rebel brigades, among them X", "militias such as Y" → each member-of the group.
    func findListedMembers(_ c: SentenceContext, _ mentions: [Mention]) {
        // (A list needs "including", "notably", "among them" or "such as".)
        guard c.keywords.contains(.including) || c.keywords.contains(.notably) || c.keywords.contains(.among) || c.keywords.contains(.such) else { return }
        for group in mentions where group.form != .adjective {
            let category = analysis.category(of: group)
            guard Self.isArmedBody(category) || category == .coalition else { continue }
            // The group's head noun: "Free Syrian Army factions".
            var t = group.tokens.upperBound
            var heads = 0
            while heads < 2, t < c.range.upperBound, !c.isCovered(t), analysis.isWord(t, .groupHead) { t += 1; heads += 1 }
            // A named group is a group of groups only with such a head or as an alliance.
            let named = group.tokens.contains { $0 != c.range.lowerBound && tokens[$0].isCapitalized }
            guard !named || heads > 0 || category == .coalition else { continue }
            if analysis.isKey(t, .comma) { t += 1 }
            let start: Int
            if analysis.isKey(t, .including) || analysis.isKey(t, .notably) {
                start = t + 1
            } else if analysis.isKey(t, .among), analysis.isKey(t + 1, .them) {
                start = t + 2
            } else if analysis.isKey(t, .such), analysis.isKey(t + 1, .as) {
                start = t + 2
            } else {
                continue
            }
            let members = c.coordinatedMentions(from: start, where: {
                Self.isArmedBody(analysis.category(of: $0)) && analysis.isNamed($0) && $0.number != group.number && $0.form != .adjective
            })
            for member in members { add(member.number, .memberOf, group.number, c, at: group.tokens.lowerBound) }
        }
    }

    /// True for a plural or singular noun naming a kind of group: "factions", "brigades", "groups".
    static func isGroupHead(_ key: String) -> Bool {
        if groupNouns.contains(key) { return true }
        guard key.hasSuffix("s") else { return false }
        return groupNouns.contains(String(key.dropLast())) || ["militias", "forces"].contains(key)
    }

    /// True for an armed group or a militia.
    static func isArmedBody(_ category: Category?) -> Bool { category == .armedGroup || category == .militia }
}
