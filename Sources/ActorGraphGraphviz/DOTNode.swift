/// A node of a ``DOTGraph``: an id and attributes.
///
/// Ids are synthetic (`n0`, `n1`…, see ``DOTGraph/addNode(_:)``); the visible text goes in the
/// `label` attribute, so user text never reaches the DOT id grammar.
public struct DOTNode: Sendable, Hashable {
    /// The DOT id, e.g. `n3`. Always written quoted.
    public var id: String
    /// The node's attributes, e.g. `label`, `shape`, `fillcolor`.
    public var attributes: DOTAttributes

    /// Creates a node.
    public init(id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
