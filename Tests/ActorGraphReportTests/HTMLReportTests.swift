import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ActorGraphReport

@Suite("HTML report")
struct HTMLReportTests {
    /// The report parsed as XML (it is written to be well-formed).
    static func parse(_ html: String) throws -> XMLDocument {
        try XMLDocument(data: Data(html.utf8), options: [])
    }

    static func elements(_ name: String, in document: XMLDocument) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    @Test func isSelfContainedAndEveryLinkHasATarget() throws {
        let html = try Report(Fixtures.sample).html()
        let document = try Self.parse(html)
        #expect(try Self.elements("script", in: document).isEmpty)
        #expect(try Self.elements("link", in: document).isEmpty)
        #expect(try Self.elements("img", in: document).isEmpty)
        #expect(try Self.elements("svg", in: document).count == 4)
        #expect(try Self.elements("style", in: document).count == 1)
        #expect(try Self.elements("style", in: document).first?.stringValue?.contains("@media print") == true)
        // No network: no URL with a scheme anywhere but the SVG/XML namespace declarations.
        let withoutNamespaces = html.replacingOccurrences(of: #"xmlns(:\w+)?="[^"]*""#, with: "", options: .regularExpression)
        #expect(!withoutNamespaces.contains("http://") && !withoutNamespaces.contains("https://") && !withoutNamespaces.contains("url(http"))

        var ids: [String: Int] = [:]
        for element in try document.nodes(forXPath: "//*[@id]").compactMap({ $0 as? XMLElement }) {
            if let id = Self.attribute("id", of: element) { ids[id, default: 0] += 1 }
        }
        #expect(ids.filter { $0.value > 1 }.isEmpty, "duplicate ids")
        let links = try document.nodes(forXPath: "//*[@href]").compactMap { ($0 as? XMLElement).flatMap { Self.attribute("href", of: $0) } }
        #expect(!links.isEmpty)
        for link in links where link.hasPrefix("#") {
            #expect(ids[String(link.dropFirst())] != nil, "no target for \(link)")
        }
    }

    @Test func diagramNodesAndEdgesLinkToTheirRows() throws {
        let html = try Report(Fixtures.sample).html()
        let document = try Self.parse(html)
        let anchors = try Self.elements("a", in: document).filter { element in
            (element.parent as? XMLElement).flatMap { Self.attribute("id", of: $0) }?.hasPrefix("svg-") == true
        }
        let targets = Set(anchors.compactMap { Self.attribute("href", of: $0) })
        #expect(targets.contains("#node-russia"))
        #expect(targets.contains("#edge-russia-supports-assad-forces"))
        #expect(targets.contains("#edge-assad-forces-captures-hanano"))
        #expect(targets.contains("#node-statement-1"))          // the said edge goes to the quote
        #expect(targets.contains("#bloc-1"))
        let row = try #require(try document.nodes(forXPath: "//*[@id='edge-russia-supports-assad-forces']").first as? XMLElement)
        #expect(row.name == "tr")
        #expect(row.stringValue?.contains("Russian jets have supported Syrian government forces") == true)
    }

    @Test func hostileTextNeverChangesTheStructure() throws {
        let graph = Fixtures.hostileGraph
        var report = Report(graph, title: Fixtures.hostile)
        report.documentLinkBase = "corpus/\"><script>/"
        let html = try report.html()
        let document = try Self.parse(html)
        #expect(try Self.elements("script", in: document).isEmpty)
        #expect(try Self.elements("svg", in: document).count == 4)
        #expect(try Self.elements("title", in: document).first?.stringValue == Fixtures.hostile)
        #expect(try Self.elements("h1", in: document).first?.stringValue == Fixtures.hostile)
        let strong = try Self.elements("strong", in: document).compactMap(\.stringValue)
        #expect(strong.contains(Fixtures.hostile))
        let quotes = try Self.elements("blockquote", in: document).compactMap { $0.elements(forName: "p").first?.stringValue }
        #expect(quotes.contains(Fixtures.hostile + "\nsecond line"))
        // The same number of rows as relations, whatever the text in them.
        let rows = try document.nodes(forXPath: "//*[local-name()='tr'][starts-with(@id, 'edge-')]")
        #expect(rows.count == graph.edges.filter { ReportContent.tabulatedClasses.contains($0.relationClass) }.count)
    }

    @Test func isByteIdenticalForTheSameGraph() throws {
        let graph = Fixtures.hostileGraph
        let rebuilt = ActorGraph(documents: graph.documents.reversed(), nodes: graph.nodes.reversed(), edges: graph.edges.reversed())
        let first = try Report(graph).html()
        #expect(try Report(graph).html() == first)
        #expect(try Report(rebuilt).html() == first)
    }

    @Test func emptyGraphStillMakesAPage() throws {
        let html = try Report(ActorGraph()).html()
        let document = try Self.parse(html)
        #expect(try Self.elements("svg", in: document).isEmpty)
        #expect(try Self.elements("h1", in: document).count == 1)
    }

    @Test func svgIdsArePrefixedAndLinksAdded() {
        let svg = """
        <svg width="10pt" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="diagram-x-title diagram-x-desc">
        <g id="node&#45;russia" class="node">
        <g id="a_node&#45;russia"><a xlink:title="Russia">
        <path fill="url(#grad)"/>
        <g id="a_edge&#45;a&#45;supports&#45;b&#45;label"><a xlink:title="x">
        """
        let out = SVGEmbedding.prepare(svg, prefix: "svg-v-", anchors: ["node-russia": "node-russia", "edge-a-supports-b": "edge-a-supports-b"])
        #expect(out.contains(#"aria-labelledby="svg-v-diagram-x-title svg-v-diagram-x-desc""#))
        #expect(out.contains(#"<g id="svg-v-node&#45;russia" class="node">"#))
        #expect(out.contains(##"<g id="svg-v-a_node&#45;russia"><a href="#node-russia" xlink:href="#node-russia" xlink:title="Russia">"##))
        #expect(out.contains("url(#svg-v-grad)"))
        #expect(out.contains(##"<a href="#edge-a-supports-b""##))
        #expect(SVGEmbedding.naturalWidth(svg) == 13)
    }
}
