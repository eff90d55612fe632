/// The family a ``Relation`` belongs to, which fixes its sign in the signed graph.
public enum RelationClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// Supporting, allying, backing, negotiating, cooperating (polarity +1).
    case cooperation
    /// Fighting, attacking, besieging, shelling, condemning, accusing, opposing (polarity −1).
    case conflict
    /// Controlling, capturing, advancing into, holding a place.
    case control
    /// People fleeing from or to a place.
    case movement
    /// Membership, speaking for, leading.
    case membership
    /// Where something is, and what a place is part of.
    case location
    /// A speaker's `said` edge to a statement.
    case statement
    /// A statement's `about` edge to what it names.
    case mention

    /// +1 for cooperation, −1 for conflict, 0 for every other class.
    public var polarity: Int {
        switch self {
        case .cooperation: 1
        case .conflict: -1
        default: 0
        }
    }
}

extension RelationClass {
    /// Hashes the case itself (its one byte): an enum with raw values would otherwise hash its
    /// raw-value string, through `RawRepresentable`'s default, wherever it sits in a hashed key.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
