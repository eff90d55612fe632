import ActorGraph

/// A ``Lexicon`` compiled for fast matching: tries over names and relation cues, keyed by the ids
/// of a ``Vocabulary``.
///
/// A final class with constant properties: it is built once, never changes, and is shared by every
/// finder of every document without copying (or retaining) its many tables.
final class LexiconIndex: Sendable {
    /// How a phrase refers to an entity.
    enum NameForm: Sendable, Hashable {
        case name
        /// An all-capital acronym: matched only when written in capitals ("US", not "us").
        case acronym
        /// A capitalised adjective ("Russian").
        case adjective
    }

    struct NameHit: Sendable, Hashable {
        /// The entity's number (see ``entityTable``).
        var entity: Int32
        var form: NameForm
        /// The lexicon spells this name with a capital letter somewhere ("Turkey", "central Syria").
        var isCapitalised = false
    }

    let lexicon: Lexicon
    /// Every entity of the lexicon, sorted by id: an entity's position is its number, which
    /// mentions carry instead of the id string. Numbering in id order keeps number order and id
    /// order the same.
    let entityTable: [Lexicon.Entity]
    /// Places with a ``Lexicon/Entity/heldBy``, by the id of the place they are part of.
    let heldPartsByParent: [String: [Lexicon.Entity]]
    /// The number of each entity id.
    let entityNumbers: [String: Int32]
    /// ``entityNumbers`` in a table hashed without `Hasher` (see ``ASCIIKeyTable``), when every id
    /// is ASCII (so an ASCII id is found exactly as the dictionary would find it); nil otherwise.
    private let asciiEntityNumbers: ASCIIKeyTable<Int32>?
    /// Every token key the tries below are spelt with (exact and transliteration keys).
    let vocabulary: Vocabulary
    let names: PhraseTrie<NameHit>
    let fuzzyNames: PhraseTrie<NameHit>
    let activeCues: PhraseTrie<Relation>
    let passiveCues: [String: Relation]
    let compoundCues: [String: Relation]
    let nounCues: [String: Relation]
    /// ``passiveCues``, ``compoundCues`` and ``nounCues`` by vocabulary id (their words are all in
    /// the vocabulary), so the finders test a token with a load instead of hashing its key.
    let passiveCueOfWord: [Relation?]
    let compoundCueOfWord: [Relation?]
    let nounCueOfWord: [Relation?]
    let quoteVerbs: PhraseTrie<Bool>
    let roleNouns: PhraseTrie<Relation>
    /// Last words of multi-word person names → the person ids, for "Lavrov" after "Sergey Lavrov".
    let surnames: [String: [String]]

    /// For each body that armed groups or militias belong to, its armed body: of those groups (in
    /// id order), the first whose name says forces, army or military, else the first.
    private let armedBodyByOwner: [String: String]
    /// Every adjective of the lexicon ("russian", "syrian"), lower-cased.
    let adjectiveKeys: Set<String>
    /// The English word classes of each vocabulary id.
    let wordClasses: [WordClass]
    /// The ``WordFlags`` of each vocabulary id's key.
    let wordFlags: [WordFlags]
    /// The id of the transliteration key of each vocabulary id's key (see ``Transliteration``).
    let fuzzyIDs: [Int32]
    /// ``KeyFilter/hash(of:continuing:)`` of each vocabulary id's key, hashed once here rather
    /// than for each token of each document.
    let keyFilterHashes: [UInt32]
    /// ``MentionFinder/hasDemonymShape(_:)`` of each vocabulary id's key ("syrian", "kurdish"),
    /// tested once here rather than for each token of each document.
    let hasDemonymShapeOfWord: [Bool]
    /// For each vocabulary id, whether a lower-case word of that key may start something the
    /// mention finder matches: a lexicon name (or its singular does: "councils"), a direction or
    /// section noun, a name connector ("al-"), "the" or "this" (see
    /// ``mayStartMention(_:singular:)``).
    private let startsMentionOfWord: [Bool]
    /// For each vocabulary id, its slot among the description words of the lexicon (see
    /// ``descriptionSlot(ofWord:)``), or -1.
    private let descriptionSlotOfWord: [Int32]
    /// For each entity number, the slots of its ``Lexicon/Entity/descriptions``, in their order.
    private let descriptionSlotsOfEntity: [[Int32]]
    /// How many distinct description words the lexicon has: slots run from 0 to this less one.
    let descriptionWordCount: Int
    /// For ``partDirections(of:)``: the bits of each id that has any.
    private let partDirectionsByID: [String: UInt8]
    /// For each entity number, the number of its parent, or -1 when it has none in the lexicon.
    private let parentNumbers: [Int32]
    /// ``partDirectionsByID`` of each lexicon entity, by number.
    private let partDirectionsOfNumber: [UInt8]
    /// For each entity number, whether the entity has a validity date (see ``isValid(number:on:)``).
    private let hasValidityDates: [Bool]
    /// The vocabulary ids of the keys of ``EnglishWords/directions`` (a score of words), and at the
    /// same place in ``directionsOfWords`` the direction each names: see ``direction(ofWord:)``.
    private let directionWordIDs: [Int32]
    private let directionsOfWords: [String]

    init(_ lexicon: Lexicon) {
        let lexicon = lexicon.withTerritories()
        self.lexicon = lexicon
        var vocabulary = Vocabulary()
        // Keywords come first, so each one's id is its raw value.
        for keyword in Keyword.allCases {
            let id = vocabulary.add(keyword.key)
            assert(id == keyword.rawValue, "keyword \(keyword) numbered \(id)")
        }
        func ids(_ keys: [String]) -> [Int32] { keys.map { vocabulary.add($0) } }
        var names = PhraseTrie<NameHit>()
        var fuzzyNames = PhraseTrie<NameHit>()
        var activeCues = PhraseTrie<Relation>()
        var passiveCues: [String: Relation] = [:]
        var compoundCues: [String: Relation] = [:]
        var nounCues: [String: Relation] = [:]
        var quoteVerbs = PhraseTrie<Bool>()
        var roleNouns = PhraseTrie<Relation>()
        var surnames: [String: [String]] = [:]
        // The first words of the active cues and role nouns (the words a match can start at).
        var activeCueStarts: Set<Int32> = [], roleNounStarts: Set<Int32> = []
        var armedBodiesByOwner: [String: [String]] = [:]
        var adjectiveKeys: Set<String> = []
        let entityTable = lexicon.entities.values.sorted(by: { $0.id < $1.id })
        var entityNumbers: [String: Int32] = [:]
        for (n, entity) in entityTable.enumerated() { entityNumbers[entity.id] = Int32(n) }
        for (n, entity) in entityTable.enumerated() {
            let number = Int32(n)
            for name in [entity.name] + entity.aliases {
                let keys = PhraseTrie<NameHit>.keys(of: name)
                guard !keys.isEmpty else { continue }
                let isAcronym = name.count <= 6 && name.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(\.properties.isUppercase)
                    && name.unicodeScalars.contains(where: \.properties.isAlphabetic)
                names.insert(ids(keys), NameHit(entity: number, form: isAcronym ? .acronym : .name,
                                           isCapitalised: name.unicodeScalars.contains(where: \.properties.isUppercase)))
                if entity.kind == .place || entity.category == .person, !isAcronym {
                    fuzzyNames.insert(ids(keys.map(Transliteration.key)), NameHit(entity: number, form: .name))
                }
            }
            for adjective in entity.adjectives {
                adjectiveKeys.insert(Tokenizer.normalizedKey(adjective))
                names.insert(ids(PhraseTrie<NameHit>.keys(of: adjective)), NameHit(entity: number, form: .adjective))
            }
            if entity.category == .armedGroup || entity.category == .militia, let owner = entity.parent {
                armedBodiesByOwner[owner, default: []].append(entity.id)
            }
            if entity.category == .person {
                let keys = PhraseTrie<NameHit>.keys(of: entity.name)
                if keys.count >= 2, let last = keys.last { surnames[last, default: []].append(entity.id) }
            }
        }
        for cue in lexicon.relationCues.values.sorted(by: { $0.relation.rawValue < $1.relation.rawValue }) {
            for phrase in cue.active {
                let phraseIDs = ids(PhraseTrie<Relation>.keys(of: phrase))
                activeCues.insert(phraseIDs, cue.relation)
                if let first = phraseIDs.first { activeCueStarts.insert(first) }
            }
            for word in cue.passive { passiveCues[Tokenizer.normalizedKey(word)] = cue.relation }
            for word in cue.compound { compoundCues[Tokenizer.normalizedKey(word)] = cue.relation }
            for word in cue.nouns { nounCues[Tokenizer.normalizedKey(word)] = cue.relation }
        }
        for verb in lexicon.quoteVerbs.sorted() { quoteVerbs.insert(ids(PhraseTrie<Bool>.keys(of: verb)), true) }
        for (noun, relation) in lexicon.roleNouns.sorted(by: { $0.key < $1.key }) {
            let phraseIDs = ids(PhraseTrie<Relation>.keys(of: noun))
            roleNouns.insert(phraseIDs, relation)
            if let first = phraseIDs.first { roleNounStarts.insert(first) }
        }
        // Words the finders look up in tries outside document text.
        _ = vocabulary.add("forces")
        for key in passiveCues.keys.sorted() + compoundCues.keys.sorted() + nounCues.keys.sorted() { _ = vocabulary.add(key) }
        var classes: [Int32: WordClass] = [:]
        for (wordClass, words) in WordClass.members {
            for word in words { classes[vocabulary.add(word), default: []].insert(wordClass) }
        }
        for key in adjectiveKeys.sorted() { classes[vocabulary.add(key), default: []].insert(.lexiconAdjective) }
        for key in lexicon.roleNouns.keys.sorted() { classes[vocabulary.add(key), default: []].insert(.roleNoun) }
        for verb in lexicon.quoteVerbs.sorted() { classes[vocabulary.add(verb), default: []].insert(.quoteVerb) }
        for name in lexicon.givenNames.sorted() { classes[vocabulary.add(name), default: []].insert(.givenName) }
        for entity in entityTable {
            for word in entity.descriptions { classes[vocabulary.add(word), default: []].insert(.descriptionWord) }
        }
        // The words that let a relation finder act in a sentence (see ``SentenceContext/classes``).
        for key in passiveCues.keys { classes[vocabulary.id(of: key), default: []].insert(.passiveTrigger) }
        for key in nounCues.keys { classes[vocabulary.id(of: key), default: []].insert(.nounTrigger) }
        for id in activeCueStarts { classes[id, default: []].insert(.activeCueStart) }
        for id in roleNounStarts { classes[id, default: []].insert(.roleNounStart) }
        let wordCount = vocabulary.count
        var wordClasses = [WordClass](repeating: [], count: wordCount)
        for (id, wordClass) in classes { wordClasses[Int(id)] = wordClass }
        self.wordClasses = wordClasses
        func table(_ cues: [String: Relation]) -> [Relation?] {
            var out = [Relation?](repeating: nil, count: wordCount)
            for (key, relation) in cues {
                let id = vocabulary.id(of: key)
                if id >= 0 { out[Int(id)] = relation }
            }
            return out
        }
        self.passiveCueOfWord = table(passiveCues)
        self.compoundCueOfWord = table(compoundCues)
        self.nounCueOfWord = table(nounCues)
        self.fuzzyIDs = vocabulary.mapped(by: Transliteration.key)
        names.compile(wordCount: wordCount)
        fuzzyNames.compile(wordCount: wordCount)
        activeCues.compile(wordCount: wordCount)
        quoteVerbs.compile(wordCount: wordCount)
        roleNouns.compile(wordCount: wordCount)
        vocabulary.compilePlurals()
        // Description words numbered densely, in the order first met, for per-document tables.
        var descriptionSlotOfWord = [Int32](repeating: -1, count: wordCount)
        var descriptionWordCount: Int32 = 0
        self.descriptionSlotsOfEntity = entityTable.map { entity in
            // (Every description word was added to the vocabulary above: its id is never unknown.)
            entity.descriptions.compactMap { word -> Int32? in
                let id = Int(vocabulary.id(of: word))
                guard id >= 0 else { return nil }
                if descriptionSlotOfWord[id] < 0 {
                    descriptionSlotOfWord[id] = descriptionWordCount
                    descriptionWordCount += 1
                }
                return descriptionSlotOfWord[id]
            }
        }
        self.descriptionSlotOfWord = descriptionSlotOfWord
        self.descriptionWordCount = Int(descriptionWordCount)
        self.startsMentionOfWord = (0..<wordCount).map { id in
            // (A token whose key has this id has its key's plural id as its singular's id.)
            names.startsPhrase(Int32(id)) || !wordClasses[id].isDisjoint(with: [.direction, .sectionNoun, .nameConnector])
                || Int32(id) == Keyword.the.rawValue || Int32(id) == Keyword.this.rawValue
                || names.startsPhrase(vocabulary.entry(of: vocabulary.key(of: Int32(id))).pluralID)
        }
        self.entityTable = entityTable
        self.wordFlags = vocabulary.keys.enumerated().map { id, key in
            var flags = WordFlags(key: key)
            // A key of letters a-z alone is one token of the tokenizer, its key itself: its phrase
            // is its own id (tokenising every key costs about a tenth of this initializer).
            let isPlainWord = !key.isEmpty && key.utf8.allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
            let namesActor = isPlainWord
                ? names.values(ofPhrase: [Int32(id)]).contains { entityTable[Int($0.entity)].kind == .actor }
                : Self.namesActor(key: key, names: names, vocabulary: vocabulary, entityTable: entityTable)
            if namesActor { flags.insert(.namesActor) }
            return flags
        }
        var held: [String: [Lexicon.Entity]] = [:]
        for entity in entityTable where entity.heldBy != nil {
            if let parent = entity.parent { held[parent, default: []].append(entity) }
        }
        heldPartsByParent = held
        var partDirections: [String: UInt8] = [:]
        for entity in entityTable {
            // An id "<direction>-<rest>" (byte for byte) names a part of "<rest>".
            let bytes = Array(entity.id.utf8)
            for (bit, direction) in ["east", "west", "north", "south"].enumerated() {
                let prefix = Array((direction + "-").utf8)
                guard bytes.count > prefix.count, bytes.starts(with: prefix) else { continue }
                let rest = String(decoding: bytes[prefix.count...], as: UTF8.self)
                // Only where "<direction>-<rest>" reads back as this very id (as a look-up of it would).
                guard direction + "-" + rest == entity.id else { continue }
                partDirections[rest, default: 0] |= 1 << bit
            }
        }
        partDirectionsByID = partDirections
        partDirectionsOfNumber = entityTable.map { partDirections[$0.id] ?? 0 }
        hasValidityDates = entityTable.map { $0.validFrom != nil || $0.validTo != nil }
        let directionWords = EnglishWords.directions.compactMap { key, direction in
            vocabulary.id(of: key) >= 0 ? (id: vocabulary.id(of: key), direction: direction) : nil
        }.sorted { $0.id < $1.id }
        directionWordIDs = directionWords.map(\.id)
        directionsOfWords = directionWords.map(\.direction)
        parentNumbers = entityTable.map { entity in entity.parent.flatMap { entityNumbers[$0] } ?? -1 }
        self.entityNumbers = entityNumbers
        self.asciiEntityNumbers = entityNumbers.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            ? ASCIIKeyTable(entityNumbers.map { (key: $0.key, value: $0.value) }) : nil
        // (Made from the finished vocabulary: a table for every id a token can have.)
        self.keyFilterHashes = vocabulary.keys.map { KeyFilter.hash(of: $0) }
        self.hasDemonymShapeOfWord = vocabulary.keys.map(MentionFinder.hasDemonymShape)
        self.vocabulary = vocabulary
        self.names = names
        self.fuzzyNames = fuzzyNames
        self.activeCues = activeCues
        self.passiveCues = passiveCues
        self.compoundCues = compoundCues
        self.nounCues = nounCues
        self.quoteVerbs = quoteVerbs
        self.roleNouns = roleNouns
        self.surnames = surnames
        self.armedBodyByOwner = armedBodiesByOwner.compactMapValues { candidates in
            let preferred = candidates.first { id in
                let name = lexicon.entities[id]?.name.lowercased() ?? ""
                return name.contains("forces") || name.contains("army") || name.contains("military")
            }
            return preferred ?? candidates.first
        }
        self.adjectiveKeys = adjectiveKeys
    }

    func entity(_ id: String) -> Lexicon.Entity? { lexicon.entities[id] }

    /// The parent of the lexicon entity `id` (nil for an id outside the lexicon): `entity(id)?.parent`
    /// without copying the entity.
    func parent(of id: String) -> String? { number(of: id).flatMap { entityTable[Int($0)].parent } }

    /// The category of the lexicon entity `id` (nil for an id outside the lexicon):
    /// `entity(id)?.category` without copying the entity.
    func category(ofEntity id: String) -> Category? { number(of: id).map { entityTable[Int($0)].category } }

    /// Which parts of the place `id` the lexicon names by direction: bit 0 when it has an entity
    /// `east-<id>`, bit 1 `west-<id>`, bit 2 `north-<id>`, bit 3 `south-<id>`; 0 for none.
    /// A lexicon id (most asked) is numbered through the ASCII table and read by number, without
    /// hashing the string with `Hasher`; any other id is looked up by string.
    func partDirections(of id: String) -> UInt8 {
        if let number = number(of: id) { return partDirectionsOfNumber[Int(number)] }
        return partDirectionsByID[id] ?? 0
    }

    /// ``partDirections(of:)`` of the entity numbered `number` (below ``entityTable``'s count),
    /// read from an array instead of hashing its id.
    @inline(__always) func partDirections(ofNumber number: Int32) -> UInt8 { partDirectionsOfNumber[Int(number)] }

    /// False when a lower-case word whose key has vocabulary id `id` starts nothing the mention
    /// finder matches, nor does its singular (whose id is `singular()`, asked only of a key the
    /// vocabulary does not number: a numbered key's singular is in its table entry) start a name.
    @inline(__always) func mayStartMention(_ id: Int32, singular: () -> Int32) -> Bool {
        id >= 0 ? startsMentionOfWord[Int(id)] : names.startsPhrase(singular())
    }

    /// The slot of the description word whose key has vocabulary id `id` (numbering the lexicon's
    /// distinct description words from 0, see ``descriptionWordCount``), or -1 for another word.
    @inline(__always) func descriptionSlot(ofWord id: Int32) -> Int {
        id >= 0 ? Int(descriptionSlotOfWord[Int(id)]) : -1
    }

    /// The slots (see ``descriptionSlot(ofWord:)``) of the descriptions of the lexicon entity
    /// numbered `number`.
    @inline(__always) func descriptionSlots(ofEntity number: Int32) -> [Int32] { descriptionSlotsOfEntity[Int(number)] }

    /// ``Lexicon/Entity/isValid(on:)`` of the lexicon entity numbered `number`: true without
    /// reading the entity for one with no validity dates (most of them).
    @inline(__always) func isValid(number: Int32, on date: String?) -> Bool {
        !hasValidityDates[Int(number)] || entityTable[Int(number)].isValid(on: date)
    }

    /// The number of the parent of the lexicon entity numbered `number` (below ``entityTable``'s
    /// count), or -1 when its parent is none or not in the lexicon.
    @inline(__always) func parentNumber(of number: Int32) -> Int32 { parentNumbers[Int(number)] }

    /// The compass direction the word whose key has vocabulary id `id` names ("eastern" → "east"),
    /// as ``EnglishWords/directions`` says of its key; nil for another word. A short linear search
    /// over ids: no string is hashed.
    @inline(__always) func direction(ofWord id: Int32) -> String? {
        for (k, word) in directionWordIDs.enumerated() where word == id { return directionsOfWords[k] }
        return nil
    }

    /// The armed body of `owner` (a government or state) that "its forces" name: of the armed
    /// groups and militias that belong to it, the first (by id) whose name says forces, army or
    /// military, else the first; nil when none belongs to it.
    func armedBody(of owner: String) -> String? { armedBodyByOwner[owner] }

    /// The parts of `place` that the lexicon says someone held (``Lexicon/Entity/heldBy``), in id order.
    func heldParts(of place: String) -> [Lexicon.Entity] {
        heldPartsByParent[place] ?? []
    }

    /// The lexicon entity numbered `number` (a number below ``entityTable``'s count).
    @inline(__always) func entity(number: Int32) -> Lexicon.Entity { entityTable[Int(number)] }

    /// The number of the lexicon entity `id`, if there is one. An ASCII id is looked up in
    /// ``asciiEntityNumbers``, any other in ``entityNumbers``.
    func number(of id: String) -> Int32? {
        if let answer = asciiEntityNumbers?.lookup(id) { return answer }
        return entityNumbers[id]
    }

    /// True when `key`, tokenised like text, is exactly a lexicon name of an actor (what
    /// ``WordFlags/namesActor`` says of a vocabulary key).
    func namesActor(key: String) -> Bool {
        Self.namesActor(key: key, names: names, vocabulary: vocabulary, entityTable: entityTable)
    }

    /// ``namesActor(key:)`` with the tables given, for the initializer.
    private static func namesActor(key: String, names: PhraseTrie<NameHit>, vocabulary: Vocabulary, entityTable: [Lexicon.Entity]) -> Bool {
        names.values(ofPhrase: PhraseTrie<NameHit>.keys(of: key).map { vocabulary.id(of: $0) }).contains { entityTable[Int($0.entity)].kind == .actor }
    }

    /// The lexicon's names that are exactly `name`, tokenised like text: "Russian defence ministry",
    /// "Syrian government".
    func nameHits(of name: String) -> [NameHit] {
        names.values(ofPhrase: PhraseTrie<NameHit>.keys(of: name).map { vocabulary.id(of: $0) })
    }
}
