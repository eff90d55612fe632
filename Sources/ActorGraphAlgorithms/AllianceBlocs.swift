import ActorGraph

extension ActorGraph {
    /// The signed actor graph: actors joined by at least one cooperation or conflict edge, and
    /// those edges. Blocs and balance are computed on it.
    public var signedActorGraph: ActorGraph {
        let signed = filtered(by: GraphFilter(nodeKinds: [.actor], relationClasses: [.cooperation, .conflict]))
        let signedEdges = signed.edges.filter { $0.source != $0.target }
        let ends = Set(signedEdges.flatMap { [$0.source, $0.target] })
        return ActorGraph(documents: signed.documents, nodes: signed.nodes.filter { ends.contains($0.id) }, edges: signedEdges)
    }

    /// Partitions the actors into alliance blocs minimising frustration: cooperation ties between
    /// blocs plus conflict ties within a bloc, weighted by evidence count.
    ///
    /// Works on ``signedActorGraph`` (actors with at least one cooperation or conflict tie;
    /// direction ignored; the ties between two actors are summed into one net signed weight,
    /// which changes the optimum's cost only by a constant). `count` caps the number of blocs
    /// (`nil`: chosen automatically, i.e. weak balance / correlation clustering). Small graphs
    /// (components of up to 20 actors) are solved exactly by branch and bound; larger ones by
    /// seeded Louvain-style local moving with Doreian–Mrvar relocation and restarts — see
    /// ``GraphProjection/signedBlocs(count:seed:restarts:exactLimit:)``.
    ///
    /// The frustration and frustrated edges are read off the actual edges, so a pair with both a
    /// cooperation and a conflict tie always contributes one of them.
    ///
    /// - Complexity: near-linear for the heuristic; exponential but budgeted for the exact part.
    public func allianceBlocs(count: Int? = nil, seed: UInt64 = 1) -> BlocPartition {
        let signed = signedActorGraph
        let projection = GraphProjection(signed)
        let partition = projection.signedBlocs(count: count, seed: seed)
        var groups = [[String]](repeating: [], count: partition.blocCount)
        var blocOf: [String: Int32] = [:]
        for (i, label) in partition.labels.enumerated() {
            groups[Int(label)].append(projection.nodeIDs[i])
            blocOf[projection.nodeIDs[i]] = label
        }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var frustrated: [Edge] = []
        var total = 0.0
        for edge in signed.edges {
            guard let a = blocOf[edge.source], let b = blocOf[edge.target] else { continue }
            if (edge.polarity > 0 && a != b) || (edge.polarity < 0 && a == b) {
                frustrated.append(edge)
                total += Double(edge.weight)
            }
        }
        return BlocPartition(blocs: groups, frustration: total, frustratedEdges: frustrated, isOptimal: partition.isOptimal)
    }
}
