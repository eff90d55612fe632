import ActorGraph

/// GraphML ids (`xs:NMTOKEN`) made from graph ids, one-to-one and reversible.
///
/// ASCII letters, digits and `-` are kept, so the kebab-case slugs ActorGraph makes are written
/// unchanged; every other character becomes `_` and the hex of its UTF-8 bytes (`é` → `_C3_A9`,
/// `_` → `_5F`, a space → `_20`), and the empty id is written `_`.
///
/// ```swift
/// NameToken.encode("al-Bab (town)")   // "al-Bab_20_28town_29"
/// NameToken.decode("al-Bab_20_28town_29")   // "al-Bab (town)"
/// ```
enum NameToken {
    /// The token for `id`.
    static func encode(_ id: String) -> String {
        id.isEmpty ? "_" : IdentifierEncoding.encode(id)
    }

    /// The id a token made by ``encode(_:)`` stands for; `nil` when `token` is not such a token.
    static func decode(_ token: String) -> String? {
        token == "_" ? "" : IdentifierEncoding.decode(token)
    }
}
