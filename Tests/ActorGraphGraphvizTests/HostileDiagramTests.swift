import ActorGraph
import Foundation
import Testing
@testable import ActorGraphGraphviz

@Suite("Hostile text in every view")
struct HostileDiagramTests {
    static let evilID = #"x"] -> <script> \ & é_"#
    static let evilLabel = #"Evil "label" \ <b>"#
    static let evilPlace = #"Place }; digraph { \N"#
    static let evilQuote = "He said \"\\\" & <i>left</i>\nthen ]]> -- \\l & &amp; 🚀 — حزب الله"
    static let evilDocument = #"d".txt"#
    static let evilEvidence = #"He said "\" & left <script>"#

    /// A graph with hostile ids, labels, quotes, document names and evidence in every kind of
    /// node and every view's relation classes.
    static let graph: ActorGraph = {
        let span = TextSpan(document: evilDocument, start: 0, end: evilEvidence.unicodeScalars.count, text: evilEvidence)
        return ActorGraph(documents: [Document(id: evilDocument, date: "2016-12-01")], nodes: [
            Node(id: evilID, kind: .actor, category: .state, label: evilLabel, aliases: ["a\nb", "<&>"], mentions: [span]),
            Node(id: "y", kind: .actor, category: .militia, label: "حزب الله 🚀"),
            Node(id: "speaker\\", kind: .actor, category: .person, label: #"Abu "Q" \\"#),
            Node(id: "city&", kind: .place, category: .city, label: evilPlace),
            Node(id: "quarter<", kind: .place, category: .neighbourhood, label: "<quarter> & 'co'"),
            Node(id: "statement\"1", kind: .statement, label: "short", quote: evilQuote),
        ], edges: [
            Edge(source: evilID, target: "y", relation: .supports, evidence: [span]),
            Edge(source: "y", target: evilID, relation: .fights, evidence: [span]),
            Edge(source: "y", target: "quarter<", relation: .shells, evidence: [span]),
            Edge(source: evilID, target: "quarter<", relation: .captures, evidence: [span]),
            Edge(source: "quarter<", target: "city&", relation: .partOf),
            Edge(source: "speaker\\", target: evilID, relation: .memberOf),
            Edge(source: "speaker\\", target: "statement\"1", relation: .said, evidence: [span]),
            Edge(source: "statement\"1", target: "city&", relation: .about),
        ])
    }()

    @Test("labels, quotes, titles and tooltips come out verbatim, in SVG that parses", arguments: DiagramView.allCases)
    func hostileView(view: DiagramView) throws {
        var diagram = Diagram(Self.graph, view: view, title: "Title <&> \"q\" \\N", focus: view == .ego ? Self.evilID : nil)
        for embeddable in [false, true] {
            diagram.isEmbeddable = embeddable
            let rendered = try diagram.render()
            #expect(rendered.warnings.isEmpty)
            let svg = try ParsedSVG(rendered.data)
            #expect(try svg.labelLines().first == "Title <&> \"q\" \\N")
            #expect(try svg.document.nodes(forXPath: "/*/*[local-name()='title']").first?.stringValue == "Title <&> \"q\" \\N")
            #expect(try svg.groups("node").count == diagram.nodes.count)   // nothing injected
            #expect(try svg.groups("edge").count == diagram.edges.count)
            #expect(!diagram.nodes.isEmpty)
            for node in diagram.nodes {
                let id = "node-" + ElementID.encode(node.id)
                let expected = node.kind == .statement ? DiagramText.quoteLabel(node.quote ?? node.label)
                                                       : DiagramText.wrapped(node.label, width: 22)
                #expect(try svg.nodeText(id: id) == expected, "\(view) \(node.id)")
                #expect(try svg.title(id: id) == DiagramBuilder.headline(of: node))
            }
            let tooltips = try svg.tooltips()
            if diagram.edges.contains(where: { !$0.evidence.isEmpty }) {
                #expect(tooltips.contains { $0.contains("• “" + Self.evilEvidence + "” — " + Self.evilDocument) }, "\(view)")
            }
            if diagram.nodes.contains(where: { $0.kind == .statement }) {
                #expect(tooltips.contains { $0.hasPrefix("“" + Self.evilQuote + "”") }, "\(view)")
            }
        }
    }

    @Test("hostile ids become safe, stable element ids")
    func elementIDs() throws {
        let svg = try ParsedSVG(Diagram(Self.graph, view: .full).render().data)
        let ids = try svg.ids("node")
        #expect(ids.contains("node-x_22_5D_20-_3E_20_3Cscript_3E_20_5C_20_26_20_C3_A9_5F"))
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } })
    }
}
