/// A trie over token keys that finds the longest known phrase starting at a token.
///
/// Hyphens between words are ignored on both sides, so "Sheikh-Maqsoud" matches "Sheikh Maqsoud".
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int32]] = [[:]]
    private var values: [[Value]] = [[]]

    /// Adds `value` under the phrase whose token keys are `keys`.
    mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = Int(next)
            } else {
                children.append([:]); values.append([])
                let next = children.count - 1
                children[node][key] = Int32(next)
                node = next
            }
        }
        values[node].append(value)
    }

    /// The longest phrase starting at `tokens[start]` whose every token passes `accept`: the index one
    /// past its last token and its values.
    func longestMatch(in tokens: [Token], from start: Int, limit: Int,
                      keyOf: (Token) -> String = { $0.key }) -> (end: Int, values: [Value])? {
        var node = 0
        var i = start
        var best: (Int, [Value])?
        while i < limit {
            let token = tokens[i]
            if token.kind == .punctuation && (token.text == "-" || token.text == "\u{2010}" || token.text == "\u{2011}") && i > start {
                i += 1
                continue
            }
            guard token.kind != .punctuation || token.text == "." || token.text == "&",
                  let next = children[node][keyOf(token)] else { break }
            node = Int(next)
            i += 1
            if !values[node].isEmpty { best = (i, values[node]) }
        }
        return best
    }

    /// The token keys of a phrase, tokenised like document text, hyphens dropped.
    static func keys(of phrase: String) -> [String] {
        Tokenizer.tokens(of: Array(phrase.unicodeScalars))
            .filter { !($0.kind == .punctuation && ($0.text == "-" || $0.text == "\u{2010}")) }
            .map(\.key)
    }
}
