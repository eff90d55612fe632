import ActorGraph
import ActorGraphQuery

/// A query value cut into pieces of text, each linked to the report row it names (nodes and
/// edges) or plain; the HTML and Markdown writers format the pieces their own way.
enum QueryCell {
    struct Piece: Equatable {
        var text: String
        /// The anchor of the row the text links to, or `nil` for plain text.
        var anchor: String?
    }

    /// The pieces of `value`; `label` gives a node's label from its id.
    static func pieces(of value: QueryValue, label: (String) -> String) -> [Piece] {
        switch value {
        case .null:
            return []
        case let .node(node):
            return [Piece(text: node.label, anchor: AnchorID.node(node.id))]
        case let .edge(edge):
            return [Piece(text: label(edge.source), anchor: AnchorID.node(edge.source)), Piece(text: " ", anchor: nil),
                    Piece(text: edge.relation.rawValue, anchor: AnchorID.edge(edge.key)), Piece(text: " ", anchor: nil),
                    Piece(text: label(edge.target), anchor: AnchorID.node(edge.target))]
        case let .path(path):
            guard let first = path.nodes.first else { return [] }
            var pieces = [Piece(text: first.label, anchor: AnchorID.node(first.id))]
            for (i, edge) in path.edges.enumerated() where i + 1 < path.nodes.count {
                let arrow = edge.source == path.nodes[i].id ? " –\(edge.relation.rawValue)→ " : " ←\(edge.relation.rawValue)– "
                pieces.append(Piece(text: arrow, anchor: AnchorID.edge(edge.key)))
                pieces.append(Piece(text: path.nodes[i + 1].label, anchor: AnchorID.node(path.nodes[i + 1].id)))
            }
            return pieces
        case let .list(items):
            var pieces: [Piece] = []
            for (i, item) in items.enumerated() {
                if i > 0 { pieces.append(Piece(text: ", ", anchor: nil)) }
                pieces += Self.pieces(of: item, label: label)
            }
            return pieces
        default:
            return [Piece(text: QueryResult.text(of: value), anchor: nil)]
        }
    }
}
