import ActorGraph
import ActorGraphTestSupport
import Foundation
import Testing
@testable import ActorGraphReport

@Suite("Markdown report")
struct MarkdownReportTests {
    @Test func writesTheDiagramsBesideIt() throws {
        let markdown = try Report(Fixtures.sample).markdown(stem: "aleppo", includesMermaid: true)
        #expect(markdown.name == "aleppo.md")
        #expect(markdown.diagrams.map(\.name) == ["aleppo-alliances.svg", "aleppo-conflicts.svg", "aleppo-control.svg", "aleppo-statements.svg"])
        for file in markdown.diagrams {
            #expect(markdown.text.contains("](\(file.name))"))
            let svg = String(decoding: file.data, as: UTF8.self)
            #expect(svg.hasPrefix("<?xml") && svg.contains(" width=\"") && svg.contains("viewBox="))
        }
        #expect(markdown.text.components(separatedBy: "```mermaid\nflowchart LR\n").count == 5)
        #expect(markdown.files.count == 5)
    }

    @Test func escapingKeepsArticleTextAsText() {
        #expect(MarkdownText.escape("*bold* <b> | {{x}}") == #"\*bold\* &lt;b&gt; \| &#123;&#123;x&#125;&#125;"#)
        #expect(MarkdownText.escape("# not a heading") == ##"\# not a heading"##)
        #expect(MarkdownText.escape("1. not a list") == #"1\. not a list"#)
        #expect(MarkdownText.escape("- not\na list") == #"\- not a list"#)
        #expect(MarkdownText.escape("[link](http://x) `code` $math$ ~~s~~") == #"\[link\](http://x) \`code\` \$math\$ \~\~s\~\~"#)
    }

    @Test func hostileTextNeverChangesTheStructure() throws {
        let graph = Fixtures.hostileGraph
        let text = try Report(graph, title: Fixtures.hostile).markdown(stem: "r").text
        #expect(!text.contains("<script") && !text.contains("</svg") && !text.contains("{{"))
        // Every table row has as many unescaped cell separators as its header.
        var columns: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let separators = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let columns { #expect(separators == columns, "\(line)") } else { columns = separators }
        }
        guard let cmark = ExternalTool.find("cmark-gfm") else {
            print("skipped the rendering check: cmark-gfm not found (apt-get install cmark-gfm)")
            return
        }
        let rendered = try ExternalTool.run(cmark, ["-e", "table", "--unsafe"], input: Data(text.utf8))
        #expect(rendered.status == 0)
        let html = rendered.stdout
        #expect(!html.contains("<script") && !html.contains("</svg"))
        // The only emphasis is the report's own subtitle line; article text makes none, nor code.
        #expect(html.components(separatedBy: "<em>").count == 2 && !html.contains("<code>"), "article text made emphasis or code")
        #expect(html.components(separatedBy: "<table>").count - 1 == text.components(separatedBy: "\n|---").count - 1)
        let tabulated = graph.edges.filter { ReportContent.tabulatedClasses.contains($0.relationClass) }.count
        #expect(html.components(separatedBy: "<tr><td><a id=\"edge-").count - 1 == tabulated
            || html.components(separatedBy: "<a id=\"edge-").count - 1 == tabulated)
        #expect(html.contains("&lt;script&gt;alert"))
    }

    @Test func isByteIdenticalForTheSameGraph() throws {
        let graph = Fixtures.hostileGraph
        let rebuilt = ActorGraph(documents: graph.documents.reversed(), nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
        let first = try Report(graph).markdown(includesMermaid: true)
        #expect(try Report(graph).markdown(includesMermaid: true) == first)
        #expect(try Report(rebuilt).markdown(includesMermaid: true) == first)
    }
}
