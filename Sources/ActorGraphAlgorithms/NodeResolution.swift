import ActorGraph

extension ActorGraph {
    /// The id of the node called `name`: an exact id, or else an id, label or alias compared
    /// case-insensitively (and ignoring surrounding spaces).
    ///
    /// - Throws: ``NodeLookupError/ambiguous(name:candidates:)`` when several nodes match by
    ///   label or alias, ``NodeLookupError/unknown(name:suggestions:)`` when none does, with up to
    ///   five near matches (edit distance at most a third of the name's length, or containing the
    ///   name), closest first, ties by id.
    /// - Complexity: O(V × A × L²) for A names per node of length L.
    public func resolveNodeID(_ name: String) throws(NodeLookupError) -> String {
        if node(withID: name) != nil { return name }
        let key = Self.normalisedName(name)
        let nodes = self.nodes
        if let byID = nodes.first(where: { $0.id.lowercased() == key }) { return byID.id }
        let matches = nodes.filter { node in
            ([node.label] + node.aliases).contains { Self.normalisedName($0) == key }
        }
        if matches.count == 1 { return matches[0].id }
        if matches.count > 1 {
            throw .ambiguous(name: name, candidates: matches.map { "\($0.id) (\($0.label))" })
        }
        var scored: [(distance: Int, id: String, text: String)] = []
        let limit = max(2, key.count / 3)
        for node in nodes {
            var best = Int.max
            for candidate in [node.id, node.label] + node.aliases {
                let other = Self.normalisedName(candidate)
                var d = Self.editDistance(key, other, limit: limit)
                if d > limit && key.count >= 3 && (other.contains(key) || key.contains(other) && other.count >= 3) {
                    d = limit
                }
                best = min(best, d)
            }
            if best <= limit { scored.append((best, node.id, "\(node.id) (\(node.label))")) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }
        throw .unknown(name: name, suggestions: scored.prefix(5).map(\.text))
    }

    static func normalisedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Levenshtein distance over characters, stopping early (returning `limit + 1`) once it
    /// must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
