/// An edge of a ``DOTGraph`` between two node ids, with attributes.
///
/// ```swift
/// graph.addEdge(from: russia, to: assad, attributes: ["color": "#0072B2", "dir": "both"])
/// ```
public struct DOTEdge: Sendable, Hashable {
    /// The tail node's id.
    public var source: String
    /// The head node's id.
    public var target: String
    /// The edge's attributes, e.g. `style`, `color`, `penwidth`.
    public var attributes: DOTAttributes

    /// Creates an edge.
    public init(source: String, target: String, attributes: DOTAttributes = [:]) {
        self.source = source
        self.target = target
        self.attributes = attributes
    }
}
