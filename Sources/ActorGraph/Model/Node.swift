/// An actor, place or statement in an ``ActorGraph``.
///
/// ```swift
/// let russia = Node(id: "russia", kind: .actor, category: .state, label: "Russia",
///                   aliases: ["Moscow", "the Kremlin"])
/// ```
public struct Node: Sendable, Hashable, Identifiable {
    /// Stable kebab-case slug of the canonical name, e.g. `assad-forces`.
    public var id: String
    /// Actor, place or statement.
    public var kind: NodeKind
    /// What sort of actor or place; `nil` for statements.
    public var category: Category?
    /// The canonical display name (for statements, a shortened quote).
    public var label: String
    // (Mentions come before aliases so that the memberwise initialiser, which the initialisers
    // below end in, has labels of its own: see ``init(id:kind:category:label:aliases:orderedMentions:quote:)``.)
    /// Where the node is mentioned, sorted by document and offset.
    public var mentions: [TextSpan]
    /// Other names the node goes by, sorted and without the label itself.
    public var aliases: [String]
    /// The full quotation, for statements only.
    public var quote: String?
}

extension Node {
    /// Creates a node; aliases and mentions are normalised (sorted, de-duplicated).
    public init(id: String, kind: NodeKind, category: Category? = nil, label: String,
                aliases: [String] = [], mentions: [TextSpan] = [], quote: String? = nil) {
        self.init(id: id, kind: kind, category: category, label: label, aliases: aliases,
                  orderedMentions: mentions.sortedUnique(), quote: quote)
    }

    /// ``init(id:kind:category:label:aliases:mentions:quote:)`` for `mentions` the caller already
    /// sorted and de-duplicated (strictly increasing): only the aliases are normalised, and both
    /// arrays move into the node without a copy.
    package init(id: String, kind: NodeKind, category: Category?, label: String,
                 aliases: consuming [String], orderedMentions mentions: consuming [TextSpan], quote: String? = nil) {
        // (Taken, not copied: a copy would share the caller's storage, and sorting it or removing
        // the label would then copy every name.)
        var names = consume aliases
        names.formSortedUnique()
        // The names are distinct: at most one equals the label.
        if let i = names.firstIndex(of: label) { names.remove(at: i) }
        // The node is made by the memberwise initialiser (these initialisers live in an
        // extension so that it exists): storing the fields one by one made the compiler copy the
        // finished node (retaining its five strings and arrays) and destroy the original.
        self.init(id: id, kind: kind, category: category, label: label, mentions: mentions, aliases: names, quote: quote)
    }

    /// Adds what `other` (a node with the same id) knows: its aliases and mentions, and its
    /// category or quote where this node has none.
    public mutating func merge(_ other: Node) {
        mergeAllButMentions(other)
        mentions = (mentions + other.mentions).sortedUnique()
    }

    /// The part of ``merge(_:)`` that leaves ``mentions`` alone: category, quote and aliases.
    mutating func mergeAllButMentions(_ other: Node) {
        precondition(other.id == id, "merging nodes with different ids")
        if category == nil { category = other.category }
        if quote == nil { quote = other.quote }
        if aliases.isStrictlyIncreasing && other.aliases.isStrictlyIncreasing {
            aliases = Self.mergedAliases(aliases, label: label, other.aliases, otherLabel: other.label)
            return
        }
        var names = Set(aliases).union(other.aliases)
        if other.label != label { names.insert(other.label) }
        names.remove(label)
        aliases = names.sorted()
    }

    /// The sorted union of two strictly increasing alias lists and `otherLabel`, without `label`:
    /// what the set-based merge above gives (sorted, and of equal names the one from `aliases`,
    /// then `otherLabel`), in one walk over both lists without hashing or sorting.
    private static func mergedAliases(_ aliases: [String], label: String,
                                      _ otherAliases: [String], otherLabel: String) -> [String] {
        // The usual case, the same node met again: nothing changes.
        if otherLabel == label && otherAliases == aliases && !aliases.contains(label) { return aliases }
        var merged: [String] = []
        merged.reserveCapacity(aliases.count + otherAliases.count + 1)
        var i = 0, j = 0
        while i < aliases.count || j < otherAliases.count {
            if j == otherAliases.count || (i < aliases.count && aliases[i] < otherAliases[j]) {
                merged.append(aliases[i]); i += 1
            } else if i == aliases.count || otherAliases[j] < aliases[i] {
                merged.append(otherAliases[j]); j += 1
            } else {
                merged.append(aliases[i]); i += 1; j += 1  // equal: a set keeps the first inserted
            }
        }
        if otherLabel != label {
            // Inserted at its place unless an equal name is already there.
            var low = 0, high = merged.count
            while low < high {
                let middle = (low + high) / 2
                if merged[middle] < otherLabel { low = middle + 1 } else { high = middle }
            }
            if low == merged.count || merged[low] != otherLabel { merged.insert(otherLabel, at: low) }
        }
        if let k = merged.firstIndex(of: label) { merged.remove(at: k) }
        return merged
    }
}
