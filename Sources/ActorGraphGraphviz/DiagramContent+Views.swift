import ActorGraph
import ActorGraphAlgorithms

// The selection rules of each view: which nodes, edges and boxes it draws.
extension DiagramContent {
    /// Actors joined by cooperation (and conflict) edges, boxed by alliance bloc. The blocs are
    /// computed on the actors' signed cooperation/conflict graph, whether or not conflict edges
    /// are drawn; blocs with a single drawn member get no box.
    static func alliances(of graph: ActorGraph, includesConflicts: Bool) -> DiagramContent {
        let signed = mergedEdges(of: graph, classes: [.cooperation, .conflict], kinds: [.actor])
        var content = DiagramContent()
        content.edges = includesConflicts ? signed : signed.filter { $0.relationClass == .cooperation }
        content.nodes = nodes(of: graph, touchedBy: content.edges)
        guard !content.nodes.isEmpty else { return content }

        let partition = graph.allianceBlocs()          // on the signed actor graph, seed 1
        for edge in partition.frustratedEdges {
            content.frustratedEdges.insert(edge.key)
            if edge.relation.isSymmetric {
                content.frustratedEdges.insert(Edge.Key(source: edge.target, target: edge.source, relation: edge.relation))
            }
        }
        let drawn = Set(content.nodes.map(\.id))
        for (index, bloc) in partition.blocs.enumerated() {
            for id in bloc { content.blocNumbers[id] = index + 1 }
            let members = bloc.filter(drawn.contains).sorted()
            guard members.count > 1 else { continue }
            let names = members.compactMap { graph.node(withID: $0)?.label }
            content.clusters.append(Cluster(
                id: "bloc-\(index + 1)", label: "Bloc \(index + 1)",
                tooltip: "Bloc \(index + 1): " + names.joined(separator: ", "),
                kind: .bloc, nodeIDs: members, children: []))
        }
        content.drawnBlocCount = content.clusters.count
        return content
    }

    /// Conflict edges between actors and against places.
    static func conflicts(of graph: ActorGraph) -> DiagramContent {
        var content = DiagramContent()
        content.edges = mergedEdges(of: graph, classes: [.conflict], kinds: [.actor, .place])
        content.nodes = nodes(of: graph, touchedBy: content.edges)
        return content
    }

    /// Control edges from actors to places, with the places nested in boxes by `places`.
    static func control(of graph: ActorGraph, places: PlaceHierarchy) -> DiagramContent {
        var content = DiagramContent()
        content.edges = mergedEdges(of: graph, classes: [.control], kinds: [.actor, .place])
        content.nodes = nodes(of: graph, touchedBy: content.edges)
        let parents = places.parents(in: graph)
        let drawnPlaces = content.nodes.filter { $0.kind == .place }.map(\.id)

        // Every ancestor of a drawn place becomes a box holding its drawn descendants.
        var children: [String: Set<String>] = [:]      // box id → child box ids
        var members: [String: [String]] = [:]          // box id → drawn place ids directly inside
        var boxes: Set<String> = []
        var roots: Set<String> = []
        for place in drawnPlaces {
            var current = place
            var isFirst = true
            while let parent = parents[current] {
                boxes.insert(parent)
                if isFirst { members[parent, default: []].append(place) } else { children[parent, default: []].insert(current) }
                isFirst = false
                current = parent
            }
            if current != place { roots.insert(current) }
        }
        // A drawn place that is itself a box sits inside its own box.
        for place in drawnPlaces where boxes.contains(place) {
            members[place, default: []].append(place)
            if let parent = parents[place], var siblings = members[parent] {
                siblings.removeAll { $0 == place }
                members[parent] = siblings
                children[parent, default: []].insert(place)
            }
        }
        func cluster(_ id: String) -> Cluster {
            let category = graph.node(withID: id)?.category?.displayName
            let label = places.label(of: id, in: graph)
            return Cluster(id: ElementID.make("place", [id]), label: label,
                           tooltip: category.map { "\(label) — \($0)" } ?? label,
                           kind: .place, nodeIDs: (members[id] ?? []).sorted(),
                           children: (children[id] ?? []).sorted().map(cluster))
        }
        content.clusters = roots.sorted().map(cluster)
        return content
    }

    /// Speakers with their `said` edges to statements, the speakers' membership edges, and the
    /// statements' `about` edges.
    static func statements(of graph: ActorGraph) -> DiagramContent {
        let said = mergedEdges(of: graph, classes: [.statement], kinds: [.actor, .statement])
        let speakers = Set(said.map(\.source))
        let statements = Set(said.map(\.target))
        let membership = mergedEdges(of: graph, classes: [.membership], kinds: [.actor]) { speakers.contains($0.source) }
        let about = mergedEdges(of: graph, classes: [.mention], kinds: [.actor, .place, .statement]) {
            statements.contains($0.source)
        }
        var content = DiagramContent()
        content.edges = (said + membership + about).sorted { $0.key < $1.key }
        content.nodes = nodes(of: graph, touchedBy: content.edges)
        return content
    }

    /// Everything within `hops` steps of `focus`, in every relation class.
    static func ego(of graph: ActorGraph, focus: String, hops: Int) -> DiagramContent {
        let neighbourhood = graph.egoNetwork(around: focus, hops: hops)
        var content = DiagramContent()
        content.edges = mergedEdges(of: neighbourhood, classes: Set(RelationClass.allCases), kinds: Set(NodeKind.allCases))
        content.nodes = nodes(of: neighbourhood, touchedBy: content.edges, plus: [focus])
        content.focus = focus
        content.distances = distances(from: focus, along: content.edges)
        return content
    }

    /// Every edge, every node that has one.
    static func full(of graph: ActorGraph) -> DiagramContent {
        var content = DiagramContent()
        content.edges = mergedEdges(of: graph, classes: Set(RelationClass.allCases), kinds: Set(NodeKind.allCases))
        content.nodes = nodes(of: graph, touchedBy: content.edges)
        return content
    }

    /// Breadth-first hop counts from `start`, ignoring edge direction.
    private static func distances(from start: String, along edges: [Edge]) -> [String: Int] {
        var neighbours: [String: [String]] = [:]
        for edge in edges {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var distance = [start: 0]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for next in neighbours[current] ?? [] where distance[next] == nil {
                distance[next] = (distance[current] ?? 0) + 1
                queue.append(next)
            }
        }
        return distance
    }
}
