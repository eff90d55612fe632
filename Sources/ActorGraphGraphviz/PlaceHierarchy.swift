import ActorGraph

/// Which place lies inside which: the nesting the ``DiagramView/control`` view draws as boxes.
///
/// A graph's own `part-of` and `located-in` edges between places always count and win. A
/// gazetteer (for example the lexicon's `partOf` entries) can fill in what the articles never
/// state, such as "Masaken Hanano is part of eastern Aleppo"; it only decides which box a place
/// is drawn in and never adds an edge to the diagram.
///
/// ```swift
/// var places = PlaceHierarchy()
/// places.setParent("aleppo", of: "east-aleppo")
/// places.setLabel("Aleppo", for: "aleppo")      // for parents that are not nodes of the graph
/// let diagram = Diagram(graph, view: .control, places: places)
/// ```
public struct PlaceHierarchy: Sendable, Hashable {
    /// The containing place of each place id, from the gazetteer.
    public private(set) var parents: [String: String] = [:]
    /// Display names for place ids that may not be nodes of the graph.
    public private(set) var labels: [String: String] = [:]

    /// An empty hierarchy: only the graph's own edges nest places.
    public init() {}

    /// A hierarchy from child → parent ids and optional display names.
    public init(parents: [String: String], labels: [String: String] = [:]) {
        for (child, parent) in parents where child != parent { self.parents[child] = parent }
        self.labels = labels
    }

    /// Records that `child` lies inside `parent` (ignored when they are the same).
    public mutating func setParent(_ parent: String, of child: String) {
        guard child != parent else { return }
        parents[child] = parent
    }

    /// Records the display name of the place `id`.
    public mutating func setLabel(_ label: String, for id: String) {
        labels[id] = label
    }

    /// The parent of every place of `graph` that has one: its heaviest `part-of` edge to a
    /// place, else its heaviest `located-in` edge to a place, else the gazetteer's entry (ties
    /// broken by id). Links that would close a cycle are dropped, so the result is a forest.
    func parents(in graph: ActorGraph) -> [String: String] {
        var best: [String: (rank: Int, weight: Int, parent: String)] = [:]
        for edge in graph.edges where edge.relation == .partOf || edge.relation == .locatedIn {
            guard edge.source != edge.target,
                  graph.node(withID: edge.source)?.kind == .place,
                  graph.node(withID: edge.target)?.kind == .place else { continue }
            let candidate = (rank: edge.relation == .partOf ? 2 : 1, weight: edge.weight, parent: edge.target)
            if let current = best[edge.source],
               (current.rank, current.weight, candidate.parent) >= (candidate.rank, candidate.weight, current.parent) {
                continue
            }
            best[edge.source] = candidate
        }
        var result: [String: String] = [:]
        for (child, parent) in parents where best[child] == nil { result[child] = parent }
        for (child, choice) in best { result[child] = choice.parent }
        // Break cycles: visit children in id order and drop the link that closes a loop.
        for child in result.keys.sorted() {
            var seen: Set<String> = [child]
            var current = child
            while let parent = result[current] {
                if seen.contains(parent) {
                    result[current] = nil
                    break
                }
                seen.insert(parent)
                current = parent
            }
        }
        return result
    }

    /// The display name of `id`: the graph node's label, else the hierarchy's, else the id.
    func label(of id: String, in graph: ActorGraph) -> String {
        graph.node(withID: id)?.label ?? labels[id] ?? id
    }
}
