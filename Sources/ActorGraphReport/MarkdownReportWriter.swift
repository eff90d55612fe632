import ActorGraph
import ActorGraphGraphviz
import ActorGraphQuery

/// Writes a ``Report`` as Markdown (see ``Report/markdown(stem:includesMermaid:)``): the same
/// sections as the HTML page, diagrams as images of the SVG files beside it and, optionally,
/// Mermaid blocks. Row anchors are `<a id="…"></a>` so that links work on forges.
struct MarkdownReportWriter {
    let content: ReportContent
    let report: Report
    let stem: String
    let includesMermaid: Bool

    private var graph: ActorGraph { content.graph }

    func document() -> String {
        var out = "# \(MarkdownText.escape(content.title))\n\n"
        let counts = content.counts
        var facts = ["\(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s")"]
        if let range = content.dateRange { facts.append(range) }
        facts.append("\(counts.actors) actors, \(counts.places) places, \(counts.statements) statements, \(counts.relations) relations")
        out += "_\(MarkdownText.escape(facts.joined(separator: " · ")))_\n\n"
        out += corpus() + diagrams() + blocs() + centralActors() + relations() + statements() + questions() + index()
        out += "---\n\nMade by ActorGraph. Every relation and statement cites the sentence it was read from; the extraction is automatic, so check the evidence before relying on a claim.\n"
        return out
    }

    private func corpus() -> String {
        var out = "## Corpus\n\n"
        guard !graph.documents.isEmpty else { return out + "No documents.\n\n" }
        out += "| Document | Title | Date | Relations cited | Nodes mentioned |\n|---|---|---|---:|---:|\n"
        for document in graph.documents {
            let cited = content.citations(of: document.id)
            out += "| <a id=\"\(AnchorID.document(document.id))\"></a>\(documentName(document.id)) | \(MarkdownText.escape(document.title ?? "—")) | "
            out += "\(MarkdownText.escape(document.date ?? "—")) | \(cited.relations) | \(cited.nodes) |\n"
        }
        return out + "\n"
    }

    private func diagrams() -> String {
        guard !content.diagrams.isEmpty else { return "" }
        var out = "## Diagrams\n\n"
        for diagram in content.diagrams {
            out += "### \(MarkdownText.escape(diagram.title))\n\n"
            out += "\(diagram.nodeCount) nodes, \(diagram.edgeCount) edges.\(diagram.note.map { " " + MarkdownText.escape($0) } ?? "")\n\n"
            out += "![\(MarkdownText.escape(diagram.title))](\(diagram.fileName(stem: stem)))\n\n"
            if includesMermaid {
                out += "```mermaid\n\(diagram.mermaid)```\n\n"
            }
        }
        return out
    }

    private func blocs() -> String {
        let partition = content.blocs
        guard !partition.blocs.isEmpty else { return "" }
        var out = "## Alliance blocs\n\n"
        out += "Actors split into blocs so that as few cooperation ties as possible cross between blocs and as few conflict ties as possible fall inside one.\n\n"
        for (index, bloc) in partition.blocs.enumerated() {
            let members = bloc.compactMap { graph.node(withID: $0) }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
            out += "\(index + 1). <a id=\"\(AnchorID.bloc(index + 1))\"></a>**Bloc \(index + 1)** (\(members.count)): "
            out += members.map { MarkdownText.link($0.label, to: AnchorID.node($0.id)) }.joined(separator: ", ") + "\n"
        }
        out += "\n"
        if !partition.frustratedEdges.isEmpty {
            out += "### Frustrated ties\n\nCooperation between different blocs, or conflict inside one (frustration \(ReportContent.score(partition.frustration))).\n\n"
            out += relationTable(partition.frustratedEdges, anchored: false)
        }
        return out
    }

    private func centralActors() -> String {
        guard !content.centralActors.isEmpty else { return "" }
        var out = "## Central actors\n\nRanked by PageRank over the relations, weighted by evidence.\n\n"
        out += "| # | Actor | Category | PageRank | Degree | Betweenness |\n|---:|---|---|---:|---:|---:|\n"
        for (index, actor) in content.centralActors.enumerated() {
            out += "| \(index + 1) | \(MarkdownText.link(actor.node.label, to: AnchorID.node(actor.node.id))) | "
            out += "\(MarkdownText.escape(actor.node.category?.displayName ?? actor.node.kind.rawValue)) | "
            out += "\(ReportContent.score(actor.pagerank)) | \(actor.degree) | \(ReportContent.score(actor.betweenness)) |\n"
        }
        return out + "\n"
    }

    private func relations() -> String {
        guard !content.relationsByClass.isEmpty else { return "" }
        var out = "## Relations\n\nEach relation with the sentences that state it; weight is the number of distinct sentences.\n\n"
        for (relationClass, edges) in content.relationsByClass {
            out += "### \(HTMLReportWriter.classTitle(relationClass)) (\(edges.count))\n\n"
            out += relationTable(edges, anchored: true)
        }
        return out
    }

    private func relationTable(_ edges: [Edge], anchored: Bool) -> String {
        var out = "| Source | Relation | Target | Weight | Evidence |\n|---|---|---|---:|---|\n"
        for edge in edges {
            let anchor = anchored ? "<a id=\"\(AnchorID.edge(edge.key))\"></a>" : ""
            out += "| \(anchor)\(MarkdownText.link(content.label(edge.source), to: AnchorID.node(edge.source))) | "
            out += anchored ? MarkdownText.escape(edge.relation.rawValue) : MarkdownText.link(edge.relation.rawValue, to: AnchorID.edge(edge.key))
            out += " | \(MarkdownText.link(content.label(edge.target), to: AnchorID.node(edge.target))) | \(edge.weight) | "
            let shown = edge.evidence.prefix(report.evidencePerRelation)
            var items = shown.map { "“\(MarkdownText.escape($0.text))” — \(documentLink($0))" }
            if edge.evidence.count > shown.count { items.append("and \(edge.evidence.count - shown.count) more") }
            out += items.joined(separator: "<br/>") + " |\n"
        }
        return out + "\n"
    }

    private func statements() -> String {
        guard !content.speakers.isEmpty else { return "" }
        var out = "## Statements\n\nDirect quotations, grouped by who said them (most quoted first).\n\n"
        for speaker in content.speakers {
            if let node = speaker.node {
                out += "### <a id=\"\(AnchorID.speaker(node.id))\"></a>\(MarkdownText.escape(node.label))"
                if let category = node.category { out += " (\(MarkdownText.escape(category.displayName)))" }
                out += "\n\n"
            } else {
                out += "### Unattributed\n\n"
            }
            if !speaker.affiliations.isEmpty {
                out += speaker.affiliations.map { edge in
                    MarkdownText.escape(edge.relation.rawValue.replacingOccurrences(of: "-", with: " ")) + " " + MarkdownText.link(content.label(edge.target), to: AnchorID.node(edge.target))
                }.joined(separator: "; ") + "\n\n"
            }
            for quote in speaker.statements {
                let statement = quote.statement, about = quote.about
                out += "> <a id=\"\(AnchorID.node(statement.id))\"></a>\(MarkdownText.escape(statement.quote ?? statement.label))\n>\n> — "
                var parts: [String] = []
                if let first = statement.mentions.first { parts.append(documentLink(first)) }
                if !about.isEmpty { parts.append("about " + about.map { MarkdownText.link($0.label, to: AnchorID.node($0.id)) }.joined(separator: ", ")) }
                out += parts.joined(separator: " · ") + "\n\n"
            }
        }
        return out
    }

    private func questions() -> String {
        guard !report.questions.isEmpty else { return "" }
        var out = "## Questions\n\nQuestions asked of the graph in ActorGraph's query language, each with its answer and the sentences behind every row.\n\n"
        for (number, question) in report.questions.enumerated() {
            let answer = question.answer
            out += "### <a id=\"question-\(number + 1)\"></a>\(MarkdownText.escape(question.title))\n\n"
            // An indented code block: no fence in the query can end it.
            out += question.query.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { "    " + $0.filter { $0 != "\t" } }.joined(separator: "\n") + "\n\n"
            guard !answer.rows.isEmpty else { out += "_No answer in this graph._\n\n"; continue }
            out += "| " + answer.columns.map(MarkdownText.escape).joined(separator: " | ") + " | Evidence |\n"
            out += "|" + String(repeating: "---|", count: answer.columns.count + 1) + "\n"
            for row in answer.rows {
                let evidence = row.evidence.prefix(report.evidencePerRelation).map { "“\(MarkdownText.escape($0.text))” — \(documentLink($0))" }
                out += "| " + row.values.map(cell).joined(separator: " | ") + " | " + evidence.joined(separator: "<br/>") + " |\n"
            }
            out += "\n"
        }
        return out
    }

    /// A query value as Markdown: nodes and edges link to their rows in the report.
    private func cell(_ value: QueryValue) -> String {
        QueryCell.pieces(of: value, label: content.label).map { piece in
            piece.anchor.map { MarkdownText.link(piece.text, to: $0) } ?? MarkdownText.escape(piece.text)
        }.joined()
    }

    private func index() -> String {
        let nodes = graph.nodes.filter { $0.kind != .statement }.sorted { ($0.label.lowercased(), $0.id) < ($1.label.lowercased(), $1.id) }
        var out = "## Actors and places\n\n"
        guard !nodes.isEmpty else { return out + "None found.\n\n" }
        out += "| Name | Kind | Also called | Mentions |\n|---|---|---|---:|\n"
        for node in nodes {
            out += "| <a id=\"\(AnchorID.node(node.id))\"></a>**\(MarkdownText.escape(node.label))** | "
            out += "\(MarkdownText.escape(node.category?.displayName ?? node.kind.rawValue)) | "
            out += "\(MarkdownText.escape(node.aliases.joined(separator: ", "))) | \(node.mentions.count) |\n"
        }
        return out + "\n"
    }

    private func documentName(_ id: String) -> String {
        guard let base = report.documentLinkBase else { return MarkdownText.escape(id) }
        return "[\(MarkdownText.escape(id))](\(MarkdownText.url(base + HTMLText.pathSegment(id))))"
    }

    private func documentLink(_ span: TextSpan) -> String {
        let date = content.documentDates[span.document]
        let text = span.document + (date.map { ", " + $0 } ?? "")
        guard let base = report.documentLinkBase else { return MarkdownText.link(text, to: AnchorID.document(span.document)) }
        return "[\(MarkdownText.escape(text))](\(MarkdownText.url(base + HTMLText.pathSegment(span.document))))"
    }
}
