import ActorGraph

/// A ``Lexicon`` compiled for fast matching: tries over names and relation cues.
struct LexiconIndex: Sendable {
    /// How a phrase refers to an entity.
    enum NameForm: Sendable, Hashable {
        case name
        /// An all-capital acronym: matched only when written in capitals ("US", not "us").
        case acronym
        /// A capitalised adjective ("Russian").
        case adjective
    }

    struct NameHit: Sendable, Hashable {
        var entity: String
        var form: NameForm
        /// The lexicon spells this name with a capital letter somewhere ("Turkey", "central Syria").
        var isCapitalised = false
    }

    let lexicon: Lexicon
    var names = PhraseTrie<NameHit>()
    var fuzzyNames = PhraseTrie<NameHit>()
    var activeCues = PhraseTrie<Relation>()
    var passiveCues: [String: Relation] = [:]
    var compoundCues: [String: Relation] = [:]
    var nounCues: [String: Relation] = [:]
    var quoteVerbs = PhraseTrie<Bool>()
    var roleNouns = PhraseTrie<Relation>()
    /// Last words of multi-word person names → the person ids, for "Lavrov" after "Sergey Lavrov".
    var surnames: [String: [String]] = [:]

    /// Armed groups and militias by the body they belong to, sorted by id.
    var armedBodiesByOwner: [String: [String]] = [:]
    /// Every adjective of the lexicon ("russian", "syrian"), lower-cased.
    var adjectiveKeys: Set<String> = []

    init(_ lexicon: Lexicon) {
        let lexicon = lexicon.withTerritories()
        self.lexicon = lexicon
        for entity in lexicon.entities.values.sorted(by: { $0.id < $1.id }) {
            for name in [entity.name] + entity.aliases {
                let keys = PhraseTrie<NameHit>.keys(of: name)
                guard !keys.isEmpty else { continue }
                let isAcronym = name.count <= 6 && name.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(\.properties.isUppercase)
                    && name.unicodeScalars.contains(where: \.properties.isAlphabetic)
                names.insert(keys, NameHit(entity: entity.id, form: isAcronym ? .acronym : .name,
                                           isCapitalised: name.unicodeScalars.contains(where: \.properties.isUppercase)))
                if entity.kind == .place || entity.category == .person, !isAcronym {
                    fuzzyNames.insert(keys.map(Transliteration.key), NameHit(entity: entity.id, form: .name))
                }
            }
            for adjective in entity.adjectives {
                adjectiveKeys.insert(Tokenizer.normalizedKey(adjective))
                names.insert(PhraseTrie<NameHit>.keys(of: adjective), NameHit(entity: entity.id, form: .adjective))
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
            for phrase in cue.active { activeCues.insert(PhraseTrie<Relation>.keys(of: phrase), cue.relation) }
            for word in cue.passive { passiveCues[Tokenizer.normalizedKey(word)] = cue.relation }
            for word in cue.compound { compoundCues[Tokenizer.normalizedKey(word)] = cue.relation }
            for word in cue.nouns { nounCues[Tokenizer.normalizedKey(word)] = cue.relation }
        }
        for verb in lexicon.quoteVerbs.sorted() { quoteVerbs.insert(PhraseTrie<Bool>.keys(of: verb), true) }
        for (noun, relation) in lexicon.roleNouns.sorted(by: { $0.key < $1.key }) {
            roleNouns.insert(PhraseTrie<Relation>.keys(of: noun), relation)
        }
    }

    func entity(_ id: String) -> Lexicon.Entity? { lexicon.entities[id] }
}
