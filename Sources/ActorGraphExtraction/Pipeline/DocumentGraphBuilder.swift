import ActorGraph

/// Turns one document's analysis into its graph: nodes for what it mentions, edges with the
/// sentences as evidence, statement nodes with `said` and `about` edges.
struct DocumentGraphBuilder {
    let analysis: DocumentAnalysis

    func build() -> ActorGraph {
        var graph = ActorGraph(documents: [analysis.document.record])
        let document = analysis.document
        // Evidence is gathered per edge first, so a fact repeated 10,000 times costs one edge, not
        // 10,000 merges.
        var evidence: [Edge.Key: Set<TextSpan>] = [:]
        var involved = Set<String>()
        for relation in Set(analysis.relations) {
            let span = analysis.evidence(sentences: relation.sentences, anchor: relation.anchor)
            evidence[Edge.Key(source: relation.source, target: relation.target, relation: relation.relation), default: []].insert(span)
            involved.insert(relation.source)
            involved.insert(relation.target)
        }
        var statementNodes: [String: Node] = [:]
        for statement in analysis.statements {
            let id = "statement-" + SHA256.hexDigest(of: Array((statement.speaker + "\u{0}" + statement.quote.lowercased()).utf8)).prefix(12)
            let quoteSpan = document.span(from: statement.quoteStart, to: statement.quoteEnd)
            if statementNodes[id] == nil {
                statementNodes[id] = Node(id: id, kind: .statement, label: Self.shortened(statement.quote), mentions: [quoteSpan], quote: statement.quote)
            } else {
                statementNodes[id]?.mentions.append(quoteSpan)
            }
            let said = document.span(from: statement.evidenceStart, to: statement.evidenceEnd)
            evidence[Edge.Key(source: statement.speaker, target: id, relation: .said), default: []].insert(said)
            involved.insert(statement.speaker)
            for entity in statement.about where analysis.entities[entity] != nil {
                evidence[Edge.Key(source: id, target: entity, relation: .about), default: []].insert(quoteSpan)
            }
        }
        var spansByEntity: [String: [TextSpan]] = [:]
        var namedByEntity: [String: Bool] = [:]
        for mention in analysis.mentions {
            spansByEntity[mention.entity, default: []].append(document.span(from: mention.start, to: mention.end))
            let named = analysis.document.scalars[mention.start..<mention.end].contains(where: \.properties.isUppercase)
            if named || mention.form == .description { namedByEntity[mention.entity] = true }
        }
        for (id, record) in analysis.entities {
            guard let spans = spansByEntity[id] else { continue }
            // Outlets that only report, and collectives named only by common nouns ("people"), are
            // not actors of the story unless they take part in a relation or speak.
            if !involved.contains(id) && (record.category == .media || namedByEntity[id] != true) { continue }
            var aliases = record.aliases
            for span in spans { aliases.insert(span.text) }
            graph.add(Node(id: id, kind: record.category.kind, category: record.category, label: record.name,
                           aliases: Array(aliases), mentions: spans))
        }
        for var node in statementNodes.values {
            node.mentions = Set(node.mentions).sorted()
            graph.add(node)
        }
        for (key, spans) in evidence where graph.node(withID: key.source) != nil && graph.node(withID: key.target) != nil {
            graph.add(Edge(source: key.source, target: key.target, relation: key.relation, evidence: Array(spans)))
        }
        return graph
    }

    /// A quote cut to about 60 characters at a word boundary, with an ellipsis.
    static func shortened(_ quote: String) -> String {
        guard quote.count > 60 else { return quote }
        var cut = String(quote.prefix(60))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "\u{2026}"
    }
}
