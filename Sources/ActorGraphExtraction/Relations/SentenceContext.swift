import ActorGraph

/// One sentence seen by the relation and statement finders: its tokens and the outermost mention
/// at each position, with the small searches the patterns are made of.
struct SentenceContext {
    // Word lists of the patterns below, compiled into ``WordClass`` bits per vocabulary id.
    /// Conjunctions that open a new clause, ending a search for an object.
    static let clauseOpeners: Set<String> = ["as", "while", "because", "when", "after", "before", "although", "though", "if", "whether", "but"]
    /// Words that end a search for a verb's subject.
    static let subjectBoundaries: Set<String> = ["said", "says", "told", "that", "because", "while", "but", "when", "where", "after", "before", "as"]
    static let light: Set<String> = ["launched", "launch", "launches", "mounted", "mount", "began", "begin", "begun", "started", "opened", "renewed", "pressed", "escalated",
                                     "made", "make", "makes", "carried", "carry", "laying", "lay", "laid", "stepped", "intensified", "intensify", "announced", "waged", "wage", "conducted", "staged", "led", "continued", "resumed"]
    let analysis: DocumentAnalysis
    let sentence: Sentence
    let number: Int
    /// For each token of the document, true inside direct quotations (a speaker's words, not the
    /// article's): the storage of an array that ``RelationFinder/run()`` keeps alive while its
    /// contexts exist (contexts are made only there and never outlive it), so that a copy of a
    /// context retains one reference less; read only through ``isQuoted(_:)``, which checks the
    /// bounds.
    private let quoted: UnsafeBufferPointer<Bool>
    /// The word classes of the sentence's tokens together: a finder whose trigger words
    /// (``WordClass/passiveTrigger`` and the like) are all absent skips the sentence.
    let classes: WordClass
    /// The keywords among the sentence's tokens (see ``KeywordSet``): a finder that needs one the
    /// sentence lacks skips it.
    let keywords: KeywordSet
    @inline(__always) var range: Range<Int> { sentence.tokens }
    // (The document's tokens and keys are read through `analysis`: a context is copied into the
    // finders' closures, and every array it held was retained and released with each copy.)
    private var tokens: [Token] { analysis.tokens }
    private var keys: TokenKeys { analysis.keys }

    /// The context of sentence `number`, with the word classes and keywords of its tokens.
    init(analysis: DocumentAnalysis, sentence: Sentence, number: Int, quoted: UnsafeBufferPointer<Bool>, classes: WordClass, keywords: KeywordSet) {
        self.analysis = analysis
        self.sentence = sentence
        self.number = number
        self.quoted = quoted
        self.classes = classes
        self.keywords = keywords
    }

    /// The outermost mentions of the sentence, in order.
    var mentions: [Mention] {
        var out: [Mention] = []
        collectMentions(into: &out)
        return out
    }

    /// ``mentions`` written into `out` (emptied first, its storage kept): one pass, and no new
    /// array for each sentence.
    func collectMentions(into out: inout [Mention]) {
        out.removeAll(keepingCapacity: true)
        let mentions = analysis.mentions
        analysis.mentionCovering.withUnsafeBufferPointer { covering in
            // Unchecked reads: `t` stays in 0..<upper, within the buffer.
            let upper = min(range.upperBound, covering.count)
            var t = max(range.lowerBound, 0)
            while t < upper {
                let m = covering[t]
                if m >= 0 {
                    let mention = mentions[Int(m)]
                    out.append(mention)
                    t = max(t + 1, mention.tokens.upperBound)
                } else {
                    t += 1
                }
            }
        }
    }

    @inline(__always) func isQuoted(_ t: Int) -> Bool { t >= 0 && t < quoted.count && quoted[t] }

    /// The tokens from `lower` up to (not including) `upper`, kept inside the sentence. Every range
    /// the finders build from two token positions goes through here: the bounds may cross (a mention
    /// that covers `lower` but starts before it) or run past the sentence (a lookahead at its last
    /// token), and either gives an empty window instead of an invalid range.
    @inline(__always) func window(from lower: Int, to upper: Int) -> Range<Int> {
        let start = min(max(lower, range.lowerBound), range.upperBound)
        return start..<min(max(upper, start), range.upperBound)
    }

    /// The mention a relative pronoun before `start` refers to: "Kurdish militants, who …, but whom"
    /// → "Kurdish militants".
    func relativeAntecedent(before start: Int) -> Mention? {
        var t = start - 1
        while t > range.lowerBound {
            if analysis.isKey(t, .comma) && analysis.isWord(t + 1, .relativePronoun),
               let m = mention(covering: t - 1), analysis.kind(of: m) == .actor {
                return m
            }
            t -= 1
        }
        return nil
    }

    /// True when the words after `m` go on naming something else that `m` only qualifies: "the
    /// U.N. humanitarian task force", "the U.N. Supervision Mission" (a lower-case word that is no
    /// small word of grammar, or a capitalised word outside any mention).
    func qualifiesANoun(_ m: Mention) -> Bool {
        let next = m.tokens.upperBound
        guard range.contains(next), analysis.tokens[next].kind == .word, !isCovered(next) else { return false }
        if analysis.tokens[next].isCapitalized { return true }
        return analysis.wordClass(next).isDisjoint(with: [.preposition, .placePreposition, .commonWord, .relativePronoun, .clauseBreaker])
            && !analysis.isKey(next, .and) && !analysis.isKey(next, .or)
    }

    /// Nouns for a news outlet, heads of its apposition: "An-Nahar, a rival paper that …".
    static let outletNouns: Set<String> = ["paper", "newspaper", "daily", "weekly", "channel", "broadcaster", "station", "outlet", "agency", "website"]

    /// True when token `t` is a noun for a group or a news outlet ("coalition", "paper"): the head
    /// of a body's apposition.
    func isBodyNoun(_ t: Int) -> Bool {
        analysis.isWord(t, .groupNoun) || Self.outletNouns.contains(analysis.key(t))
    }

    @inline(__always) func mention(covering t: Int) -> Mention? {
        guard range.contains(t) else { return nil }
        let m = analysis.mentionCovering[t]
        return m >= 0 ? analysis.mentions[Int(m)] : nil
    }

    /// True when a mention of this sentence covers token `t`; reads only the covering index,
    /// without copying the mention out.
    @inline(__always) func isCovered(_ t: Int) -> Bool {
        range.contains(t) && analysis.mentionCovering[t] >= 0
    }

    @inline(__always) func mention(startingAt t: Int) -> Mention? {
        guard range.contains(t) else { return nil }
        let m = analysis.mentionCovering[t]
        guard m >= 0, analysis.mentions[Int(m)].tokens.lowerBound == t else { return nil }
        return analysis.mentions[Int(m)]
    }

    /// The first mention starting within `within` tokens from `start` that passes `accept`,
    /// skipping other mentions and small words but not crossing a clause break or comma.
    func firstMention(after start: Int, within: Int, where accept: (Mention) -> Bool) -> Mention? {
        var t = start
        var steps = 0
        while t < range.upperBound, steps <= within {
            if let m = mention(covering: t) {
                // A mention that began before `start` (the cue word inside a long name) is not after it.
                if m.tokens.lowerBound < start {
                    t = m.tokens.upperBound
                    steps += 1
                    continue
                }
                // "the city's western side": a possessor qualifies the real object.
                // "the rebel-controlled parts": a compound modifier is not the object either.
                if accept(m) && !analysis.isKey(m.tokens.upperBound, .possessive) && !(analysis.isKey(m.tokens.upperBound, .hyphen) && analysis.compoundCue(m.tokens.upperBound + 1) != nil) { return m }
                t = m.tokens.upperBound
                steps += 1
                continue
            }
            let wordClass = analysis.wordClass(t)
            if wordClass.contains(.clauseBreaker) || analysis.isKey(t, .comma, .period, .said, .who) || analysis.isKey(t, .which) { return nil }
            if wordClass.contains(.clauseOpener) { return nil }
            // "to fight ISIS": an infinitive starts a new clause.
            if analysis.isKey(t, .to), t + 1 < range.upperBound, tokens[t + 1].kind == .word, !isCovered(t + 1),
               !analysis.isWord(t + 1, .determiner) { return nil }
            t += 1
            steps += 1
        }
        return nil
    }

    /// The nearest mention ending before `end`, within `within` tokens, that passes `accept`.
    func lastMention(before end: Int, within: Int, where accept: (Mention) -> Bool) -> Mention? {
        var t = end - 1
        var steps = 0
        while t >= range.lowerBound, steps <= within {
            if let m = mention(covering: t) {
                if accept(m) { return m }
                t = m.tokens.lowerBound - 1
                steps += 1
                continue
            }
            if analysis.isWord(t, .clauseBreaker) || analysis.isKey(t, .said) { return nil }
            t -= 1
            steps += 1
        }
        return nil
    }

    /// A mention and those coordinated with it: "Russia and Iran and a big contingent of…",
    /// "Hanano, Sakhour and Haidariyeh".
    func coordinatedMentions(from start: Int, where accept: (Mention) -> Bool) -> [Mention] {
        var t = start
        if analysis.isKey(t, .the, .a, .an) && !isCovered(t) { t += 1 }
        // "by Brigadier General Suheil al-Hassan": titles before a name.
        while t < range.upperBound, t < start + 4, !isCovered(t), tokens[t].isCapitalized, analysis.isWord(t, .title) { t += 1 }
        var out: [Mention] = []
        var steps = 0
        // After "A and B" a comma closes the list ("backed by Turkey and Qatar, fought IS").
        var afterConjunction = false
        // ", and" before the next conjunct: it may start a new clause instead.
        var commaAnd = false
        while t < range.upperBound, steps < 40 {
            steps += 1
            let m: Mention
            if !out.isEmpty {
                // A later conjunct starts right away, after at most a determiner and a few modifiers.
                var u = t
                // "to the army, to the militias and to Hezbollah", "by jets and by fighters": the
                // preposition of the first conjunct repeated.
                if analysis.isWord(u, .preposition), let first = out.first {
                    var p = first.tokens.lowerBound - 1
                    if analysis.isKey(p, .the) { p -= 1 }
                    if p >= range.lowerBound, analysis.keyIDs[p] == analysis.keyIDs[u] { u += 1 }
                }
                // "…, and that Russia …": a new reported clause, not a conjunct.
                if analysis.isKey(u, .that) { break }
                while u < range.upperBound, analysis.isWord(u, .determiner), !isCovered(u) { u += 1 }
                // ", killing eight people": a participle opens a clause, not a conjunct.
                if u < range.upperBound, !isCovered(u), tokens[u].kind == .word, keys[u].count > 5, analysis.isWord(u, .endsInIng) { break }
                // "Lebanon's Hezbollah movement": a place owning the conjunct only qualifies it.
                if let owner = mention(covering: u), analysis.kind(of: owner) == .place, analysis.isKey(owner.tokens.upperBound, .possessive),
                   let owned = mention(covering: owner.tokens.upperBound + 1), accept(owned) {
                    u = owner.tokens.upperBound + 1
                }
                // "fighters from the Lebanese movement Hezbollah": members stand for their group.
                // "militiamen known as the Desert Hawks": the name they go by.
                if u + 2 < range.upperBound, !isCovered(u), analysis.isWord(u, .memberNoun) || analysis.isWord(u, .forceNoun),
                   keys[u + 1] == "known", analysis.isKey(u + 2, .as) {
                    u += 3
                    if analysis.isKey(u, .the) { u += 1 }
                }
                if u < range.upperBound, !isCovered(u), analysis.isWord(u, .memberNoun), analysis.isKey(u + 1, .from, .of) {
                    u += 2
                    while u < range.upperBound, analysis.isWord(u, .determiner), !isCovered(u) { u += 1 }
                }
                // Modifiers may include a nationality ("the Lebanese group Hezbollah").
                for _ in 0..<3 where u < range.upperBound && tokens[u].kind == .word && !analysis.isKey(u, .and, .or)
                    && (analysis.wordClass(u).isDisjoint(with: [.commonWord, .preposition]) || analysis.isKey(u, .of))
                    && (!isCovered(u) || mention(covering: u)?.form == .adjective) { u += 1 }
                guard u < range.upperBound, let next = mention(covering: u) ?? mention(covering: t), accept(next), next.tokens.lowerBound >= t else { break }
                // "…met John Kerry, said Moscow would …": a speech verb before it ends the list; so
                // does any verb of the lexicon ("backed by Russian jets, drove the jihadists out").
                if window(from: t, to: next.tokens.lowerBound).contains(where: {
                    !analysis.wordClass($0).isDisjoint(with: [.quoteVerb, .activeCueStart, .expulsionTrigger]) && tokens[$0].kind == .word && !tokens[$0].isCapitalized
                }) { break }
                // "…, and the army shelled Sakhour": after ", and" a conjunct followed by a verb starts a new clause.
                if commaAnd, analysis.index.activeCues.longestMatch(in: tokens, ids: analysis.keyIDs, from: next.tokens.upperBound, limit: range.upperBound) != nil {
                    break
                }
                // "…, killing eight people, state media said": a speaker after a comma ends the list.
                if next.tokens.upperBound < range.upperBound, analysis.isWord(next.tokens.upperBound, .quoteVerb) {
                    break
                }
                m = next
            } else {
                guard let first = firstMention(after: t, within: 3, where: accept) else { break }
                m = first
            }
            out.append(m)
            t = m.tokens.upperBound
            // The conjunct's head noun: "Russian warplanes, Hezbollah fighters and …".
            for _ in 0..<2 where t < range.upperBound && (analysis.isWord(t, .forceNoun) || analysis.isWord(t, .memberNoun) || analysis.isWord(t, .groupNoun) || keys[t] == "power")
                && !analysis.isKey(t + 1, .possessive) && !isCovered(t) { t += 1 }
            // Skip a trailing "from Iraq"-style attribute or a possessive phrase before the next conjunct.
            var u = t
            var hops = 0
            while u < range.upperBound, hops < 4, !analysis.isKey(u, .and, .comma, .`as`) {
                if analysis.isWord(u, .clauseBreaker) || analysis.isKey(u, .period) { return out }
                // Only an attribute may follow a conjunct ("militias from Iraq"); a verb ends the list.
                if hops == 0 && tokens[u].kind == .word && !analysis.isWord(u, .preposition) { return out }
                u += 1; hops += 1
            }
            guard u < range.upperBound else { break }
            commaAnd = analysis.isKey(u, .comma) && analysis.isKey(u + 1, .and)
            if commaAnd { u += 1 }
            // ", including the capital, Damascus"
            if analysis.isKey(u, .comma) && analysis.isKey(u + 1, .including) {
                if let inner = window(from: u + 2, to: u + 7).lazy.compactMap({ mention(startingAt: $0) }).first, accept(inner) {
                    out.append(inner)
                }
                break
            }
            if analysis.isKey(u, .`as`) && analysis.isKey(u + 1, .well) && analysis.isKey(u + 2, .`as`) { u += 2 }
            guard analysis.isKey(u, .and, .comma, .`as`) else { break }
            if afterConjunction && analysis.isKey(u, .comma) { break }
            if analysis.isKey(u, .and) { afterConjunction = true }
            // A comma followed by a verb-like word ends the list: "Russia, which…".
            if analysis.isKey(u, .comma) && (analysis.isWord(u + 1, .relativePronoun) || analysis.isKey(u + 1, .including) && false) { break }
            t = u + 1
        }
        return out
    }

    /// Words that are the subject themselves: "others have fled", "many were killed" (``WordClass/pronounSubject``).
    static let pronounSubjects: Set<String> = ["others", "many", "some", "most", "few", "several", "none", "both", "all", "thousands", "hundreds", "dozens"]

    /// Nouns for the members of a group, which stand for the group in a list: "fighters from X".
    static let memberNouns: Set<String> = ["fighters", "militiamen", "members", "troops", "units", "militants", "gunmen"]

    /// The acting mentions of a verb at `verb`: the nearest actor to the left in the same clause,
    /// with those coordinated before it ("Kurdish groups and the Islamic State … hold").
    func subjects(before verb: Int) -> [Mention] {
        // The closures below read the analysis (and the keys) through these locals: a closure that
        // names `self` captures a copy of the whole context, its analysis retained, and this runs
        // for every verb.
        let analysis = self.analysis, tokens = self.tokens, keys = self.keys
        var t = verb - 1
        var steps = 0
        var found: Mention?
        // "others have fled": a pronoun-like word right before the verb is the subject itself.
        var head = verb - 1
        while head > range.lowerBound, analysis.isWord(head, .auxiliary) { head -= 1 }
        // ("Russia and Iran both accuse …": "both" or "all" after the named subjects only stresses them.)
        if head >= range.lowerBound, !isCovered(head), analysis.isWord(head, .pronounSubject),
           !(analysis.isKey(head, .both, .all) && mention(covering: head - 1).map { analysis.kind(of: $0) == .actor } == true) { return [] }
        // "Its fighters now hold A and B": the members of the body the pronoun stands for.
        var noun = head
        while noun > range.lowerBound, analysis.isWord(noun, .insertedAdverb) || analysis.isWord(noun, .commonWord) && !analysis.isKey(noun, .and) { noun -= 1 }
        // (Keyword ids first: this runs for every verb, the set look-up hashes a string.)
        if noun - 1 >= range.lowerBound, analysis.isKey(noun - 1, .its) || analysis.isKey(noun - 1, .their),
           !isCovered(noun), analysis.isWord(noun, .memberNoun),
           let body = StatementFinder(analysis: analysis).resolveBodyPronoun(before: noun - 1) {
            return [analysis.mention(of: body, tokens: (noun - 1)..<(noun + 1), form: .anaphor)]
        }
        while t >= range.lowerBound, steps < 14 {
            if let m = mention(covering: t) {
                // "US-backed fighters push into X": a compound's modifier is not the subject.
                // ("a pro-Assad militia shelled P": nor is the actor after "pro-" or "anti-".)
                let isModifier = analysis.isKey(m.tokens.upperBound, .hyphen) && analysis.compoundCue(m.tokens.upperBound + 1) != nil
                    || analysis.isKey(m.tokens.lowerBound - 1, .hyphen) && analysis.isKey(m.tokens.lowerBound - 2, .pro, .anti)
                // "told Reuters that his men had captured": the one told is not the subject.
                let isTold = analysis.isKey(m.tokens.lowerBound - 1, .told) || analysis.isKey(m.tokens.lowerBound - 1, .tell, .tells)
                // "The YPG's political allies accused": the possessor's allies, not the possessor.
                let possessesOther = analysis.isKey(m.tokens.upperBound, .possessive)
                    && window(from: m.tokens.upperBound + 1, to: m.tokens.upperBound + 3).contains(where: { analysis.nounCue($0).map { $0.relationClass == .cooperation || $0.relationClass == .conflict } ?? false })
                // "an alliance of militias organised and paid by Iran's Revolutionary Guards
                // attacked P": the agent of a participle before the verb is not its subject.
                if analysis.kind(of: m) == .actor, let participle = participleBeforeAgent(m) {
                    t = participle - 1
                    steps += 1
                    continue
                }
                if analysis.kind(of: m) == .actor && !isModifier && !isTold && !possessesOther { found = m; break }
                t = m.tokens.lowerBound - 1
                steps += 1
                continue
            }
            // "the army said it seized X": "it" is the subject of "said".
            if analysis.isKey(t, .it, .they), let said = window(from: t - 3, to: t).last(where: { analysis.isKey($0, .said, .says, .announced, .claimed) }),
               let speaker = lastMention(before: said, within: 6, where: { analysis.kind(of: $0) == .actor }) {
                found = speaker
                break
            }
            // "He accused Turkey of …", "It accused Ankara of …", "They also attacked Minyan": a
            // pronoun opening the sentence is the subject the sentences before name ("they" a body).
            if analysis.isKey(t, .he, .she) || analysis.isKey(t, .it, .they), window(from: range.lowerBound, to: t).allSatisfy({ tokens[$0].kind != .word || analysis.isKey($0, .but, .and, .then) || keys[$0] == "later" }),
               window(from: t + 1, to: verb).allSatisfy({ !analysis.wordClass($0).isDisjoint(with: [.auxiliary, .insertedAdverb, .commonWord]) || tokens[$0].kind == .word && keys[$0].hasSuffix("ly") }) {
                let statements = StatementFinder(analysis: analysis)
                let entity = analysis.isKey(t, .it, .they) ? statements.resolveBodyPronoun(before: t) : statements.resolvePronoun(before: t)
                if let entity { found = analysis.mention(of: entity, tokens: t..<(t + 1), form: .anaphor) }
                break
            }
            // "…, where he met Kerry", "Kerry said he had talked with Lavrov": "he"/"she" right
            // before the verb is the person the pronoun resolver finds.
            if analysis.isKey(t, .he, .she), t >= verb - 2,
               let person = StatementFinder(analysis: analysis).resolvePronoun(before: t) {
                found = analysis.mention(of: person, tokens: t..<(t + 1), form: .anaphor)
                break
            }
            // "the army … as it captured": "it"/"they" right before the verb is the nearest group named before.
            if analysis.isKey(t, .it, .they), t >= verb - 2,
               let antecedent = window(from: range.lowerBound, to: t).reversed().lazy.compactMap({ mention(covering: $0) })
                   .first(where: { analysis.kind(of: $0) == .actor && analysis.category(of: $0) != .person && $0.form != .adjective }) {
                // ("The Observatory said troops … had taken A, two days after they stormed B": a
                // plural of fighters named after the group is the nearer antecedent, and no actor.)
                if analysis.isKey(t, .they), window(from: antecedent.tokens.upperBound, to: t).contains(where: {
                    !isCovered($0) && !analysis.wordClass($0).isDisjoint(with: [.forceNoun, .memberNoun]) }) { break }
                found = antecedent
                break
            }
            // A subject relative: "the factions that care most about fighting Assad",
            // "Turkey, which has backed the factions": the antecedent is the subject.
            if analysis.isKey(t, .that, .who, .which) {
                let before = analysis.isKey(t - 1, .comma) && !analysis.isKey(t, .that) ? t - 2 : t - 1
                // "told Reuters that his men …": "that" after the one told opens what was said.
                if before >= range.lowerBound, let m = mention(covering: before), analysis.kind(of: m) == .actor, m.form != .adjective,
                   !(analysis.isKey(t, .that) && (analysis.isKey(m.tokens.lowerBound - 1, .told) || analysis.isKey(m.tokens.lowerBound - 1, .tell, .tells))) {
                    found = m
                    break
                }
                // "Jaish al-Fatah, the coalition that holds P": the group noun of an apposition
                // stands for the actor before its comma.
                if before > range.lowerBound, !isCovered(before), isBodyNoun(before) {
                    var b = before - 1
                    // ("a rival Beirut paper that": a place may qualify the noun.)
                    while b > range.lowerBound, b > before - 5, analysis.tokens[b].kind == .word,
                          mention(covering: b).map({ analysis.kind(of: $0) == .place }) ?? !analysis.tokens[b].isCapitalized { b -= 1 }
                    if analysis.isKey(b, .comma), analysis.isKey(b + 1, .the, .a, .an), let m = mention(covering: b - 1), analysis.kind(of: m) == .actor, m.form != .adjective {
                        found = m
                        break
                    }
                }
            }
            if !analysis.wordClass(t).isDisjoint(with: [.clauseBreaker, .subjectBoundary]) { break }
            // "S, backed by X, fought …": a parenthetical between two commas right before the verb is skipped.
            // A longer relative clause too: "Hamas, which broke with Assad in 2012 and moved its
            // bureau out of Damascus, condemned …".
            if analysis.isKey(t, .comma), let opening = window(from: t - 10, to: t).last(where: { analysis.isKey($0, .comma) })
                // ", the U.S. envoy to the United Nations,": a longer apposition opened by an article.
                ?? window(from: t - 16, to: t).last(where: { analysis.isKey($0, .comma) && (analysis.isKey($0 + 1, .the, .a, .an) || analysis.isWord($0 + 1, .determiner)) })
                // ", fighting alongside the jihadist alliance Hayat Tahrir al-Sham,": a participle's phrase.
                ?? window(from: t - 18, to: t).last(where: { analysis.isKey($0, .comma) && keys[min($0 + 1, keys.count - 1)].hasSuffix("ing") })
                // ", backed by Russian warplanes, Lebanon's Hezbollah movement and militiamen known as the Desert Hawks,"
                ?? window(from: t - 24, to: t).last(where: { analysis.isKey($0, .comma) && analysis.passiveCue($0 + 1) != nil && analysis.isKey($0 + 2, .by) })
                ?? window(from: t - 30, to: t).last(where: { analysis.isKey($0, .comma) && analysis.isWord($0 + 1, .relativePronoun) }),
               window(from: opening + 1, to: t).contains(where: { isCovered($0) }) || analysis.isWord(opening + 1, .relativePronoun) {
                // "Britain's ambassador, Matthew Rycroft, accused": a person named alone between the
                // commas after a role noun is the subject, not the role's owner before it.
                if let person = mention(covering: t - 1), person.tokens.upperBound == t, analysis.category(of: person) == .person,
                   titleStart(before: person) == opening + 1, endsInRoleNoun(opening - 1) {
                    // (Alone: the comma before it opens the apposition, not a list.)
                    return [person]
                }
                t = opening - 1
                steps += 1
                continue
            }
            t -= 1
            steps += 1
        }
        guard var found else { return [] }
        // "government troops supported by Iranian-backed militias and Hezbollah advanced": the agents
        // of a participle belong to it; the subject is the participle's head.
        if let by = window(from: found.tokens.lowerBound - 12, to: found.tokens.lowerBound).last(where: { analysis.isKey($0, .by) }),
           by > range.lowerBound, analysis.passiveCue(by - 1) != nil,
           !window(from: by + 1, to: found.tokens.lowerBound).contains(where: { analysis.isWord($0, .clauseBreaker) }),
           let head = lastMention(before: by - 1, within: 3, where: { analysis.kind(of: $0) == .actor }) {
            found = head
        }
        // "the air campaign, which Western governments say has targeted rebels": who says it is
        // not who did it.
        if analysis.isWord(found.tokens.lowerBound - 1, .relativePronoun) || analysis.isKey(found.tokens.lowerBound - 1, .that),
           window(from: found.tokens.upperBound, to: verb).contains(where: { Self.reportingVerbs.contains(keys[$0]) }) {
            return []
        }
        var subjects = [found]
        var u = titleStart(before: found) - 1
        // "Syrian troops and fighters from Lebanon's Hezbollah": members stand for their group.
        if analysis.isKey(u, .from, .of), u - 1 > range.lowerBound, analysis.isWord(u - 1, .memberNoun) { u -= 2 }
        if analysis.isKey(u, .the, .a, .an) { u -= 1 }
        // "Turkish troops and their Syrian rebel allies": the possessive and the adjectives before the conjunct.
        var v = u
        var modifiers = 0
        while modifiers < 3, v > range.lowerBound, !analysis.isKey(v, .their) && !analysis.isKey(v, .its),
              mention(covering: v).map({ $0.form == .adjective }) ?? (tokens[v].kind == .word && !analysis.isKey(v, .and) && !tokens[v].isCapitalized) {
            v = mention(covering: v).map { $0.tokens.lowerBound - 1 } ?? v - 1
            modifiers += 1
        }
        if analysis.isKey(v, .their) || analysis.isKey(v, .its) { u = v - 1 }
        while u > range.lowerBound, analysis.isKey(u, .and) || analysis.isKey(u, .comma) {
            // "Hezbollah fighters and …": the conjunct's head noun after its name.
            var end = u - 1
            while end > range.lowerBound, end >= u - 2, !isCovered(end), analysis.isWord(end, .forceNoun) || analysis.isWord(end, .memberNoun) { end -= 1 }
            guard let previous = mention(covering: end), analysis.kind(of: previous) == .actor, previous.form != .adjective || end == u - 1 else { break }
            subjects.insert(previous, at: 0)
            u = titleStart(before: previous) - 1
        }
        return subjects
    }

    /// True when the phrase ending at token `end` ends in a role noun of the lexicon, or in one
    /// followed by the body it serves: "Russia's ambassador", "the ambassador to the United
    /// Nations", "the envoy for Syria".
    func endsInRoleNoun(_ end: Int) -> Bool {
        var e = end
        if let body = mention(covering: e), body.tokens.upperBound == e + 1 {
            var p = body.tokens.lowerBound - 1
            if analysis.isKey(p, .the) { p -= 1 }
            guard analysis.isKey(p, .to, .for) || analysis.isKey(p, .at) else { return false }
            e = p - 1
        }
        return range.contains(e) && !isCovered(e) && analysis.isWord(e, .roleNoun)
    }

    /// The first token of the titles before a person's name ("Russian Foreign Minister Sergei
    /// Lavrov" → "Russian"): role words, titles and the adjectives of bodies; the name's own
    /// start for anyone else.
    func titleStart(before person: Mention) -> Int {
        guard analysis.category(of: person) == .person else { return person.tokens.lowerBound }
        var t = person.tokens.lowerBound
        var steps = 0
        while t - 1 > range.lowerBound, steps < 5 {
            let p = t - 1
            if let m = mention(covering: p) {
                guard m.form == .adjective else { break }
                t = m.tokens.lowerBound
            } else if tokens[p].kind == .word, tokens[p].isCapitalized,
                      analysis.isWord(p, .title) || analysis.isWord(p, .roleNoun) || analysis.isKey(p, .of) {
                t = p
            } else {
                break
            }
            steps += 1
        }
        return t
    }

    /// "At least 10,000 fled to…": a number of people, read as the collective civilians actor.
    func collectiveSubject(before verb: Int) -> Mention? {
        var t = verb - 1
        var steps = 0
        while t >= range.lowerBound, steps < 4 {
            // (The word class before the list: all six words are ``WordClass/pronounSubject``s.)
            if tokens[t].kind == .number || analysis.isWord(t, .pronounSubject) && ["thousands", "hundreds", "dozens", "many", "some", "others"].contains(keys[t]) {
                // (Whether the lexicon has the civilians is asked only here, for a number found: the
                // look-up hashes the id, where the loop above reads a few tokens.)
                guard analysis.index.number(of: "civilians") != nil, analysis.recordLexiconEntity("civilians") else { return nil }
                let mention = analysis.mention(of: "civilians", tokens: t..<(t + 1), form: .anaphor)
                analysis.addLateMention(mention)
                return mention
            }
            t -= 1
            steps += 1
        }
        return nil
    }

    /// True when a negation or a modal/hypothetical word stands in the `window` tokens before `t`
    /// (within the clause): "did not attack", "may receive", "threatened to seize".
    func isNegatedOrHypothetical(before t: Int, window: Int) -> Bool {
        var u = t - 1
        var steps = 0
        // "denied X and accused Y": a verb after "and" is a new conjunct, outside the first one's negation.
        if analysis.isKey(u, .and) || analysis.isKey(u, .but) { return false }
        while u >= range.lowerBound, steps < window {
            let wordClass = analysis.wordClass(u)
            if wordClass.contains(.clauseBreaker) || analysis.isKey(u, .comma) && steps > 1 { break }
            if !wordClass.isDisjoint(with: [.negation, .modal]) { return true }
            if analysis.isWord(u, .negatingT) { return true }
            if isCovered(u) && steps > 0 { break }
            u -= 1
            steps += 1
        }
        // Directly after the verb: "attacked no one" is rare; "not only" is not a negation of the fact.
        return false
    }

    /// `last` and the mentions coordinated before it, in order: "Foua and Kefraya" for Kefraya,
    /// "Hanano, Sakhour and Haidariyeh" for Haidariyeh.
    func coordinatedMentions(endingWith last: Mention, where accept: (Mention) -> Bool) -> [Mention] {
        var out = [last]
        var t = last.tokens.lowerBound - 1
        var sawAnd = false
        while t > range.lowerBound, out.count < 12 {
            let isAnd = analysis.isKey(t, .and, .or)
            guard isAnd && !sawAnd || analysis.isKey(t, .comma),
                  let previous = mention(covering: t - 1), accept(previous), previous.number != out[0].number else { break }
            if isAnd { sawAnd = true }
            // A comma list needs its "and": "X, Y and Z"; a comma alone may end another phrase.
            if !isAnd && !sawAnd { break }
            out.insert(previous, at: 0)
            t = previous.tokens.lowerBound - 1
        }
        return out
    }

    /// Aircraft and strikes, which their agent launches: "air strikes carried out by X hit P".
    static let strikeNouns: Set<String> = ["jets", "warplanes", "aircraft", "planes", "helicopters", "drones", "bombers", "strikes", "airstrikes", "raids", "shelling", "bombardment", "attacks", "attack"]

    /// Verbs of reporting in a relative clause before the verb: "which officials say has …".
    static let reportingVerbs: Set<String> = ["say", "says", "said", "claim", "claims", "claimed", "believe", "believes", "allege", "alleges", "alleged", "argue", "argues"]

    /// Participles that do not end in "-ed": "paid by", "led by".
    static let irregularParticiples: Set<String> = ["paid", "led", "run", "built", "held", "sent", "made", "drawn", "driven", "taken", "given", "known", "taught", "fought", "seen", "won"]

    /// The first participle of "organised and paid by" when `agent` follows such a phrase without
    /// a comma ("militias backed by Iran attacked …"), else nil.
    func participleBeforeAgent(_ agent: Mention) -> Int? {
        var p = agent.tokens.lowerBound - 1
        if analysis.isKey(p, .the) { p -= 1 }
        if p > range.lowerBound, tokens[p].kind == .possessive, let owner = mention(covering: p - 1) { p = owner.tokens.lowerBound - 1 }
        guard analysis.isKey(p, .by), p - 1 >= range.lowerBound else { return nil }
        func isParticiple(_ u: Int) -> Bool {
            tokens[u].kind == .word && !isCovered(u) && (analysis.passiveCue(u) != nil || analysis.isWord(u, .endsInEd) || Self.irregularParticiples.contains(keys[u]))
        }
        var u = p - 1
        guard isParticiple(u) else { return nil }
        // "organised and paid by", "trained, armed and paid by".
        // (A few at most: linear on one long line.)
        var links = 0
        while links < 4, u - 2 >= range.lowerBound, analysis.isKey(u - 1, .and) || analysis.isKey(u - 1, .comma), isParticiple(u - 2) { u -= 2; links += 1 }
        // A form of "be" before it makes a passive clause, whose agent is real: "P was shelled by X";
        // so does a weapon: "rockets fired by rebel groups struck P".
        if analysis.isWord(u - 1, .auxiliary) || u - 1 >= range.lowerBound && (RelationFinder.weaponNouns.contains(keys[u - 1]) || Self.strikeNouns.contains(keys[u - 1])) { return nil }
        return u
    }

    /// The mention owning a noun through a possessive: "Mr Assad's patrons", "the Syrian army's capture".
    func possessor(before noun: Int) -> Mention? {
        var t = noun - 1
        var steps = 0
        // ("Moscow's consent to push into P": a preposition ends the possessor's noun phrase.)
        while t > range.lowerBound, steps < 3, tokens[t].kind == .word, !isCovered(t), !analysis.isWord(t, .preposition), !analysis.isKey(t, .to) { t -= 1; steps += 1 }
        guard t > range.lowerBound, tokens[t].kind == .possessive else { return nil }
        return mention(covering: t - 1)
    }

    /// The head of the apposition that ends at `start`: "Washington, always a reluctant …" or
    /// "Ammar Sakkar, a spokesman …" → the mention before the comma (or dash).
    func appositionHead(before start: Int) -> Mention? {
        var t = start - 1
        var steps = 0
        while t > range.lowerBound, steps < 6 {
            if analysis.isKey(t, .comma, .emDash, .enDash) || analysis.isKey(t, .hyphen) && tokens[t].isSpaced { return mention(covering: t - 1) }
            if isCovered(t) || analysis.isWord(t, .clauseBreaker) || analysis.isKey(t, .said) { return nil }
            t -= 1
            steps += 1
        }
        return nil
    }

    /// Where an apposition whose noun phrase starts with `start` begins: before "the"/"a" and the
    /// like ("P, the group's last stronghold" → the index of "the"), or `start` itself.
    func appositionStart(before start: Int) -> Int {
        analysis.isWord(start - 1, .determiner) || analysis.isKey(start - 1, .a, .an) ? start - 1 : start
    }

    /// A light verb a few words (`within`) before an action noun: "launched an attack on",
    /// "laying siege to".
    func hasLightVerb(before noun: Int, within: Int = 4) -> Bool {
        var t = noun - 1
        var steps = 0
        while t >= range.lowerBound, steps < within {
            if analysis.isWord(t, .lightVerb) { return true }
            if isCovered(t) { return false }
            t -= 1
            steps += 1
        }
        return false
    }

    /// "Kurdish-controlled": an adjective whose "X forces" is a known actor stands for those forces
    /// in a compound.
    func ethnicForces(at t: Int) -> Mention? {
        guard range.contains(t), tokens[t].kind == .word, tokens[t].isCapitalized else { return nil }
        let index = analysis.index
        let phrase = [analysis.keyIDs[t], index.vocabulary.id(of: "forces")]
        guard let number = index.names.values(ofPhrase: phrase).first?.entity else { return nil }
        analysis.recordLexiconEntity(number: number)
        let mention = Mention(number: number, tokens: t..<(t + 1), start: tokens[t].start, end: tokens[t].end, form: .adjective)
        analysis.addLateMention(mention)
        return mention
    }
}
