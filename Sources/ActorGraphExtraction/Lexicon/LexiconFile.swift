import Yams

/// The on-disk shape of a lexicon file (YAML or JSON); see `docs/lexicon.md`.
struct LexiconFile: Decodable {
    struct ActorEntry: Decodable {
        var id: String?
        var name: String
        var category: String
        var aliases: [String]?
        var adjectives: [String]?
        var memberOf: String?
        var leaderOf: String?
        var validFrom: String?
        var validTo: String?
        var descriptions: [String]?
    }

    struct PlaceEntry: Decodable {
        var id: String?
        var name: String
        var category: String
        var partOf: String?
        var aliases: [String]?
        var adjectives: [String]?
        var heldBy: String?
        var heldFrom: String?
        var heldUntil: String?
        var descriptions: [String]?
    }

    struct RoleEntry: Decodable {
        var relation: String
        var nouns: [String]
    }

    struct RelationEntry: Decodable {
        var relation: String
        var active: [String]?
        var passive: [String]?
        var compound: [String]?
        var nouns: [String]?
        var symmetric: Bool?
    }

    var format: String?
    var actors: [ActorEntry]?
    var places: [PlaceEntry]?
    var roles: [RoleEntry]?
    var relations: [RelationEntry]?
    var quoteVerbs: [String]?
    var givenNames: [String]?

    /// The keys each part of the file may have: decoding alone would drop a misspelt key
    /// ("partof:") without a word.
    static let knownKeys: [String: Set<String>] = [
        "": ["format", "actors", "places", "roles", "relations", "quoteVerbs", "givenNames"],
        "actors": ["id", "name", "category", "aliases", "adjectives", "memberOf", "leaderOf", "validFrom", "validTo", "descriptions"],
        "places": ["id", "name", "category", "partOf", "aliases", "adjectives", "heldBy", "heldFrom", "heldUntil", "descriptions"],
        "roles": ["relation", "nouns"],
        "relations": ["relation", "active", "passive", "compound", "nouns", "symmetric"],
    ]

    /// The first key of the parsed file `root` that the format does not know, described for an
    /// error message ("places[3] (Sheikh Maksoud): unknown key \"partof\""), or nil when every key is known.
    static func unknownKey(in root: Node) -> String? {
        guard let mapping = root.mapping else { return nil }
        func known(_ section: String) -> String { (knownKeys[section] ?? []).sorted().joined(separator: ", ") }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard knownKeys[""]?.contains(name) == true else { return "unknown top-level key \"\(name)\" (known: \(known("")))" }
            guard let allowed = knownKeys[name], let entries = value.sequence else { continue }
            for (i, entry) in entries.enumerated() {
                guard let fields = entry.mapping else { continue }
                for (field, _) in fields {
                    guard let fieldName = field.string, !allowed.contains(fieldName) else { continue }
                    let label = fields["name"]?.string ?? fields["relation"]?.string ?? ""
                    return "\(name)[\(i)]\(label.isEmpty ? "" : " (\(label))"): unknown key \"\(fieldName)\" (known: \(known(name)))"
                }
            }
        }
        return nil
    }
}

