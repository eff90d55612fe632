/// What a node of an ``ActorGraph`` stands for.
public enum NodeKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Someone who acts: a state, an army, a militia, an organisation, a person.
    case actor
    /// Somewhere things happen: a country, a city, a district.
    case place
    /// A direct quotation, linked to its speaker by a `said` edge.
    case statement
}

extension NodeKind {
    /// Hashes the case itself (its one byte): an enum with raw values would otherwise hash its
    /// raw-value string, through `RawRepresentable`'s default, wherever it sits in a hashed key.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
