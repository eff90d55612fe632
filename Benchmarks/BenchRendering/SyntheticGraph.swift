import ActorGraph

/// Seeded synthetic war-news graphs of a chosen size, shaped like extracted ones: about 60 %
/// actors in blocs (cooperation inside a bloc, conflict across), 30 % places nested in cities,
/// 10 % quotes with speakers and topics, about two edges per node.
enum SyntheticGraph {
    /// A graph of `nodeCount` nodes; the same arguments always give the same graph.
    static func make(nodeCount: Int, seed: UInt64 = 42) -> ActorGraph {
        var random = LinearCongruential(seed: seed)
        let actorCount = nodeCount * 6 / 10
        let placeCount = nodeCount * 3 / 10
        let statementCount = nodeCount - actorCount - placeCount
        let blocCount = max(2, actorCount / 25)
        let actorCategories: [Category] = [.state, .armedGroup, .armedGroup, .militia, .organization, .person, .person]
        var nodes: [Node] = []
        var edges: [Edge] = []
        let documents = (1...12).map { Document(id: "doc-\($0).txt", date: "2016-12-\(String(format: "%02d", $0))") }
        func evidence(_ text: String) -> [TextSpan] {
            let document = documents[random.next(below: documents.count)].id
            let start = random.next(below: 5_000)
            return [TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)]
        }

        let actors = (0..<actorCount).map { "actor-\($0)" }
        for (index, id) in actors.enumerated() {
            let category = actorCategories[random.next(below: actorCategories.count)]
            nodes.append(Node(id: id, kind: .actor, category: category, label: "Actor \(index) of bloc \(index % blocCount)"))
        }
        let cities = max(1, placeCount / 10)
        let places = (0..<placeCount).map { "place-\($0)" }
        for (index, id) in places.enumerated() {
            let category: Category = index < cities ? .city : (index % 3 == 0 ? .district : .neighbourhood)
            nodes.append(Node(id: id, kind: .place, category: category, label: "Place \(index)"))
            if index >= cities {
                edges.append(Edge(source: id, target: places[index % cities], relation: .partOf,
                                  evidence: evidence("Place \(index) is part of place \(index % cities).")))
            }
        }
        let statements = (0..<statementCount).map { "statement-\($0)" }
        for (index, id) in statements.enumerated() {
            let quote = "Quote number \(index): we will hold the line in the east of the city whatever it costs us."
            nodes.append(Node(id: id, kind: .statement, label: String(quote.prefix(40)) + "…", quote: quote))
        }

        let cooperation: [Relation] = [.supports, .alliedWith, .backs, .cooperatesWith]
        let conflict: [Relation] = [.fights, .attacks, .shells, .accuses, .opposes]
        for (index, source) in actors.enumerated() {
            let bloc = index % blocCount
            // A cooperation tie inside the bloc, a conflict tie across blocs.
            let ally = actors[(index + blocCount * (1 + random.next(below: 4))) % actorCount]
            if ally != source, (actors.firstIndex(of: ally) ?? 0) % blocCount == bloc {
                edges.append(Edge(source: source, target: ally, relation: cooperation[random.next(below: cooperation.count)],
                                  evidence: evidence("\(source) works with \(ally).")))
            }
            if random.next(below: 10) < 7 {
                let enemy = actors[random.next(below: actorCount)]
                if enemy != source {
                    edges.append(Edge(source: source, target: enemy, relation: conflict[random.next(below: conflict.count)],
                                      evidence: evidence("\(source) clashed with \(enemy).")))
                }
            }
            if !places.isEmpty, random.next(below: 10) < 5 {
                let place = places[random.next(below: places.count)]
                let relation: Relation = [.controls, .captures, .holds, .advancesInto, .shells, .besieges][random.next(below: 6)]
                edges.append(Edge(source: source, target: place, relation: relation,
                                  evidence: evidence("\(source) \(relation.rawValue) \(place).")))
            }
        }
        for (index, statement) in statements.enumerated() {
            let speaker = actors[(index * 7) % actorCount]
            edges.append(Edge(source: speaker, target: statement, relation: .said, evidence: evidence("\(speaker) said it.")))
            let topic = random.next(below: 2) == 0 ? places[random.next(below: places.count)] : actors[random.next(below: actorCount)]
            edges.append(Edge(source: statement, target: topic, relation: .about))
            let organisation = actors[(index * 7 + blocCount) % actorCount]
            if organisation != speaker {
                edges.append(Edge(source: speaker, target: organisation, relation: .memberOf,
                                  evidence: evidence("\(speaker) is a member of \(organisation).")))
            }
        }
        return ActorGraph(documents: documents, nodes: nodes, edges: edges)
    }

    /// The actor with the most edges (ties by id): the benchmark's ego focus.
    static func busiestActor(in graph: ActorGraph) -> String? {
        var degree: [String: Int] = [:]
        for edge in graph.edges {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        return graph.nodes.filter { $0.kind == .actor }
            .max { (degree[$0.id] ?? 0, $1.id) < (degree[$1.id] ?? 0, $0.id) }?.id
    }
}

/// A tiny seeded generator (64-bit LCG, Knuth's constants), so graphs do not depend on the
/// platform's random source.
struct LinearCongruential {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(below bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }
}
