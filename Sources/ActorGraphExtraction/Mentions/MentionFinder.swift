import ActorGraph

/// Finds the actors and places a document mentions: lexicon names (longest match, case and
/// spelling tolerant), names discovered from context, parts of cities and countries, short forms
/// and armed forces named after their leader.
struct MentionFinder {
    // Word lists of the patterns below, compiled into ``WordClass`` bits per vocabulary id.
    static let placePrepositions: Set<String> = ["in", "to", "into", "from", "near", "outside", "inside", "across", "throughout", "within", "neighboring", "neighbouring", "toward", "towards", "via", "through", "reached", "entered", "border", "borders", "around", "at"]
    static let forceHeads: Set<String> = ["forces", "force", "troops", "army", "soldiers", "fighters", "militia", "militias", "military", "men", "loyalists"]
    let analysis: DocumentAnalysis
    private let index: LexiconIndex
    private let tokens: [Token]
    private let keys: TokenKeys
    private let keyIDs: [Int32]

    /// What the finder remembers of the document so far (persons, places and groups in focus):
    /// held in a class, so the finder itself is a few words that its matchers take without copying.
    private let memory: MentionMemory

    init(analysis: DocumentAnalysis) {
        self.analysis = analysis
        self.index = analysis.index
        self.tokens = analysis.tokens
        self.keys = analysis.keys
        self.keyIDs = analysis.keyIDs
        self.memory = MentionMemory(descriptionWordCount: analysis.index.descriptionWordCount)
    }

    mutating func run() {
        markSkippedParagraphs()
        // (Looked through as a short list: most documents skip none, and a paragraph is hashed for no sentence.)
        let skipped = SkippedParagraphs(analysis.skippedParagraphs)
        for (s, sentence) in analysis.sentences.enumerated() where !skipped.contains(sentence.paragraph) {
            scan(sentence, number: s)
        }
        analysis.resolveGenericBodies()
        analysis.indexMentions()
    }

    /// Credits and bylines ("Information for this article was contributed by…") name reporters,
    /// not actors. A credit is a short paragraph of its own: in a long paragraph (text with no line
    /// breaks at all) one credit sentence must not silence the whole article.
    private func markSkippedParagraphs() {
        let analysis = self.analysis
        // Sentences per paragraph, by paragraph number (counted in an array: numbers run from 0).
        var sentencesInParagraph = [Int](repeating: 0, count: analysis.sentences.reduce(0) { max($0, $1.paragraph + 1) })
        for sentence in analysis.sentences { sentencesInParagraph[sentence.paragraph] += 1 }
        analysis.keyIDs.withUnsafeBufferPointer { ids in
            for sentence in analysis.sentences where sentencesInParagraph[sentence.paragraph] <= 3 {
                // The opening: its first twelve tokens.
                let first = sentence.tokens.lowerBound, stop = min(sentence.tokens.upperBound, first + 12)
                guard first < stop else { continue }
                if analysis.isKey(first, .copyright, .copyrightSign) { analysis.skippedParagraphs.insert(sentence.paragraph); continue }
                let marker = analysis.isKey(first, .contributed, .copyright, .editing, .additional) || analysis.isKey(first, .writing)
                // The opening's key ids. (A sentence's tokens are the document's: its indices are inside `ids`.)
                let opening = UnsafeBufferPointer(rebasing: ids[first..<stop])
                // "Contributed … by", or a marker first and "reporting … by". Rare "contributed" is
                // looked for first: most openings are read once, for that id alone.
                if opening.contains(Keyword.contributed.rawValue) || marker && opening.contains(Keyword.reporting.rawValue),
                   opening.contains(Keyword.by.rawValue) {
                    analysis.skippedParagraphs.insert(sentence.paragraph)
                }
            }
        }
    }

    private func scan(_ sentence: Sentence, number: Int) {
        var i = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        while i < end {
            // Most tokens start nothing: they are stepped over in a tight loop of their own.
            i = firstCandidate(from: i, to: end)
            guard i < end else { break }
            // The token's classes and whether it is "the", read once (neither changes).
            let classes = analysis.wordClasses[i], isThe = keyIDs[i] == Keyword.the.rawValue
            // Each matcher is asked only where its first word can stand (the test it begins with):
            // most tokens start nothing, and then cost no call.
            if startsSection(at: i, isThe: isThe, classes: classes), let next = matchSection(at: i, limit: end) { i = next; continue }
            if classes.contains(.sectionNoun), let next = matchHeldArea(at: i, limit: end) { i = next; continue }
            // (A description needs an actor described before and a description word after "the",
            // or after "the <place>-based"; "the group" a group head after "the".)
            if isThe, memory.describesAny && (analysis.isWord(i + 1, .descriptionWord) || analysis.isKey(i + 2, .hyphen))
                || analysis.isWord(i + 1, .groupAnaphorHead),
               let next = matchDescription(at: i, limit: end, sentence: number) ?? matchGroupAnaphor(at: i, limit: end, sentence: number) {
                i = next
                continue
            }
            var lexical = startsLexiconName(at: i, limit: end) ? matchLexicon(at: i, limit: end) : nil
            // A discovery is only looked for where a name may start, and is bound (and later
            // destroyed) only when one is found.
            // (A function word or sentence adverb starts no name: ``discover(at:limit:sentence:over:)``
            // answers nil for it whatever stands around it.)
            if startsName(at: i, limit: end, classes: classes), classes.isDisjoint(with: [.determiner, .commonWord]),
               let discovered = discover(at: i, limit: end, sentence: sentence, over: lexical),
               let next = take(discovered, over: &lexical, at: i, limit: end, sentence: number) {
                i = next
                continue
            }
            if lexical == nil, isThe, analysis.isKey(i + 2, .ministry) || analysis.isKey(i + 3, .ministry),
               let next = matchMinistry(inCapitalAt: i, limit: end) {
                i = next
                continue
            }
            // (A state's ministry follows its adjective or its name and a possessive.)
            if let lexical, lexical.form == .adjective || lexical.end < end && tokens[lexical.end].kind == .possessive,
               let next = matchMinistry(of: lexical, at: i, limit: end, sentence: number) {
                i = next
                continue
            }
            if let lexical {
                let entity = index.entityTable[Int(lexical.number)].id
                // (A recorded entity's category never changes: it is read once.)
                let category = analysis.category(of: lexical.number)
                analysis.addMention(number: lexical.number, tokens: i..<lexical.end, form: lexical.form)
                if category == .district || category == .region, i >= 3 { addHeldAlias(of: lexical.number, at: i, end: lexical.end) }
                if lexical.form == .name, let category, Self.isGroupCategory(category) {
                    noteGroup(entity, number: lexical.number, sentence: number)
                }
                if lexical.form == .name { noteDescribed(entity, number: lexical.number, sentence: number) }
                // A place named as a modifier ("a Beirut-based institute") does not move the story there.
                // (Only places of the categories noteFocus keeps are passed: most names are actors'.)
                if let category, Self.isFocusCategory(category), !analysis.isKey(lexical.end, .hyphen) { noteFocus(entity, number: lexical.number) }
                if category == .city { noteDividedCity(entity, parts: index.partDirections(ofNumber: lexical.number)) }
                if category == .person { rememberPerson(entity, tokens: i..<lexical.end) }
                // (Each is called only where its first test can pass: a name of two tokens or more;
                // "of" before the name or a possessive after it.)
                if lexical.end - i >= 2 { findInnerFacts(in: entity, number: lexical.number, tokens: i..<lexical.end, sentence: number) }
                if analysis.isKey(i - 1, .of) || lexical.end + 1 < end && tokens[lexical.end].kind == .possessive {
                    i = matchForces(of: entity, mentionStart: i, end: lexical.end, in: sentence.tokens, sentence: number)
                } else {
                    i = lexical.end
                }
                continue
            }
            if startsAnaphor(at: i), isAnaphorWord(i + 1), let anaphor = matchAnaphor(at: i, limit: end) {
                analysis.addMention(anaphor.entity, tokens: i..<anaphor.end, form: .anaphor)
                i = anaphor.end
                continue
            }
            i += 1
        }
    }

    /// The first token from `i` on (before `end`) that may start a mention, or `end`: a word or
    /// number, but not a lower-case word that starts no lexicon name (nor does its singular), no
    /// section, held area, description or short reference, and is no name connector (nothing
    /// ``scan(_:number:)`` matches starts at such a word). Most words are told apart here with two
    /// loads, in a loop small enough to keep the arrays it reads in registers.
    @inline(__always) private func firstCandidate(from start: Int, to end: Int) -> Int {
        let index = self.index, analysis = self.analysis
        // (`start..<end` lies in a sentence, whose tokens are the document's: every index is
        // inside both buffers, which are read without bounds checks.)
        return tokens.withUnsafeBufferPointer { tokens in
            keyIDs.withUnsafeBufferPointer { keyIDs in
                var i = start
                while i < end {
                    let token = tokens[i]
                    if token.kind == .number { return i }
                    if token.kind == .word,
                       token.isCapitalized || index.mayStartMention(keyIDs[i], singular: { analysis.pluralID(i) }) { return i }
                    // (`i` < `end`: the step cannot overflow, and is not checked.)
                    i &+= 1
                }
                return end
            }
        }
    }

    /// Weighs a name discovered at token `i` against the lexicon name matched there (if any), and
    /// adds the discovery's mention when it wins: returns the token after it, or nil when the
    /// lexicon match (possibly extended or dropped here) is left to the scan.
    private func take(_ discovered: Discovery, over lexical: inout LexicalMatch?, at i: Int, limit end: Int, sentence number: Int) -> Int? {
        // "the Fastaqim group", "the Zinki faction": a known group's name and its kind.
        if let known = lexical, discovered.end > known.end, discovered.category.kind == .actor,
           RelationFinder.isArmedBody(analysis.category(of: known.number)) || analysis.category(of: known.number) == .coalition,
           (known.end..<discovered.end).allSatisfy({ analysis.isWord($0, .groupHead) }) {
            lexical?.end = discovered.end
            return nil
        }
        // "said Kassab, 51": a person named right after a speech verb, not the town the
        // lexicon spells alike (Kessab).
        // "Kassab said she would stay" once Nora Kassab is known: the person again.
        if discovered.category == .person, let known = lexical, known.end == discovered.end,
           analysis.kind(of: known.number) == .place, known.form == .name,
           discovered.form == .anaphor || i >= 1 && analysis.isWord(i - 1, .quoteVerb)
               && !(discovered.end < end && tokens[discovered.end].kind == .word && !tokens[discovered.end].isCapitalized) {
            lexical = nil
        }
        guard discovered.end > (lexical?.end ?? i) else { return nil }
        // The name and id are made only now, for a discovery that is kept.
        let name = discovered.knownPerson.flatMap { analysis.record(id: $0)?.name } ?? analysis.text(discovered.nameTokens)
        let id = discovered.knownPerson ?? Slug.make(from: name)
        let entityNumber = analysis.recordNumber(id, name: name, category: discovered.category)
        // "Dr. Hamid": an abbreviated title belongs to the person's mention (not to the name).
        let titled = discovered.category == .person && i >= 2 && analysis.isKey(i - 1, .period) && tokens[i - 1].start == tokens[i - 2].end
            && analysis.isWord(i - 2, .title) && analysis.mentionCoveringLive(i - 2) == nil
        analysis.addMention(number: entityNumber, tokens: (titled ? i - 2 : i)..<discovered.end, form: discovered.form)
        if discovered.category == .person, !titled { addTitledAlias(of: entityNumber, name: i..<discovered.end) }
        if discovered.takesFocus { noteFocus(id, number: entityNumber) }
        if Self.isGroupCategory(discovered.category) { noteGroup(id, number: entityNumber, sentence: number) }
        if discovered.category == .person { rememberPerson(id, tokens: discovered.fullNameTokens ?? i..<discovered.end) }
        else if discovered.category.kind == .actor { findOwner(of: id, tokens: i..<discovered.end, sentence: number) }
        return discovered.end
    }

    /// "Captain Ali", "Father Boghos Tanielian": the capitalised titles right before a discovered
    /// person's name (`name`), with the name, are a surface form of the person too, as they are of a
    /// lexicon person ("President Tayyip Erdogan"). The titles stay out of the mention and the name.
    private func addTitledAlias(of number: Int32, name: Range<Int>) {
        var start = name.lowerBound
        while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, analysis.isWord(start - 1, .title),
              analysis.mentionCoveringLive(start - 1) == nil {
            start -= 1
        }
        if start < name.lowerBound { analysis.addAlias(start..<name.upperBound, to: number) }
    }

    // MARK: - Descriptions that refer back

    /// "the jihadists", "the jihadist group": after "the", a description word of an actor named in
    /// the last few sentences refers back to it (``Lexicon/Entity/descriptions``). Returns the index
    /// after the description.
    private func matchDescription(at i: Int, limit: Int, sentence: Int) -> Int? {
        guard memory.describesAny, analysis.isKey(i, .the), i + 1 < limit else { return nil }
        // "the Britain-based monitor": a compound of where it is based may come first.
        let word = i + 4 < limit && analysis.isKey(i + 2, .hyphen) && analysis.isKey(i + 3, .based) ? i + 4 : i + 1
        guard analysis.isWord(word, .descriptionWord), case let slot = index.descriptionSlot(ofWord: keyIDs[word]), slot >= 0,
              let described = memory.lastDescribed[slot], sentence - described.sentence <= 4 else { return nil }
        var end = word + 1
        if end < limit, Self.groupHeads.contains(keys[end]) { end += 1 }
        // "the jihadist group Jabhat Fateh al-Sham" names the group itself.
        if end < limit, tokens[end].isCapitalized || analysis.isKey(end, .hyphen) { return nil }
        analysis.addMention(number: described.number, tokens: i..<end, form: .anaphor)
        if word > i + 1 { findInnerFacts(in: described.entity, number: described.number, tokens: (i + 1)..<end, sentence: sentence) }
        memory.lastDescribed[slot] = (described.entity, described.number, sentence)
        return end
    }

    /// Keeps the lexicon entity `id` (numbered `number`, named in `sentence`) as the last one each of
    /// its description words describes.
    private func noteDescribed(_ id: String, number: Int32, sentence: Int) {
        for slot in index.descriptionSlots(ofEntity: number) {
            memory.lastDescribed[Int(slot)] = (id, number, sentence)
            memory.describesAny = true
        }
    }

    /// "The group also attacked Douma": "the group", "the militia", "the alliance" alone refer back
    /// to the last armed group (or coalition, for "alliance"; any body, for "group") named in the
    /// last three sentences. Not before a name or "of" ("the group Jaish al-Islam", "the group of").
    private func matchGroupAnaphor(at i: Int, limit: Int, sentence: Int) -> Int? {
        guard let last = memory.lastGroup, analysis.isKey(i, .the), i + 1 < limit, sentence - last.sentence <= 3,
              !tokens[i + 1].isCapitalized,   // "the Organisation for the Prohibition …" is a name
              analysis.isWord(i + 1, .groupAnaphorHead), let head = Self.groupAnaphorHeads[keys[i + 1]] else { return nil }
        let next = i + 2
        if next < limit, tokens[next].isCapitalized || analysis.isKey(next, .of) || analysis.isKey(next, .hyphen) { return nil }
        // "the group" may be a monitoring group too; "the militia" only an armed one.
        let category = analysis.category(of: last.number)
        guard head == .coalition ? category == .coalition || category == .armedGroup
                : head == .organization ? category.map(Self.isGroupCategory) == true
                : [.armedGroup, .militia].contains(category) else { return nil }
        analysis.addMention(number: last.number, tokens: i..<next, form: .anaphor)
        memory.lastGroup = (last.entity, last.number, sentence)
        return next
    }

    /// Nouns that refer back to a group, with the kind of group they take.
    static let groupAnaphorHeads: [String: Category] = [
        "group": .organization, "militia": .armedGroup, "movement": .armedGroup, "faction": .armedGroup, "organisation": .organization,
        "organization": .organization, "alliance": .coalition,
    ]   // ("the coalition" is the lexicon's description of the US-led coalition)

    /// The kinds of body "the group" may refer back to.
    static let groupCategories: Set<Category> = [.armedGroup, .militia, .coalition, .organization]

    /// True for a category of ``groupCategories`` (tested without hashing).
    @inline(__always) static func isGroupCategory(_ category: Category) -> Bool {
        category.isOne(of: .armedGroup, .militia, .coalition, .organization)
    }

    /// Keeps a group named in `sentence` for "the group": the first named in the latest sentence
    /// that names one (the subject, more often than a group named after it: "JFS, which cut its
    /// ties to al Qaeda, said …" — "the group" is JFS).
    private func noteGroup(_ id: String, number: Int32, sentence: Int) {
        if let last = memory.lastGroup, last.sentence == sentence { return }
        memory.lastGroup = (id, number, sentence)
    }

    /// Head nouns after a description word: "the jihadist group".
    static let groupHeads: Set<String> = ["group", "groups", "organisation", "organization", "movement", "faction", "fighters", "militants", "militia"]

    // MARK: - Lexicon names

    /// A lexicon name matched at a token: the entity by number alone (its id is read from the
    /// lexicon when the mention is added), so a match is copied without reference counting.
    private struct LexicalMatch {
        var number: Int32
        var end: Int
        var form: Mention.Form
    }

    /// True when a lexicon name may start at token `i` (before `limit`): its key, its singular or
    /// (capitalised) its transliteration key starts a phrase of the name tries, and for a
    /// lower-case word that starts only longer phrases ("the", "civil"), the next token may go on
    /// with one (``continuesLexiconName(afterRootLink:at:limit:)``). Every match of
    /// ``matchLexicon(at:limit:)`` starts so; the scan asks it only here (inlined: most tokens
    /// cost no call).
    @inline(__always) private func startsLexiconName(at i: Int, limit: Int) -> Bool {
        let names = index.names, word = keyIDs[i], link = names.rootLink(word)
        // A lower-case word (no walk by transliteration keys) that is its own singular (the walk by
        // singulars takes the same first node) and no one-word phrase: a walk finds a phrase only
        // along the next token.
        if link > 0, !tokens[i].isCapitalized, !PhraseTrie<LexiconIndex.NameHit>.endsPhrase(atRootLink: link), analysis.pluralID(i) == word {
            return continuesLexiconName(afterRootLink: link, at: i + 1, limit: limit)
        }
        return link > 0 || names.startsPhrase(analysis.pluralID(i))
            || tokens[i].isCapitalized && index.fuzzyNames.startsPhrase(fuzzyID(i))
    }

    /// False when no phrase of the names trie goes on from the root link `link` (of the word
    /// before, see ``PhraseTrie/rootLink(_:)``) along token `next`'s key or singular, or `next` is
    /// at `limit`: then neither walk of ``matchLexicon(at:limit:)`` by keys or singulars finds a
    /// name (a punctuation mark, which a walk may step over, is left to the walks). Most "the" are
    /// told apart here, without the call to ``matchLexicon(at:limit:)``.
    @inline(never) private func continuesLexiconName(afterRootLink link: Int, at next: Int, limit: Int) -> Bool {
        guard next < limit else { return false }
        if tokens[next].kind == .punctuation { return true }
        let names = index.names, word = keyIDs[next], singular = analysis.pluralID(next)
        return names.continues(fromRootLink: link, along: word) || singular != word && names.continues(fromRootLink: link, along: singular)
    }

    /// ``DocumentAnalysis/fuzzyID(_:)`` of token `i`: read inline from the lexicon index's table for
    /// a key of the vocabulary (most tokens), asked of the analysis (which computes and keeps it)
    /// for the document's own keys.
    @inline(__always) private func fuzzyID(_ i: Int) -> Int32 {
        let word = keyIDs[i]
        return word >= 0 ? index.fuzzyIDs[Int(word)] : analysis.fuzzyID(i)
    }

    /// The walk a lexicon match was found by, which fixes the test its hits must pass (see
    /// ``matchLexicon(at:limit:)``).
    private enum NameWalk {
        /// The tokens' own keys: hits that pass ``accepts(_:from:to:in:)``.
        case exact
        /// The keys' singulars ("councils"): names of common nouns that pass it.
        case plural
        /// The transliteration keys of a capitalised name: every hit.
        case fuzzy
    }

    /// The lexicon name starting at token `i`, if any (and the aliases it adds). The caller has
    /// checked ``startsLexiconName(at:limit:)``; the walks below find nothing where it is false.
    /// The hits of a walk are read in place from the trie (no array is retained or made) and
    /// tested again where they are used: the tests are cheap and have no side effects.
    private func matchLexicon(at i: Int, limit: Int) -> LexicalMatch? {
        // "the" is never the start of a name match on its own: aliases may include it.
        // The closures below capture these locals, not a copy of the whole finder.
        let analysis = self.analysis, tokens = self.tokens, keyIDs = self.keyIDs, index = self.index
        /// True when `hit`, found by a walk of `kind` ending before token `end`, may be the match.
        func keeps(_ hit: LexiconIndex.NameHit, _ kind: NameWalk, end: Int) -> Bool {
            switch kind {
            case .exact: Self.accepts(hit, from: i, to: end, in: analysis)
            // Only common nouns take a plural ("councils"): "Hamas" is no plural of "Hama".
            case .plural: hit.form == .name && !hit.isCapitalised && Self.accepts(hit, from: i, to: end, in: analysis)
            case .fuzzy: true
            }
        }
        /// True when some hit of the names trie's `node` passes the test of `kind`.
        func keepsAny(ofNode node: Int, _ kind: NameWalk, end: Int) -> Bool {
            index.names.values(ofNode: node).contains { keeps(index.names.value(at: $0), kind, end: end) }
        }
        var best = PhraseTrie<LexiconIndex.NameHit>.Walk(node: 0, end: i, stop: i)
        var kind = NameWalk.exact
        let exact = index.names.walk(in: tokens, ids: keyIDs, from: i, limit: limit)
        if exact.node != 0, keepsAny(ofNode: exact.node, .exact, end: exact.end) { best = exact }
        // Plural or possessive-less forms: "councils" for "council". Where every token the exact
        // walk read (up to the one it stopped at) is its own singular, the plural walk would take
        // the same path and keep none of the hits the exact one did not: it is not taken.
        if best.node == 0, (i..<min(exact.stop + 1, limit)).contains(where: { analysis.pluralID($0) != keyIDs[$0] }) {
            let plural = index.names.walk(in: tokens, from: i, limit: limit) { analysis.pluralID($0) }
            if plural.node != 0, keepsAny(ofNode: plural.node, .plural, end: plural.end) { best = plural; kind = .plural }
        }
        if tokens[i].isCapitalized {
            let fuzzy = index.fuzzyNames.walk(in: tokens, from: i, limit: limit) { fuzzyID($0) }
            if fuzzy.node != 0, fuzzy.end > best.end,
               (i..<fuzzy.end).allSatisfy({ tokens[$0].kind == .punctuation || tokens[$0].isCapitalized || analysis.isWord($0, .nameConnector) }),
               fuzzy.end - i > 1 || keys[i].count >= 6 && !analysis.isWord(i, .commonWord) {
                best = fuzzy
                kind = .fuzzy
            }
        }
        guard best.node != 0 else { return nil }
        let bestKind = kind, bestEnd = best.end
        // The hits of the best walk, by position in its trie.
        let positions = bestKind == .fuzzy ? index.fuzzyNames.values(ofNode: best.node) : index.names.values(ofNode: best.node)
        func hit(_ position: Int) -> LexiconIndex.NameHit {
            bestKind == .fuzzy ? index.fuzzyNames.value(at: position) : index.names.value(at: position)
        }
        // Entries with validity dates (a president's term) apply only to documents dated inside them.
        // Entity numbers follow id order, so sorting numbers sorts ids; the list is a handful long.
        // The numbers are gathered on the stack (a handful, at most one per hit): no array is made.
        let date = analysis.document.date
        let picked: Int32?
        // The walk's only hit, when it has one.
        var onlyHit: LexiconIndex.NameHit?
        if positions.count == 1 {
            // One hit (most names): it passes `keeps`, as the walk was taken only for a hit that
            // does (see `keepsAny`; every fuzzy hit does). No list is gathered.
            let only = hit(positions.lowerBound)
            onlyHit = only
            let number = only.entity
            // (``choose(among:at:end:)`` answers a single entity itself unless it is a province or
            // a city, which the words around may make another: only those are asked of it.)
            let category = index.entityTable[Int(number)].category
            picked = !index.isValid(number: number, on: date) ? nil
                : category != .province && category != .city ? number
                : withUnsafePointer(to: number) { choose(among: UnsafeBufferPointer(start: $0, count: 1), at: i, end: bestEnd) }
        } else {
            picked = withUnsafeTemporaryAllocation(of: Int32.self, capacity: positions.count) { buffer -> Int32? in
            var count = 0
            for position in positions {
                let hit = hit(position)
                guard keeps(hit, bestKind, end: bestEnd), !buffer[..<count].contains(hit.entity),
                      index.isValid(number: hit.entity, on: date) else { continue }
                buffer[count] = hit.entity
                count += 1
            }
            var numbers = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            if count > 1 { numbers.sort() }
            return choose(among: UnsafeBufferPointer(numbers), at: i, end: bestEnd)
            }
        }
        guard let chosen = picked else { return nil }
        // "Nora Kassab": a one-word place name right after a capitalised word the lexicon does
        // not know is a surname (Kassab), not the town (Kessab).
        if bestEnd == i + 1, i >= 1, index.entityTable[Int(chosen)].category.kind == .place, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
           keyIDs[i - 1] == Vocabulary.unknown, tokens[i - 1].end + 1 == tokens[i].start, analysis.mentionCoveringLive(i - 1) == nil {
            return nil
        }
        analysis.recordLexiconEntity(number: chosen)
        // The form of the first kept hit of the chosen entity. (An only hit is kept, see above:
        // it is not tested again.)
        var form = Mention.Form.name
        if let onlyHit {
            if onlyHit.entity == chosen, onlyHit.form == .adjective { form = .adjective }
        } else {
            for position in positions {
                let hit = hit(position)
                guard hit.entity == chosen, keeps(hit, bestKind, end: bestEnd) else { continue }
                if hit.form == .adjective { form = .adjective }
                break
            }
        }
        if form == .adjective, !adjectiveStandsForActor(at: bestEnd, limit: limit, entity: chosen) { return nil }
        analysis.addAlias(i..<bestEnd, to: chosen)
        // "President Tayyip Erdogan": the name without its titles is a surface form too.
        if index.entityTable[Int(chosen)].category == .person {
            var t = i
            while t < bestEnd - 1, analysis.isWord(t, .title) || analysis.isKey(t, .period) && t > i { t += 1 }
            if t > i, tokens[t].isCapitalized { analysis.addAlias(t..<bestEnd, to: chosen) }
        }
        return LexicalMatch(number: chosen, end: bestEnd, form: form)
    }

    /// Case rules: acronyms must be written in capitals ("US", not "us"); adjectives and names
    /// written with a capital in the lexicon must be capitalised in the text.
    private static func accepts(_ hit: LexiconIndex.NameHit, from start: Int, to end: Int, in analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.tokens
        switch hit.form {
        case .acronym:
            return (start..<end).allSatisfy { tokens[$0].kind != .word || isUpperCase(token: $0, in: analysis) }
        case .adjective:
            return tokens[start].isCapitalized
        case .name:
            // A lexicon name spelt with capitals needs a capital in the text too ("Turkey", not
            // "turkey"; "central Syria" is fine); names the lexicon also spells in lower case match as is.
            if !hit.isCapitalised { return true }
            return (start..<end).contains { tokens[$0].isCapitalized }
        }
    }

    /// True when `text` reads the same upper-cased: for ASCII, when it has no lower-case letter
    /// (no string is made).
    private static func isUpperCase(_ text: String) -> Bool {
        var ascii = true, lower = false
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x61 && b <= 0x7A { lower = true }
        }
        return ascii ? !lower : text == text.uppercased()
    }

    /// ``isUpperCase(_:)`` of token `t`'s text: for ASCII, read from the document's scalars (no
    /// string is made); for other text, of the token's string.
    private static func isUpperCase(token t: Int, in analysis: DocumentAnalysis) -> Bool {
        let token = analysis.tokens[t]
        let scalars = analysis.document.scalars
        var lower = false
        for s in token.start..<token.end {
            let value = scalars[s].value
            if value >= 0x80 { return isUpperCase(analysis.tokenText(t)) }
            if value >= 0x61 && value <= 0x7A { lower = true }
        }
        return !lower
    }

    /// An adjective stands for its actor before a hyphenated participle ("Russian-backed"), before a
    /// noun for an armed or official body ("Russian jets", "Iranian officials"), or before a title
    /// ("Russian Foreign Minister").
    private func adjectiveStandsForActor(at next: Int, limit: Int, entity: Int32) -> Bool {
        guard analysis.category(of: entity)?.kind == .actor || index.entityTable[Int(entity)].category.kind == .place else { return false }
        guard next < limit else { return false }
        if tokens[next].isMark("-") { return true }
        var j = next
        var steps = 0
        while j < limit, steps < 3 {
            let key = keys[j]
            if analysis.wordClass(j).contains(.forceNoun) || analysis.isWord(j, .title) || index.roleNouns.longestMatchEnd(in: tokens, ids: keyIDs, from: j, limit: limit) != nil { return true }
            // "its Russian backers", "their Iranian patrons".
            if analysis.nounCue(j)?.relationClass == .cooperation { return true }
            if key == "and" || key == "," { j += 1; steps += 1; continue }
            if tokens[j].kind == .word { j += 1; steps += 1; continue }
            break
        }
        return false
    }

    /// Picks one entity when a name is ambiguous (Aleppo the city or the province; Washington the
    /// government or the city) from the words around it. `ids` are the candidates' entity numbers, sorted.
    private func choose(among ids: UnsafeBufferPointer<Int32>, at start: Int, end: Int) -> Int32? {
        guard let first = ids.first else { return nil }
        let index = self.index
        // Categories are read in place: binding an entity would copy (and retain) all of it.
        func category(_ number: Int32) -> Category { index.entityTable[Int(number)].category }
        // The province context is only looked at when a candidate is a province or a city.
        if ids.contains(where: { category($0) == .province || category($0) == .city }), isProvinceContext(start: start, end: end) {
            if let province = ids.first(where: { category($0) == .province }) { return province }
            // "the provinces of Aleppo and Homs": the city's province.
            if let city = ids.first(where: { category($0) == .city }), let parent = index.entityTable[Int(city)].parent,
               let number = index.number(of: parent), index.entityTable[Int(number)].category == .province { return number }
        }
        guard ids.count > 1 else { return first }
        // One name for the same kind of place in several cities ("the Old City"): the one in the
        // city in focus, or none.
        // (Tested in place: with two candidates or more, "all places of one category" is each
        // candidate a place of the first one's category; no array or set is made.)
        let firstCategory = category(first)
        if firstCategory.kind == .place, ids.allSatisfy({ category($0) == firstCategory }) {
            guard let city = memory.lastCity else { return nil }
            return ids.first { isInside(index.entity(number: $0), city: city) }
        }
        if isPlaceContext(start: start, end: end), let place = ids.first(where: { category($0).kind == .place && category($0) != .province }) {
            return place
        }
        if let actor = ids.first(where: { category($0).kind == .actor }) { return actor }
        return ids.first(where: { category($0) != .province }) ?? first
    }

    /// "the provinces of Aleppo and Homs", "Aleppo province", "Idlib and Homs provinces": words
    /// around the name at `start..<end` that make it a province's — but not "Idlib province such
    /// as Binnish".
    private func isProvinceContext(start: Int, end: Int) -> Bool {
        (max(0, start - 3)..<start).contains { p in
            analysis.isKey(p, .province, .provinces, .governorate, .governorates)
                && (p + 1..<start).allSatisfy { analysis.isKey($0, .of, .and, .comma) || analysis.isKey($0, .the) || analysis.mentionCoveringLive($0) != nil }
        } || analysis.isKey(end, .province, .governorate, .countryside)
            // "Idlib and Homs provinces": a list of names before the plural noun.
            || analysis.isKey(end, .provinces, .governorates) && analysis.isKey(start - 1, .and)
            || analysis.isKey(end, .and) && end + 2 < tokens.count && tokens[end + 1].isCapitalized
                && ((end + 2)..<min(tokens.count, end + 5)).contains(where: { analysis.isKey($0, .provinces, .governorates) })
                && ((end + 1)..<min(tokens.count, end + 5)).prefix(while: { !analysis.isKey($0, .provinces, .governorates) }).allSatisfy { tokens[$0].isCapitalized || analysis.isKey($0, .hyphen) }
    }

    /// True when `place` lies in `city`, following the lexicon's part-of chain a few steps.
    private func isInside(_ place: Lexicon.Entity, city: String) -> Bool {
        var parent = place.parent
        var steps = 0
        while let id = parent, steps < 4 {
            if id == city { return true }
            parent = index.entity(id)?.parent
            steps += 1
        }
        return false
    }

    /// Words around a name that make it a place rather than an actor: "fled to Turkey", "in Moscow",
    /// "UK-based", "from Lebanon and Iraq", "Turkey's south-east".
    /// Honorifics that also occur inside Arabic personal names: "Mahmoud Sheikh Ali".
    static let innerHonorifics: Set<String> = ["sheikh", "haj", "hajji", "sayyed", "sayed"]

    /// Nouns of meetings, held in a place: "talks in Moscow".
    static let meetingNouns: Set<String> = ["talks", "negotiations", "meeting", "meetings", "summit", "conference"]

    /// Nouns of a place's parts or surroundings before "of": "the outskirts of Damascus".
    static let placeOfNouns: Set<String> = ["outskirts", "edge", "edges", "suburbs", "suburb", "heart", "centre", "center", "out", "streets", "skies", "gates", "road", "roads", "countryside", "environs", "vicinity"]

    private func isPlaceContext(start: Int, end: Int) -> Bool {
        if analysis.isKey(end, .hyphen) && analysis.isKey(end + 1, .based, .born) { return true }
        // A dateline: "DAMASCUS -- …", "MOSCOW (Reuters) -".
        if end < tokens.count, analysis.isKey(end, .hyphen) && analysis.isKey(end + 1, .hyphen) || analysis.isKey(end, .emDash, .enDash) || tokens[end].isMark("("),
           (start..<end).allSatisfy({ t in
               tokens[t].kind != .word || (tokens[t].start..<tokens[t].end).allSatisfy { !analysis.document.scalars[$0].properties.isLowercase }
           }) { return true }
        // "to US officials", "from Russian forces": the name qualifies an actor.
        if analysis.isWord(end, .forceNoun) { return false }
        // "In Moscow, Kremlin spokesman P", "a Turkey envoy": a name before a role is an actor.
        if analysis.isWord(end, .roleNoun) || analysis.isWord(end, .title) { return false }
        if analysis.isKey(end, .possessive), !analysis.wordClass(end + 1).isDisjoint(with: [.direction, .placeNoun]) { return true }
        // "Damascus suburbs", "central Damascus", "the capital, Damascus", "east of Damascus",
        // "the outskirts of Damascus": words of place around the name.
        if !analysis.wordClass(end).isDisjoint(with: [.placeNoun, .sectionNoun]) || analysis.isWord(start - 1, .direction) { return true }
        if analysis.isKey(start - 1, .comma), analysis.isKey(start - 2, .capital, .city) { return true }
        // "Ankara, the Turkish capital", "Astana, the capital of Kazakhstan": a capital in apposition.
        if analysis.isKey(end, .comma), analysis.isKey(end + 1, .the), analysis.isKey(end + 2, .capital) || analysis.isKey(end + 3, .capital) { return true }
        if analysis.isKey(start - 1, .of) || analysis.isKey(start - 2, .of) && analysis.isKey(start - 1, .the) {
            let noun = analysis.isKey(start - 1, .of) ? start - 2 : start - 3
            if !analysis.wordClass(noun).isDisjoint(with: [.direction, .placeNoun, .sectionNoun]) || Self.placeOfNouns.contains(keys[max(0, noun)]) { return true }
        }
        var p = start - 1
        // Skip back over a coordinated name: "from Lebanon and Iraq".
        if analysis.isKey(p, .and, .or, .comma), p - 1 >= 0, analysis.mentionCoveringLive(p - 1) != nil {
            p = (analysis.mentionCoveringLive(p - 1)?.tokens.lowerBound ?? p) - 1
        }
        if analysis.isKey(p, .the) { p -= 1 }
        // "shelled Damascus", "captured Aleppo": what is struck or taken is the place.
        if isPlaceListContext(before: start) { return true }
        // "weapons from the United States", "support from Russia": the source of help acts.
        if analysis.isKey(p, .from), p >= 1, Self.helpNouns.contains(keys[p - 1]) || analysis.nounCue(p - 1)?.relationClass == .cooperation { return false }
        // "Saudi Arabia, Qatar and Turkey, which have armed the rebels": the names of a list that
        // a relative clause makes act.
        if actsInRelativeClause(after: end) { return false }
        // "its allies in Moscow and Tehran": after an ally noun, "in" names the allies.
        // But "talks in Moscow" are held there.
        if analysis.isKey(p, .in), analysis.nounCue(p - 1)?.relationClass == .cooperation, !Self.meetingNouns.contains(analysis.key(p - 1)) { return false }
        return analysis.isWord(p, .placePreposition)
    }

    /// True when the list of names going on from `end` ends in ", which/who" and a verb of having
    /// done something ("…, which have armed and funded the rebels").
    private func actsInRelativeClause(after end: Int) -> Bool {
        var t = end
        var steps = 0
        while t < tokens.count, steps < 10, analysis.isKey(t, .comma) || analysis.isKey(t, .and) || analysis.isKey(t, .the)
                || tokens[t].kind == .word && tokens[t].isCapitalized || analysis.isKey(t, .hyphen) {
            if analysis.isKey(t, .comma), analysis.isKey(t + 1, .which) || analysis.isKey(t + 1, .who) {
                return t + 2 < tokens.count && Self.perfectAuxiliaries.contains(keys[t + 2])
            }
            t += 1
            steps += 1
        }
        return false
    }

    /// "have", "has", "had": a relative clause of what someone has done.
    static let perfectAuxiliaries: Set<String> = ["have", "has", "had"]

    /// Nouns of help that come from someone: "weapons from the United States".
    static let helpNouns: Set<String> = ["weapons", "arms", "support", "backing", "aid", "help", "funding", "funds", "money", "assistance", "pressure", "training", "ammunition", "supplies"]

    // MARK: - Facts inside a name

    /// The name of `parent` that starts at token `t` and ends at or before `limit`: the longest
    /// match of the names, shortened past the inner names of other entities ("Russian military
    /// police": "Russian military" names the forces, "Russian" the state, its parent). A name is
    /// a few tokens long: the walks are as many at most.
    private func parentName(_ parent: String, from t: Int, limit: Int) -> (end: Int, values: [LexiconIndex.NameHit])? {
        var limit = limit
        while limit > t, let inner = index.names.longestMatch(in: tokens, ids: keyIDs, from: t, limit: limit) {
            if inner.values.contains(where: { index.entityTable[Int($0.entity)].id == parent }) { return inner }
            limit = inner.end - 1
        }
        return nil
    }

    /// A name can state facts: "UN Security Council" names the UN it belongs to; "Iranian-backed
    /// militias" names who backs the militias. Adds the inner mention and the fact. `entity` is a
    /// lexicon entity and `number` its number (its fields are read in place, not copied).
    private func findInnerFacts(in entity: String, number: Int32, tokens range: Range<Int>, sentence: Int) {
        guard range.count >= 2 else { return }
        let isActor = Int(number) < index.entityTable.count && index.entityTable[Int(number)].category.kind == .actor
        let parent = isActor ? index.entityTable[Int(number)].parent : nil
        for t in range {
            // "Assad's forces", "Putin's troops": a person's forces are led by the person.
            if tokens[t].kind == .possessive, t > range.lowerBound, isActor,
               let inner = index.names.longestMatch(in: tokens, ids: keyIDs, from: range.lowerBound, limit: t), inner.end == t,
               // (A named individual: "People's Protection Units" is no person's.)
               let hit = inner.values.first(where: { index.entityTable[Int($0.entity)].category == .person && index.entityTable[Int($0.entity)].name.contains(" ") }),
               index.entityTable[Int(hit.entity)].id != entity {
                analysis.recordLexiconEntity(number: hit.entity)
                analysis.addMention(number: hit.entity, tokens: range.lowerBound..<t, form: .name)
                analysis.relations.append(FoundRelation(source: hit.entity, target: number, relation: .leaderOf, sentences: sentence...sentence, anchor: t))
                continue
            }
            // "the Britain-based Syrian Observatory": where the body is based.
            if tokens[t].isMark("-"), t > range.lowerBound, t + 1 < range.upperBound, analysis.isKey(t + 1, .based),
               let inner = index.names.longestMatch(in: tokens, ids: keyIDs, from: range.lowerBound, limit: t), inner.end == t,
               let hit = inner.values.first(where: { [.state, .country, .city].contains(index.entityTable[Int($0.entity)].category) }) {
                let found = index.entity(number: hit.entity)
                let placeNumber = found.kind == .place ? hit.entity : index.number(of: Lexicon.territoryID(of: found.id))
                if let placeNumber, case let place = index.entity(number: placeNumber), place.id != entity {
                    analysis.recordLexiconEntity(number: placeNumber)
                    analysis.addMention(number: placeNumber, tokens: range.lowerBound..<t, form: .name)
                    analysis.relations.append(FoundRelation(source: number, target: placeNumber, relation: .locatedIn, sentences: sentence...sentence, anchor: t))
                }
                continue
            }
            // "<A>-backed X", "<A>-led X" inside the name.
            if tokens[t].isMark("-"), t > range.lowerBound, t + 1 < range.upperBound,
               let relation = analysis.compoundCue(t + 1) {
                // The modifier may be several tokens: "U.S.-led".
                var first = t - 1
                var found: (end: Int, values: [LexiconIndex.NameHit])?
                for start in max(range.lowerBound, t - 4)..<t {
                    if let match = index.names.longestMatch(in: tokens, ids: keyIDs, from: start, limit: t), match.end == t { first = start; found = match; break }
                }
                if let inner = found, let hit = inner.values.first,
                   case let innerEntity = index.entity(number: hit.entity), innerEntity.id != entity {
                    analysis.recordLexiconEntity(number: hit.entity)
                    guard innerEntity.kind == .actor else { continue }
                    analysis.addMention(number: hit.entity, tokens: first..<t, form: hit.form == .adjective ? .adjective : .name)
                    analysis.relations.append(FoundRelation(source: hit.entity, target: number, relation: relation, sentences: sentence...sentence, anchor: t))
                }
                continue
            }
            // The parent body's name inside: "UN Security Council" → member of the UN.
            // The inner match may not be the whole name (its longest match is the name itself).
            guard let parent, t < range.upperBound - 1, tokens[t].isWordLike,
                  let inner = parentName(parent, from: t, limit: t == range.lowerBound ? range.upperBound - 1 : range.upperBound),
                  inner.end < range.upperBound || t > range.lowerBound,
                  // "Syrian government forces" are the government's forces, not a body inside it;
                  // a state's forces are its members ("Russian forces", "Turkish troops").
                  !(inner.end < range.upperBound && (inner.end..<range.upperBound).allSatisfy({ analysis.isWord($0, .forceNoun) })) || index.category(ofEntity: parent) == .state,
                  analysis.recordLexiconEntity(parent) else { continue }
            analysis.addMention(parent, tokens: t..<inner.end, form: .name)
            analysis.relations.append(FoundRelation(source: number, target: analysis.number(of: parent), relation: .memberOf, sentences: sentence...sentence, anchor: t))
            return
        }
    }

    /// A body found in the text whose name starts with a state or international body, by name or
    /// adjective ("Iranian Foreign Ministry", "UN Humanitarian Task Force"), or follows one with a
    /// possessive ("Iran's Foreign Ministry"), belongs to it.
    private func findOwner(of entity: String, tokens range: Range<Int>, sentence: Int) {
        // "the Free Syrian Army's Supreme Military Council": an armed group's body too.
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].kind == .possessive, let owner = analysis.mentionCoveringLive(range.lowerBound - 2),
           analysis.category(of: owner.number).isOne(of: .state, .internationalOrg, .armedGroup, .militia, .coalition), analysis.id(of: owner) != entity {
            analysis.relations.append(FoundRelation(source: analysis.number(of: entity), target: owner.number, relation: .memberOf, sentences: sentence...sentence, anchor: range.lowerBound))
            return
        }
        guard range.count >= 2, let inner = index.names.longestMatch(in: tokens, ids: keyIDs, from: range.lowerBound, limit: range.upperBound - 1),
              let hit = inner.values.first(where: { [.state, .internationalOrg].contains(index.entityTable[Int($0.entity)].category) }),
              case let owner = index.entity(number: hit.entity), owner.id != entity else { return }
        if hit.form == .acronym, !(range.lowerBound..<inner.end).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized }) { return }
        analysis.recordLexiconEntity(number: hit.entity)
        analysis.addMention(number: hit.entity, tokens: range.lowerBound..<inner.end, form: hit.form == .adjective ? .adjective : .name)
        analysis.relations.append(FoundRelation(source: analysis.number(of: entity), target: hit.entity, relation: .memberOf, sentences: sentence...sentence, anchor: range.lowerBound))
    }

    // MARK: - A state's ministry named in lower case

    /// "Russia's defence ministry", "the Turkish foreign ministry": a state, by name with a
    /// possessive or by adjective, then a ministry's field and "ministry" in lower case. The ministry
    /// is the lexicon's entity of that name ("Russian Defence Ministry") when there is one, else a
    /// body of the state found in the text. Returns the index after the ministry.
    private func matchMinistry(of state: LexicalMatch, at i: Int, limit: Int, sentence: Int) -> Int? {
        // A country without a state actor ("Syria") only through the lexicon's ministry names.
        let category = analysis.category(of: state.number)
        guard category == .state || category == .country else { return nil }
        var j = state.end
        let possessive = state.form != .adjective && j < limit && tokens[j].kind == .possessive
        if possessive { j += 1 }
        guard state.form == .adjective || possessive else { return nil }
        var field: [String] = []
        while j < limit, field.count < 2, Self.ministryFields.contains(keys[j]) { field.append(keys[j]); j += 1 }
        guard !field.isEmpty, j < limit, keys[j] == "ministry" else { return nil }
        let end = j + 1
        let owner = index.entity(number: state.number)
        let adjective = owner.adjectives.first ?? owner.name
        let name = Self.ministryName(adjective: adjective, fields: field)
        let start = i
        if let known = knownActor(named: name) {
            let entity = index.entity(number: known.entity)
            analysis.recordLexiconEntity(number: known.entity)
            analysis.addMention(number: known.entity, tokens: start..<end, form: .name)
            noteFocus(entity.id, number: known.entity)
            // "Russia's defence ministry" (the Russian military): a member of the state named.
            if entity.parent == owner.id, category == .state {
                analysis.addMention(number: state.number, tokens: i..<state.end, form: state.form)
                analysis.relations.append(FoundRelation(source: known.entity, target: state.number, relation: .memberOf, sentences: sentence...sentence, anchor: start))
            }
        } else {
            guard category == .state else { return nil }
            // The state is named too, inside the ministry's name (as in "Iranian Foreign Ministry").
            analysis.addMention(number: state.number, tokens: i..<state.end, form: state.form)
            let id = analysis.record(Slug.make(from: name), name: name, category: .government)
            analysis.addMention(id, tokens: start..<end, form: .name)
            noteFocus(id)
            analysis.relations.append(FoundRelation(source: analysis.number(of: id), target: analysis.number(of: owner.id), relation: .memberOf, sentences: sentence...sentence, anchor: start))
        }
        return end
    }

    /// "the defence ministry in Moscow", "the Foreign Ministry in Damascus": a ministry named by its
    /// field and the capital it sits in is the lexicon's ministry of that capital's state ("Russian
    /// Defence Ministry"). Only the ministry is a mention here; the capital stays a place. Returns
    /// the index after "ministry".
    private func matchMinistry(inCapitalAt i: Int, limit: Int) -> Int? {
        guard analysis.isKey(i, .the) else { return nil }
        let ministry = analysis.isKey(i + 2, .ministry) ? i + 2 : analysis.isKey(i + 3, .ministry) ? i + 3 : -1
        guard ministry > 0, ministry + 2 < limit, analysis.isKey(ministry + 1, .in),
              (i + 1..<ministry).allSatisfy({ Self.ministryFields.contains(keys[$0]) }),
              let city = index.names.longestMatch(in: tokens, ids: keyIDs, from: ministry + 2, limit: limit) else { return nil }
        // The capital's state: a state (or government) of that name, or the country the city lies in.
        var adjectives: [String] = []
        for hit in city.values {
            let entity = index.entity(number: hit.entity)
            if [.state, .government].contains(entity.category) { adjectives += entity.adjectives }
            if entity.category == .city, let parent = entity.parent, let country = index.entity(parent) { adjectives += country.adjectives }
        }
        let field = (i + 1..<ministry).map { keys[$0] }
        for adjective in adjectives {
            guard let known = knownActor(named: Self.ministryName(adjective: adjective, fields: field)) else { continue }
            analysis.recordLexiconEntity(number: known.entity)
            analysis.addMention(number: known.entity, tokens: i..<(ministry + 1), form: .name)
            noteFocus(index.entity(number: known.entity).id, number: known.entity)
            return ministry + 1
        }
        return nil
    }

    /// A ministry's name from a state's adjective and the field keys: "Russian Defence Ministry".
    private static func ministryName(adjective: String, fields: [String]) -> String {
        ([adjective] + fields.map { $0.prefix(1).uppercased() + $0.dropFirst() } + ["Ministry"]).joined(separator: " ")
    }

    /// The lexicon's actor of that name, if any.
    private func knownActor(named name: String) -> LexiconIndex.NameHit? {
        index.nameHits(of: name).first { index.entityTable[Int($0.entity)].category.kind == .actor }
    }

    /// The fields of a state's ministries, in lower case: "the Turkish defence ministry".
    static let ministryFields: Set<String> = ["defence", "defense", "foreign", "interior", "information", "health", "justice", "finance", "economy", "energy", "oil", "culture", "education", "affairs"]

    // MARK: - Armed forces named after their leader or state

    /// "Assad's troops", "the regime's army": the armed body that belongs to the mentioned leader
    /// or government. Adds the forces mention (and the leader-of / member-of fact) and returns the
    /// token after it. The forces mention stays inside the sentence `bounds` (a line break ends a
    /// sentence: "…the regime forces⏎of Assad…" names no forces of Assad).
    private func matchForces(of entity: String, mentionStart: Int, end: Int, in bounds: Range<Int>, sentence: Int) -> Int {
        let limit = bounds.upperBound
        // "the forces of President Bashar al-Assad"
        if mentionStart - 2 >= bounds.lowerBound, analysis.isKey(mentionStart - 1, .of), analysis.isWord(mentionStart - 2, .forceHead),
           let forces = armedBody(of: entity) {
            let first = mentionStart - 3 >= bounds.lowerBound && analysis.isKey(mentionStart - 3, .the) ? mentionStart - 3 : mentionStart - 2
            addForces(forces, of: entity, range: first..<end, sentence: sentence)
            return end
        }
        // "President Bashar al-Assad's government": the body the person leads.
        if end + 1 < limit, tokens[end].kind == .possessive, ["government", "regime", "administration"].contains(keys[end + 1]),
           let led = index.entity(entity)?.leads, let ledNumber = index.number(of: led),
           index.entityTable[Int(ledNumber)].category == .government || index.entityTable[Int(ledNumber)].category == .state {
            analysis.recordLexiconEntity(number: ledNumber)
            analysis.addMention(number: ledNumber, tokens: mentionStart..<(end + 2), form: .forces)
            analysis.relations.append(FoundRelation(source: analysis.number(of: entity), target: analysis.number(of: led), relation: .leaderOf, sentences: sentence...sentence, anchor: mentionStart))
            return end + 2
        }
        guard end + 1 < limit, tokens[end].kind == .possessive, analysis.isWord(end + 1, .forceNoun),
              analysis.isWord(end + 1, .forceHead),
              let forces = armedBody(of: entity) else { return end }
        addForces(forces, of: entity, range: mentionStart..<(end + 2), sentence: sentence)
        return end + 2
    }

    private func addForces(_ forces: String, of entity: String, range: Range<Int>, sentence: Int) {
        analysis.addMention(forces, tokens: range, form: .forces)
        analysis.addAlias(range, to: forces)
        if analysis.category(of: entity) == .person {
            analysis.relations.append(FoundRelation(source: analysis.number(of: entity), target: analysis.number(of: forces), relation: .leaderOf, sentences: sentence...sentence, anchor: range.lowerBound))
        } else {
            analysis.relations.append(FoundRelation(source: analysis.number(of: forces), target: analysis.number(of: entity), relation: .memberOf, sentences: sentence...sentence, anchor: range.lowerBound))
        }
    }

    private func armedBody(of entity: String) -> String? {
        // (Fields are read in place: no entity is copied.)
        guard let known = index.number(of: entity) else { return nil }
        let owner = index.entityTable[Int(known)].category == .person ? index.entityTable[Int(known)].leads : entity
        guard let owner else { return nil }
        // Only a government (or its leader) has "forces" that need no name.
        guard index.category(ofEntity: owner) == .government || index.category(ofEntity: owner) == .state else { return nil }
        guard let forces = index.armedBody(of: owner), analysis.recordLexiconEntity(forces) else { return nil }
        return forces
    }

    // MARK: - Parts of cities and countries

    /// True when a part of a city or country may be named from token `i` on: a direction word,
    /// or "the coast", after an optional "the". ``matchSection(at:limit:)`` finds nothing elsewhere.
    @inline(__always) private func startsSection(at i: Int) -> Bool {
        startsSection(at: i, isThe: analysis.isKey(i, .the), classes: analysis.wordClass(i))
    }

    /// ``startsSection(at:)`` for a caller that has read already whether token `i` is "the"
    /// (`isThe`) and its word classes (`classes`).
    @inline(__always) private func startsSection(at i: Int, isThe: Bool, classes: WordClass) -> Bool {
        isThe ? analysis.isWord(i + 1, .direction) || analysis.isKey(i + 1, .coast) : classes.contains(.direction)
    }

    /// ``DocumentAnalysis/direction(_:)`` of token `i`, read by its vocabulary id (a word of the
    /// direction class always has one; a document's own key equal to a vocabulary key names the
    /// same direction): no key is hashed.
    @inline(__always) private func direction(_ i: Int) -> String? {
        analysis.isWord(i, .direction) ? index.direction(ofWord: keyIDs[i]) : nil
    }

    /// "eastern Aleppo", "the rebel-held east", "the eastern districts of the city",
    /// "the north-west", "the eastern half of the country", "the coast".
    private func matchSection(at i: Int, limit: Int) -> Int? {
        guard startsSection(at: i) else { return nil }
        var j = i
        if analysis.isKey(j, .the) { j += 1 }
        // Compound modifiers ("rebel-held", "government-controlled") are left for the relation finder;
        // the section starts at the direction word.
        var direction = self.direction(j)
        var directionEnd = j + 1
        if direction != nil, analysis.isKey(j + 1, .hyphen), let second = self.direction(j + 2), tokens[j + 2].start == tokens[j + 1].end {
            direction = EnglishWords.directions["\(analysis.key(j))-\(analysis.key(j + 2))"] ?? second
            directionEnd = j + 3
        }
        if direction == nil, analysis.isKey(j, .coast), analysis.isKey(i, .the) {
            guard let country = memory.lastCountry else { return nil }
            return addSection(of: country, named: "coast", from: i, to: j + 1)
        }
        guard let direction, j < limit else { return nil }
        // The direction word must not be part of a name ("East Ghouta" is left to the lexicon).
        if let lexicalEnd = index.names.longestMatchEnd(in: tokens, ids: keyIDs, from: j, limit: limit), lexicalEnd > directionEnd { return nil }
        var k = directionEnd
        // "eastern Aleppo", "northern Syria"
        if k < limit, tokens[k].isCapitalized, let named = index.names.longestMatch(in: tokens, ids: keyIDs, from: k, limit: limit),
           let place = named.values.first(where: { $0.form == .name && Self.isCityOrCountry(index.entityTable[Int($0.entity)].category) })?.entity {
            // (The place is recorded and mentioned by number: no entity is copied.)
            let placeID = index.entityTable[Int(place)].id
            analysis.recordLexiconEntity(number: place)
            let end = named.end
            analysis.addMention(number: place, tokens: k..<end, form: .name)
            noteFocus(placeID, number: place)
            return addSection(of: placeID, named: direction, from: i, to: end)
        }
        // "the eastern districts (of the city | of Aleppo)", "the eastern half of the country", "the east of Aleppo"
        var sawNoun = false
        if analysis.isWord(k, .sectionNoun) { sawNoun = true; k += 1 }
        let modifiedBare = i >= 2 && analysis.isKey(i - 2, .hyphen) && analysis.compoundCue(i - 1) != nil || analysis.isKey(i, .the)
        if sawNoun || modifiedBare, analysis.isKey(k, .of) {
            var m = k + 1
            if analysis.isKey(m, .the) { m += 1 }
            if analysis.isKey(m, .city, .country) || (analysis.isKey(m, .divided) && analysis.isKey(m + 1, .city)) {
                let isCity = !analysis.isKey(m, .country)
                let end = analysis.isKey(m, .divided) ? m + 2 : m + 1
                guard let place = isCity ? city(withPart: direction) : memory.lastCountry else { return nil }
                return addSection(of: place, named: direction, from: i, to: end)
            }
            if let named = index.names.longestMatch(in: tokens, ids: keyIDs, from: m, limit: limit),
               let place = named.values.first(where: { Self.isCityOrCountry(index.entityTable[Int($0.entity)].category) })?.entity {
                let placeID = index.entityTable[Int(place)].id
                analysis.recordLexiconEntity(number: place)
                analysis.addMention(number: place, tokens: m..<named.end, form: .name)
                noteFocus(placeID, number: place)
                return addSection(of: placeID, named: direction, from: i, to: named.end)
            }
            // "the eastern district of al-Mashlab": the noun names the place after "of", no section.
            if sawNoun, m < limit, tokens[m].isCapitalized
                || analysis.isWord(m, .nameConnector) && analysis.isKey(m + 1, .hyphen) && m + 2 < limit && tokens[m + 2].isCapitalized { return nil }
        }
        // A bare direction needs "the" or a compound modifier before it ("the east", "rebel-held east"),
        // and nothing noun-like after it ("the east of" is handled above; "eastern Ghouta" is a name).
        let modified = i >= 2 && analysis.isKey(i - 2, .hyphen) && analysis.compoundCue(i - 1) != nil || analysis.isKey(i, .the)
        if !sawNoun {
            guard modified else { return nil }
            let next = k < limit ? tokens[k] : nil
            if let next, next.kind != .punctuation, !analysis.isWord(k, .preposition), !Self.bareSectionFollowers.contains(keys[k]) { return nil }
        }
        let compass = switch direction {
        case "northeast", "northwest", "southeast", "southwest", "central": true
        default: false
        }
        // "the eastern districts" are the city's; a bare "the north" is the city's only where the
        // lexicon knows that part of the city (a divided city), else the country's.
        let partOfCity = cityWithKnownPart(direction)
        let partCity = partOfCity?.city
        let knownCityPart = partOfCity?.isKnown ?? false
        // "the rebel-held south-east" of a divided city in focus is the city's too.
        let heldPart = compass && i >= 2 && analysis.isKey(i - 2, .hyphen) && analysis.compoundCue(i - 1)?.relationClass == .control
            && memory.lastCity.map { memory.dividedCities.contains($0) } == true
        let preferCity = memory.lastCity != nil && (!compass && (sawNoun || knownCityPart) || heldPart)
        guard let place = preferCity ? partCity : (countryOfFocusCity ?? memory.lastCountry ?? memory.lastCity) else { return nil }
        return addSection(of: place, named: direction, from: i, to: k)
    }

    /// Words that may follow a bare direction ("the east and", "the north for"), besides
    /// punctuation and prepositions.
    private static let bareSectionFollowers = ["and", "or", "but", "as", "while", "since", "for"]

    /// True for a city or a country: the places a direction word can name a part of.
    @inline(__always) private static func isCityOrCountry(_ category: Category) -> Bool {
        category == .city || category == .country
    }

    /// The city that "the west of the city" or "the western districts" is part of: the city in
    /// focus, unless the lexicon knows no such part of it and does know one of a city named
    /// earlier in the document (the divided city of the story, not Geneva where a diplomat spoke).
    private func city(withPart direction: String) -> String? { cityWithKnownPart(direction)?.city }

    /// ``city(withPart:)`` and whether the lexicon knows that part of it (``hasPart(_:of:parts:)``
    /// of the city, found on the way). The city in focus is tested with the part bits kept with it
    /// (``MentionMemory/lastCityParts``): no id is looked up.
    private func cityWithKnownPart(_ direction: String) -> (city: String, isKnown: Bool)? {
        guard let focus = memory.lastCity else { return nil }
        if hasPart(direction, of: focus, parts: memory.lastCityParts) { return (focus, true) }
        if let divided = memory.dividedCities.last(where: { hasPart(direction, of: $0) }) { return (divided, true) }
        return (focus, false)
    }

    /// True when the lexicon has the part `direction` of `place`: an entity "<direction>-<place>".
    /// For "east", "west", "north" and "south" the answer is a bit of
    /// ``LexiconIndex/partDirections(of:)`` (which records exactly those ids), and no id is made;
    /// `parts`, when given, is that value for `place`, known to the caller.
    private func hasPart(_ direction: String, of place: String, parts: UInt8? = nil) -> Bool {
        let bit: UInt8 = switch direction {
        case "east": 0b0001
        case "west": 0b0010
        case "north": 0b0100
        case "south": 0b1000
        default: 0
        }
        guard bit != 0 else { return index.number(of: Self.partID(direction, of: place)) != nil }
        return (parts ?? index.partDirections(of: place)) & bit != 0
    }

    /// The id of the part `direction` of `place`: `"\(direction)-\(place)"`, with the bytes
    /// copied into the new string at once (string interpolation appended three times).
    static func partID(_ direction: String, of place: String) -> String {
        let made = direction.utf8.withContiguousStorageIfAvailable { first in
            place.utf8.withContiguousStorageIfAvailable { second in
                String(unsafeUninitializedCapacity: first.count + 1 + second.count) { buffer in
                    // (The capacity is exactly the bytes written: both parts and the hyphen.)
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[..<first.count]).initialize(from: first)
                    buffer[first.count] = UInt8(ascii: "-")
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[(first.count + 1)...]).initialize(from: second)
                    return buffer.count
                }
            }
        }
        return made.flatMap { $0 } ?? "\(direction)-\(place)"
    }

    /// Notes a city mention of the document whose parts the lexicon knows ("east-aleppo"); `parts`
    /// is ``LexiconIndex/partDirections(of:)`` of `id`.
    private func noteDividedCity(_ id: String, parts: UInt8) {
        guard parts != 0, memory.dividedCities.last != id else { return }
        memory.dividedCities.removeAll { $0 == id }
        memory.dividedCities.append(id)
    }

    /// "government-held areas", "rebel-controlled districts of the city", "the regime-held
    /// neighbourhoods of Aleppo": an area named only by who holds it is the part of the city in
    /// focus (or the city named after "of") that the lexicon says that actor held on the
    /// document's date (``Lexicon/Entity/heldBy``), when exactly one part fits.
    private func matchHeldArea(at i: Int, limit: Int) -> Int? {
        guard analysis.isWord(i, .sectionNoun), i >= 3, analysis.isKey(i - 2, .hyphen),
              analysis.compoundCue(i - 1)?.relationClass == .control,
              let holder = analysis.mentionCoveringLive(i - 3), holder.tokens.upperBound == i - 2 else { return nil }
        // "the rebel-held countryside west of Aleppo": a longer name of the lexicon starting at the
        // noun is that place, not the held part of the city.
        if let namedEnd = index.names.longestMatchEnd(in: tokens, ids: keyIDs, from: i, limit: limit), namedEnd > i + 1 { return nil }
        var end = i + 1
        var city = memory.lastCity
        if analysis.isKey(end, .of) {
            var m = end + 1
            if analysis.isKey(m, .the) { m += 1 }
            if analysis.isKey(m, .city) {
                end = m + 1
            } else if let named = index.names.longestMatch(in: tokens, ids: keyIDs, from: m, limit: limit),
                      let place = named.values.first(where: { index.entityTable[Int($0.entity)].category == .city })?.entity {
                let placeID = index.entityTable[Int(place)].id
                city = placeID
                analysis.recordLexiconEntity(number: place)
                analysis.addMention(number: place, tokens: m..<named.end, form: .name)
                noteFocus(placeID, number: place)
                end = named.end
            } else if analysis.isWord(i, .placeNoun) || m < limit && tokens[m].isCapitalized {
                // "the rebel-held district of Salaheddine": one named place, not the held part of a city.
                return nil
            }
        }
        guard let city else { return nil }
        let date = analysis.document.date
        let actor = analysis.id(of: holder)
        func related(_ holderID: String) -> Bool {
            holderID == actor || index.parent(of: actor) == holderID || index.parent(of: holderID) == actor
        }
        // The parts are tested in place and only the one that fits is read: no entity is copied.
        let parts = index.heldParts(of: city)
        var fitting: Int?
        for p in parts.indices where parts[p].heldBy.map(related) == true && parts[p].isHeld(on: date) {
            guard fitting == nil else { return nil }
            fitting = p
        }
        guard let fitting, case let partID = parts[fitting].id, analysis.recordLexiconEntity(partID) else { return nil }
        analysis.addMention(partID, tokens: i..<end, form: .section)
        analysis.addAlias((i - 3)..<end, to: partID)
        return end
    }

    /// "government-held western Aleppo", "rebel-held Eastern Ghouta": a part of a city or country
    /// that the lexicon names, written after a compound saying who holds it, is also named by the
    /// whole phrase (as ``addSection(of:named:from:to:)`` does for the parts it makes). The
    /// modifier stays out of the mention: the relation finder reads it there.
    private func addHeldAlias(of number: Int32, at start: Int, end: Int) {
        guard analysis.isKey(start - 2, .hyphen), analysis.compoundCue(start - 1)?.relationClass == .control,
              tokens[start - 3].end == tokens[start - 2].start else { return }
        analysis.addAlias((start - 3)..<end, to: number)
    }

    /// The word a section's name starts with, by direction ("east" → "Eastern Aleppo").
    private static let sectionWords = ["east": "Eastern", "west": "Western", "north": "Northern", "south": "Southern", "central": "Central",
                                       "northeast": "North-east", "northwest": "North-west", "southeast": "South-east", "southwest": "South-west"]

    private func addSection(of place: String, named direction: String, from start: Int, to end: Int) -> Int {
        // (The place's record is read in place: none is copied.)
        guard let parent = analysis.recordIndex(id: place) else { return end }
        let isCity = analysis.records[parent].category != .country
        let id = Self.partID(direction, of: place)
        // (The section is recorded, mentioned and aliased by its number: its id is hashed once; its
        // name is made only when it is recorded for the first time.)
        let number: Int32
        if let recorded = analysis.recordedNumber(of: id) {
            number = recorded
        } else {
            let name: String
            let parentName = analysis.records[parent].name
            if direction == "coast" {
                name = "Coast of \(parentName)"
            } else {
                name = "\(Self.sectionWords[direction] ?? direction.capitalized) \(parentName)"
            }
            number = analysis.recordNumber(id, name: name, category: isCity ? .district : .region)
        }
        analysis.addMention(number: number, tokens: start..<end, form: .section)
        // "the enclave" refers back to the part of the city the lexicon describes so (a number
        // below the lexicon's count is a lexicon entity's).
        if Int(number) < index.entityTable.count {
            let sentence = Int(analysis.sentenceOfToken[start])
            noteDescribed(id, number: number, sentence: sentence)
        }
        // Record the phrase with its compound modifier ("rebel-held east") as a surface form too.
        if start >= 3, analysis.isKey(start - 2, .hyphen), analysis.compoundCue(start - 1) != nil {
            analysis.addAlias((start - 3)..<end, to: number)
        }
        return end
    }

    // MARK: - Names not in the lexicon

    /// A name found in the text, by its tokens: its name and id strings are made only when the scan
    /// keeps it (see ``take(_:over:at:limit:sentence:)``).
    private struct Discovery {
        /// The tokens whose text is the name (and, made into a slug, the id).
        var nameTokens: Range<Int>
        /// The id of the person named earlier in the document that a short form refers to
        /// ("Hilal"): the discovery's id, and that person's name its name.
        var knownPerson: String? = nil
        var category: Category
        var end: Int
        var form: Mention.Form
        /// False for a place known only from a list or a verb ("shelled Rajo, Bulbul"): it does not
        /// become the city in focus.
        var takesFocus = true
        /// Where the full name is written, when it is not at the mention ("Nora Kassab" earlier
        /// for "said Kassab").
        var fullNameTokens: Range<Int>? = nil
    }

    /// A capitalised name typed by its context: a title or role before it ("attorney Mehmet
    /// Daimaguler"), an apposition after it ("Ammar Sakkar, a spokesman for…"), a speech verb next
    /// to it, an organisation head noun ("Aleppo Media Center"), a place noun ("the Farafina district").
    /// True when a name may start at token `i` (a capitalised word, a number before one, or a
    /// connector and hyphen before one): ``discover(at:limit:sentence:over:)`` finds nothing elsewhere,
    /// and the scan asks it only here (inlined, so that most tokens cost no call). `classes` are
    /// the token's word classes, which the scan has read already.
    @inline(__always) private func startsName(at i: Int, limit: Int, classes: WordClass) -> Bool {
        let token = tokens[i]
        return token.kind == .word && token.isCapitalized
            || token.kind == .number && i + 1 < limit && tokens[i + 1].isCapitalized && tokens[i + 1].kind == .word
            || classes.contains(.nameConnector) && analysis.isKey(i + 1, .hyphen) && i + 2 < limit && tokens[i + 2].isCapitalized
    }

    /// `lexical` is the lexicon name matched at `i`, if any: a discovery that cannot win over it in
    /// ``take(_:over:at:limit:sentence:)`` is not looked for (nil is returned, as the scan then
    /// does the same as for a discovery that loses). A discovery ends at its name run's end or one
    /// token after it ("the X brigade", "X hospital"), and it wins only where it ends after the
    /// lexicon name, or (a person, "said Kassab") where it ends with a place's name.
    private func discover(at i: Int, limit: Int, sentence: Sentence, over lexical: LexicalMatch?) -> Discovery? {
        // Closures below capture these locals, not a copy of the whole finder.
        let tokens = self.tokens, analysis = self.analysis
        guard startsName(at: i, limit: limit, classes: analysis.wordClass(i)) else { return nil }
        // A title starts no name ("Foreign Minister X"), except in a body's name ("Foreign Ministry")
        // … or a place in a list ("shelled Rajo, Bulbul and Sheikh Hadid"). (Tested in that order,
        // each only when the ones before leave the answer open.)
        guard !analysis.isWord(i, .title) || tokens[i].kind != .word || !(i + 1 < limit && tokens[i + 1].isCapitalized)
                || i + 1 < limit && tokens[i + 1].isCapitalized && analysis.organisationHead(i + 1) != nil
                || isPlaceListContext(before: i) else { return nil }
        // A capitalised function word or sentence adverb ("The", "Later") does not start a name,
        // nor an abbreviated title ("Dr." and "Gen." before a name).
        if analysis.isWord(i, .determiner) || analysis.isWord(i, .commonWord) { return nil }
        if analysis.isWord(i, .title), analysis.isKey(i + 1, .period), tokens[i + 1].start == tokens[i].end { return nil }
        // Extend over capitalised words, connectors and joining hyphens (names are short: at most 10 tokens).
        var j = i + 1
        var lastWord = i
        let runLimit = min(limit, i + 10)
        while j < runLimit {
            // The token and the one after it in the run (if any), each read once.
            let token = tokens[j]
            let following: Token? = j + 1 < runLimit ? tokens[j + 1] : nil
            let isCapitalisedWord = token.kind == .word && token.isCapitalized
            if isCapitalisedWord && !analysis.isWord(j, .title) { lastWord = j; j += 1; continue }
            // "Mahmoud Sheikh Ali": an honorific inside an Arabic name, between two name words.
            // (The token tests come before the set's: most capitalised titles here are not
            // followed by a name word, and then no key is hashed.)
            if isCapitalisedWord, j > i, let following, following.kind == .word, following.isCapitalized, !analysis.isWord(j + 1, .title),
               Self.innerHonorifics.contains(keys[j]) { lastWord = j; j += 1; continue }
            // "Iranian Foreign Ministry": a title word inside a body's name.
            if isCapitalisedWord, let following, following.isCapitalized, analysis.organisationHead(j + 1) != nil { lastWord = j; j += 1; continue }
            if isCapitalisedWord && analysis.wordClass(j).isSuperset(of: [.title, .organisationHead]) { lastWord = j; j += 1; continue }
            if token.isMark("-"), token.start == tokens[j - 1].end, let following, following.start == token.end, following.kind == .word { j += 1; continue }
            if analysis.isWord(j, .nameConnector) && !token.isCapitalized, let next = particleEnd(from: j, limit: runLimit) { j = next; continue }
            if analysis.isWord(j, .nameInnerWord) && !analysis.isKey(j, .and), let following, following.isCapitalized, following.kind == .word {
                // "Observatory for Human Rights": only inside names that end in an organisation head or
                // already contain one.
                if (i...lastWord).contains(where: { analysis.isWord($0, .organisationHead) }) { j += 1; continue }
            }
            break
        }
        // (The run only gets shorter below: a discovery ends at most one token after it.)
        if let lexical, lastWord + 2 <= lexical.end { return nil }
        // "Russian Defence Minister": a role title that starts inside the run is no part of the name.
        // (A loop rather than a closure, which would copy the finder.)
        var titleStart = i + 1
        while titleStart <= lastWord {
            if (index.roleNouns.longestMatchEnd(in: tokens, ids: keyIDs, from: titleStart, limit: limit) ?? 0) > lastWord + 1 {
                lastWord = titleStart - 1
                break
            }
            titleStart += 1
        }
        let end = lastWord + 1
        if let lexical, end + 1 <= lexical.end { return nil }
        // The words and numbers of the name: how many, and the first (no array is made).
        var wordCount = 0, firstWord = i
        for t in i..<end where tokens[t].kind == .word || tokens[t].kind == .number {
            if wordCount == 0 { firstWord = t }
            wordCount += 1
        }
        guard wordCount > 0 else { return nil }
        let sentenceInitial = i == sentence.tokens.lowerBound || analysis.isKey(i - 1, .straightQuote, .openQuote, .apostrophe, .openSingleQuote) && i - 1 == sentence.tokens.lowerBound

        // Organisations by head noun.
        if wordCount >= 2, let category = analysis.organisationHead(lastWord),
           !((tokens[i].kind == .word || tokens[i].kind == .number) && analysis.isWord(i, .direction)) {
            return Discovery(nameTokens: i..<end, category: category, end: end, form: .discovered)
        }
        // "Marmara Centre for Middle East Studies": a head noun before "for" and a field of study.
        if wordCount >= 3, Self.fieldsOfStudy.contains(keys[lastWord]), !analysis.isWord(i, .direction),
           let head = (i..<lastWord).first(where: { analysis.isKey($0 + 1, .for) || analysis.isKey($0 + 1, .of) || analysis.key($0 + 1) == "on" }),
           let category = analysis.organisationHead(head) {
            return Discovery(nameTokens: i..<end, category: category, end: end, form: .discovered)
        }
        // "the X brigade": a lower-case armed-group head after the name.
        // Not a description before a name ("the Lebanese group Hezbollah") or a nationality alone
        // ("the Lebanese group" refers back to a group already named).
        if end < limit, analysis.isWord(end, .armedGroupHead), !tokens[end].isCapitalized,
           analysis.isKey(i - 1, .the), !(wordCount == 1 && isDemonymWord(i)),
           !(end + 1 < limit && tokens[end + 1].kind == .word && tokens[end + 1].isCapitalized) {
            return Discovery(nameTokens: i..<(end + 1), category: analysis.key(end) == "militia" ? .militia : .armedGroup, end: end + 1, form: .discovered)
        }
        // Places by place noun: "the Farafina district", "the town of Jibreen", "X, a neighborhood",
        // "the X and Y neighborhoods" — but not a demonym ("the Syrian city of", "a Kurdish area").
        let isDemonym = wordCount == 1 && isDemonymWord(i)
        // "the Khaled Ibn al-Walid square", "Omar Bin Abdulaziz hospital": a name of two words or
        // more before a lower-case facility noun names that facility, noun included (a square or
        // hospital is named after someone; the name alone is not a place). One word is left to the
        // rules below: "Atareb hospital" is a hospital in the town of Atareb.
        if wordCount >= 2, end < limit, tokens[end].kind == .word, !tokens[end].isCapitalized,
           Self.facilityNouns.contains(keys[end]) {
            return Discovery(nameTokens: i..<(end + 1), category: .site, end: end + 1, form: .discovered)
        }
        // Every discovery below ends with the run: after a lexicon name as long, only a person
        // after a place's name may win.
        if let lexical, end <= lexical.end, !(analysis.kind(of: lexical.number) == .place && lexical.form == .name) { return nil }
        if !isDemonym, end < limit, let category = analysis.placeNoun(end), !tokens[end].isCapitalized, category != .site || analysis.key(end) == "citadel" {
            if !sentenceInitial || wordCount >= 2 {
                return Discovery(nameTokens: i..<end, category: category, end: end, form: .discovered)
            }
        }
        if !isDemonym, analysis.isKey(end, .and), end + 1 < limit, tokens[end + 1].isCapitalized {
            var k = end + 1
            while k < limit, k < end + 5, tokens[k].isCapitalized || tokens[k].isMark("-") || analysis.isWord(k, .nameConnector) { k += 1 }
            if k < limit, let category = analysis.placeNoun(k), ["neighbourhoods", "neighborhoods", "districts", "areas", "towns", "villages"].contains(analysis.key(k)) {
                return Discovery(nameTokens: i..<end, category: category == .district ? .district : category, end: end, form: .discovered)
            }
        }
        if i >= 2, analysis.isKey(i - 1, .of), let category = analysis.placeNoun(i - 2), category != .site, !tokens[i - 2].isCapitalized {
            return Discovery(nameTokens: i..<end, category: category, end: end, form: .discovered)
        }
        // "the villages of Dabaa and …", "the districts of Yalda, Babila and …".
        if i >= 2, analysis.isKey(i - 1, .of), let category = Self.pluralPlaceHead(keys[i - 2]), !tokens[i - 2].isCapitalized, !isDemonym {
            return Discovery(nameTokens: i..<end, category: category, end: end, form: .discovered)
        }
        if end + 2 < limit, analysis.isKey(end, .comma), analysis.isKey(end + 1, .a, .an),
           let category = analysis.placeNoun(end + 2), category != .site {
            return Discovery(nameTokens: i..<end, category: category, end: end, form: .discovered)
        }
        // "Tajamu al-Izza, a Free Syrian Army faction", "X, an Islamist rebel group": an apposition
        // naming a kind of armed group.
        if end + 2 < limit, analysis.isKey(end, .comma), analysis.isKey(end + 1, .a, .an) {
            var k = end + 2
            while k < limit, k < end + 8, !analysis.isKey(k, .comma), !analysis.isKey(k, .period), !analysis.isWord(k, .relativePronoun) {
                if analysis.wordClass(k).contains(.humanNoun) || analysis.isWord(k, .roleNoun) { break }
                let key = keys[k]
                if analysis.isWord(k, .appositionGroupHead) || key == "group" && analysis.isWord(k - 1, .groupModifier) {
                    return Discovery(nameTokens: i..<end, category: key == "militia" ? .militia : .armedGroup, end: end, form: .discovered)
                }
                k += 1
            }
        }
        // Persons — never a body's head noun alone ("Ministry", "Council").
        guard wordCount <= 4, (i..<end).allSatisfy({ tokens[$0].kind != .number }),
              !(wordCount == 1 && analysis.organisationHead(firstWord) != nil) else { return nil }
        if let known = knownPerson(in: i..<end, wordCount: wordCount, firstWord: firstWord) {
            return Discovery(nameTokens: i..<end, knownPerson: known, category: .person, end: end, form: .anaphor)
        }
        // "fired rockets at Hermel": what weapons are fired at, named alone, is a place.
        if !sentenceInitial, !isDemonym, wordCount <= 3, i >= 3, analysis.isKey(i - 1, .at), !analysis.isKey(end, .possessive),
           !(end < limit && tokens[end].isCapitalized),
           (max(0, i - 7)..<(i - 1)).contains(where: { analysis.keyIDs[$0] >= Keyword.fired.rawValue && analysis.keyIDs[$0] <= Keyword.drops.rawValue }) {
            return Discovery(nameTokens: i..<end, category: .city, end: end, form: .discovered, takesFocus: false)
        }
        // "deployed near Nairab, while …": only places stand after "near" or "outside".
        if !sentenceInitial, !isDemonym, wordCount <= 3, analysis.isWord(i - 1, .placeBeforeName) && isPlaceOnlyPreposition(i - 1),
           !analysis.isKey(end, .possessive), !(end < limit && tokens[end].isCapitalized) {
            return Discovery(nameTokens: i..<end, category: .city, end: end, form: .discovered)
        }
        // "said Russian and American experts would meet": an adjective of nationality the lexicon
        // knows is no single-name person, whatever stands around it.
        if !(wordCount == 1 && analysis.isWord(i, .lexiconAdjective)),
           isPersonContext(start: i, end: end, limit: limit, wordCount: wordCount, sentenceInitial: sentenceInitial) {
            // "said Kassab" after "Nora Kassab measured …": a surname alone takes the full name
            // written earlier, even where nothing showed it was a person's.
            if wordCount == 1, let full = fullName(endingWith: firstWord) {
                return Discovery(nameTokens: full, category: .person, end: end, form: .discovered, fullNameTokens: full)
            }
            return Discovery(nameTokens: i..<end, category: .person, end: end, form: .discovered)
        }
        // "a news conference in Bratislava": an unknown name after a place preposition is a place.
        if !sentenceInitial, !isDemonym, wordCount <= 3, analysis.isWord(i - 1, .placeBeforeName),
           !analysis.isKey(end, .possessive), !(end < limit && tokens[end].isCapitalized),
           index.quoteVerbs.longestMatchEnd(in: tokens, ids: keyIDs, from: end, limit: limit) == nil {
            return Discovery(nameTokens: i..<end, category: .city, end: end, form: .discovered)
        }
        // "shelled Rajo, Bulbul and Sheikh Hadid", "captured Nahta": an unknown name right after a
        // verb of attack or control, or listed after a place, is a place.
        // A name followed by "in"/"at" a place is more likely someone or something there ("captured
        // James Foley in Raqqa"), unless it stands in a list of places.
        let placedAfter = analysis.isKey(end, .in) || analysis.isKey(end, .at) || analysis.isKey(end, .inside)
        if !sentenceInitial, !isDemonym, wordCount <= 3, !analysis.isKey(end, .possessive),
           !(end < limit && tokens[end].isCapitalized), isPlaceListContext(before: i),
           !placedAfter || analysis.isKey(i - 1, .comma) || analysis.isKey(i - 1, .and) {
            return Discovery(nameTokens: i..<end, category: .city, end: end, form: .discovered, takesFocus: false)
        }
        return nil
    }

    /// Nouns of buildings and streets that may be named after a person: "Omar Bin Abdulaziz hospital".
    static let facilityNouns: Set<String> = ["hospital", "school", "mosque", "church", "street", "square", "road", "camp", "stadium", "bridge", "university", "airport", "prison", "park", "roundabout", "avenue", "clinic"]

    /// Last words of a research body's name after its head noun: "Centre for Strategic Studies".
    static let fieldsOfStudy: Set<String> = ["studies", "research", "relations", "affairs", "policy", "analysis", "dialogue", "peace", "rights"]

    /// Nouns of an apposition that name a kind of armed group: "Tajamu al-Izza, a Free Syrian Army faction".
    static let appositionGroupHeads = ["faction", "brigade", "battalion", "militia"]

    /// Words before "group" in an apposition that make it an armed group: "X, an Islamist rebel group".
    static let groupModifiers = ["rebel", "armed", "jihadist", "islamist", "militant", "insurgent", "opposition"]

    /// Lower-case heads after a discovered name that make it an armed group: "the X brigade".
    static let armedGroupHeads = ["brigade", "brigades", "battalion", "front", "movement", "division", "group", "faction", "militia"]

    /// Words before an unknown name that make it a place: "a news conference in Bratislava".
    static let placeBeforeNameWords = ["in", "near", "from", "to", "outside"]

    /// Participles of speaking that open a person's apposition: "X, speaking from Gaziantep".
    static let speakingParticiples: Set<String> = ["speaking", "writing", "talking", "interviewed", "reached", "contacted"]

    /// Prepositions that only places follow: "near Nairab", "outside Nairab" (words of
    /// ``placeBeforeNameWords`` too, which the test of a token's class asks first).
    static let placeOnlyPrepositions: Set<String> = ["near", "outside"]

    /// True when token `t`'s key is one of ``placeOnlyPrepositions``: "near" by its keyword id,
    /// "outside" by comparing the (short) key, rather than hashing the key for the set.
    @inline(__always) private func isPlaceOnlyPreposition(_ t: Int) -> Bool {
        analysis.isKey(t, .near) || keys[t] == "outside"
    }

    /// True when the token before `i` is a verb of attack or control ("shelled", "captured") or
    /// a list comma or "and" after a place mention.
    private func isPlaceListContext(before i: Int) -> Bool {
        guard i >= 1 else { return false }
        if analysis.isKey(i - 1, .comma) || analysis.isKey(i - 1, .and) {
            guard i >= 2, let previous = analysis.mentionCoveringLive(i - 2), previous.tokens.upperBound == i - 1 else { return false }
            return analysis.kind(of: previous) == .place && previous.form != .adjective && previous.form != .section
        }
        guard tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
              let cue = index.activeCues.longestMatch(in: tokens, ids: keyIDs, from: i - 1, limit: i)?.values.first else { return false }
        return cue == .shells || cue == .captures || cue == .advancesInto || cue == .besieges
    }

    /// The lower-case particles of a name ("de Mistura", "al-Assad", "de la Fontaine", "van der
    /// Berg") starting at `j`: the token after them (a capitalised word or a joining hyphen), or
    /// nil when no name goes on after them. Two particles in a row only as a known pair.
    private func particleEnd(from j: Int, limit: Int) -> Int? {
        func continuesName(_ k: Int) -> Bool { k < limit && (tokens[k].isMark("-") || tokens[k].isCapitalized && tokens[k].kind == .word) }
        if continuesName(j + 1) { return j + 1 }
        if j + 2 < limit, !tokens[j + 1].isCapitalized, Self.particlePairs[keys[j]]?.contains(keys[j + 1]) == true, continuesName(j + 2) { return j + 2 }
        return nil
    }

    /// The category of the places a plural place noun names in "the villages of A and B" (areas,
    /// camps and provinces are left to the lexicon).
    private static func pluralPlaceHead(_ key: String) -> Category? {
        guard let category = EnglishWords.pluralPlaceNouns[key], [.city, .district, .neighbourhood].contains(category) else { return nil }
        return category
    }

    /// Particles that come in pairs inside names, by their first word: "de la", "van der", "bin al".
    private static let particlePairs: [String: Set<String>] = [
        "de": ["la", "le", "los", "las", "l"], "van": ["der", "den", "de"], "von": ["der", "dem", "den"],
        "bin": ["al", "el"], "ibn": ["al", "el"], "abu": ["al", "el"], "abou": ["al", "el"], "da": ["la"], "di": ["la"],
    ]

    /// "Syrian", "Kurdish", "Iraqi": adjectives of nationality, which never name a place or person.
    /// True when token `i`'s key is an adjective of the lexicon or ends like a demonym ("-ian",
    /// "-ese", …) and is longer than four characters.
    private func isDemonymWord(_ i: Int) -> Bool {
        if analysis.isWord(i, .lexiconAdjective) { return true }
        // A key that is the vocabulary's string has its shape read from the index (the same
        // bytes, tested once); the document's own keys are tested here.
        let reference = keys.references[i]
        if reference >= 0 { return index.hasDemonymShapeOfWord[Int(reference)] }
        return Self.hasDemonymShape(keys[i])
    }

    /// True when `key` is longer than four characters and ends like a demonym ("-ian", "-ese", …):
    /// the shape ``isDemonymWord(_:)`` tests, of any key.
    static func hasDemonymShape(_ key: String) -> Bool {
        // ASCII: one character per byte, so the endings compare as bytes, read in place.
        if let ascii = key.utf8.withContiguousStorageIfAvailable({ Self.asciiDemonymShape($0) }), let answer = ascii { return answer }
        return ["ian", "ese", "ish", "ean", "iti", "aqi", "udi", "ani", "ari", "eli", "ic"].contains { key.hasSuffix($0) } && key.count > 4
    }

    /// For ASCII `bytes`, whether they are longer than four characters and end like a demonym
    /// (``isDemonymEnding(_:)``); nil for other text.
    private static func asciiDemonymShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var high: UInt8 = 0
        for b in bytes { high |= b }
        guard high < 0x80 else { return nil }
        let n = bytes.count
        guard n > 4 else { return false }
        // The last three bytes, the last lowest.
        return isDemonymEnding(UInt32(bytes[n - 3]) << 16 | UInt32(bytes[n - 2]) << 8 | UInt32(bytes[n - 1]))
    }

    /// True when `last`, the last three bytes of an ASCII key packed the last lowest, are an
    /// ending of demonyms: "-ian", "-ese", "-ish", "-ean", "-iti", "-aqi", "-udi", "-ani", "-ari",
    /// "-eli" (their bytes below, in that order), or whose last two are "-ic".
    @inline(__always) private static func isDemonymEnding(_ last: UInt32) -> Bool {
        switch last {
        case 0x69616E, 0x657365, 0x697368, 0x65616E, 0x697469, 0x617169, 0x756469, 0x616E69, 0x617269, 0x656C69: true
        default: last & 0xFFFF == 0x6963
        }
    }

    /// The person named earlier in the document whose name `words` shorten: one of its later words
    /// ("Hilal" for "Alaeddine Hilal") or a run of two or more of its words ("Haj Bakri" for
    /// "Mustafa Haj Bakri", "Abu Hadi" for "Abu Hadi al-Halabi").
    private func knownPerson(in range: Range<Int>, wordCount: Int, firstWord: Int) -> String? {
        // (An empty table answers nil without hashing a key.)
        if wordCount == 1 {
            guard !memory.personsByWord.isEmpty, memory.personWordKeys.mayContain(keyFilterHash(firstWord)) else { return nil }
            return memory.personsByWord[keys[firstWord]]
        }
        guard !memory.personsByRun.isEmpty else { return nil }
        // The run's key, hashed word by word (no string is made unless it may be known).
        var hash: UInt32 = 0, isFirst = true
        for t in range where tokens[t].kind == .word || tokens[t].kind == .number {
            hash = isFirst ? keyFilterHash(t) : KeyFilter.run(hash, then: keyFilterHash(t))
            isFirst = false
        }
        guard memory.personRunKeys.mayContain(hash) else { return nil }
        let words = range.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        return memory.personsByRun[words.map { keys[$0] }.joined(separator: " ")]
    }

    /// ``KeyFilter/hash(of:continuing:)`` of token `t`'s key: read from the lexicon index for a
    /// key that is the vocabulary's string (the same bytes, hashed once), else hashed here.
    @inline(__always) private func keyFilterHash(_ t: Int) -> UInt32 {
        let reference = keys.references[t]
        return reference >= 0 ? index.keyFilterHashes[Int(reference)] : KeyFilter.hash(of: keys[t])
    }

    private func isPersonContext(start: Int, end: Int, limit: Int, wordCount: Int, sentenceInitial: Bool) -> Bool {
        // A title or role noun right before: "attorney Mehmet Daimaguler", "President X".
        if start > 0, tokens[start - 1].kind == .word, analysis.isWord(start - 1, .title) || analysis.isWord(start - 1, .roleNoun) { return true }
        // The name a described person goes by: "a resident who gave his name as Abu Omar",
        // "identified only by his first name, Rima".
        if start >= 2, analysis.isKey(start - 1, .as) || analysis.isKey(start - 1, .comma) && analysis.isKey(start - 2, .name),
           (max(0, start - 8)..<(start - 1)).contains(where: { ["identified", "gave", "giving", "named"].contains(keys[$0]) }) { return true }
        // "a man named Ahmad Saleh", "a fighter called Abu Bakr".
        if start >= 2, analysis.wordClass(start - 2).contains(.humanNoun), ["named", "called"].contains(keys[start - 1]) { return true }
        // An abbreviated title: "Dr. Hamid", "Gen. Omar Kassem".
        if start > 1, analysis.isKey(start - 1, .period), tokens[start - 1].start == tokens[start - 2].end,
           tokens[start - 2].isCapitalized, analysis.isWord(start - 2, .title) { return true }
        // A speech verb right after or right before: "X said", "said X".
        if wordCount >= 2 && index.quoteVerbs.longestMatchEnd(in: tokens, ids: keyIDs, from: end, limit: limit) != nil { return true }
        if start >= 1, index.quoteVerbs.longestMatchEnd(in: tokens, ids: keyIDs, from: start - 1, limit: start) != nil || analysis.isKey(start - 1, .said, .says, .told, .added) { return true }
        // "Nouri Mahmoud is a spokesman for the YPG", "X was the commander of".
        if wordCount >= 2, analysis.isKey(end, .is, .was) || analysis.isKey(end, .remains, .remained), end + 2 < limit,
           analysis.isKey(end + 1, .a, .an) || analysis.isKey(end + 1, .the),
           (end + 2..<min(limit, end + 5)).contains(where: { !analysis.wordClass($0).isDisjoint(with: [.humanNoun, .roleNoun]) }) { return true }
        // "… never leaves Salwa Khaddour's lap": a run of capitalised words that starts with a
        // given name of the lexicon.
        // (Not a place named after someone: "Omar Bin Abdulaziz hospital", "Khaled bin Walid street".)
        if wordCount >= 2, wordCount <= 4, analysis.isWord(start, .givenName), tokens[end - 1].isCapitalized,
           end >= limit || analysis.placeNoun(end) == nil && analysis.organisationHead(end) == nil && !Self.facilityNouns.contains(keys[end]),
           (start..<end).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || analysis.isWord($0, .nameConnector) }) { return true }
        // "Hanan Deeb, 34, left …": an age in commas after the name ("Hassan, 19, who …": a
        // single name too, when a comma closes the age).
        if wordCount >= 2 || analysis.isKey(end + 2, .comma), analysis.isKey(end, .comma), end + 2 < limit, tokens[end + 1].kind == .number,
           tokens[end + 1].end - tokens[end + 1].start <= 2, analysis.isKey(end + 2, .comma) || analysis.isKey(end + 2, .period) { return true }
        // "Yasser al-Youssef, of the Nour al-Din al-Zinki movement, said": a body after ", of".
        if wordCount >= 2, analysis.isKey(end, .comma), analysis.isKey(end + 1, .of), end + 3 < limit,
           tokens[analysis.isKey(end + 2, .the) ? end + 3 : end + 2].isCapitalized { return true }
        // "Rick Brennan, who directs…": only people take "who".
        if wordCount >= 2, analysis.isKey(end, .comma), analysis.isKey(end + 1, .who) { return true }
        // "Zakaria Malahifji, speaking by telephone from …": a speaking participle after the name.
        // (Not "a schoolteacher in al-Joura, reached by phone": a place after "in".)
        if wordCount >= 2, analysis.isKey(end, .comma), end + 1 < limit, Self.speakingParticiples.contains(keys[end + 1]),
           !(start >= 1 && (analysis.isWord(start - 1, .preposition) || analysis.isWord(start - 1, .placePreposition))) { return true }
        // "Zakaria Malahifji of the Fastaqim faction said": a member of a body, then a speech verb.
        if wordCount >= 2, analysis.isKey(end, .of) {
            var k = end + 1
            while k < limit, k <= end + 7, !analysis.isKey(k, .comma), !analysis.isKey(k, .period) {
                if index.quoteVerbs.longestMatchEnd(in: tokens, ids: keyIDs, from: k, limit: limit) != nil {
                    // One word of body must be an acronym: "Jens Laerke of OCHA said".
                    return k > end + 2 || k == end + 2 && tokens[end + 1].kind == .word && analysis.tokenText(end + 1).count >= 3 && Self.isUpperCase(analysis.tokenText(end + 1))
                }
                k += 1
            }
        }
        // An apposition: "X, a 45-year-old trader", "X, a spokesman for", "X, member of",
        // "X, the U.N. envoy" (seven words at most; a period inside the sentence ends an abbreviation).
        if end + 1 < limit, analysis.isKey(end, .comma) {
            var k = end + 1
            var steps = 0
            while k < limit, steps < 7 {
                if !analysis.wordClass(k).isDisjoint(with: [.humanNoun, .roleNoun]) { return true }
                if analysis.isKey(k, .year, .years) { return true }
                if analysis.isKey(k, .comma, .said) || analysis.isKey(k, .period) && k + 1 == limit { break }
                if tokens[k].isWordLike { steps += 1 }
                k += 1
            }
        }
        // A role apposition before: "the town's chief surgeon, Amal Haddad, said", "A local
        // teacher, Omar Farouk, who…". The name must end there (a comma, a relative pronoun, a
        // speech verb or the sentence end), so that a list ("a doctor, Aleppo residents and…") is no person.
        // A single name only between commas before "said" or "who": "One volunteer, Rana, said".
        if wordCount >= 2 || analysis.isKey(end, .comma) && (analysis.isKey(end + 1, .said, .says, .told) || analysis.isKey(end + 1, .who)), start >= 2, analysis.isKey(start - 1, .comma), tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
           !analysis.wordClass(start - 2).isDisjoint(with: [.title, .roleNoun, .humanNoun]),
           closesName(at: end, limit: limit) || analysis.isWord(end, .relativePronoun) {
            return true
        }
        // "The ICRC's head of delegation in Syria, Marianne Gasser, said": a role noun with its
        // complements before the comma (no other comma between), and the name ends there.
        if wordCount >= 2, start >= 3, analysis.isKey(start - 1, .comma),
           closesName(at: end, limit: limit),
           let role = (max(0, start - 8)..<(start - 2)).last(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && analysis.isWord($0, .roleNoun) }),
           analysis.isKey(role + 1, .of) || analysis.isKey(role + 1, .in) || analysis.isKey(role + 1, .for),
           !((role + 1)..<(start - 1)).contains(where: { tokens[$0].kind == .punctuation && !analysis.isKey($0, .period) || analysis.isWord($0, .quoteVerb) }) {
            return true
        }
        // "A spokesman for the YPG, Redur Xelil, said": a role noun and its body before the comma.
        if wordCount >= 2, start >= 4, analysis.isKey(start - 1, .comma), let body = analysis.mentionCoveringLive(start - 2),
           analysis.kind(of: body) == .actor, analysis.category(of: body) != .person,
           closesName(at: end, limit: limit) || analysis.isWord(end, .relativePronoun) {
            var p = body.tokens.lowerBound - 1
            if analysis.isKey(p, .the) { p -= 1 }
            if analysis.isKey(p, .for) || analysis.isKey(p, .of), analysis.isWord(p - 1, .roleNoun) { return true }
        }
        return false
    }

    /// The tokens of the two-word name written earlier in the document (at most 3,000 tokens
    /// back) whose last word is token `word`'s: "Nora Kassab" for "Kassab". The first word is a capitalised word
    /// that starts no sentence and is no function word, title or part of a mention.
    /// Most earlier tokens have another key id: they are stepped over in a tight loop on the ids.
    private func fullName(endingWith word: Int) -> Range<Int>? {
        let wordID = keyIDs[word], wordKey = keys[word]
        let lowest = max(1, word - 3_000)
        return keyIDs.withUnsafeBufferPointer { ids -> Range<Int>? in
            var t = word - 1
            let wanted = SIMD8<Int32>(repeating: wordID)
            while t >= lowest {
                // Eight ids at a time, `t - 7 ... t`, while all eight are at or above `lowest`:
                // skipped together when none is the word's id (most earlier tokens), else read
                // one by one below.
                if t &- 7 >= lowest, let base = ids.baseAddress,
                   !any(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: (t &- 7) &* 4, as: SIMD8<Int32>.self) .== wanted) {
                    t &-= 8
                    continue
                }
                // `t` runs from `word - 1` down to `lowest` ≥ 1, indices of `keyIDs`: the unchecked read is in bounds.
                guard ids[t] == wordID else { t -= 1; continue }
                // The token tests come before the key's (words outside the vocabulary share one id, and
                // their keys are compared as strings).
                if tokens[t - 1].isCapitalized, tokens[t - 1].kind == .word,
                   tokens[t - 1].end + 1 == tokens[t].start, keys[t] == wordKey, analysis.mentionCoveringLive(t - 1) == nil,
                   analysis.mentionCoveringLive(t).map({ analysis.kind(of: $0) == .actor && analysis.category(of: $0) == .person }) ?? true,
                   analysis.wordClass(t - 1).isDisjoint(with: [.determiner, .commonWord, .title, .roleNoun, .preposition]),
                   analysis.sentenceOfToken[t - 1] == analysis.sentenceOfToken[t],
                   analysis.sentences[Int(analysis.sentenceOfToken[t])].tokens.lowerBound != t - 1 {
                    return (t - 1)..<(t + 1)
                }
                t -= 1
            }
            return nil
        }
    }

    /// True when a name ending before token `end` ends its phrase there: at the sentence's end, a
    /// comma or period, or a speech verb ("…, Amal Haddad, said").
    private func closesName(at end: Int, limit: Int) -> Bool {
        end >= limit || analysis.isKey(end, .comma, .period) || index.quoteVerbs.longestMatchEnd(in: tokens, ids: keyIDs, from: end, limit: limit) != nil
    }

    private func rememberPerson(_ id: String, tokens range: Range<Int>) {
        // The name's words are among its tokens: a one-token name (most mentions of a known
        // person) has fewer than two, and is done without gathering them.
        guard range.count >= 2 else { return }
        // The words are gathered on the stack (a name is a few tokens): no array is made.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count) { buffer in
            var count = 0
            for t in range where tokens[t].kind == .word && tokens[t].isCapitalized && !analysis.isWord(t, .title) {
                buffer[count] = t
                count += 1
            }
            let words = UnsafeBufferPointer(rebasing: buffer[..<count])
            guard words.count >= 2 else { return }
            // Room for the few persons of a document at the first: the table is not rehashed as it
            // grows from one entry. (It is only looked up, never listed: its capacity changes nothing else.)
            if memory.personsByWord.isEmpty { memory.personsByWord.reserveCapacity(16) }
            for w in words.dropFirst() where !analysis.isWord(w, .nameConnector) {
                memory.personsByWord[keys[w]] = id
                memory.personWordKeys.insert(keyFilterHash(w))
            }
            // Runs of two or more words, shorter than the whole name ("a b", as joined by a space).
            guard words.count >= 3, words.count <= 6 else { return }
            if memory.personsByRun.isEmpty { memory.personsByRun.reserveCapacity(16) }
            for length in 2..<words.count {
                for first in 0...(words.count - length) {
                    var run = keys[words[first]], hash = keyFilterHash(words[first])
                    for w in words[(first + 1)..<(first + length)] {
                        run += " "
                        run += keys[w]
                        hash = KeyFilter.run(hash, then: keyFilterHash(w))
                    }
                    memory.personsByRun[run] = id
                    memory.personRunKeys.insert(hash)
                }
            }
        }
    }

    // MARK: - Short references

    /// "the city", "the country", "the capital" refer back to the last city or country named.
    /// True when a short reference may start at token `i` ("the", "this"): ``matchAnaphor(at:limit:)``
    /// finds nothing elsewhere, and the scan asks it only here (inlined: most tokens cost no call).
    @inline(__always) private func startsAnaphor(at i: Int) -> Bool {
        analysis.isKey(i, .the) || analysis.isKey(i, .this)
    }

    /// True when token `j`, after "the" or "this", is a word ``matchAnaphor(at:limit:)`` reads
    /// there: a noun it refers back with ("city", "town", …) or a modifier before one ("whole",
    /// "divided", …). After any other word it finds nothing; the scan asks it only here.
    @inline(__always) private func isAnaphorWord(_ j: Int) -> Bool {
        analysis.isKey(j, .city, .country, .town, .village) || analysis.isKey(j, .district, .neighbourhood, .neighborhood, .quarter)
            || isAnaphorModifier(j)
    }

    /// True when token `j` qualifies the noun of a short reference: "the whole city", "the divided city".
    @inline(__always) private func isAnaphorModifier(_ j: Int) -> Bool {
        analysis.isKey(j, .whole, .divided, .embattled, .besieged)
    }

    private func matchAnaphor(at i: Int, limit: Int) -> (entity: String, end: Int)? {
        guard startsAnaphor(at: i) else { return nil }
        var j = i + 1
        if isAnaphorModifier(j) { j += 1 }
        // Not "the town of X", "the town centre", "the district council": the noun alone.
        guard !analysis.isKey(j + 1, .of), j + 1 >= limit || !analysis.isWord(j + 1, .placeCompoundHead) else { return nil }
        if analysis.isKey(j, .city) {
            if let city = memory.lastCity { return (city, j + 1) }
        } else if analysis.isKey(j, .country) {
            if let country = memory.lastCountry { return (country, j + 1) }
        } else if analysis.isKey(j, .town, .village) {
            // "the town", "the village": the last town named (a city of the lexicon is named as such).
            if let town = memory.lastTown { return (town, j + 1) }
        } else if analysis.isKey(j, .district, .neighbourhood, .neighborhood, .quarter) {
            if let district = memory.lastDistrict { return (district, j + 1) }
        }
        return nil
    }

    /// Nouns that make "the town", "the city" a modifier: "the town centre", "the district council".
    static let placeCompoundHeads: Set<String> = ["centre", "center", "centres", "council", "councils", "hall", "square", "hospital", "mayor", "governor", "authorities", "limits", "walls", "gate", "gates", "outskirts"]

    /// The country the city in focus belongs to, following the lexicon's part-of chain.
    private var countryOfFocusCity: String? {
        var current = memory.lastCity
        var steps = 0
        // (Entities are read in place by number: none is copied.)
        while let id = current, steps < 6, let number = index.number(of: id) {
            if index.entityTable[Int(number)].category == .country {
                analysis.recordLexiconEntity(number: number)
                return id
            }
            current = index.entityTable[Int(number)].parent
            steps += 1
        }
        return nil
    }

    /// True for the categories ``noteFocus(_:number:)`` keeps in focus (it does nothing for others).
    @inline(__always) private static func isFocusCategory(_ category: Category) -> Bool {
        category.isOne(of: .city, .country) || category.isOne(of: .district, .neighbourhood, .site)
    }

    /// Keeps a city or country (or a district's city) in focus; `number` is the entity's number
    /// when known, which spares hashing `id`.
    private func noteFocus(_ id: String, number: Int32? = nil) {
        let category = if let number { analysis.category(of: number) } else { analysis.category(of: id) }
        switch category {
        case .city:
            memory.lastCity = id
            // (By number when known: a lexicon entity's is read from an array.)
            let parts = if let number, Int(number) < index.entityTable.count { index.partDirections(ofNumber: number) } else { index.partDirections(of: id) }
            memory.lastCityParts = parts
            noteDividedCity(id, parts: parts)
            // A city whose parts the lexicon knows (Aleppo) is no town.
            if parts & 0b11 == 0 { memory.lastTown = id }
        case .country: memory.lastCountry = id
        case .district, .neighbourhood, .site:
            if category != .site { memory.lastDistrict = id }
            // A district keeps its city in focus ("eastern Aleppo" … "the western districts").
            // (The part-of chain is followed by entity number: no id is hashed; -1 ends it.)
            var current: Int32 = if let number { Int(number) < index.entityTable.count ? index.parentNumber(of: number) : -1 }
                else { index.number(of: id).map { index.parentNumber(of: $0) } ?? -1 }
            var steps = 0
            while current >= 0, steps < 4 {
                if index.entityTable[Int(current)].category == .city {
                    analysis.recordLexiconEntity(number: current)
                    let parent = index.entityTable[Int(current)].id
                    memory.lastCity = parent
                    memory.lastCityParts = index.partDirections(ofNumber: current)
                    noteDividedCity(parent, parts: memory.lastCityParts)
                    return
                }
                current = index.parentNumber(of: current)
                steps += 1
            }
        default: break
        }
    }
}
