import ActorGraph

/// SVG element ids for diagram nodes and edges, derived from graph ids so that styles and
/// scripts can address them (`#node-russia`), and safe whatever the graph ids contain.
///
/// ASCII letters, digits and `-` are kept; every other character becomes `_` and the hex of its
/// UTF-8 bytes (`é` → `_C3_A9`, `_` → `_5F`), so the mapping is one-to-one and the result is a
/// valid XML name with no quote, `<`, `&` or backslash.
enum ElementID {
    /// `prefix-` and the encoded `parts` joined by `-`, e.g. `edge-russia-supports-assad-forces`.
    static func make(_ prefix: String, _ parts: [String]) -> String {
        ([prefix] + parts.map(encode)).joined(separator: "-")
    }

    /// `text` with every character outside `[A-Za-z0-9-]` hex-encoded.
    static func encode(_ text: String) -> String { IdentifierEncoding.encode(text) }
}
