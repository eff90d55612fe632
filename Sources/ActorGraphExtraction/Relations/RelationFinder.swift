import ActorGraph

/// Finds relations between the mentions of each sentence: active verbs ("X shelled Y"), passives
/// ("Y, backed by X"), compounds ("X-backed Y", "rebel-held east"), agent and action nouns ("X's
/// patrons, A and B", "X's capture of Y"), roles ("P, a spokesman for O"), locations and movement.
/// Negated or hypothetical statements ("did not attack", "may receive") give no relation.
struct RelationFinder {
    // Word lists of the patterns below, compiled into ``WordClass`` bits per vocabulary id.
    static let qualifiers: Set<String> = ["embattled", "besieged", "divided", "remaining", "last", "old", "historic", "central", "entire", "whole", "opposition", "rebel", "shia", "shiite", "sunni", "local", "foreign", "armed", "border", "frontier", "strategic", "key", "small", "industrial"]
    static let attackVerbs: Set<String> = ["killed", "wounded", "injured", "hit", "struck", "targeted", "destroyed"]
    static let nounModifiers: Set<String> = ["intense", "heavy", "fierce", "fresh", "renewed", "ongoing", "current", "bitter", "street", "continued", "sporadic", "recent", "latest", "long", "final", "main", "artillery", "mortar", "rocket", "sniper", "tank", "gun", "machine-gun", "air", "aerial", "naval"]
    static let meetingVerbs: Set<String> = ["met", "meets", "meeting", "told", "spoke", "speaking", "visited", "visiting", "addressed", "arrived", "said", "announced", "reached", "interviewed", "contacted", "tells", "says", "speaks", "addressing", "addresses"]
    let analysis: DocumentAnalysis
    // (Read through `analysis`: the finder is copied into the closures of its searches, and each
    // reference it held was retained and released with every copy.)
    var tokens: [Token] { analysis.tokens }
    var keys: TokenKeys { analysis.keys }
    var index: LexiconIndex { analysis.index }

    init(analysis: DocumentAnalysis) {
        self.analysis = analysis
    }

    func run() {
        let quoted = quotedTokens()
        resolveControlledSections()
        analysis.sectionEntities = Set(analysis.mentions.lazy.filter { $0.form == .section }.map(\.number))
        // (The contexts read `quoted` through its storage, valid for this whole call.)
        quoted.withUnsafeBufferPointer { findRelations(quoted: $0) }
    }

    /// Runs the finders over each sentence that states facts (not in a skipped paragraph, not a
    /// yes-or-no question); `quoted` is the storage of ``quotedTokens()``.
    private func findRelations(quoted: UnsafeBufferPointer<Bool>) {
        // The outermost mentions of the sentence at hand, refilled for each in the same storage.
        var mentions: [Mention] = []
        let skipped = SkippedParagraphs(analysis.skippedParagraphs)
        for (s, sentence) in analysis.sentences.enumerated() where !skipped.contains(sentence.paragraph) && !isQuestion(sentence) {
            let (classes, keywords) = analysis.classesAndKeywords(of: sentence.tokens)
            let context = SentenceContext(analysis: analysis, sentence: sentence, number: s, quoted: quoted, classes: classes, keywords: keywords)
            findCompounds(context)
            findPassives(context)
            findActives(context)
            findNouns(context)
            findRoles(context)
            // The finders below share one list of the sentence's mentions; those they add (a
            // country inside "Lebanon's Hezbollah") only claim tokens no other mention covers.
            context.collectMentions(into: &mentions)
            findGroupKinds(context, mentions)
            findListedMembers(context, mentions)
            findBannerMembers(context)
            findIncludedMembers(context)
            findJointActs(context, mentions)
            findDivisions(context, mentions)
            findLosses(context)
            findLocations(context, mentions)
            findPronounSpeakerPlaces(context)
            findExpulsions(context)
            findFiring(context)
            findIdioms(context)
            findLabels(context)
            findClaimedWrongs(context)
        }
    }

    /// True for a yes-or-no question ("Is Turkey now fighting Assad?"): it asks whether, it states
    /// no fact. (A question with a relative clause or a wh-word may presuppose one: "And the western
    /// half of the city, which the government holds?", "Why did Russia bomb the hospital?".)
    func isQuestion(_ sentence: Sentence) -> Bool {
        // Back over the closing punctuation to a question mark: each token is asked once (the
        // first that is no punctuation ends the search, a question mark or not).
        let lower = sentence.tokens.lowerBound
        var last = sentence.tokens.upperBound - 1
        while last >= lower && !isQuestionMark(last) {
            guard last > lower, tokens[last].kind == .punctuation else { return false }
            last -= 1
        }
        guard last >= lower else { return false }
        var first = sentence.tokens.lowerBound
        while first < last, tokens[first].kind != .word || analysis.isKey(first, .and) || analysis.isKey(first, .but) || analysis.isKey(first, .so) { first += 1 }
        return analysis.isWord(first, .auxiliary) || analysis.isWord(first, .modal)
    }

    /// True when token `t`'s key is "?". A token whose first character is ASCII has it without
    /// comparing strings: only a punctuation token (one character, its own key) can be "?".
    @inline(__always) func isQuestionMark(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.first.isASCII else { return keys[t] == "?" }
        return token.kind == .punctuation && token.first == "?"
    }

    /// The tokens inside direct quotations.
    func quotedTokens() -> [Bool] {
        var quoted = [Bool](repeating: false, count: tokens.count)
        for span in StatementFinder(analysis: analysis).quoteSpans() where span.close > span.open + 1 {
            for t in (span.open + 1)..<min(span.close, tokens.count) { quoted[t] = true }
        }
        return quoted
    }

    /// "rebel-held Aleppo" means the rebel-held part of a divided city: when the document also says
    /// which part that is ("the rebel-held east"), the city mention is read as that part.
    func resolveControlledSections() {
        func modifier(before start: Int) -> String? {
            guard start >= 3, analysis.isKey(start - 2, .hyphen), analysis.compoundCue(start - 1)?.relationClass == .control else { return nil }
            let m = analysis.mentionCovering[start - 3]
            guard m >= 0 else { return nil }
            return analysis.id(of: analysis.mentions[Int(m)])
        }
        // The sections held by a named actor: its id, the city part of the section's id
        // ("aleppo" of "east-aleppo", read in place) and the section's id; a later section of the
        // same actor and city replaces an earlier one. (A document has a handful at most: a list
        // searched in order, rather than a table keyed by a string built for each.)
        var sections: [(actor: String, city: Substring, id: String)] = []
        for mention in analysis.mentions where mention.form == .section {
            guard let actor = modifier(before: mention.tokens.lowerBound) else { continue }
            let id = analysis.id(of: mention)
            guard let dash = Self.firstDash(in: id) else { continue }
            let city = id[id.index(after: dash)...]
            if let same = sections.firstIndex(where: { $0.actor == actor && $0.city == city }) {
                sections[same].id = id
            } else {
                sections.append((actor, city, id))
            }
        }
        guard !sections.isEmpty else { return }
        // The section `actor` holds in `city`, or else one that a body of the same side holds.
        // (Neither an empty actor nor an empty city part names a section held by someone.)
        func section(for actor: String, in city: String) -> String? {
            if let exact = sections.first(where: { $0.actor == actor && $0.city == city }) { return exact.id }
            return sections.first { !$0.actor.isEmpty && !$0.city.isEmpty && $0.city == city && areOneSide($0.actor, actor) }?.id
        }
        // (By index, reading each mention as it stands: a reassignment changes only the mention
        // at hand, and iterating a copy of the list made the write below copy it all.)
        for n in analysis.mentions.indices {
            let mention = analysis.mentions[n]
            guard mention.form == .name || mention.form == .anaphor else { continue }
            guard analysis.category(of: mention) == .city else { continue }
            var start = mention.tokens.lowerBound
            // "rebel-held areas of (the) Aleppo": skip back over "areas of (the)".
            if analysis.isKey(start - 1, .the) { start -= 1 }
            if analysis.isKey(start - 1, .of), analysis.isWord(start - 2, .sectionNoun) || analysis.isKey(start - 2, .territory) {
                start -= 2
            }
            var first = start
            while first > 0, analysis.isKey(first - 1, .embattled, .besieged, .divided) { first -= 1 }
            guard let actor = modifier(before: first), let section = section(for: actor, in: analysis.id(of: mention)) else { continue }
            analysis.reassignMention(n, to: section)
            analysis.mentions[n].form = .section
            analysis.addAlias((first - 3)..<mention.tokens.upperBound, to: section)
        }
    }

    /// True when entities `a` and `b` (ids) are one actor or bodies of one side: one is the
    /// other's parent in the lexicon, or both have the same parent (a state's ministry and its
    /// army). Who holds a section and who accuses whom both ask it.
    func areOneSide(_ a: String, _ b: String) -> Bool {
        a == b || index.entity(a)?.parent == b || index.entity(b)?.parent == a
            || (index.entity(a)?.parent).map { $0 == index.entity(b)?.parent } ?? false
    }

    /// `id.firstIndex(of: "-")` (the dash of a section id, "east-aleppo"), found by byte in an ASCII
    /// id: no grapheme joins two ASCII scalars but CR LF, so its first "-" byte is its first "-".
    static func firstDash(in id: String) -> String.Index? {
        let utf8 = id.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return id.firstIndex(of: "-") }
        return utf8.firstIndex(of: UInt8(ascii: "-"))
    }

    /// Records `source -relation-> target` (entity numbers, see ``DocumentAnalysis/number(of:)``),
    /// stated in the sentence of `context` around token `anchor`.
    func add(_ source: Int32, _ relation: Relation, _ target: Int32, _ context: SentenceContext, at anchor: Int) {
        guard source != target else { return }
        // One fights someone; fighting in a place ("were fighting in the Bab al-Hadid area") is an
        // attack on it.
        let relation = relation == .fights && analysis.kind(of: target) == .place ? .attacks : relation
        analysis.relations.append(FoundRelation(source: source, target: target, relation: relation,
                                                sentences: context.number...context.number, anchor: anchor))
    }

    /// ``add(_:_:_:_:at:)-(Int32,_,Int32,_,_)`` with the target given by id.
    func add(_ source: Int32, _ relation: Relation, _ target: String, _ context: SentenceContext, at anchor: Int) {
        add(source, relation, analysis.number(of: target), context, at: anchor)
    }

    /// ``add(_:_:_:_:at:)-(Int32,_,Int32,_,_)`` with the source given by id.
    func add(_ source: String, _ relation: Relation, _ target: Int32, _ context: SentenceContext, at anchor: Int) {
        add(analysis.number(of: source), relation, target, context, at: anchor)
    }

    func fits(_ mention: Mention, asTargetOf relation: Relation) -> Bool {
        guard let category = analysis.category(of: mention) else { return false }
        let kind = category.kind
        switch relation.relationClass {
        case .control, .movement: return kind == .place
        case .cooperation: return kind == .actor
        case .membership: return kind == .actor && category != .person
        case .location: return kind == .place
        default:
            // One condemns, opposes or accuses someone, not a place ("rejected offers from Damascus"
            // names the government, which the mention did not choose).
            if relation == .condemns || relation == .opposes || relation == .accuses { return kind == .actor }
            return true
        }
    }

    func fitsAsSource(_ mention: Mention) -> Bool {
        analysis.kind(of: mention) == .actor
    }

}
