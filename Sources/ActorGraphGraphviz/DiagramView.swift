import ActorGraph

/// Which part of an ``ActorGraph`` a ``Diagram`` draws, and how it is arranged.
///
/// Edge styles are the same in every view: cooperation solid with normal arrowheads, conflict
/// dashed with flat (`tee`) arrowheads, control dotted with hollow arrowheads, movement solid
/// with `vee` arrowheads, membership solid with hollow diamonds, location dotted with hollow
/// dots, `said` solid with hollow arrowheads, `about` dashed with open arrowheads.
///
/// ```swift
/// for view in DiagramView.allCases where !view.needsFocus {
///     try Diagram(graph, view: view).render().data.write(to: folder.appending(path: "\(view).svg"))
/// }
/// ```
public enum DiagramView: String, Sendable, Hashable, CaseIterable {
    /// Actors in one labelled box per alliance bloc (``Diagram/blocs``), cooperation edges inside
    /// the blocs, conflict edges between them, and frustrated edges (cooperation across blocs,
    /// conflict inside one) drawn between two yellow bands.
    case alliances
    /// Who attacks, shells, besieges, fights, condemns or opposes whom, and which places:
    /// conflict edges only, with arrowheads showing direction and width showing weight.
    case conflicts
    /// Actors and the places they control, hold, captured or advanced into; places nested in
    /// boxes by `part-of` / `located-in` (Aleppo's districts inside an Aleppo box).
    case control
    /// Speakers, their affiliations (membership edges), their quotes (wrapped and shortened,
    /// full text in the tooltip) and what each quote is about.
    case statements
    /// The neighbourhood of one node within ``Diagram/hops`` steps of ``Diagram/focus``, every
    /// relation class, with the focus ringed.
    case ego
    /// Every node that has an edge, every relation class; meant for small graphs.
    case full

    /// The default diagram title, e.g. "Alliances".
    public var title: String {
        switch self {
        case .alliances: "Alliances"
        case .conflicts: "Conflicts"
        case .control: "Territorial control"
        case .statements: "Statements"
        case .ego: "Neighbourhood"
        case .full: "All relations"
        }
    }

    /// Whether the view needs a ``Diagram/focus`` (only ``ego``).
    public var needsFocus: Bool { self == .ego }

    /// The node kinds the view can show.
    public var nodeKinds: Set<NodeKind> {
        switch self {
        case .alliances: [.actor]
        case .conflicts, .control: [.actor, .place]
        case .statements, .ego, .full: [.actor, .place, .statement]
        }
    }

    /// The relation classes the view can show (``RelationClass/conflict`` in the alliances view
    /// only when conflicts are included).
    public var relationClasses: [RelationClass] {
        switch self {
        case .alliances: [.cooperation, .conflict]
        case .conflicts: [.conflict]
        case .control: [.control]
        case .statements: [.statement, .membership, .mention]
        case .ego, .full: RelationClass.allCases
        }
    }
}
