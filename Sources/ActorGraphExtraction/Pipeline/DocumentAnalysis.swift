import ActorGraph

/// Everything the extractor learns about one document; filled in by the finders in turn.
///
/// One analysis belongs to one extraction on one thread, and no finder holds an access to a
/// property across a call that touches the same property: the per-document state skips Swift's
/// dynamic exclusivity checks (`@exclusivity(unchecked)`), which cost about 7% of extraction time.
final class DocumentAnalysis {
    let document: SourceDocument
    let index: LexiconIndex
    let tokens: [Token]
    /// How many tokens there are: the bound the per-token tests check an index against (read from
    /// here rather than from one of the per-token arrays).
    let tokenCount: Int
    /// The matching key of each token (``Tokenizer/normalizedKey(_:)`` of its text).
    let keys: TokenKeys
    /// For each token, the ``Vocabulary`` id of its key (``Vocabulary/unknown`` for words the
    /// lexicon never uses): the one hash of the key that matching needs.
    let keyIDs: [Int32]
    /// For each token, the English word classes of its key (``LexiconIndex/wordClasses`` of its
    /// id, none for unknown words), looked up once: the finders test them all the time.
    let wordClasses: [WordClass]
    let sentences: [Sentence]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int32]
    /// Paragraphs to ignore: bylines and credits.
    @exclusivity(unchecked) var skippedParagraphs: Set<Int> = []

    @exclusivity(unchecked) var mentions: [Mention] = []
    /// The outermost mention starting at each token, or -1.
    @exclusivity(unchecked) var mentionStartingAt: [Int32] = []
    /// The outermost mention covering each token, or -1.
    @exclusivity(unchecked) var mentionCovering: [Int32] = []
    /// The entities recorded so far, in the order first recorded.
    @exclusivity(unchecked) private(set) var records: [EntityRecord] = []
    /// The entity number of each of ``records``, in the same order.
    @exclusivity(unchecked) private(set) var recordNumbers: [Int32] = []
    /// Surface forms of recorded entities as bounds of document text (``addAlias(_:to:)``), in
    /// the order added, each linked to the next one of the same record (-1 after its last; see
    /// ``aliasEnds``). They become names only when the graph is built, so a mention costs no
    /// string; and one list serves the whole document, rather than an array (an allocation) per
    /// record.
    @exclusivity(unchecked) private(set) var aliasSpans: [(bounds: SpanBounds, next: Int32)] = []
    /// For each of ``records``, the index in ``aliasSpans`` of its first and of its last alias
    /// (both -1 while it has none), and how many it has.
    @exclusivity(unchecked) private(set) var aliasEnds: [(first: Int32, last: Int32, count: Int32)] = []
    /// For each entity number, its index in ``records``, or -1 while it is not recorded. Numbers
    /// below the lexicon's entity count are the lexicon's (``LexiconIndex/entityTable``); entities
    /// found in the text are numbered after them, in the order met.
    @exclusivity(unchecked) private var recordOfNumber: [Int32]
    /// The numbers of the entities found in the text (ids the lexicon does not have).
    @exclusivity(unchecked) private var discoveredNumbers: [String: Int32] = [:]
    /// The ids of the entities found in the text, by number less the lexicon's entity count.
    @exclusivity(unchecked) private var discoveredIDs: [String] = []
    /// The quotations of the document, once ``StatementFinder/quoteSpans()`` has found them.
    @exclusivity(unchecked) var quoteSpans: [StatementFinder.QuoteSpan]?
    @exclusivity(unchecked) var relations: [FoundRelation] = []
    @exclusivity(unchecked) var statements: [FoundStatement] = []
    /// Mentions added inside others on one token, by entity number and token (`number << 32 | token`),
    /// so that one is added once without searching ``mentions``.
    @exclusivity(unchecked) var innerMentions: Set<Int64> = []
    /// The persons known only by a description ("a military source"), by its head noun, the
    /// latest last: "the source" refers back to them.
    @exclusivity(unchecked) var describedPersons: [String: String] = [:]
    /// The numbers of the entities read as parts of a city or country (mentions of form
    /// `.section`), once the relation finder has resolved them.
    @exclusivity(unchecked) var sectionEntities: Set<Int32> = []

    init(document: SourceDocument, index: LexiconIndex) {
        self.document = document
        self.index = index
        let tables = TokenTables(document: document, index: index)
        let tokens = tables.tokens
        (self.tokens, self.keys) = (tokens, tables.keys)
        self.tokenCount = tokens.count
        (self.keyIDs, self.pluralIDs, self.wordClasses) = (tables.keyIDs, tables.pluralIDs, tables.wordClasses)
        self.fuzzyIDsOfUnknownKeys = [Int32](repeating: Self.notComputed, count: tables.keys.unknownKeys.count)
        self.sentences = tables.sentenceMarks.withUnsafeBufferPointer { marks in
            SentenceSplitter.sentences(of: tokens, keys: tables.keys, marks: marks)
        }
        // Room for the entities a document finds beyond the lexicon's, at the first: the first
        // ``number(of:)`` of a new id then appends in place instead of copying the whole table.
        let lexiconEntityCount = index.entityTable.count
        self.recordOfNumber = [Int32](unsafeUninitializedCapacity: lexiconEntityCount + Self.discoveredCapacity) { owner, initialized in
            // (The capacity is at least `lexiconEntityCount`: every element written is inside it.)
            owner.baseAddress?.initialize(repeating: -1, count: lexiconEntityCount)
            initialized = lexiconEntityCount
        }
        self.sentenceOfToken = Self.sentenceOfEachToken(sentences, tokenCount: tokens.count)
        // Room for the mentions, records and relations of most documents, so that these lists
        // rarely grow (each growth copied every element made so far): news text has about one
        // mention in nine tokens, one record in forty and one relation in twenty.
        mentions.reserveCapacity(tokens.count / 6 + 16)
        // (Three lists that grow together, one element per record.)
        let recordCapacity = tokens.count / 24 + 16
        records.reserveCapacity(recordCapacity)
        recordNumbers.reserveCapacity(recordCapacity)
        aliasEnds.reserveCapacity(recordCapacity)
        relations.reserveCapacity(tokens.count / 12 + 16)
    }

    /// For each of `tokenCount` tokens, the index of its sentence in `sentences`, which cover the
    /// tokens one after another (as ``SentenceSplitter/sentences(of:keys:)`` makes them).
    private static func sentenceOfEachToken(_ sentences: [Sentence], tokenCount: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: tokenCount) { owner, initialized in
            var t = 0
            for (s, sentence) in sentences.enumerated() {
                // Each sentence starts where the last ended, inside the tokens: every element is
                // written once, in order.
                precondition(sentence.tokens.lowerBound == t && sentence.tokens.upperBound <= tokenCount)
                while t < sentence.tokens.upperBound {
                    owner.initializeElement(at: t, to: Int32(s))
                    t += 1
                }
            }
            precondition(t == tokenCount)
            initialized = t
        }
    }

    func text(_ tokens: Range<Int>) -> String {
        guard !tokens.isEmpty else { return "" }
        return document.text(from: self.tokens[tokens.lowerBound].start, to: self.tokens[tokens.upperBound - 1].end)
    }

    /// Marks an id of ``fuzzyIDsOfUnknownKeys`` not looked up yet.
    private static let notComputed = Int32.min
    /// How many entities found in the text a document numbers without growing its tables (most
    /// find a few dozen).
    private static let discoveredCapacity = 32
    /// For each token, the ``Vocabulary`` id of its singular (see ``pluralID(_:)``).
    private let pluralIDs: [Int32]
    /// The transliteration-key id of each of the document's own keys (``TokenKeys/unknownKeys``),
    /// or ``notComputed`` until it is looked up.
    @exclusivity(unchecked) private var fuzzyIDsOfUnknownKeys: [Int32]
    /// The transliteration-key ids of keys not all ASCII, by key: each is computed once per distinct key.
    @exclusivity(unchecked) private var fuzzyIDsOfKeyStrings: [String: Int32] = [:]

    /// The vocabulary id of token `i`'s key without a plural "s" ("councils" → "council"), for keys
    /// longer than four characters; otherwise the key's own id (see ``Vocabulary/singular(of:)``).
    @inline(__always) func pluralID(_ i: Int) -> Int32 { pluralIDs[i] }

    /// The vocabulary id of token `i`'s transliteration key (precomputed for words of the
    /// vocabulary, computed once per token for the others).
    func fuzzyID(_ i: Int) -> Int32 {
        let word = keyIDs[i]
        if word >= 0 { return index.fuzzyIDs[Int(word)] }
        // A key outside the vocabulary is always one of the document's own.
        guard let unknown = keys.unknownIndex(of: i) else { return fuzzyIDOfUnknownWord(keys[i]) }
        let known = fuzzyIDsOfUnknownKeys[unknown]
        if known != Self.notComputed { return known }
        let id = fuzzyIDOfUnknownWord(keys[i])
        fuzzyIDsOfUnknownKeys[unknown] = id
        return id
    }

    /// The vocabulary id of the transliteration key of `key` (a key outside the vocabulary). A
    /// short key of lower-case ASCII is rewritten in a stack buffer and looked up by its bytes
    /// (no string is made or hashed); any other is computed once per distinct word.
    private func fuzzyIDOfUnknownWord(_ key: String) -> Int32 {
        if let found = key.utf8.withContiguousStorageIfAvailable({ fuzzyID(ofLowercaseASCII: $0) }), let id = found { return id }
        if let known = fuzzyIDsOfKeyStrings[key] { return known }
        let id = index.vocabulary.id(of: Transliteration.key(key))
        fuzzyIDsOfKeyStrings[key] = id
        return id
    }

    /// ``fuzzyIDOfUnknownWord(_:)`` of a key's bytes, when they are at most 64 bytes of ASCII
    /// without capitals (so the vocabulary's lower-casing look-up finds exactly the key) and the
    /// vocabulary can look ASCII keys up by bytes; nil otherwise.
    private func fuzzyID(ofLowercaseASCII key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard key.count <= 64 else { return nil }
        for b in key where b >= 0x80 || b >= 0x41 && b <= 0x5A { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count) { buffer -> Int32? in
            // (`buffer` has exactly `key.count` bytes: every index below is inside both.)
            for i in 0..<key.count { buffer[i] = key[i] }
            let count = Transliteration.rewrite(buffer)
            return index.vocabulary.entry(ofLowercasedASCII: UnsafeBufferPointer(rebasing: buffer[..<count]))?.id
        }
    }

    /// True when a mention is written with a capital: a name ("Islamic State"), not a description
    /// ("the jihadists", "people").
    func isNamed(_ m: Mention) -> Bool {
        // An ASCII scalar is upper-case exactly when it is A-Z: no Unicode property lookup.
        document.scalars[m.start..<m.end].contains { scalar in
            scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
        }
    }

    func key(_ i: Int) -> String { i >= 0 && i < keys.count ? keys[i] : "" }

    /// Token `i` as written.
    func tokenText(_ i: Int) -> String { document.text(from: tokens[i].start, to: tokens[i].end) }

    /// True when token `i`'s key is `keyword` (false outside the document): `key(i) == "by"`
    /// without comparing strings.
    @inline(__always) func isKey(_ i: Int, _ keyword: Keyword) -> Bool {
        i >= 0 && i < tokenCount && keyIDs[i] == keyword.rawValue
    }

    /// True when token `i`'s key is one of the keywords given (false outside the document).
    @inline(__always) func isKey(_ i: Int, _ a: Keyword, _ b: Keyword) -> Bool {
        guard i >= 0 && i < tokenCount else { return false }
        let id = keyIDs[i]
        return id == a.rawValue || id == b.rawValue
    }

    /// True when token `i`'s key is one of the keywords given (false outside the document).
    @inline(__always) func isKey(_ i: Int, _ a: Keyword, _ b: Keyword, _ c: Keyword) -> Bool {
        guard i >= 0 && i < tokenCount else { return false }
        let id = keyIDs[i]
        return id == a.rawValue || id == b.rawValue || id == c.rawValue
    }

    /// True when token `i`'s key is one of the keywords given (false outside the document).
    @inline(__always) func isKey(_ i: Int, _ a: Keyword, _ b: Keyword, _ c: Keyword, _ d: Keyword) -> Bool {
        guard i >= 0 && i < tokenCount else { return false }
        let id = keyIDs[i]
        return id == a.rawValue || id == b.rawValue || id == c.rawValue || id == d.rawValue
    }

    /// True when token `i` is a form of "be" that can open a passive: is, are, was, were, be,
    /// been, being (false outside the document).
    @inline(__always) func isFormOfBe(_ i: Int) -> Bool {
        isKey(i, .was, .were) || isKey(i, .been, .being) || isKey(i, .is, .are, .be)
    }

    /// The English word classes of token `i`'s key (none outside the document).
    @inline(__always) func wordClass(_ i: Int) -> WordClass {
        i >= 0 && i < tokenCount ? wordClasses[i] : []
    }

    /// True when token `i`'s key has one of the spelling ``WordFlags`` of `flags` (false outside
    /// the document): the vocabulary's bits for a key that is the vocabulary's own string, else
    /// those of `flags` tested on the document's string. (For ``WordFlags/namesActor``, ask
    /// ``namesActor(_:)``.)
    @inline(__always) func isWord(_ i: Int, _ flags: WordFlags) -> Bool {
        guard i >= 0 && i < tokenCount else { return false }
        let reference = keys.references[i]
        let table = index.wordFlags
        if reference >= 0 && Int(reference) < table.count { return !table[Int(reference)].isDisjoint(with: flags) }
        return unknownWord(i, flags)
    }

    /// ``isWord(_:_:)-(_,WordFlags)`` of a token whose key is the document's own string: the bits
    /// of `flags` tested on the string.
    @inline(never) private func unknownWord(_ i: Int, _ flags: WordFlags) -> Bool { !WordFlags(key: keys[i], among: flags).isEmpty }

    /// True when token `i`'s key alone is a lexicon name of an actor (``WordFlags/namesActor``);
    /// false outside the document.
    func namesActor(_ i: Int) -> Bool {
        guard i >= 0 && i < tokenCount else { return false }
        let reference = keys.references[i]
        let table = index.wordFlags
        if reference >= 0 && Int(reference) < table.count { return table[Int(reference)].contains(.namesActor) }
        return index.namesActor(key: keys[i])
    }

    /// The relation token `i` states as a passive participle ("backed" in "backed by"), if any.
    func passiveCue(_ i: Int) -> Relation? { cue(i, in: index.passiveCueOfWord) }

    /// The relation token `i` states after a hyphen ("backed" in "Russian-backed"), if any.
    func compoundCue(_ i: Int) -> Relation? { cue(i, in: index.compoundCueOfWord) }

    /// The relation token `i` states as a noun ("attack"), if any.
    func nounCue(_ i: Int) -> Relation? { cue(i, in: index.nounCueOfWord) }

    @inline(__always) private func cue(_ i: Int, in table: [Relation?]) -> Relation? {
        guard i >= 0 && i < tokenCount else { return nil }
        let id = keyIDs[i]
        return id >= 0 ? table[Int(id)] : nil
    }

    /// True when token `i`'s key belongs to `wordClass`.
    @inline(__always) func isWord(_ i: Int, _ wordClass: WordClass) -> Bool { self.wordClass(i).contains(wordClass) }

    /// The category of token `i` as a place noun ("district"), if it is one. (The word-class test
    /// is made in line: the finders ask it of most tokens they pass, which are no noun of place and
    /// are told apart by one load, without a call.)
    @inline(__always) func placeNoun(_ i: Int) -> Category? { isWord(i, .placeNoun) ? placeNounCategory(ofKeyAt: i) : nil }

    /// The category that ``EnglishWords/placeNouns`` gives token `i`'s key (out of line: a hashed look-up).
    private func placeNounCategory(ofKeyAt i: Int) -> Category? { EnglishWords.placeNouns[keys[i]] }

    /// The category of token `i` as an organisation head noun ("council"), if it is one.
    func organisationHead(_ i: Int) -> Category? { isWord(i, .organisationHead) ? EnglishWords.organisationHeads[keys[i]] : nil }

    /// The compass direction token `i` names ("eastern" → "east"), if any.
    func direction(_ i: Int) -> String? { isWord(i, .direction) ? EnglishWords.directions[keys[i]] : nil }

    /// The number of entity `id` (numbering it if it is neither in the lexicon nor met before).
    func number(of id: String) -> Int32 {
        if let n = index.number(of: id) { return n }
        if let n = discoveredNumbers[id] { return n }
        let n = Int32(recordOfNumber.count)
        // Room for the few dozen names a document usually adds, at the first: the table is not
        // rehashed (nor the list copied) again and again as it grows.
        if discoveredIDs.isEmpty {
            discoveredNumbers.reserveCapacity(Self.discoveredCapacity)
            discoveredIDs.reserveCapacity(Self.discoveredCapacity)
        }
        recordOfNumber.append(-1)
        discoveredNumbers[id] = n
        discoveredIDs.append(id)
        return n
    }

    /// The lexicon parent of the entity numbered `number` (nil for an entity found in the text):
    /// `index.entity(id(of: number))?.parent` without making or hashing the id, or copying the entity.
    func lexiconParent(of number: Int32) -> String? {
        Int(number) < index.entityTable.count ? index.entityTable[Int(number)].parent : nil
    }

    /// How many entities are numbered so far (lexicon and discovered): one past the highest number.
    var entityCount: Int { recordOfNumber.count }

    /// The id of the entity numbered `number` (a number given by ``number(of:)``).
    func id(of number: Int32) -> String {
        let lexiconCount = index.entityTable.count
        let n = Int(number)
        return n < lexiconCount ? index.entityTable[n].id : discoveredIDs[n - lexiconCount]
    }

    /// The id of the entity `mention` refers to.
    @inline(__always) func id(of mention: Mention) -> String { id(of: mention.number) }

    /// The record of the entity numbered `number`, if it was recorded.
    func record(number: Int32) -> EntityRecord? {
        let r = recordOfNumber[Int(number)]
        return r >= 0 ? records[Int(r)] : nil
    }

    /// The index in ``records`` of the entity numbered `number`, or nil while it is not recorded.
    @inline(__always) func recordIndex(number: Int32) -> Int? {
        let r = recordOfNumber[Int(number)]
        return r >= 0 ? Int(r) : nil
    }

    /// The record of entity `id`, if it was recorded.
    func record(id: String) -> EntityRecord? {
        recordIndex(id: id).map { records[$0] }
    }

    /// The index in ``records`` of entity `id`, or nil while it is not recorded: what callers
    /// that read one field use, rather than copying (and retaining) the whole record.
    func recordIndex(id: String) -> Int? {
        guard let n = index.number(of: id) ?? discoveredNumbers[id] else { return nil }
        return recordIndex(number: n)
    }

    /// True when entity `id` was recorded.
    func isRecorded(_ id: String) -> Bool { recordIndex(id: id) != nil }

    /// The number of entity `id` when it was recorded, else nil: `isRecorded(id) ? number(of: id) : nil`
    /// with one look-up of the id.
    func recordedNumber(of id: String) -> Int32? {
        guard let n = index.number(of: id) ?? discoveredNumbers[id], recordOfNumber[Int(n)] >= 0 else { return nil }
        return n
    }

    /// Registers an entity from the lexicon or discovered in the text.
    @discardableResult
    func record(_ id: String, name: String, category: Category) -> String {
        recordNumber(id, name: name, category: category)
        return id
    }

    /// ``record(_:name:category:)`` returning the entity's number rather than its id.
    @discardableResult
    func recordNumber(_ id: String, name: String, category: Category) -> Int32 {
        let n = number(of: id)
        if recordOfNumber[Int(n)] < 0 {
            recordOfNumber[Int(n)] = Int32(records.count)
            records.append(EntityRecord(id: id, name: name, category: category))
            recordNumbers.append(n)
            aliasEnds.append((-1, -1, 0))
        }
        return n
    }

    func recordLexiconEntity(_ id: String) -> Bool {
        guard let n = index.number(of: id) else { return false }
        recordLexiconEntity(number: n)
        return true
    }

    /// Registers the lexicon entity numbered `number`.
    func recordLexiconEntity(number: Int32) {
        guard recordOfNumber[Int(number)] < 0 else { return }
        // Fields read in place: binding the entity would copy (and retain) all of it.
        let n = Int(number)
        recordOfNumber[n] = Int32(records.count)
        records.append(EntityRecord(id: index.entityTable[n].id, name: index.entityTable[n].name, category: index.entityTable[n].category))
        recordNumbers.append(number)
        aliasEnds.append((-1, -1, 0))
    }

    /// Records the document text of `tokens` as a surface form of the (recorded) entity `number`.
    func addAlias(_ tokens: Range<Int>, to number: Int32) {
        let r = recordOfNumber[Int(number)]
        guard r >= 0, !tokens.isEmpty else { return }
        // Room for 64 at the first: a news article records a few hundred.
        if aliasSpans.isEmpty { aliasSpans.reserveCapacity(64) }
        let added = Int32(truncatingIfNeeded: aliasSpans.count)
        aliasSpans.append((SpanBounds(start: self.tokens[tokens.lowerBound].start, end: self.tokens[tokens.upperBound - 1].end), -1))
        // (The record's ends are read and written back once: each write through the property
        // checks that the list is not shared.)
        var ends = aliasEnds[Int(r)]
        if ends.last >= 0 { aliasSpans[Int(ends.last)].next = added } else { ends.first = added }
        ends.last = added
        ends.count += 1
        aliasEnds[Int(r)] = ends
    }

    /// Records the document text of `tokens` as a surface form of the (recorded) entity `id`.
    func addAlias(_ tokens: Range<Int>, to id: String) {
        guard let n = index.number(of: id) ?? discoveredNumbers[id] else { return }
        addAlias(tokens, to: n)
    }

    func addMention(_ entity: String, tokens range: Range<Int>, form: Mention.Form) {
        addMention(number: number(of: entity), tokens: range, form: form)
    }

    /// Adds a mention of the entity numbered `number`.
    func addMention(number: Int32, tokens range: Range<Int>, form: Mention.Form) {
        mentions.append(Mention(number: number, tokens: range, start: tokens[range.lowerBound].start,
                                end: tokens[range.upperBound - 1].end, form: form))
    }

    /// A mention of `entity` covering `range`, not added yet.
    func mention(of entity: String, tokens range: Range<Int>, form: Mention.Form) -> Mention {
        Mention(number: number(of: entity), tokens: range, start: tokens[range.lowerBound].start,
                end: tokens[range.upperBound - 1].end, form: form)
    }

    /// Makes mention `m` refer to entity `id`.
    func reassignMention(_ m: Int, to id: String) {
        mentions[m].number = number(of: id)
    }

    /// Adds a mention after ``indexMentions()`` ran, claiming the tokens it covers that no other
    /// mention covers.
    func addLateMention(_ mention: Mention) {
        mentions.append(mention)
        let m = Int32(mentions.count - 1)
        for t in mention.tokens where t < mentionCovering.count && mentionCovering[t] < 0 {
            mentionCovering[t] = m
            if t == mention.tokens.lowerBound { mentionStartingAt[t] = m }
        }
    }

    /// Sorts mentions and builds the token → mention tables (outermost mention wins).
    func indexMentions() {
        // By start, longest first, then by entity id (compared only between mentions of the same bounds).
        mentions.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.number != b.number && id(of: a.number) < id(of: b.number)
        }
        // The tables are filled as local arrays and stored once: written through the properties,
        // each write checked that the table was not shared.
        var startingAt = [Int32](repeating: -1, count: tokens.count)
        var covering = [Int32](repeating: -1, count: tokens.count)
        let mentions = self.mentions
        for (m, mention) in mentions.enumerated() {
            if startingAt[mention.tokens.lowerBound] < 0 { startingAt[mention.tokens.lowerBound] = Int32(m) }
            for t in mention.tokens {
                let current = covering[t]
                if current < 0 || mentions[Int(current)].tokens.count < mention.tokens.count { covering[t] = Int32(m) }
            }
        }
        mentionStartingAt = startingAt
        mentionCovering = covering
    }

    /// The last mention added that covers token `t`, while mentions are still being found.
    func mentionCoveringLive(_ t: Int) -> Mention? {
        // Among the last four, newest first; only the one returned is copied.
        var m = mentions.count - 1
        while m >= 0 && m >= mentions.count - 4 {
            if mentions[m].tokens.contains(t) { return mentions[m] }
            m -= 1
        }
        return nil
    }

    func category(of entity: String) -> Category? { recordIndex(id: entity).map { records[$0].category } }

    func kind(of entity: String) -> NodeKind? { category(of: entity)?.kind }

    /// The category of the (recorded) entity numbered `number`. (Inlined: the finders ask it of
    /// nearly every mention they look at, and the call cost more than the two reads.)
    @inline(__always) func category(of number: Int32) -> Category? {
        let r = recordOfNumber[Int(number)]
        return r >= 0 ? records[Int(r)].category : nil
    }

    /// Actor or place: the kind of the (recorded) entity numbered `number`.
    @inline(__always) func kind(of number: Int32) -> NodeKind? { category(of: number)?.kind }

    /// The category of the entity a mention refers to.
    @inline(__always) func category(of mention: Mention) -> Category? { category(of: mention.number) }

    /// Actor or place: the kind of the entity a mention refers to.
    @inline(__always) func kind(of mention: Mention) -> NodeKind? { category(of: mention.number)?.kind }

    /// Evidence longer than this many characters is cut to a window around the statement.
    static let maximumEvidenceLength = 600

    /// The evidence span of a relation: its sentence (or sentences), or, for an overlong sentence
    /// (a file without punctuation), a window of whole tokens around `anchor`.
    func evidence(sentences range: ClosedRange<Int>, anchor: Int) -> TextSpan {
        let bounds = evidenceBounds(sentences: range, anchor: anchor)
        return document.span(from: bounds.start, to: bounds.end)
    }

    /// The bounds of ``evidence(sentences:anchor:)``, without making its text.
    func evidenceBounds(sentences range: ClosedRange<Int>, anchor: Int) -> SpanBounds {
        let start = sentences[range.lowerBound].start, end = sentences[range.upperBound].end
        guard end - start > Self.maximumEvidenceLength, anchor >= 0, anchor < tokens.count else {
            return SpanBounds(start: start, end: end)
        }
        let half = Self.maximumEvidenceLength / 2
        var first = anchor, last = anchor
        let firstToken = sentences[range.lowerBound].tokens.lowerBound, lastToken = sentences[range.upperBound].tokens.upperBound - 1
        while first > firstToken, tokens[anchor].start - tokens[first - 1].start <= half { first -= 1 }
        while last < lastToken, tokens[last + 1].end - tokens[anchor].end <= half { last += 1 }
        return SpanBounds(start: tokens[first].start, end: tokens[last].end)
    }
}

/// A relation found in one document, with the sentences that state it.
struct FoundRelation: Hashable {
    /// The number of the source entity (see ``DocumentAnalysis/number(of:)``).
    var source: Int32
    /// The number of the target entity.
    var target: Int32
    var relation: Relation
    var sentences: ClosedRange<Int>
    /// A token of the statement, used to cut a window out of an overlong sentence.
    var anchor: Int
}

extension DocumentAnalysis {
    /// States each symmetric fact of the document one way: "A and B spoke by telephone" and a later
    /// "B met A" become two statements of A negotiates-with B (the way first found), one edge of
    /// weight 2 instead of two edges that say the same.
    func orientSymmetricRelations() {
        var firstWay: [SymmetricPair: (source: Int32, target: Int32)] = [:]
        for i in relations.indices where relations[i].relation.isSymmetric {
            let r = relations[i]
            let pair = SymmetricPair(relation: r.relation, low: min(r.source, r.target), high: max(r.source, r.target))
            if let way = firstWay[pair] {
                (relations[i].source, relations[i].target) = way
            } else {
                firstWay[pair] = (r.source, r.target)
            }
        }
    }
}

/// Two entities and a symmetric relation between them, in either order.
private struct SymmetricPair: Hashable {
    var relation: Relation
    var low: Int32
    var high: Int32
}

/// A direct quotation with its speaker.
struct FoundStatement: Hashable {
    var speaker: String
    var quote: String
    var quoteStart: Int
    var quoteEnd: Int
    var evidenceStart: Int
    var evidenceEnd: Int
    var about: [String]
}
