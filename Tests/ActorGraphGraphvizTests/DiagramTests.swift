import ActorGraph
import Foundation
import Testing
@testable import ActorGraphGraphviz

@Suite("Diagram views")
struct DiagramTests {
    let graph = Fixtures.sample

    @Test("alliances: a labelled box per bloc, cooperation solid inside, conflict dashed between, frustrated edges banded")
    func alliances() throws {
        let diagram = Diagram(graph, view: .alliances)
        #expect(diagram.nodes.map(\.id) == [
            "assad-forces", "free-syrian-army", "hezbollah", "iran", "jabhat-fateh-al-sham",
            "national-defence-forces", "nour-al-din-al-zinki", "russia", "syrian-government", "turkey", "united-nations",
        ])
        #expect(Set(diagram.edges.map(\.relationClass)) == [.cooperation, .conflict])
        // allied-with stated both ways is drawn once, weights added.
        let allied = diagram.edges.filter { $0.relation == .alliedWith }
        #expect(allied.count == 1)
        #expect(allied.first?.weight == 2)
        #expect(diagram.blocs == [
            ["assad-forces", "hezbollah", "iran", "national-defence-forces", "russia", "syrian-government"],
            ["free-syrian-army", "nour-al-din-al-zinki", "turkey"],
        ])
        #expect(diagram.frustratedEdges.map(\.relation) == [.negotiatesWith])      // russia ↔ turkey, across blocs
        #expect(diagram.defaultLayout == .dot)                                      // the engine that draws the boxes

        let svg = try ParsedSVG(diagram.render().data)
        #expect(try svg.ids("cluster") == ["bloc-1", "bloc-2"])
        #expect(try svg.group(id: "bloc-1").map(ParsedSVG.textLines(in:)) == ["Bloc 1"])
        #expect(try svg.classes(id: "bloc-2") == ["cluster", "bloc"])
        // Every member's shape lies inside its bloc's box.
        for (index, bloc) in diagram.blocs.enumerated() {
            let box = try #require(try svg.boundingBox(id: "bloc-\(index + 1)"))
            for member in bloc {
                let shape = try #require(try svg.boundingBox(id: "node-\(member)"))
                #expect(shape.0 >= box.0 && shape.1 >= box.1 && shape.2 <= box.2 && shape.3 <= box.3, "\(member)")
            }
        }
        let supports = "edge-russia-supports-assad-forces"
        #expect(try svg.classes(id: supports) == ["edge", "cooperation", "supports"])
        #expect(try svg.paths(id: supports).allSatisfy { ParsedSVG.attribute("stroke-dasharray", of: $0) == nil })
        #expect(try svg.paths(id: supports).first.flatMap { ParsedSVG.attribute("stroke", of: $0) } == "#0072b2")
        let fights = "edge-assad-forces-fights-free-syrian-army"
        #expect(try svg.classes(id: fights) == ["edge", "conflict", "fights"])
        #expect(try svg.paths(id: fights).allSatisfy { ParsedSVG.attribute("stroke-dasharray", of: $0) == "5,2" })
        #expect(try svg.paths(id: fights).first.flatMap { ParsedSVG.attribute("stroke-width", of: $0) } == "3")   // weight 4
        let negotiates = "edge-russia-negotiates-with-turkey"
        #expect(try svg.classes(id: negotiates) == ["edge", "cooperation", "negotiates-with", "frustrated"])
        #expect(try svg.paths(id: negotiates).compactMap { ParsedSVG.attribute("stroke", of: $0) } == ["#cc79a7", "#0072b2", "#cc79a7"])
        #expect(try svg.tooltips().contains { $0.hasPrefix("Russia negotiates-with Turkey\nFrustrated: cooperation between different blocs") })
        #expect(try svg.tooltips().contains { $0.hasPrefix("Russia supports Syrian government forces (stated 3 times)\n• “Russian jets") })
        #expect(try svg.tooltips().contains("Russia — state\nAlso: Moscow, the Kremlin\nBloc 1"))
        #expect(try svg.title(id: "node-russia") == "Russia — state")
        #expect(try svg.title(id: supports) == "Russia supports Syrian government forces")
        #expect(try svg.title(id: "bloc-2") == "Bloc 2: Free Syrian Army, Nour al-Din al-Zinki Movement, Turkey")
        #expect(try svg.labelLines().prefix(3) == ["Alliances", "Sources: aleppo-01.txt, aleppo-02.txt · 2016-11-28 – 2016-12-13",
                                                   "2 blocs · 1 frustrated edge"])
    }

    @Test("conflicts can be left out of the alliances view; the blocs stay")
    func alliancesWithoutConflicts() throws {
        let diagram = Diagram(graph, view: .alliances, includesConflicts: false)
        #expect(diagram.edges.allSatisfy { $0.relationClass == .cooperation })
        #expect(!diagram.nodes.contains { $0.id == "jabhat-fateh-al-sham" })   // only a conflict edge
        #expect(try !diagram.dotText.contains("#D55E00"))
        #expect(diagram.legend.relationClasses == [.cooperation])
        #expect(diagram.blocs.count == 2)
    }

    @Test("conflicts: who fights whom and which places, dashed with tee heads, width by weight, no other class")
    func conflicts() throws {
        let diagram = Diagram(graph, view: .conflicts)
        #expect(diagram.nodes.map(\.id) == [
            "al-quds-hospital", "assad-forces", "east-aleppo", "free-syrian-army", "jabhat-fateh-al-sham", "russia", "united-nations",
        ])
        #expect(diagram.edges.allSatisfy { $0.relationClass == .conflict })
        #expect(diagram.defaultLayout == .dot)
        let dot = try diagram.dotText
        #expect(dot.contains(#""rankdir"="LR""#))
        #expect(dot.contains(#""style"="dashed", "arrowhead"="tee""#))
        #expect(!dot.contains("subgraph"))
        let svg = try ParsedSVG(diagram.render().data)
        #expect(try Set(svg.ids("node")) == Set(diagram.nodes.map { "node-" + $0.id }))
        #expect(try svg.ids("cluster").isEmpty)
        #expect(try svg.groups("edge").allSatisfy { (ParsedSVG.attribute("class", of: $0) ?? "").contains("conflict") })
        #expect(try svg.classes(id: "edge-russia-shells-al-quds-hospital") == ["edge", "conflict", "shells"])
        #expect(try svg.classes(id: "node-al-quds-hospital") == ["node", "place", "site"])
        // Direction: the tee sits at the target, so the edge's path ends near the hospital.
        #expect(try svg.groups("edge").count == diagram.edges.count)
    }

    @Test("control: actors → places they hold or took, places nested in boxes by part-of / located-in")
    func control() throws {
        let diagram = Diagram(graph, view: .control)
        #expect(diagram.nodes.map(\.id) == ["aleppo", "assad-forces", "east-aleppo", "hanano", "jabhat-fateh-al-sham"])
        #expect(diagram.edges.allSatisfy { $0.relationClass == .control })
        let dotGraph = try diagram.dotGraph
        #expect(dotGraph.clusters.map(\.name) == ["place-syria"])
        #expect(dotGraph.clusters.first?.clusters.map(\.name) == ["place-aleppo"])
        #expect(dotGraph.clusters.first?.clusters.first?.clusters.map(\.name) == ["place-east-aleppo"])

        let svg = try ParsedSVG(diagram.render().data)
        #expect(try Set(svg.ids("cluster")) == ["place-syria", "place-aleppo", "place-east-aleppo"])
        #expect(try svg.group(id: "place-aleppo").map(ParsedSVG.textLines(in:)) == ["Aleppo"])
        func contains(_ outer: String, _ inner: String) throws -> Bool {
            let box = try #require(try svg.boundingBox(id: outer)), shape = try #require(try svg.boundingBox(id: inner))
            return shape.0 >= box.0 && shape.1 >= box.1 && shape.2 <= box.2 && shape.3 <= box.3
        }
        #expect(try contains("place-east-aleppo", "node-hanano"))
        #expect(try contains("place-aleppo", "place-east-aleppo"))
        #expect(try contains("place-aleppo", "node-aleppo"))          // a drawn place sits in its own box
        #expect(try contains("place-syria", "place-aleppo"))
        #expect(try !contains("place-syria", "node-assad-forces"))
        let captures = "edge-assad-forces-captures-hanano"
        #expect(try svg.classes(id: captures) == ["edge", "control", "captures"])
        #expect(try svg.paths(id: captures).allSatisfy { ParsedSVG.attribute("stroke-dasharray", of: $0) == "1,5" })
    }

    @Test("control: a gazetteer nests places the articles never relate, without adding edges")
    func controlWithGazetteer() throws {
        let graph = ActorGraph(nodes: [
            Node(id: "army", kind: .actor, category: .armedGroup, label: "Army"),
            Node(id: "hanano", kind: .place, category: .neighbourhood, label: "Masaken Hanano"),
            Node(id: "sakhour", kind: .place, category: .neighbourhood, label: "al-Sakhour"),
        ], edges: [Edge(source: "army", target: "hanano", relation: .captures),
                   Edge(source: "army", target: "sakhour", relation: .captures)])
        var diagram = Diagram(graph, view: .control)
        #expect(try diagram.dotGraph.clusters.isEmpty)
        diagram.places = PlaceHierarchy(parents: ["hanano": "east-aleppo", "sakhour": "east-aleppo", "east-aleppo": "aleppo"],
                                        labels: ["east-aleppo": "Eastern Aleppo", "aleppo": "Aleppo"])
        let svg = try ParsedSVG(diagram.render().data)
        #expect(try svg.ids("cluster") == ["place-aleppo", "place-east-aleppo"])
        #expect(try svg.group(id: "place-east-aleppo").map(ParsedSVG.textLines(in:)) == ["Eastern Aleppo"])
        #expect(diagram.edges.count == 2)
    }

    @Test("a place hierarchy prefers part-of, then located-in, then the gazetteer, and has no cycles")
    func placeHierarchy() {
        let graph = ActorGraph(nodes: ["a", "b", "c", "d"].map { Node(id: $0, kind: .place, category: .city, label: $0.uppercased()) },
                               edges: [Edge(source: "a", target: "b", relation: .locatedIn),
                                       Edge(source: "a", target: "c", relation: .partOf),
                                       Edge(source: "c", target: "a", relation: .partOf),
                                       Edge(source: "b", target: "d", relation: .locatedIn)])
        let places = PlaceHierarchy(parents: ["d": "x", "b": "y"])
        let parents = places.parents(in: graph)
        #expect(parents["a"] == "c")          // part-of beats located-in
        #expect(parents["b"] == "d")          // the graph beats the gazetteer
        #expect(parents["d"] == "x")          // the gazetteer fills in
        #expect(parents["c"] == nil)          // a ↔ c would be a cycle: the later link is dropped
        #expect(places.label(of: "x", in: graph) == "x")
        #expect(places.label(of: "a", in: graph) == "A")
    }

    @Test("statements: speakers, their affiliation, quotes shortened with the full text in the tooltip, what they are about")
    func statements() throws {
        let quote = "We will not leave Aleppo, not today and not tomorrow, because this is our city and these are our "
            + "streets, whatever the regime and its Russian backers throw at the eastern districts."
        var graph = self.graph
        graph.add(Node(id: "statement-2", kind: .statement, label: "We will not leave Aleppo, not today…", quote: quote))
        graph.add(Edge(source: "zaher-al-zaher", target: "statement-2", relation: .said))
        graph.add(Edge(source: "statement-2", target: "russia", relation: .about))
        let diagram = Diagram(graph, view: .statements)
        #expect(diagram.nodes.map(\.id) == ["aleppo", "free-syrian-army", "russia", "statement-1", "statement-2", "zaher-al-zaher"])
        #expect(Set(diagram.edges.map(\.relation)) == [.said, .spokespersonFor, .about])
        let svg = try ParsedSVG(diagram.render().data)
        let label = try #require(try svg.nodeText(id: "node-statement-2"))
        #expect(label.hasPrefix("“We will not leave Aleppo,"))
        #expect(label.hasSuffix("…”"))
        #expect(label.split(separator: "\n").allSatisfy { $0.count <= 34 })
        #expect(label.replacingOccurrences(of: "\n", with: " ").count < 100)
        #expect(try svg.tooltips().contains("“" + quote + "”\n— Zaher al-Zaher"))
        #expect(try svg.classes(id: "node-statement-2") == ["node", "statement"])
        #expect(try svg.classes(id: "edge-zaher-al-zaher-spokesperson-for-free-syrian-army") == ["edge", "membership", "spokesperson-for"])
        #expect(try svg.classes(id: "edge-statement-2-about-russia") == ["edge", "mention", "about"])
        #expect(try svg.classes(id: "edge-zaher-al-zaher-said-statement-2") == ["edge", "statement", "said"])
        // The affiliation is laid out left of the speaker, the quote right of it.
        let organisation = try #require(try svg.boundingBox(id: "node-free-syrian-army"))
        let speaker = try #require(try svg.boundingBox(id: "node-zaher-al-zaher"))
        let statement = try #require(try svg.boundingBox(id: "node-statement-2"))
        #expect(organisation.2 < speaker.0 && speaker.2 < statement.0)
        #expect(try svg.labelLines().contains("quote (note)"))
    }

    @Test("ego: the neighbourhood of the focus within N steps, every class, the focus ringed")
    func ego() throws {
        let one = Diagram(graph, view: .ego, focus: "russia", hops: 1)
        #expect(one.nodes.map(\.id) == ["al-quds-hospital", "assad-forces", "jabhat-fateh-al-sham", "russia", "turkey", "united-nations"])
        #expect(one.defaultLayout == .twopi)
        let two = Diagram(graph, view: .ego, focus: "russia", hops: 2)
        #expect(Set(two.nodes.map(\.id)).isStrictSuperset(of: Set(one.nodes.map(\.id))))
        #expect(Set(two.edges.map(\.relationClass)).isSuperset(of: [.cooperation, .conflict, .control]))
        let svg = try ParsedSVG(two.render().data)
        #expect(try svg.classes(id: "node-russia") == ["node", "actor", "state", "focus"])
        #expect(try svg.labelLines().first == "Neighbourhood of Russia (2 steps)")
        #expect(try svg.tooltips().contains("Iran — state\n2 steps from the focus"))
        #expect(try svg.labelLines().contains { $0.contains("the focus (double border, bold)") })
        let dot = try two.dotText
        #expect(dot.contains(#""root"="#))
    }

    @Test("ego: a missing or unknown focus is an error, not an empty picture")
    func egoErrors() {
        #expect(throws: DiagramError.focusRequired) { try Diagram(graph, view: .ego).render() }
        #expect(throws: DiagramError.unknownFocus("nobody")) { try Diagram(graph, view: .ego, focus: "nobody").render() }
        #expect(DiagramError.focusRequired.description == "the ego view needs a focus node")
    }

    @Test("full: every edge of every class")
    func full() throws {
        let diagram = Diagram(graph, view: .full)
        #expect(diagram.edges.count == graph.edgeCount - 1)               // allied-with both ways drawn once
        #expect(!diagram.nodes.contains { $0.id == "white-helmets" })     // isolated
        #expect(diagram.defaultLayout == .neato)
        let svg = try ParsedSVG(diagram.render().data)
        #expect(try svg.groups("node").count == diagram.nodes.count)
        #expect(try svg.groups("edge").count == diagram.edges.count)
        #expect(try svg.ids("cluster").isEmpty)
    }

    @Test("the legend lists only the categories, edge styles and boxes that appear")
    func legend() throws {
        let alliances = Diagram(graph, view: .alliances)
        #expect(alliances.legend.categories == [.state, .government, .armedGroup, .militia, .internationalOrg])
        #expect(alliances.legend.relationClasses == [.cooperation, .conflict])
        #expect(alliances.legend.showsBlocs && alliances.legend.showsFrustratedEdges)
        #expect(!alliances.legend.showsPlaceBoxes && !alliances.legend.showsFocus)
        #expect(alliances.legend.caption(for: .cooperation) == "cooperation: supports, allied-with, backs, negotiates-with, cooperates-with")
        let lines = try ParsedSVG(alliances.render().data).labelLines()
        for expected in ["state (box)", "government (double box)", "armed group (hexagon)", "militia (octagon)",
                         "international organisation (component)", "box: an alliance bloc, allies inside, enemies outside"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        for expected in ["cooperation: supports, allied-with, backs, negotiates-with, cooperates-with",
                         "conflict: fights, attacks, condemns", "frustrated: cooperation across blocs or conflict within one"] {
            #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == expected }, "\(expected)")
        }
        #expect(lines.contains("────▶") && lines.contains("– – –⊣"))
        #expect(!lines.contains { $0.contains("control") || $0.contains("person") || $0.contains("place") })

        let control = Diagram(graph, view: .control)
        #expect(control.legend.showsPlaceBoxes && !control.legend.showsBlocs)
        let controlLines = try ParsedSVG(control.render().data).labelLines()
        #expect(controlLines.contains { $0.trimmingCharacters(in: .whitespaces) == "control: captures, advances-into, holds" })
        #expect(controlLines.contains("neighbourhood (rounded box, dotted)"))
        #expect(controlLines.contains("box: a place, and the places that are part of it"))
        #expect(!controlLines.contains { $0.contains("cooperation") || $0.contains("Bloc") })
    }

    @Test("a legend with every category and relation class fits its chips (no Graphviz warning)", arguments: DiagramTheme.allCases)
    func fullLegend(theme: DiagramTheme) throws {
        var nodes: [Node] = Category.allCases.map { Node(id: $0.rawValue, kind: $0.kind, category: $0, label: $0.displayName) }
        nodes += [Node(id: "someone", kind: .actor, label: "Someone"), Node(id: "somewhere", kind: .place, label: "Somewhere"),
                  Node(id: "quote", kind: .statement, label: "Quote", quote: "Quote")]
        let ids = nodes.map(\.id)
        var edges = Relation.allCases.enumerated().map { index, relation in
            Edge(source: relation == .about ? "quote" : ids[index % ids.count], target: ids[(index + 3) % ids.count], relation: relation)
        }
        edges.append(Edge(source: "state", target: "someone", relation: .supports))
        let diagram = Diagram(ActorGraph(nodes: nodes, edges: edges), view: .full, theme: theme, focus: "state")
        #expect(diagram.legend.categories == Category.allCases)
        #expect(diagram.legend.relationClasses == RelationClass.allCases)
        let rendered = try diagram.render()
        #expect(rendered.warnings.isEmpty)
        var control = Diagram(Fixtures.sample, view: .control, theme: theme)
        control.focus = "russia"
        #expect(try control.render().warnings.isEmpty)
        #expect(try Diagram(Fixtures.sample, view: .alliances, theme: theme).render().warnings.isEmpty)
    }

    @Test("the caption names up to three documents, and counts more", arguments: [2, 3, 5])
    func caption(documentCount: Int) {
        let documents = (1...documentCount).map { Document(id: "d\($0).txt", date: "2016-12-1\($0)") }
        let caption = DiagramCaption.sources(for: documents)
        switch documentCount {
        case 2: #expect(caption == "Sources: d1.txt, d2.txt · 2016-12-11 – 2016-12-12")
        case 3: #expect(caption == "Sources: d1.txt, d2.txt, d3.txt · 2016-12-11 – 2016-12-13")
        default: #expect(caption == "5 documents, 2016-12-11 – 2016-12-15")
        }
        #expect(DiagramCaption.sources(for: []) == nil)
        #expect(DiagramCaption.sources(for: [Document(id: "undated.txt")]) == "Sources: undated.txt")
    }

    @Test("top actors: a big graph is reduced to its most central actors and what links to them")
    func topActors() throws {
        var diagram = Diagram(graph, view: .conflicts)
        diagram.topActorCount = 2
        let actors = diagram.nodes.filter { $0.kind == .actor }.map(\.id)
        #expect(actors.count == 2)
        #expect(diagram.nodes.contains { $0.kind == .place })
        #expect(try ParsedSVG(diagram.render().data).labelLines().contains("The 2 most central actors (PageRank)"))
    }

    @Test("an empty view still renders")
    func emptyView() throws {
        for view in DiagramView.allCases where view != .ego {
            let diagram = Diagram(ActorGraph(), view: view)
            #expect(diagram.nodes.isEmpty)
            #expect(diagram.legend.isEmpty)
            #expect(try diagram.render().warnings.isEmpty)
        }
    }

    @Test("label helpers wrap and shorten at word boundaries")
    func textHelpers() {
        #expect(DiagramText.wrapped("Nour al-Din al-Zinki Movement", width: 22) == "Nour al-Din al-Zinki\nMovement")
        #expect(DiagramText.shortened("one  two\nthree four", to: 13) == "one two three…")
        #expect(DiagramText.shortened(String(repeating: "x", count: 50), to: 10) == String(repeating: "x", count: 9) + "…")
        #expect(DiagramText.quoteLabel("We will not leave Aleppo.") == "“We will not leave Aleppo.”")
        #expect(DiagramStyle.penWidth(weight: 1) == 1)
        #expect(DiagramStyle.penWidth(weight: 4) == 3)
        #expect(DiagramStyle.penWidth(weight: 10_000) == 6)
    }

    @Test("every relation class has its own line pattern and arrowhead pair, not just a colour")
    func edgeStylesDifferBeyondColour() {
        let styles = RelationClass.allCases.map { "\(DiagramStyle.linePattern(of: $0))/\(DiagramStyle.arrowhead(of: $0))" }
        #expect(Set(styles).count == RelationClass.allCases.count)
        #expect(DiagramStyle.linePattern(of: .cooperation) != DiagramStyle.linePattern(of: .conflict))
        #expect(DiagramStyle.arrowhead(of: .cooperation) != DiagramStyle.arrowhead(of: .conflict))
    }
}
