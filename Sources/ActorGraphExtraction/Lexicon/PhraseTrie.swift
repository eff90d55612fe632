/// A trie over token key ids (see ``Vocabulary``) that finds the longest known phrase starting at a
/// token.
///
/// Hyphens between words are ignored on both sides, so "Sheikh-Maqsoud" matches "Sheikh Maqsoud".
/// Phrases are added with ``insert(_:_:)`` and the trie is then frozen with ``compile(wordCount:)``
/// into flat arrays: the root's edges are indexed directly by word id, every other node's edges
/// are a short sorted run searched in place (or, for a node with many, found in a hashed table).
/// An edge's target carries, in its lowest bit, whether
/// a phrase ends there, so a walk reads no node's values until it returns them.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// Edges of each node while phrases are being added.
    private var pending: [[Int32: Int32]] = [[:]]
    /// Values of each node while phrases are being added.
    private var pendingValues: [[Value]] = [[]]
    /// The frozen trie, once ``compile(wordCount:)`` has run: one reference, so a copy of the trie
    /// (a finder reading it from the lexicon index) retains one object, not each array.
    private var tables = Tables()

    /// The arrays a compiled trie is read from.
    final class Tables: Sendable {
        /// The root's child for each word id (see ``PhraseTrie/link(to:in:)``), or -1.
        let rootChildren: [Int32]
        /// For node `n`, its edges are `edgeStart[n]..<edgeStart[n + 1]` in `edgeWords`/`edgeTargets`,
        /// sorted by word id.
        let edgeStart: [Int32]
        let edgeWords: [Int32]
        let edgeTargets: [Int32]
        /// The edges of the nodes with more than ``PhraseTrie/hashedEdgeMinimum`` of them (after
        /// "the", after "al"), in an open-addressing table keyed by `node << 32 | word`
        /// (``PhraseTrie/emptyEdgeKey`` marks a free slot): one probe or two instead of a binary
        /// search over a long run. Its size is a power of two, at least twice the edges it holds.
        let hashedKeys: [UInt64]
        let hashedTargets: [Int32]
        /// The values of every node one after another, node by node: node `n`'s are
        /// `flatValues[valueStart[n]..<valueStart[n + 1]]`, read in place without retaining an array.
        let flatValues: [Value]
        let valueStart: [Int32]
        /// The values of each node, as arrays (for ``PhraseTrie/longestMatch(in:ids:from:limit:)``).
        let values: [[Value]]

        /// An empty trie's tables.
        convenience init() {
            self.init(rootChildren: [], edgeStart: [0, 0], edgeWords: [], edgeTargets: [], hashedKeys: [], hashedTargets: [],
                      flatValues: [], valueStart: [0, 0], values: [[]])
        }

        init(rootChildren: [Int32], edgeStart: [Int32], edgeWords: [Int32], edgeTargets: [Int32], hashedKeys: [UInt64],
             hashedTargets: [Int32], flatValues: [Value], valueStart: [Int32], values: [[Value]]) {
            self.rootChildren = rootChildren
            self.edgeStart = edgeStart
            self.edgeWords = edgeWords
            self.edgeTargets = edgeTargets
            self.hashedKeys = hashedKeys
            self.hashedTargets = hashedTargets
            self.flatValues = flatValues
            self.valueStart = valueStart
            self.values = values
        }
    }

    /// Nodes with more edges than this are looked up in ``Tables/hashedKeys``.
    private static var hashedEdgeMinimum: Int { 8 }
    /// A free slot of ``Tables/hashedKeys`` (no node has that number).
    private static var emptyEdgeKey: UInt64 { .max }

    /// The slot of ``Tables/hashedKeys`` where the search for `key` starts, for a table of
    /// `1 << (64 - shift)` slots (Fibonacci hashing).
    @inline(__always) private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The shift of ``slot(of:shift:)`` for a table of `count` slots (a power of two, at least 2).
    @inline(__always) private static func shift(forSlots count: Int) -> UInt64 {
        UInt64(64 - count.trailingZeroBitCount)
    }

    /// Adds `value` under the phrase whose token key ids are `ids`.
    mutating func insert(_ ids: [Int32], _ value: Value) {
        guard !ids.isEmpty else { return }
        var node = 0
        for id in ids {
            if let next = pending[node][id] {
                node = Int(next)
            } else {
                pending.append([:]); pendingValues.append([])
                let next = pending.count - 1
                pending[node][id] = Int32(next)
                node = next
            }
        }
        pendingValues[node].append(value)
    }

    /// Freezes the phrases added so far for lookup; `wordCount` is the size of the vocabulary.
    mutating func compile(wordCount: Int) {
        let values = pendingValues
        var rootChildren = [Int32](repeating: -1, count: wordCount)
        for (word, target) in pending[0] where Int(word) < wordCount { rootChildren[Int(word)] = Self.link(to: target, in: values) }
        var edgeStart: [Int32] = [0]
        var edgeWords: [Int32] = []
        var edgeTargets: [Int32] = []
        var hashedEdges: [(key: UInt64, target: Int32)] = []
        for (node, edges) in pending.enumerated() {
            for (word, target) in edges.sorted(by: { $0.key < $1.key }) {
                edgeWords.append(word)
                edgeTargets.append(Self.link(to: target, in: values))
                if node != 0, edges.count > Self.hashedEdgeMinimum {
                    hashedEdges.append((UInt64(node) << 32 | UInt64(UInt32(bitPattern: word)), Self.link(to: target, in: values)))
                }
            }
            edgeStart.append(Int32(edgeWords.count))
        }
        var slots = 2
        while slots < 2 * hashedEdges.count { slots *= 2 }
        var hashedKeys = [UInt64](repeating: Self.emptyEdgeKey, count: hashedEdges.isEmpty ? 0 : slots)
        var hashedTargets = [Int32](repeating: -1, count: hashedKeys.count)
        let shift = Self.shift(forSlots: slots)
        for edge in hashedEdges {
            var slot = Self.slot(of: edge.key, shift: shift)
            while hashedKeys[slot] != Self.emptyEdgeKey { slot = (slot + 1) & (slots - 1) }
            hashedKeys[slot] = edge.key
            hashedTargets[slot] = edge.target
        }
        var valueStart: [Int32] = [0]
        for nodeValues in values { valueStart.append(valueStart[valueStart.count - 1] + Int32(nodeValues.count)) }
        tables = Tables(rootChildren: rootChildren, edgeStart: edgeStart, edgeWords: edgeWords, edgeTargets: edgeTargets,
                        hashedKeys: hashedKeys, hashedTargets: hashedTargets, flatValues: values.flatMap { $0 },
                        valueStart: valueStart, values: values)
        pending = []
        pendingValues = []
    }

    /// An edge's target as stored: the node times two, plus one when a phrase ends at the node
    /// (when `values` holds any for it).
    private static func link(to node: Int32, in values: [[Value]]) -> Int32 {
        node << 1 | (values[Int(node)].isEmpty ? 0 : 1)
    }

    /// The child of `node` along word `id` (see ``link(to:in:)``), or -1.
    @inline(__always) private func child(of node: Int, along id: Int32) -> Int {
        guard id >= 0 else { return -1 }
        let tables = self.tables
        if node == 0 { return Int(id) < tables.rootChildren.count ? Int(tables.rootChildren[Int(id)]) : -1 }
        var low = Int(tables.edgeStart[node]), high = Int(tables.edgeStart[node + 1])
        // (A node with that many edges has them all in the hashed table.)
        if high - low > Self.hashedEdgeMinimum { return hashedChild(of: node, along: id) }
        while low < high {
            let middle = (low + high) >> 1
            let word = tables.edgeWords[middle]
            if word == id { return Int(tables.edgeTargets[middle]) }
            if word < id { low = middle + 1 } else { high = middle }
        }
        return -1
    }

    /// ``child(of:along:)`` of a node with more than ``hashedEdgeMinimum`` edges, from the hashed
    /// table (out of line: the walks that inline ``child(of:along:)`` stay small).
    @inline(never) private func hashedChild(of node: Int, along id: Int32) -> Int {
        let keys = tables.hashedKeys
        let key = UInt64(node) << 32 | UInt64(UInt32(bitPattern: id))
        var slot = Self.slot(of: key, shift: Self.shift(forSlots: keys.count))
        while true {
            let found = keys[slot]
            if found == key { return Int(tables.hashedTargets[slot]) }
            if found == Self.emptyEdgeKey { return -1 }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// True when some phrase starts with the word `id`: a longest match from a token whose id is not
    /// such a word finds nothing.
    @inline(__always) func startsPhrase(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < tables.rootChildren.count && tables.rootChildren[Int(id)] >= 0
    }

    /// The root's link along word `id` (see ``link(to:in:)``): the first node of the phrases that
    /// start with that word, times two, plus one when a phrase of that one word ends there; -1
    /// when no phrase starts with it. With ``endsPhrase(atRootLink:)`` and
    /// ``continues(fromRootLink:along:)``, a caller can tell from a walk's first two tokens that
    /// it finds nothing, without walking.
    @inline(__always) func rootLink(_ id: Int32) -> Int {
        startsPhrase(id) ? Int(tables.rootChildren[Int(id)]) : -1
    }

    /// True when a phrase of one word ends at the root link `link` (see ``rootLink(_:)``).
    @inline(__always) static func endsPhrase(atRootLink link: Int) -> Bool { link > 0 && link & 1 != 0 }

    /// True when some phrase goes on from the root link `link` (see ``rootLink(_:)``) along the
    /// word `id` as its second word.
    @inline(__always) func continues(fromRootLink link: Int, along id: Int32) -> Bool {
        link > 0 && child(of: link >> 1, along: id) >= 0
    }

    /// The longest phrase starting at `tokens[start]`, with `ids` the key id of each token: the
    /// index one past its last token and its values.
    @inline(__always)
    func longestMatch(in tokens: [Token], ids: [Int32], from start: Int, limit: Int) -> (end: Int, values: [Value])? {
        // Most tokens start no phrase: they are told apart here, without the call.
        guard start < limit, startsPhrase(ids[start]) else { return nil }
        let found = walk(in: tokens, from: start, limit: limit, skipping: { _ in false }) { ids[$0] }
        return found.node != 0 ? (found.end, tables.values[found.node]) : nil
    }

    /// The index one past the longest phrase starting at `tokens[start]` (the `end` of
    /// ``longestMatch(in:ids:from:limit:)``), or nil when none starts there: for callers that ask
    /// only where (or whether) a phrase ends, without its values (no array is retained).
    @inline(__always)
    func longestMatchEnd(in tokens: [Token], ids: [Int32], from start: Int, limit: Int) -> Int? {
        let found = walk(in: tokens, ids: ids, from: start, limit: limit)
        return found.node != 0 ? found.end : nil
    }

    /// The longest phrase starting at `tokens[start]`, with `idOf` giving the key id of the token
    /// at an index: the index one past its last token and its values. Tokens after the first for
    /// which `skip` is true are stepped over (they may sit inside the phrase, never end it).
    @inline(__always)
    func longestMatch(in tokens: [Token], from start: Int, limit: Int,
                      skipping skip: (Int) -> Bool = { _ in false },
                      idOf: (Int) -> Int32) -> (end: Int, values: [Value])? {
        guard start < limit, startsPhrase(idOf(start)) else { return nil }
        let found = walk(in: tokens, from: start, limit: limit, skipping: skip, idOf: idOf)
        return found.node != 0 ? (found.end, tables.values[found.node]) : nil
    }

    /// Where a walk from a token went: the deepest node where a phrase ends (0, the root, when no
    /// phrase does), the index one past that phrase's last token, and the index of the token the
    /// walk stopped at (one it could not follow, or the limit). The node's values are read with
    /// ``values(ofNode:)`` and ``value(at:)``, without an array.
    struct Walk {
        var node: Int
        var end: Int
        var stop: Int
    }

    /// The walk of ``longestMatch(in:ids:from:limit:)`` (node 0 when it finds nothing).
    @inline(__always)
    func walk(in tokens: [Token], ids: [Int32], from start: Int, limit: Int) -> Walk {
        guard start < limit, startsPhrase(ids[start]) else { return Walk(node: 0, end: start, stop: start) }
        return walk(in: tokens, from: start, limit: limit, skipping: { _ in false }) { ids[$0] }
    }

    /// The walk of ``longestMatch(in:from:limit:skipping:idOf:)`` without skipping (node 0 when
    /// it finds nothing).
    @inline(__always)
    func walk(in tokens: [Token], from start: Int, limit: Int, idOf: (Int) -> Int32) -> Walk {
        guard start < limit, startsPhrase(idOf(start)) else { return Walk(node: 0, end: start, stop: start) }
        return walk(in: tokens, from: start, limit: limit, skipping: { _ in false }, idOf: idOf)
    }

    /// The positions in ``value(at:)`` of the values of `node` (a node a walk returned), in the
    /// order they were inserted.
    @inline(__always) func values(ofNode node: Int) -> Range<Int> {
        Int(tables.valueStart[node])..<Int(tables.valueStart[node + 1])
    }

    /// The value at `position`, one of ``values(ofNode:)``.
    @inline(__always) func value(at position: Int) -> Value { tables.flatValues[position] }

    /// ``longestMatch(in:from:limit:skipping:idOf:)`` once the first token is known to start a
    /// phrase, as a ``Walk``.
    @inline(__always)
    private func walk(in tokens: [Token], from start: Int, limit: Int,
                      skipping skip: (Int) -> Bool,
                      idOf: (Int) -> Int32) -> Walk {
        var node = 0
        var i = start
        // The deepest node where a phrase ends (the root never does) and the index after it.
        var bestNode = 0, bestEnd = start
        while i < limit {
            // A word the caller lets the phrase step over ("clashed repeatedly with").
            if i > start && skip(i) {
                i += 1
                continue
            }
            if tokens[i].kind == .punctuation {
                let mark = tokens[i].first
                if (mark == "-" || mark == "\u{2010}" || mark == "\u{2011}") && i > start {
                    i += 1
                    continue
                }
                // An apostrophe inside a name ("Kurdistan Workers' Party", straight or curly:
                // both have the key "'") is one of its tokens, as the lexicon's name was tokenised.
                guard mark == "." || mark == "&" || (i > start && Tokenizer.isApostrophe(mark)) else { break }
            }
            let link = child(of: node, along: idOf(i))
            guard link >= 0 else { break }
            node = link >> 1
            i += 1
            if link & 1 != 0 { bestNode = node; bestEnd = i }
        }
        return Walk(node: bestNode, end: bestEnd, stop: i)
    }

    /// The values of exactly the phrase `ids` (no hyphen skipping), or an empty array.
    func values(ofPhrase ids: [Int32]) -> [Value] {
        var node = 0
        for id in ids {
            let link = child(of: node, along: id)
            guard link >= 0 else { return [] }
            node = link >> 1
        }
        return node == 0 ? [] : tables.values[node]
    }

    /// The token keys of a phrase, tokenised like document text, hyphens dropped.
    static func keys(of phrase: String) -> [String] {
        let (tokens, keys) = Tokenizer.keyedTokens(of: Array(phrase.unicodeScalars))
        return zip(tokens, keys).filter { token, _ in !(token.isMark("-") || token.isMark("\u{2010}")) }.map(\.1)
    }
}
