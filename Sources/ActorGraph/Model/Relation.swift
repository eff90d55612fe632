/// The type of an edge: what the source does to, or is to, the target.
///
/// Each relation belongs to exactly one ``RelationClass``:
/// ```swift
/// Relation.backs.relationClass   // .cooperation
/// Relation.shells.polarity       // -1
/// ```
public enum Relation: String, Sendable, Hashable, CaseIterable, Codable {
    case supports, alliedWith = "allied-with", backs, negotiatesWith = "negotiates-with",
         cooperatesWith = "cooperates-with"
    case fights, attacks, besieges, shells, condemns, accuses, opposes
    case controls, captures, advancesInto = "advances-into", holds
    case fleesFrom = "flees-from", fleesTo = "flees-to"
    case memberOf = "member-of", spokespersonFor = "spokesperson-for", leaderOf = "leader-of"
    case locatedIn = "located-in", partOf = "part-of"
    case said
    case about

    /// The class the relation belongs to.
    public var relationClass: RelationClass {
        switch self {
        case .supports, .alliedWith, .backs, .negotiatesWith, .cooperatesWith: .cooperation
        case .fights, .attacks, .besieges, .shells, .condemns, .accuses, .opposes: .conflict
        case .controls, .captures, .advancesInto, .holds: .control
        case .fleesFrom, .fleesTo: .movement
        case .memberOf, .spokespersonFor, .leaderOf: .membership
        case .locatedIn, .partOf: .location
        case .said: .statement
        case .about: .mention
        }
    }

    /// The sign of the relation: +1 cooperation, −1 conflict, 0 otherwise.
    public var polarity: Int { relationClass.polarity }

    /// True when the relation reads the same in both directions (`fights`, `allied-with`…).
    public var isSymmetric: Bool {
        switch self {
        case .alliedWith, .fights, .negotiatesWith, .cooperatesWith: true
        default: false
        }
    }
}

extension Relation {
    /// Hashes the case itself (its one byte): an enum with raw values would otherwise hash its
    /// raw-value string, through `RawRepresentable`'s default, wherever it sits in a hashed key.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
