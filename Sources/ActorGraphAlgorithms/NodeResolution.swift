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
        let key = NameMatching.key(name)
        let nodes = self.nodes
        if let byID = nodes.first(where: { $0.id.lowercased() == key }) { return byID.id }
        let matches = nodes.filter { node in
            ([node.label] + node.aliases).contains { NameMatching.key($0) == key }
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
                let other = NameMatching.key(candidate)
                var d = NameMatching.editDistance(key, other, limit: limit)
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
}
