import ActorGraph
import ActorGraphQuery
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorGraphReport

/// Questions answered in reports: a section with the query, a table whose cells link to the
/// report's rows, and evidence; hostile query text and labels cannot break either format.
@Suite("Questions in reports")
struct QuestionTests {
    static func question(_ text: String, on graph: ActorGraph, name: String = "q.aq") throws -> ReportQuestion {
        let saved = SavedQuery(text: text, name: name)
        return ReportQuestion(title: saved.title, query: saved.queryText, answer: try graph.query(saved.text))
    }

    @Test func savedQueriesTakeTheirTitleFromTheOpeningComment() {
        let saved = SavedQuery(text: "// Who backs whom? Every backer.\n// More detail.\nMATCH (a)-[:backs]->(b) RETURN a, b\n", name: "x/backers.aq")
        #expect(saved.title == "Who backs whom?")
        #expect(saved.queryText == "MATCH (a)-[:backs]->(b) RETURN a, b")
        #expect(SavedQuery(text: "MATCH (a) RETURN a", name: "x/all-nodes.aq").title == "all-nodes")
    }

    @Test func htmlSectionLinksEveryCellToItsRow() throws {
        var report = Report(Fixtures.sample)
        report.questions = [
            try Self.question("// Who supports the army?\nMATCH (a)-[e:supports|backs]->(b {id: \"assad-forces\"}) RETURN a, e, b", on: Fixtures.sample),
            try Self.question("// Nothing\nMATCH (a:coalition) RETURN a", on: Fixtures.sample),
        ]
        let html = try report.html()
        let document = try HTMLReportTests.parse(html)
        let section = try #require(try document.nodes(forXPath: "//*[@id='questions']").first as? XMLElement)
        #expect(section.stringValue?.contains("Who supports the army?") == true)
        #expect(section.stringValue?.contains("Russian jets have supported Syrian government forces") == true)
        #expect(section.stringValue?.contains("No answer in this graph.") == true)
        let links = try section.nodes(forXPath: ".//*[@href]").compactMap { ($0 as? XMLElement).flatMap { HTMLReportTests.attribute("href", of: $0) } }
        #expect(links.contains("#node-russia") && links.contains("#edge-russia-supports-assad-forces"))
        let ids = Set(try document.nodes(forXPath: "//*[@id]").compactMap { ($0 as? XMLElement).flatMap { HTMLReportTests.attribute("id", of: $0) } })
        for link in links where link.hasPrefix("#") { #expect(ids.contains(String(link.dropFirst())), "no target for \(link)") }
        #expect(try document.nodes(forXPath: "//*[local-name()='nav']//*[@href='#questions']").count == 1)
    }

    @Test func hostileQueriesAndLabelsStayText() throws {
        let graph = Fixtures.hostileGraph
        let text = "// " + Fixtures.hostile + "\nMATCH (a) WHERE a.label <> \"```\\n</code></pre><script>|\" RETURN a, a.label AS label"
        var report = Report(graph)
        report.questions = [try Self.question(text, on: graph)]
        let document = try HTMLReportTests.parse(try report.html())
        #expect(try HTMLReportTests.elements("script", in: document).isEmpty)
        let query = try #require(try HTMLReportTests.elements("pre", in: document).first?.stringValue)
        #expect(query.contains("</code></pre><script>|"))

        let markdown = try report.markdown(stem: "r").text
        let section = try #require(markdown.components(separatedBy: "## Questions").last?.components(separatedBy: "## Actors and places").first)
        // The query is an indented code block: every line of it starts with four spaces.
        let block = section.components(separatedBy: "\n").filter { $0.hasPrefix("    ") }
        #expect(block.count == 1 && block.first?.contains("```") == true)
        // Each table row has exactly the columns plus evidence, whatever the labels hold.
        let rows = section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }
        #expect(!rows.isEmpty)
        for row in rows {
            let cells = row.replacingOccurrences(of: "\\|", with: "").components(separatedBy: "|").count - 2
            #expect(cells == 3, "\(row)")
        }
    }
}
