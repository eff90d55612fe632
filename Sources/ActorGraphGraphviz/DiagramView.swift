import ActorGraph

/// Which part of an ``ActorGraph`` a ``Diagram`` draws.
public enum DiagramView: String, Sendable, Hashable, CaseIterable {
    /// Actors only, joined by cooperation edges (supports, allied-with, backs…) drawn solid
    /// blue, and, unless ``Diagram/includesConflicts`` is false, conflict edges drawn dashed
    /// vermillion with flat (`tee`) arrowheads.
    case alliances
    /// Actors and places, joined by conflict edges (dashed vermillion, `tee` arrowheads) and
    /// control edges (controls, holds, captures, advances-into; dotted black, hollow arrowheads).
    case conflicts

    /// The default diagram title, e.g. "Alliances".
    public var title: String {
        switch self {
        case .alliances: "Alliances"
        case .conflicts: "Conflicts and control"
        }
    }

    /// The node kinds the view shows.
    public var nodeKinds: Set<NodeKind> {
        switch self {
        case .alliances: [.actor]
        case .conflicts: [.actor, .place]
        }
    }

    /// The relation classes the view can show (``RelationClass/conflict`` in the alliances view
    /// only when conflicts are included).
    public var relationClasses: [RelationClass] {
        switch self {
        case .alliances: [.cooperation, .conflict]
        case .conflicts: [.conflict, .control]
        }
    }
}
