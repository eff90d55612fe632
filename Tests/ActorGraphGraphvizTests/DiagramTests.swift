import ActorGraph
import Foundation
import Testing
@testable import ActorGraphGraphviz

@Suite("Diagram views")
struct DiagramTests {
    let graph = Fixtures.sample

    @Test("the alliances view shows actors with cooperation and conflict edges, and no places")
    func alliances() throws {
        let diagram = Diagram(graph, view: .alliances)
        #expect(diagram.nodes.map(\.id) == [
            "assad-forces", "free-syrian-army", "hezbollah", "iran", "jabhat-fateh-al-sham",
            "national-defence-forces", "nour-al-din-al-zinki", "russia", "syrian-government", "turkey", "united-nations",
        ])
        #expect(diagram.nodes.allSatisfy { $0.kind == .actor })
        #expect(Set(diagram.edges.map(\.relationClass)) == [.cooperation, .conflict])
        // allied-with stated both ways is drawn once, weights added.
        let allied = diagram.edges.filter { $0.relation == .alliedWith }
        #expect(allied.count == 1)
        #expect(allied.first?.weight == 2)

        let dot = diagram.dotText
        #expect(dot.contains(#""id"="edge-russia-supports-assad-forces""#))
        #expect(dot.contains(##""style"="solid", "arrowhead"="normal", "color"="#0072B2""##))
        #expect(dot.contains(##""style"="dashed", "arrowhead"="tee", "color"="#D55E00", "dir"="both", "arrowtail"="tee""##))
        #expect(dot.contains(##""color"="#0072B2", "dir"="both", "arrowtail"="normal""##))   // allied-with
        #expect(dot.contains(#""penwidth"="2.58""#))                                       // weight 3
        #expect(!dot.contains("Aleppo\""))
        #expect(!dot.contains("White Helmets"))                                            // isolated
        #expect(diagram.defaultLayout == .neato)
        for keyword in [#""fontname"="DejaVu Sans""#, #""labelloc"="t""#, #""overlap"="false""#, #""splines"="true""#] {
            #expect(dot.contains(keyword))
        }
        #expect(dot.contains("Sources: aleppo-01.txt, aleppo-02.txt · 2016-11-28 – 2016-12-13"))

        let svg = try ParsedSVG(diagram.render().data)
        let nodeIDs = try svg.ids("node")
        #expect(nodeIDs.contains("node-russia"))
        #expect(!nodeIDs.contains("node-aleppo"))
        #expect(try svg.ids("edge").contains("edge-russia-supports-assad-forces"))
        #expect(try svg.tooltips().contains { $0.hasPrefix("Russia supports Syrian government forces (stated 3 times)\n• “Russian jets") })
        #expect(try svg.tooltips().contains("Russia — state\nAlso: Moscow, the Kremlin"))
    }

    @Test("conflicts can be left out of the alliances view")
    func alliancesWithoutConflicts() {
        let diagram = Diagram(graph, view: .alliances, includesConflicts: false)
        #expect(diagram.edges.allSatisfy { $0.relationClass == .cooperation })
        #expect(!diagram.nodes.contains { $0.id == "jabhat-fateh-al-sham" })   // only a conflict edge
        #expect(!diagram.dotText.contains("#D55E00"))
        #expect(diagram.legend.relationClasses == [.cooperation])
    }

    @Test("the conflicts view shows places with conflict and control edges")
    func conflicts() throws {
        let diagram = Diagram(graph, view: .conflicts)
        let ids = Set(diagram.nodes.map(\.id))
        #expect(ids.isSuperset(of: ["aleppo", "east-aleppo", "hanano", "al-quds-hospital", "russia", "assad-forces"]))
        #expect(!ids.contains("syria"))           // only a location edge
        #expect(!ids.contains("iran"))            // only a cooperation edge
        #expect(!ids.contains("statement-1"))
        #expect(Set(diagram.edges.map(\.relationClass)) == [.conflict, .control])
        let dot = diagram.dotText
        #expect(dot.contains(#""id"="edge-assad-forces-captures-hanano""#))
        #expect(dot.contains(#""style"="dotted", "arrowhead"="empty""#))
        #expect(dot.contains(#""style"="dashed", "arrowhead"="tee""#))
        #expect(dot.contains(#""shape"="box", "style"="rounded,filled,dashed""#))   // district
        #expect(!dot.contains(#""label"="supports""#))
        #expect(diagram.defaultLayout == .dot)
        #expect(dot.contains(#""rankdir"="LR""#))
        let svg = try ParsedSVG(diagram.render().data)
        #expect(try svg.ids("node").contains("node-al-quds-hospital"))
    }

    @Test("the legend lists only the categories and edge styles that appear")
    func legend() throws {
        let alliances = Diagram(graph, view: .alliances)
        #expect(alliances.legend.categories == [.state, .government, .armedGroup, .militia, .internationalOrg])
        #expect(alliances.legend.relationClasses == [.cooperation, .conflict])
        #expect(alliances.legend.caption(for: .cooperation) == "cooperation: supports, allied-with, backs, negotiates-with, cooperates-with")
        let svg = try ParsedSVG(alliances.render().data)
        let lines = try #require(try svg.nodeText(id: "legend")).split(separator: "\n").map(String.init)
        #expect(lines == [
            "Legend",
            "box", "state", "double box", "government", "hexagon", "armed group", "octagon", "militia",
            "component", "international organisation",
            "────▶", "cooperation: supports, allied-with, backs, negotiates-with, cooperates-with",
            "– – –⊣", "conflict: fights, attacks, condemns",
        ])
        #expect(!alliances.dotText.contains("control"))
        #expect(!alliances.dotText.contains("person"))

        let conflicts = Diagram(graph, view: .conflicts)
        #expect(conflicts.legend.categories == [.state, .armedGroup, .internationalOrg, .city, .district,
                                                .neighbourhood, .site])
        #expect(conflicts.legend.relationClasses == [.conflict, .control])
        let table = try ParsedSVG(conflicts.render().data).nodeText(id: "legend")
        #expect(table?.contains("rounded box, dotted\nneighbourhood") == true)
        #expect(table?.contains("control: captures, advances-into, holds") == true)
        #expect(table?.split(separator: "\n").contains("organisation") == false)
        #expect(table?.contains("cooperation") == false)
    }

    @Test("hostile node ids and labels cannot break the diagram")
    func hostileGraph() throws {
        let evil = #"x"] -> <script> \ & é_"#
        let graph = ActorGraph(nodes: [
            Node(id: evil, kind: .actor, category: .state, label: #"Evil "label" \ <b>"#, aliases: ["a\nb"]),
            Node(id: "y", kind: .actor, category: .militia, label: "حزب الله 🚀"),
        ], edges: [Edge(source: evil, target: "y", relation: .supports,
                        evidence: [TextSpan(document: "d\".txt", start: 0, end: 3, text: #"He said "\" & left"#)])])
        let diagram = Diagram(graph, view: .alliances, title: "Title <&> \"q\"")
        let rendered = try diagram.render()
        #expect(rendered.warnings.isEmpty)
        let svg = try ParsedSVG(rendered.data)
        let ids = try svg.ids("node")
        #expect(ids.contains("node-x_22_5D_20-_3E_20_3Cscript_3E_20_5C_20_26_20_C3_A9_5F"))
        #expect(try svg.nodeText(id: "node-y") == "حزب الله 🚀")
        let evilID = try #require(ids.first { $0.hasPrefix("node-x") })
        #expect(try svg.nodeText(id: evilID) == #"Evil "label" \ <b>"#)
        #expect(try svg.tooltips().contains { $0.contains(#"“He said "\" & left” — d".txt"#) })
        let title = try svg.document.nodes(forXPath: "/*/*[local-name()='g']/*[local-name()='text']").map { $0.stringValue ?? "" }
        #expect(title.first == "Title <&> \"q\"")
    }

    @Test("large graphs default to sfdp; small ones to neato (alliances) or dot (conflicts)")
    func defaultLayout() {
        #expect(Diagram(graph, view: .alliances).defaultLayout == .neato)
        #expect(Diagram(graph, view: .conflicts).defaultLayout == .dot)
        var big = ActorGraph()
        for index in 0...Diagram.largeGraphThreshold {
            big.add(Node(id: "a\(index)", kind: .actor, category: .state, label: "A\(index)"))
            if index > 0 { big.add(Edge(source: "a\(index - 1)", target: "a\(index)", relation: .supports)) }
        }
        let diagram = Diagram(big, view: .alliances)
        #expect(diagram.defaultLayout == .sfdp)
        #expect(diagram.dotText.contains(#""overlap"="prism""#))
    }

    @Test("an empty view still renders")
    func emptyView() throws {
        let diagram = Diagram(ActorGraph(), view: .conflicts)
        #expect(diagram.nodes.isEmpty)
        #expect(diagram.legend.isEmpty)
        #expect(try diagram.render().warnings.isEmpty)
    }

    @Test("label helpers wrap and shorten at word boundaries")
    func textHelpers() {
        #expect(Diagram.wrapped("Nour al-Din al-Zinki Movement", width: 22) == "Nour al-Din al-Zinki\nMovement")
        #expect(Diagram.shortened("one  two\nthree four", to: 13) == "one two three…")
        #expect(DiagramStyle.penWidth(weight: 1) == 1)
        #expect(DiagramStyle.penWidth(weight: 4) == 3)
        #expect(DiagramStyle.penWidth(weight: 10_000) == 6)
    }
}
