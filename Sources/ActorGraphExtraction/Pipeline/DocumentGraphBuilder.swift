import ActorGraph

/// Turns one document's analysis into its graph: nodes for what it mentions, edges with the
/// sentences as evidence, statement nodes with `said` and `about` edges.
struct DocumentGraphBuilder {
    let analysis: DocumentAnalysis

    /// A statement node in the making: its first quote and every span it was quoted at.
    private struct StatementDraft {
        var quote: String
        var spans: [TextSpan]
    }

    func build() -> ActorGraph {
        let document = analysis.document
        // Evidence is gathered per edge first, so a fact repeated 10,000 times costs one edge, not
        // 10,000 merges. Spans of one document are told apart by their bounds alone (the text
        // follows from them), which saves hashing whole sentences.
        var evidence: [Edge.Key: Set<SpanBounds>] = [:]
        evidence.reserveCapacity(analysis.relations.count + 2 * analysis.statements.count)
        var involved = Set<String>()
        involved.reserveCapacity(analysis.records.count)
        // A repeated relation adds the same bounds and ids again, which the sets absorb: no need
        // to de-duplicate (and hash) the relations first.
        for relation in analysis.relations {
            let span = analysis.evidence(sentences: relation.sentences, anchor: relation.anchor)
            evidence[Edge.Key(source: relation.source, target: relation.target, relation: relation.relation), default: []].insert(SpanBounds(span))
            involved.insert(relation.source)
            involved.insert(relation.target)
        }
        var statementDrafts: [String: StatementDraft] = [:]
        var statementOrder: [String] = []
        for statement in analysis.statements {
            let id = Self.statementID(speaker: statement.speaker, quote: statement.quote)
            let quoteSpan = document.span(from: statement.quoteStart, to: statement.quoteEnd)
            if statementDrafts[id]?.spans.append(quoteSpan) == nil {
                statementDrafts[id] = StatementDraft(quote: statement.quote, spans: [quoteSpan])
                statementOrder.append(id)
            }
            evidence[Edge.Key(source: statement.speaker, target: id, relation: .said), default: []]
                .insert(SpanBounds(start: statement.evidenceStart, end: statement.evidenceEnd))
            involved.insert(statement.speaker)
            for entity in statement.about where analysis.isRecorded(entity) {
                evidence[Edge.Key(source: id, target: entity, relation: .about), default: []].insert(SpanBounds(quoteSpan))
            }
        }
        // Spans and naming by entity number.
        var spansByNumber: [Int32: [TextSpan]] = [:]
        spansByNumber.reserveCapacity(analysis.records.count)
        var namedByNumber: Set<Int32> = []
        namedByNumber.reserveCapacity(analysis.records.count)
        for mention in analysis.mentions {
            spansByNumber[mention.number, default: []].append(document.span(from: mention.start, to: mention.end))
            let named = document.scalars[mention.start..<mention.end].contains { scalar in
                scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            }
            if named || mention.form == .description { namedByNumber.insert(mention.number) }
        }
        var nodes: [Node] = []
        nodes.reserveCapacity(analysis.records.count + statementOrder.count)
        for (record, number) in zip(analysis.records, analysis.recordNumbers) {
            let id = record.id
            guard let spans = spansByNumber[number] else { continue }
            // Outlets that only report, and collectives named only by common nouns ("people"), are
            // not actors of the story unless they take part in a relation or speak.
            if !involved.contains(id) && (record.category == .media || !namedByNumber.contains(number)) { continue }
            // The node keeps the first of equal names in this order (lexicon aliases, alias spans,
            // mention texts), as inserting them into a set in turn would.
            var aliases = Array(record.aliases)
            aliases.reserveCapacity(aliases.count + record.aliasSpans.count + spans.count)
            for bounds in record.aliasSpans { aliases.append(document.text(from: bounds.start, to: bounds.end)) }
            // A text repeating the one before adds nothing (the first of equal names is kept).
            var previous: String?
            for span in spans where span.text != previous {
                aliases.append(span.text)
                previous = span.text
            }
            nodes.append(Node(id: id, kind: record.category.kind, category: record.category, label: record.name,
                              aliases: aliases, mentions: spans))
        }
        for id in statementOrder {
            guard let draft = statementDrafts[id] else { continue }
            nodes.append(Node(id: id, kind: .statement, label: Self.shortened(draft.quote), mentions: draft.spans, quote: draft.quote))
        }
        let nodeIDs = Set(nodes.lazy.map(\.id))
        var edges: [Edge] = []
        edges.reserveCapacity(evidence.count)
        for (key, bounds) in evidence where nodeIDs.contains(key.source) && nodeIDs.contains(key.target) {
            // Sorted bounds give spans already in ``TextSpan`` order (one document, distinct bounds).
            let spans = bounds.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.map { document.span(from: $0.start, to: $0.end) }
            edges.append(Edge(source: key.source, target: key.target, relation: key.relation, evidence: spans))
        }
        return ActorGraph(documents: [document.record], nodes: nodes, edges: edges)
    }

    /// The id of a statement: `statement-` and the first 12 hex digits of the SHA-256 of the
    /// speaker, a NUL and the lower-cased quote.
    static func statementID(speaker: String, quote: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(speaker.utf8.count + quote.utf8.count + 1)
        bytes.append(contentsOf: speaker.utf8)
        bytes.append(0)
        // ASCII lower-cases byte for byte, and General Punctuation (curly quotes, dashes) has no
        // case: such quotes are lower-cased as `lowercased()` would, without building a string.
        if quote.unicodeScalars.allSatisfy({ $0.value < 0x80 || ($0.value >= 0x2000 && $0.value < 0x2070) }) {
            for b in quote.utf8 { bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        } else {
            bytes.append(contentsOf: quote.lowercased().utf8)
        }
        return "statement-" + SHA256.hexDigest(of: bytes).prefix(12)
    }

    /// A quote cut to about 60 characters at a word boundary, with an ellipsis.
    static func shortened(_ quote: String) -> String {
        // A string has no more characters than UTF-8 bytes: short ones need no counting.
        guard quote.utf8.count > 60, quote.count > 60 else { return quote }
        var cut = String(quote.prefix(60))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "\u{2026}"
    }
}
