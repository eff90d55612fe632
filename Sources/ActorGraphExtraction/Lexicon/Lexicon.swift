import ActorGraph
import Foundation
import Yams

/// Domain knowledge for the extractor: the actors and places it knows, role nouns, relation cues
/// and quote verbs. Built from YAML (or JSON) files in the format of `docs/lexicon.md`.
///
/// ```swift
/// var lexicon = try Lexicon.bundled()                        // the Syrian civil war pack
/// try lexicon.add(contentsOf: URL(fileURLWithPath: "ukraine.yaml"))  // extend it
/// let extractor = Extractor(lexicon: lexicon)
/// ```
public struct Lexicon: Sendable {
    /// A known actor or place.
    public struct Entity: Sendable, Hashable {
        /// Stable id, the node id in graphs.
        public var id: String
        /// Canonical name, the node label.
        public var name: String
        /// Category (which also fixes actor or place).
        public var category: Category
        /// Other names.
        public var aliases: [String]
        /// Capitalised adjectives that stand for the entity ("Russian").
        public var adjectives: [String]
        /// The body it belongs to (actors) or the place it is part of (places).
        public var parent: String?
        /// The body a person leads.
        public var leads: String?
        /// Lower-case words a text uses for the entity once it has been named: after "the", they
        /// refer back to it ("the jihadists", "the jihadist group" for Islamic State; "the
        /// enclave" for eastern Aleppo).
        public var descriptions: [String] = []
        /// The first date (YYYY-MM-DD) the entry applies to.
        public var validFrom: String?
        /// The last date (YYYY-MM-DD) the entry applies to.
        public var validTo: String?
        /// For a part of a divided city or country: the actor that held it, so that
        /// "government-held areas" in a text about the city can be read as this place.
        public var heldBy: String?
        /// The first day (YYYY-MM-DD) ``heldBy`` held the place.
        public var heldFrom: String?
        /// The last day (YYYY-MM-DD) ``heldBy`` held the place.
        public var heldUntil: String?

        /// Actor or place.
        public var kind: NodeKind { category.kind }

        /// Whether ``heldBy`` held the place on the given date (undated: any time it held it).
        public func isHeld(on date: String?) -> Bool {
            guard heldBy != nil else { return false }
            guard let date else { return true }
            if let heldFrom, date < heldFrom { return false }
            if let heldUntil, date > heldUntil { return false }
            return true
        }

        /// Whether the entry applies to a document of the given date (undated: always).
        public func isValid(on date: String?) -> Bool {
            guard let date else { return true }
            if let validFrom, date < validFrom { return false }
            if let validTo, date > validTo { return false }
            return true
        }
    }

    /// A relation cue: the words that state one relation.
    public struct RelationCue: Sendable, Hashable {
        /// The relation stated.
        public var relation: Relation
        /// Verb forms for "X verb Y" (may be several words: "took control of").
        public var active: [String]
        /// Participles for "Y, verb by X".
        public var passive: [String]
        /// Participles for "X-verb Y" ("Russian-backed militias", "rebel-held east").
        public var compound: [String]
        /// Agent nouns: "X's patrons", "a rebel backer".
        public var nouns: [String]
    }

    /// Known actors and places by id.
    public private(set) var entities: [String: Entity] = [:]
    /// Role nouns ("spokesman") with the relation they state (`spokesperson-for`).
    public private(set) var roleNouns: [String: Relation] = [:]
    /// Relation cues by relation.
    public private(set) var relationCues: [Relation: RelationCue] = [:]
    /// Verbs and phrases that introduce a quotation ("said", "according to").
    public private(set) var quoteVerbs: Set<String> = []
    /// Common given names, as matching keys ("salwa", "omar"): a capitalised name that starts
    /// with one is a person's even where nothing around it says so ("… never leaves Salwa
    /// Khaddour's lap").
    public private(set) var givenNames: Set<String> = []

    /// An empty lexicon.
    public init() {}

    /// The domain pack bundled with ActorGraph (Syrian civil war plus general English cues).
    public static func bundled() throws(LexiconError) -> Lexicon {
        var lexicon = Lexicon()
        let folder = try BundledLexiconFolder.locate()
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for file in files.filter({ ["yaml", "yml", "json"].contains($0.pathExtension) }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            try lexicon.add(contentsOf: file)
        }
        try lexicon.validate()
        return lexicon
    }

    /// Adds the entries of a lexicon file; entries with a known id extend the existing entry.
    public mutating func add(contentsOf url: URL) throws(LexiconError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LexiconError(file: url.path, message: FileManager.default.fileExists(atPath: url.path) ? "cannot read the file as UTF-8" : "no such file")
        }
        try add(yaml: text, source: url.path)
    }

    /// Adds entries from YAML (or JSON) text; `source` names it in errors.
    public mutating func add(yaml text: String, source: String = "<lexicon>") throws(LexiconError) {
        // Parsed once: the same node is decoded and checked for unknown keys. (As YAMLDecoder does,
        // the parser is kept alive while its node is used and only merge keys are resolved.)
        let file: LexiconFile
        let unknown: String?
        do {
            let parser = try Parser(yaml: text, resolver: Resolver.basic.appending(.merge))
            (file, unknown) = try withExtendedLifetime(parser) {
                let root = try parser.singleRoot() ?? ""
                return (try YAMLDecoder().decode(LexiconFile.self, from: root), LexiconFile.unknownKey(in: root))
            }
        } catch let error as DecodingError {
            throw LexiconError(file: source, message: Self.describe(error))
        } catch {
            throw LexiconError(file: source, message: "not valid YAML: \(error)")
        }
        if let format = file.format, format != "actorgraph-lexicon-1" {
            throw LexiconError(file: source, message: "unknown format \"\(format)\" (expected actorgraph-lexicon-1)")
        }
        if let unknown {
            throw LexiconError(file: source, message: unknown)
        }
        for (i, actor) in (file.actors ?? []).enumerated() {
            guard let category = Category(rawValue: actor.category), category.kind == .actor else {
                throw LexiconError(file: source, message: "actors[\(i)] (\(actor.name)): unknown actor category \"\(actor.category)\"")
            }
            merge(Entity(id: actor.id ?? Slug.make(from: actor.name), name: actor.name, category: category,
                         aliases: actor.aliases ?? [], adjectives: actor.adjectives ?? [], parent: actor.memberOf,
                         leads: actor.leaderOf, descriptions: (actor.descriptions ?? []).map(Tokenizer.normalizedKey),
                         validFrom: actor.validFrom, validTo: actor.validTo))
        }
        for (i, place) in (file.places ?? []).enumerated() {
            guard let category = Category(rawValue: place.category), category.kind == .place else {
                throw LexiconError(file: source, message: "places[\(i)] (\(place.name)): unknown place category \"\(place.category)\"")
            }
            merge(Entity(id: place.id ?? Slug.make(from: place.name), name: place.name, category: category,
                         aliases: place.aliases ?? [], adjectives: place.adjectives ?? [], parent: place.partOf,
                         descriptions: (place.descriptions ?? []).map(Tokenizer.normalizedKey),
                         heldBy: place.heldBy, heldFrom: place.heldFrom, heldUntil: place.heldUntil))
        }
        for (i, role) in (file.roles ?? []).enumerated() {
            guard let relation = Relation(rawValue: role.relation), relation.relationClass == .membership else {
                throw LexiconError(file: source, message: "roles[\(i)]: \"\(role.relation)\" is not a membership relation")
            }
            for noun in role.nouns { roleNouns[Tokenizer.normalizedKey(noun)] = relation }
        }
        for (i, cue) in (file.relations ?? []).enumerated() {
            guard let relation = Relation(rawValue: cue.relation) else {
                throw LexiconError(file: source, message: "relations[\(i)]: unknown relation \"\(cue.relation)\"")
            }
            var existing = relationCues[relation] ?? RelationCue(relation: relation, active: [], passive: [], compound: [], nouns: [])
            existing.active += cue.active ?? []
            existing.passive += cue.passive ?? []
            existing.compound += cue.compound ?? []
            existing.nouns += cue.nouns ?? []
            relationCues[relation] = existing
        }
        for verb in file.quoteVerbs ?? [] { quoteVerbs.insert(Tokenizer.normalizedKey(verb)) }
        for name in file.givenNames ?? [] { givenNames.insert(Tokenizer.normalizedKey(name)) }
    }

    /// Adds or extends one entity.
    public mutating func merge(_ entity: Entity) {
        if var existing = entities[entity.id] {
            existing.aliases = Array(Set(existing.aliases + entity.aliases + [entity.name]).subtracting([existing.name])).sorted()
            existing.adjectives = Array(Set(existing.adjectives + entity.adjectives)).sorted()
            existing.parent = existing.parent ?? entity.parent
            existing.leads = existing.leads ?? entity.leads
            existing.descriptions = Array(Set(existing.descriptions + entity.descriptions)).sorted()
            existing.heldBy = existing.heldBy ?? entity.heldBy
            existing.heldFrom = existing.heldFrom ?? entity.heldFrom
            existing.heldUntil = existing.heldUntil ?? entity.heldUntil
            entities[entity.id] = existing
        } else {
            entities[entity.id] = entity
        }
    }

    /// The id of the country place a state's territory gets: `<state id>-country`.
    public static func territoryID(of state: String) -> String { "\(state)-country" }

    /// The lexicon with a country place for every state actor that has none ("Turkey" the state acts;
    /// "fled to Turkey" names the country). The place gets the id `<state id>-country`, the state's
    /// name and those aliases that are not names of other places, phrases with "the" or names of
    /// institutions with a lower-case word ("Moscow", "the Kremlin", "Russian government" stay with
    /// the state).
    public func withTerritories() -> Lexicon {
        var copy = self
        let places = entities.values.filter { $0.kind == .place }
        let placeNames = Set(places.flatMap { [$0.name] + $0.aliases }.map(Tokenizer.normalizedKey))
        for state in entities.values where state.category == .state {
            let id = Self.territoryID(of: state.id)
            guard entities[id] == nil, !placeNames.contains(Tokenizer.normalizedKey(state.name)) else { continue }
            let aliases = state.aliases.filter { alias in
                !placeNames.contains(Tokenizer.normalizedKey(alias)) && !alias.hasPrefix("the ") && !alias.hasPrefix("The ")
                    && !alias.split(separator: " ").contains { word in word.count > 3 && word.first?.isLowercase == true }
            }
            copy.entities[id] = Entity(id: id, name: state.name, category: .country, aliases: aliases, adjectives: [], parent: nil)
        }
        return copy
    }

    /// Checks that every parent and led body names a known entry.
    public func validate() throws(LexiconError) {
        for entity in entities.values.sorted(by: { $0.id < $1.id }) {
            for reference in [entity.parent, entity.leads, entity.heldBy].compactMap({ $0 }) where entities[reference] == nil {
                throw LexiconError(file: "<lexicon>", message: "\(entity.id) refers to unknown id \"\(reference)\"")
            }
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(_, let c): return "\(path(c)): wrong type (\(c.debugDescription))"
        case .valueNotFound(_, let c): return "\(path(c)): missing value"
        case .keyNotFound(let key, let c): return "\(path(c)).\(key.stringValue): missing required key"
        case .dataCorrupted(let c): return "\(path(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// A lexicon file that cannot be used, with the file and the entry at fault.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// What is wrong.
    public var message: String
    /// `file: message`.
    public var description: String { "\(file): \(message)" }
}
