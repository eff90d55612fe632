/// The distinct token keys a compiled lexicon knows, each numbered once, so that matching compares
/// small integers instead of hashing strings at every step.
///
/// A key the vocabulary does not hold has the id ``unknown``, which no trie edge carries.
struct Vocabulary: Sendable {
    /// The id of a key the lexicon never uses.
    static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]

    /// How many keys are numbered.
    var count: Int { ids.count }

    /// The id of `key`, numbering it if it is new.
    mutating func add(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The id of `key`, or ``unknown``.
    func id(of key: String) -> Int32 { ids[key] ?? Self.unknown }

    /// For each id, the id of `transform` applied to its key (or ``unknown``).
    func mapped(by transform: (String) -> String) -> [Int32] {
        var out = [Int32](repeating: Self.unknown, count: ids.count)
        for (key, id) in ids { out[Int(id)] = self.id(of: transform(key)) }
        return out
    }
}
