import ActorGraph
import ActorGraphGraphviz
import ActorGraphQuery

/// Writes a ``Report`` as one self-contained HTML page (see ``Report/html()``).
///
/// The page is also well-formed XML: void elements are self-closed and only XML's five
/// entities are used. Anchors: `node-<id>` (actors, places, statements), `edge-<source>-<relation>-<target>`
/// (relations), `doc-<id>` (documents), `bloc-<n>`, `speaker-<id>`; the diagrams' own ids are
/// prefixed with `svg-<view>-`.
struct HTMLReportWriter {
    let content: ReportContent
    let report: Report

    private var graph: ActorGraph { content.graph }

    func document() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="ActorGraph"/>
        <title>\(HTMLText.escape(content.title))</title>
        <style>
        \(ReportStyle.css)</style>
        </head>
        <body>

        """
        out += header()
        out += navigation()
        out += "<main>\n"
        out += corpusSection()
        out += diagramsSection()
        out += blocsSection()
        out += centralActorsSection()
        out += relationsSection()
        out += statementsSection()
        out += questionsSection()
        out += indexSection()
        out += "</main>\n"
        out += "<footer><p>Made by ActorGraph from \(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s"). "
        out += "Every relation and statement above cites the sentence it was read from; the extraction is automatic, so check the evidence before relying on a claim.</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    private func header() -> String {
        let counts = content.counts
        var facts = ["\(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s")"]
        if let range = content.dateRange { facts.append(range) }
        facts.append("\(counts.actors) actors, \(counts.places) places, \(counts.statements) statements, \(counts.relations) relations")
        return "<header>\n<h1>\(HTMLText.escape(content.title))</h1>\n<p class=\"subtitle\">\(HTMLText.escape(facts.joined(separator: " · ")))</p>\n</header>\n"
    }

    private var sections: [(id: String, title: String)] {
        var list = [("corpus", "Corpus")]
        if !content.diagrams.isEmpty { list.append(("diagrams", "Diagrams")) }
        if !content.blocs.blocs.isEmpty { list.append(("blocs", "Alliance blocs")) }
        if !content.centralActors.isEmpty { list.append(("central-actors", "Central actors")) }
        if !content.relationsByClass.isEmpty { list.append(("relations", "Relations")) }
        if !content.speakers.isEmpty { list.append(("statements", "Statements")) }
        if !report.questions.isEmpty { list.append(("questions", "Questions")) }
        list.append(("index", "Actors and places"))
        return list
    }

    private func navigation() -> String {
        var out = "<nav aria-label=\"Contents\"><ol>"
        for section in sections { out += "<li>\(HTMLText.link(section.title, to: section.id))</li>" }
        return out + "</ol></nav>\n"
    }

    private func corpusSection() -> String {
        let counts = content.counts
        var out = "<section id=\"corpus\">\n<h2>Corpus</h2>\n<dl class=\"stats\">\n"
        for (label, value) in [("Documents", graph.documents.count), ("Actors", counts.actors), ("Places", counts.places),
                               ("Statements", counts.statements), ("Relations", counts.relations)] {
            out += "<div><dt>\(label)</dt><dd>\(value)</dd></div>\n"
        }
        out += "</dl>\n"
        guard !graph.documents.isEmpty else { return out + "</section>\n" }
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th>Document</th><th>Title</th><th>Date</th><th>Relations cited</th><th>Nodes mentioned</th></tr></thead>\n<tbody>\n"
        for document in graph.documents {
            let cited = content.citations(of: document.id)
            out += "<tr id=\"\(AnchorID.document(document.id))\">"
            out += "<td data-label=\"Document\">\(documentName(document.id))</td>"
            out += "<td data-label=\"Title\">\(HTMLText.escape(document.title ?? "—"))</td>"
            out += "<td data-label=\"Date\" class=\"date\">\(HTMLText.escape(document.date ?? "—"))</td>"
            out += "<td data-label=\"Relations cited\" class=\"number\">\(cited.relations)</td>"
            out += "<td data-label=\"Nodes mentioned\" class=\"number\">\(cited.nodes)</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n</section>\n"
    }

    private func diagramsSection() -> String {
        guard !content.diagrams.isEmpty else { return "" }
        var out = "<section id=\"diagrams\">\n<h2>Diagrams</h2>\n"
        out += "<p class=\"hint\">Select a node or an edge to jump to its row below; hover for the evidence. Wide diagrams scroll sideways.</p>\n"
        for diagram in content.diagrams {
            out += "<figure class=\"diagram\" id=\"figure-\(diagram.view.rawValue)\">\n"
            out += "<figcaption><h3>\(HTMLText.escape(diagram.title))</h3>"
            out += "<p>\(diagram.nodeCount) nodes, \(diagram.edgeCount) edges.\(diagram.note.map { " " + HTMLText.escape($0) } ?? "")</p></figcaption>\n"
            let width = SVGEmbedding.naturalWidth(diagram.svg).map { " style=\"--natural: \(Int($0))px\"" } ?? ""
            out += "<div class=\"diagram-frame\"\(width)>\n"
            out += SVGEmbedding.prepare(diagram.svg, prefix: "svg-\(diagram.view.rawValue)-", anchors: content.anchors)
            out += "\n</div>\n</figure>\n"
        }
        return out + "</section>\n"
    }

    private func blocsSection() -> String {
        let partition = content.blocs
        guard !partition.blocs.isEmpty else { return "" }
        var out = "<section id=\"blocs\">\n<h2>Alliance blocs</h2>\n"
        out += "<p>Actors split into blocs so that as few cooperation ties as possible cross between blocs and as few conflict ties as possible fall inside one, counting each tie by its evidence."
        let frustratedCount = partition.frustratedEdges.count
        out += frustratedCount == 0 ? " Every tie fits: the alliances are balanced.</p>\n"
            : " \(frustratedCount) tie\(frustratedCount == 1 ? " does" : "s do") not fit (frustration \(ReportContent.score(partition.frustration)))\(partition.isOptimal ? "" : "; the split is the best found, not proven best").</p>\n"
        out += "<ol class=\"blocs\">\n"
        for (index, bloc) in partition.blocs.enumerated() {
            let members = bloc.compactMap { graph.node(withID: $0) }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
            out += "<li id=\"\(AnchorID.bloc(index + 1))\"><strong>Bloc \(index + 1)</strong> (\(members.count)): "
            out += members.map { HTMLText.link($0.label, to: AnchorID.node($0.id)) }.joined(separator: ", ")
            out += "</li>\n"
        }
        out += "</ol>\n"
        if !partition.frustratedEdges.isEmpty {
            out += "<h3>Frustrated ties</h3>\n<p>Cooperation between different blocs, or conflict inside one: the contradictions worth reading first.</p>\n"
            out += relationTable(partition.frustratedEdges, anchored: false)
        }
        return out + "</section>\n"
    }

    private func centralActorsSection() -> String {
        guard !content.centralActors.isEmpty else { return "" }
        var out = "<section id=\"central-actors\">\n<h2>Central actors</h2>\n"
        out += "<p>Ranked by PageRank over the relations, weighted by evidence: an actor ranks high when central actors act on it. Degree counts distinct neighbours; betweenness, how often it lies on the shortest path between two others.</p>\n"
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th>#</th><th>Actor</th><th>Category</th><th>PageRank</th><th>Degree</th><th>Betweenness</th></tr></thead>\n<tbody>\n"
        let blocNumbers = content.blocNumbers
        for (index, actor) in content.centralActors.enumerated() {
            var category = actor.node.category?.displayName ?? actor.node.kind.rawValue
            if let bloc = blocNumbers[actor.node.id] { category += ", bloc \(bloc)" }
            out += "<tr><td data-label=\"Rank\" class=\"number\">\(index + 1)</td>"
            out += "<td data-label=\"Actor\">\(HTMLText.link(actor.node.label, to: AnchorID.node(actor.node.id)))</td>"
            out += "<td data-label=\"Category\">\(HTMLText.escape(category))</td>"
            out += "<td data-label=\"PageRank\" class=\"number\">\(ReportContent.score(actor.pagerank))</td>"
            out += "<td data-label=\"Degree\" class=\"number\">\(actor.degree)</td>"
            out += "<td data-label=\"Betweenness\" class=\"number\">\(ReportContent.score(actor.betweenness))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n</section>\n"
    }

    private func relationsSection() -> String {
        guard !content.relationsByClass.isEmpty else { return "" }
        var out = "<section id=\"relations\">\n<h2>Relations</h2>\n"
        out += "<p>Each relation with the sentences that state it. The source acts on the target; weight is the number of distinct sentences.</p>\n"
        for (relationClass, edges) in content.relationsByClass {
            out += "<h3 id=\"relations-\(relationClass.rawValue)\">\(HTMLText.escape(Self.classTitle(relationClass))) (\(edges.count))</h3>\n"
            out += relationTable(edges, anchored: true)
        }
        return out + "</section>\n"
    }

    private func relationTable(_ edges: [Edge], anchored: Bool) -> String {
        var out = "<div class=\"table-wrap\"><table class=\"stack relations\">\n<thead><tr><th>Source</th><th>Relation</th><th>Target</th><th>Weight</th><th>Evidence</th></tr></thead>\n<tbody>\n"
        for edge in edges {
            let id = anchored ? " id=\"\(AnchorID.edge(edge.key))\"" : ""
            out += "<tr\(id) class=\"\(edge.relationClass.rawValue)\">"
            out += "<td data-label=\"Source\">\(HTMLText.link(content.label(edge.source), to: AnchorID.node(edge.source)))</td>"
            let relation = HTMLText.escape(edge.relation.rawValue)
            out += "<td data-label=\"Relation\">" + (anchored ? relation : HTMLText.link(edge.relation.rawValue, to: AnchorID.edge(edge.key))) + "</td>"
            out += "<td data-label=\"Target\">\(HTMLText.link(content.label(edge.target), to: AnchorID.node(edge.target)))</td>"
            out += "<td data-label=\"Weight\" class=\"number\">\(edge.weight)</td>"
            out += "<td data-label=\"Evidence\">\(evidenceList(edge.evidence))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    private func evidenceList(_ spans: [TextSpan]) -> String {
        guard !spans.isEmpty else { return "<span class=\"muted\">no sentence recorded</span>" }
        let shown = spans.prefix(report.evidencePerRelation)
        var out = "<ul class=\"evidence\">"
        for span in shown {
            out += "<li><q>\(HTMLText.escape(HTMLText.collapsed(span.text)))</q> <span class=\"source\">— \(documentLink(span))</span></li>"
        }
        if spans.count > shown.count { out += "<li class=\"muted\">and \(spans.count - shown.count) more</li>" }
        return out + "</ul>"
    }

    private func questionsSection() -> String {
        guard !report.questions.isEmpty else { return "" }
        var out = "<section id=\"questions\">\n<h2>Questions</h2>\n"
        out += "<p>Questions asked of the graph in ActorGraph's query language, each with its answer and the sentences behind every row.</p>\n"
        for (number, question) in report.questions.enumerated() {
            let answer = question.answer
            out += "<h3 id=\"question-\(number + 1)\">\(HTMLText.escape(question.title))</h3>\n"
            out += "<pre class=\"query\"><code>\(HTMLText.escape(question.query))</code></pre>\n"
            guard !answer.rows.isEmpty else { out += "<p class=\"muted\">No answer in this graph.</p>\n"; continue }
            out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr>"
            for column in answer.columns { out += "<th>\(HTMLText.escape(column))</th>" }
            out += "<th>Evidence</th></tr></thead>\n<tbody>\n"
            for row in answer.rows {
                out += "<tr>"
                for (column, value) in zip(answer.columns, row.values) {
                    out += "<td data-label=\"\(HTMLText.escape(column))\">\(cell(value))</td>"
                }
                out += "<td data-label=\"Evidence\">\(evidenceList(row.evidence))</td></tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
            out += "<p class=\"muted\">\(answer.rows.count) row\(answer.rows.count == 1 ? "" : "s").</p>\n"
        }
        return out + "</section>\n"
    }

    /// A query value as HTML: nodes and edges link to their rows in the report.
    private func cell(_ value: QueryValue) -> String {
        QueryCell.pieces(of: value, label: content.label).map { piece in
            piece.anchor.map { HTMLText.link(piece.text, to: $0) } ?? HTMLText.escape(piece.text)
        }.joined()
    }

    private func statementsSection() -> String {
        guard !content.speakers.isEmpty else { return "" }
        var out = "<section id=\"statements\">\n<h2>Statements</h2>\n"
        out += "<p>Direct quotations, grouped by who said them (most quoted first).</p>\n"
        for speaker in content.speakers {
            let anchor = speaker.node.map { AnchorID.speaker($0.id) } ?? "speaker-unattributed"
            out += "<article class=\"speaker\" id=\"\(anchor)\">\n<h3>"
            if let node = speaker.node {
                out += HTMLText.link(node.label, to: AnchorID.node(node.id))
                if let category = node.category { out += " <span class=\"muted\">(\(HTMLText.escape(category.displayName)))</span>" }
            } else {
                out += "Unattributed"
            }
            out += "</h3>\n"
            if !speaker.affiliations.isEmpty {
                let text = speaker.affiliations.map { edge in
                    HTMLText.escape(edge.relation.rawValue.replacingOccurrences(of: "-", with: " ")) + " " + HTMLText.link(content.label(edge.target), to: AnchorID.node(edge.target))
                }
                out += "<p class=\"affiliation\">\(text.joined(separator: "; "))</p>\n"
            }
            for quote in speaker.statements {
                let statement = quote.statement, about = quote.about
                out += "<blockquote id=\"\(AnchorID.node(statement.id))\">\n<p>\(HTMLText.escape(statement.quote ?? statement.label))</p>\n<footer>"
                var parts: [String] = []
                if let first = statement.mentions.first { parts.append(documentLink(first)) }
                if !about.isEmpty {
                    parts.append("about " + about.map { HTMLText.link($0.label, to: AnchorID.node($0.id)) }.joined(separator: ", "))
                }
                out += parts.joined(separator: " · ") + "</footer>\n</blockquote>\n"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    private func indexSection() -> String {
        let nodes = graph.nodes.filter { $0.kind != .statement }.sorted { ($0.label.lowercased(), $0.id) < ($1.label.lowercased(), $1.id) }
        var out = "<section id=\"index\">\n<h2>Actors and places</h2>\n"
        guard !nodes.isEmpty else { return out + "<p>None found.</p>\n</section>\n" }
        let blocNumbers = content.blocNumbers
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th>Name</th><th>Kind</th><th>Also called</th><th>Mentions</th><th>Relations</th></tr></thead>\n<tbody>\n"
        for node in nodes {
            var kind = node.category?.displayName ?? node.kind.rawValue
            if let bloc = blocNumbers[node.id] { kind += ", " + "bloc \(bloc)" }
            let relations = content.edgesByNode[node.id] ?? []
            out += "<tr id=\"\(AnchorID.node(node.id))\">"
            out += "<td data-label=\"Name\"><strong>\(HTMLText.escape(node.label))</strong></td>"
            out += "<td data-label=\"Kind\">\(HTMLText.escape(kind))</td>"
            out += "<td data-label=\"Also called\">\(HTMLText.escape(node.aliases.joined(separator: ", ")))</td>"
            out += "<td data-label=\"Mentions\" class=\"number\">\(node.mentions.count)</td>"
            out += "<td data-label=\"Relations\">\(relationLinks(relations, around: node.id))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n</section>\n"
    }

    /// Links to a node's relations, e.g. "supports Syrian government forces; attacked by Jaish al-Fatah".
    private func relationLinks(_ edges: [Edge], around id: String) -> String {
        let tabulated = edges.filter { ReportContent.tabulatedClasses.contains($0.relationClass) }
        guard !tabulated.isEmpty else { return "" }
        let shown = tabulated.prefix(12).map { edge -> String in
            let outgoing = edge.source == id
            let other = content.label(outgoing ? edge.target : edge.source)
            let text = (outgoing ? edge.relation.rawValue : "← " + edge.relation.rawValue) + " " + other
            return HTMLText.link(text, to: AnchorID.edge(edge.key))
        }
        return shown.joined(separator: "; ") + (tabulated.count > shown.count ? "; and \(tabulated.count - shown.count) more" : "")
    }

    // MARK: - Links

    private func documentName(_ id: String) -> String {
        if let base = report.documentLinkBase {
            return "<a href=\"\(HTMLText.escape(base + HTMLText.pathSegment(id)))\">\(HTMLText.escape(id))</a>"
        }
        return HTMLText.escape(id)
    }

    private func documentLink(_ span: TextSpan) -> String {
        let date = content.documentDates[span.document]
        let text = span.document + (date.map { ", " + $0 } ?? "")
        if let base = report.documentLinkBase {
            return "<a href=\"\(HTMLText.escape(base + HTMLText.pathSegment(span.document)))\">\(HTMLText.escape(text))</a>"
        }
        return HTMLText.link(text, to: AnchorID.document(span.document))
    }

    static func classTitle(_ relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation: "Cooperation"
        case .conflict: "Conflict"
        case .control: "Control of places"
        case .movement: "Movement"
        case .membership: "Membership and roles"
        case .location: "Where places are"
        case .statement: "Statements"
        case .mention: "What statements are about"
        }
    }
}
