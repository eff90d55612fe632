import ActorGraph

/// Fragment ids for report elements (table rows, statements, documents, blocs), made the same
/// way as the SVG ids of diagram nodes and edges, so that a diagram's `node-russia` links to the
/// table row `#node-russia`.
///
/// ASCII letters, digits and `-` are kept; every other character becomes `_` and the hex of its
/// UTF-8 bytes (`é` → `_C3_A9`), so the id is one-to-one and safe in HTML, SVG and URLs.
enum AnchorID {
    /// The anchor of a node's row: `node-<id>`.
    static func node(_ id: String) -> String { "node-" + encode(id) }

    /// The anchor of an edge's row: `edge-<source>-<relation>-<target>`.
    static func edge(_ edge: Edge.Key) -> String {
        ["edge", encode(edge.source), encode(edge.relation.rawValue), encode(edge.target)].joined(separator: "-")
    }

    /// The anchor of a document's row: `doc-<id>`.
    static func document(_ id: String) -> String { "doc-" + encode(id) }

    /// The anchor of a bloc: `bloc-<number>`, numbered from 1 as in the alliances diagram.
    static func bloc(_ number: Int) -> String { "bloc-\(number)" }

    /// The anchor of a speaker's statements: `speaker-<id>`.
    static func speaker(_ id: String) -> String { "speaker-" + encode(id) }

    /// `text` with every character outside `[A-Za-z0-9-]` hex-encoded.
    static func encode(_ text: String) -> String { IdentifierEncoding.encode(text) }
}
