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
    /// Other names the node goes by, sorted and without the label itself.
    public var aliases: [String]
    /// Where the node is mentioned, sorted by document and offset.
    public var mentions: [TextSpan]
    /// The full quotation, for statements only.
    public var quote: String?

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
        var names = aliases
        names.formSortedUnique()
        // The names are distinct: at most one equals the label.
        if let i = names.firstIndex(of: label) { names.remove(at: i) }
        // The fields are stored only once every value is ready: storing some before the work on
        // the names made the compiler build the node aside and copy it out.
        self.id = id
        self.kind = kind
        self.category = category
        self.label = label
        self.aliases = names
        self.mentions = mentions
        self.quote = quote
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
        var names = Set(aliases).union(other.aliases)
        if other.label != label { names.insert(other.label) }
        names.remove(label)
        aliases = names.sorted()
    }
}
