import ActorGraph

/// Merges per-document graphs into one, resolving names across documents: persons whose names are
/// transliteration variants of each other ("Hisham al-Skeif" / "Hisham Skaff") become one node when
/// their roles agree.
public struct GraphBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The union of `graphs` with person variants merged.
    public func merge(_ graphs: [ActorGraph]) -> ActorGraph {
        let merged = ActorGraph(merging: graphs)
        let renames = personVariants(in: merged)
        return renames.isEmpty ? merged : merged.renamingNodes(renames)
    }

    /// Maps each variant person id to the id it merges into.
    func personVariants(in graph: ActorGraph) -> [String: String] {
        let persons = graph.nodes.filter { $0.category == .person && !$0.id.hasPrefix("unnamed-") }
        var groups: [String: [Node]] = [:]
        for person in persons {
            let words = PhraseTrie<Bool>.keys(of: person.label).filter { !EnglishWords.nameConnectors.contains($0) && $0 != "." }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            groups["\(Transliteration.key(first))|\(Transliteration.skeleton(last))", default: []].append(person)
        }
        var renames: [String: String] = [:]
        for (_, members) in groups where members.count > 1 {
            let sorted = members.sorted { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) }
            guard let canonical = sorted.first else { continue }
            let canonicalBodies = memberships(of: canonical.id, in: graph)
            for other in sorted.dropFirst() {
                let bodies = memberships(of: other.id, in: graph)
                if canonicalBodies.isEmpty || bodies.isEmpty || !canonicalBodies.isDisjoint(with: bodies) {
                    renames[other.id] = canonical.id
                }
            }
        }
        return renames
    }

    private func memberships(of id: String, in graph: ActorGraph) -> Set<String> {
        Set(graph.edges(from: id).filter { $0.relationClass == .membership }.map(\.target))
    }
}
