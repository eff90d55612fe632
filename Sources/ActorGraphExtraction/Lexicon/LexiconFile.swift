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
}
