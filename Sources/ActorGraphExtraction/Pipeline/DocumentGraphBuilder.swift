import ActorGraph

/// Turns one document's analysis into its graph: nodes for what it mentions, edges with the
/// sentences as evidence, statement nodes with `said` and `about` edges.
struct DocumentGraphBuilder {
    let analysis: DocumentAnalysis

    func build() -> ActorGraph {
        var graph = ActorGraph(documents: [analysis.document.record])
        let document = analysis.document
        // Evidence is gathered per edge first, so a fact repeated 10,000 times costs one edge, not
        // 10,000 merges. Spans of one document are told apart by their bounds alone (the text
        // follows from them), which saves hashing whole sentences.
        var evidence: [Edge.Key: Set<SpanBounds>] = [:]
        var involved = Set<String>()
        for relation in Set(analysis.relations) {
            let span = analysis.evidence(sentences: relation.sentences, anchor: relation.anchor)
            evidence[Edge.Key(source: relation.source, target: relation.target, relation: relation.relation), default: []].insert(SpanBounds(span))
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
            evidence[Edge.Key(source: statement.speaker, target: id, relation: .said), default: []]
                .insert(SpanBounds(start: statement.evidenceStart, end: statement.evidenceEnd))
            involved.insert(statement.speaker)
            for entity in statement.about where analysis.isRecorded(entity) {
                evidence[Edge.Key(source: id, target: entity, relation: .about), default: []].insert(SpanBounds(quoteSpan))
            }
        }
        // Spans and naming by entity number: the numbers index these tables directly.
        var spansByNumber: [Int32: [TextSpan]] = [:]
        var namedByNumber: Set<Int32> = []
        for mention in analysis.mentions {
            spansByNumber[mention.number, default: []].append(document.span(from: mention.start, to: mention.end))
            let named = document.scalars[mention.start..<mention.end].contains { scalar in
                scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            }
            if named || mention.form == .description { namedByNumber.insert(mention.number) }
        }
        for record in analysis.records {
            let id = record.id
            let number = analysis.number(of: id)
            guard let spans = spansByNumber[number] else { continue }
            // Outlets that only report, and collectives named only by common nouns ("people"), are
            // not actors of the story unless they take part in a relation or speak.
            if !involved.contains(id) && (record.category == .media || !namedByNumber.contains(number)) { continue }
            var aliases = record.aliases
            for bounds in record.aliasSpans { aliases.insert(document.text(from: bounds.start, to: bounds.end)) }
            for span in spans { aliases.insert(span.text) }
            graph.add(Node(id: id, kind: record.category.kind, category: record.category, label: record.name,
                           aliases: Array(aliases), mentions: spans))
        }
        for var node in statementNodes.values {
            node.mentions = Set(node.mentions).sorted()
            graph.add(node)
        }
        for (key, bounds) in evidence where graph.node(withID: key.source) != nil && graph.node(withID: key.target) != nil {
            let spans = bounds.map { document.span(from: $0.start, to: $0.end) }
            graph.add(Edge(source: key.source, target: key.target, relation: key.relation, evidence: spans))
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
