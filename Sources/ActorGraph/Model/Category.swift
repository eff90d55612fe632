/// The refinement of a node's kind: what sort of actor or place it is.
///
/// Actor categories: ``state``, ``government``, ``armedGroup``, ``militia``, ``coalition``,
/// ``organization``, ``internationalOrg``, ``person``, ``media``.
/// Place categories: ``country``, ``province``, ``city``, ``district``, ``neighbourhood``,
/// ``region``, ``site``.
public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    case state
    case government
    case armedGroup = "armed-group"
    case militia
    case coalition
    case organization
    case internationalOrg = "international-org"
    case person
    case media
    case country
    case province
    case city
    case district
    case neighbourhood
    case region
    case site

    /// The node kind this category refines: places for geographic categories, actors otherwise.
    public var kind: NodeKind {
        switch self {
        case .country, .province, .city, .district, .neighbourhood, .region, .site: .place
        default: .actor
        }
    }

    /// A human-readable name, e.g. "armed group" for ``armedGroup``.
    public var displayName: String {
        switch self {
        case .armedGroup: "armed group"
        case .internationalOrg: "international organisation"
        case .organization: "organisation"
        default: rawValue
        }
    }
}

extension Category {
    /// Hashes the case itself (its one byte): an enum with raw values would otherwise hash its
    /// raw-value string, through `RawRepresentable`'s default, wherever it sits in a hashed key.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
