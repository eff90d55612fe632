/// A trie over token key ids (see ``Vocabulary``) that finds the longest known phrase starting at a
/// token.
///
/// Hyphens between words are ignored on both sides, so "Sheikh-Maqsoud" matches "Sheikh Maqsoud".
/// Phrases are added with ``insert(_:_:)`` and the trie is then frozen with ``compile(wordCount:)``
/// into flat arrays: the root's edges are indexed directly by word id, every other node's edges
/// are a short sorted run searched in place. An edge's target carries, in its lowest bit, whether
/// a phrase ends there, so a walk reads no node's values until it returns them.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// Edges of each node while phrases are being added.
    private var pending: [[Int32: Int32]] = [[:]]
    private var values: [[Value]] = [[]]
    /// The root's child for each word id (see ``link(to:)``), or -1.
    private var rootChildren: [Int32] = []
    /// For node `n`, its edges are `edgeStart[n]..<edgeStart[n + 1]` in `edgeWords`/`edgeTargets`,
    /// sorted by word id.
    private var edgeStart: [Int32] = []
    private var edgeWords: [Int32] = []
    private var edgeTargets: [Int32] = []

    /// Adds `value` under the phrase whose token key ids are `ids`.
    mutating func insert(_ ids: [Int32], _ value: Value) {
        guard !ids.isEmpty else { return }
        var node = 0
        for id in ids {
            if let next = pending[node][id] {
                node = Int(next)
            } else {
                pending.append([:]); values.append([])
                let next = pending.count - 1
                pending[node][id] = Int32(next)
                node = next
            }
        }
        values[node].append(value)
    }

    /// Freezes the phrases added so far for lookup; `wordCount` is the size of the vocabulary.
    mutating func compile(wordCount: Int) {
        rootChildren = [Int32](repeating: -1, count: wordCount)
        for (word, target) in pending[0] where Int(word) < wordCount { rootChildren[Int(word)] = link(to: target) }
        edgeStart = [0]
        edgeWords = []
        edgeTargets = []
        for edges in pending {
            for (word, target) in edges.sorted(by: { $0.key < $1.key }) {
                edgeWords.append(word)
                edgeTargets.append(link(to: target))
            }
            edgeStart.append(Int32(edgeWords.count))
        }
        pending = []
    }

    /// An edge's target as stored: the node times two, plus one when a phrase ends at the node.
    private func link(to node: Int32) -> Int32 {
        node << 1 | (values[Int(node)].isEmpty ? 0 : 1)
    }

    /// The child of `node` along word `id` (see ``link(to:)``), or -1.
    @inline(__always) private func child(of node: Int, along id: Int32) -> Int {
        guard id >= 0 else { return -1 }
        if node == 0 { return Int(id) < rootChildren.count ? Int(rootChildren[Int(id)]) : -1 }
        var low = Int(edgeStart[node]), high = Int(edgeStart[node + 1])
        while low < high {
            let middle = (low + high) >> 1
            let word = edgeWords[middle]
            if word == id { return Int(edgeTargets[middle]) }
            if word < id { low = middle + 1 } else { high = middle }
        }
        return -1
    }

    /// True when some phrase starts with the word `id`: a longest match from a token whose id is not
    /// such a word finds nothing.
    @inline(__always) func startsPhrase(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < rootChildren.count && rootChildren[Int(id)] >= 0
    }

    /// The longest phrase starting at `tokens[start]`, with `ids` the key id of each token: the
    /// index one past its last token and its values.
    @inline(__always)
    func longestMatch(in tokens: [Token], ids: [Int32], from start: Int, limit: Int) -> (end: Int, values: [Value])? {
        // Most tokens start no phrase: they are told apart here, without the call.
        guard start < limit, startsPhrase(ids[start]) else { return nil }
        return walk(in: tokens, from: start, limit: limit) { ids[$0] }
    }

    /// The longest phrase starting at `tokens[start]`, with `idOf` giving the key id of the token
    /// at an index: the index one past its last token and its values. Tokens after the first for
    /// which `skip` is true are stepped over (they may sit inside the phrase, never end it).
    @inline(__always)
    func longestMatch(in tokens: [Token], from start: Int, limit: Int,
                      skipping skip: (Int) -> Bool = { _ in false },
                      idOf: (Int) -> Int32) -> (end: Int, values: [Value])? {
        guard start < limit, startsPhrase(idOf(start)) else { return nil }
        return walk(in: tokens, from: start, limit: limit, skipping: skip, idOf: idOf)
    }

    /// ``longestMatch(in:from:limit:skipping:idOf:)`` once the first token is known to start a phrase.
    private func walk(in tokens: [Token], from start: Int, limit: Int,
                      skipping skip: (Int) -> Bool = { _ in false },
                      idOf: (Int) -> Int32) -> (end: Int, values: [Value])? {
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
                guard mark == "." || mark == "&" else { break }
            }
            let link = child(of: node, along: idOf(i))
            guard link >= 0 else { break }
            node = link >> 1
            i += 1
            if link & 1 != 0 { bestNode = node; bestEnd = i }
        }
        return bestNode != 0 ? (bestEnd, values[bestNode]) : nil
    }

    /// The values of exactly the phrase `ids` (no hyphen skipping), or an empty array.
    func values(ofPhrase ids: [Int32]) -> [Value] {
        var node = 0
        for id in ids {
            let link = child(of: node, along: id)
            guard link >= 0 else { return [] }
            node = link >> 1
        }
        return node == 0 ? [] : values[node]
    }

    /// The token keys of a phrase, tokenised like document text, hyphens dropped.
    static func keys(of phrase: String) -> [String] {
        let (tokens, keys) = Tokenizer.keyedTokens(of: Array(phrase.unicodeScalars))
        return zip(tokens, keys).filter { token, _ in !(token.isMark("-") || token.isMark("\u{2010}")) }.map(\.1)
    }
}
