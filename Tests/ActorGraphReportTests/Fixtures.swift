import ActorGraph
import Foundation

/// Graphs for the report tests.
enum Fixtures {
    static func span(_ document: String, _ start: Int, _ text: String) -> TextSpan {
        TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    /// Text an article could contain that breaks naive HTML, SVG, Markdown or template writers.
    static let hostile = #"<script>alert("x")</script> </svg> & &amp; "quoted" 'single' {{template}} *bold* [a](b) | `code` # $x$"#

    /// A small Aleppo graph: two blocs with a frustrated tie, places, statements with speakers.
    static let sample: ActorGraph = {
        let doc1 = "aleppo-01.txt", doc2 = "aleppo-02.txt"
        let nodes: [Node] = [
            Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow"], mentions: [span(doc1, 10, "Russian")]),
            Node(id: "iran", kind: .actor, category: .state, label: "Iran"),
            Node(id: "assad-forces", kind: .actor, category: .armedGroup, label: "Syrian government forces"),
            Node(id: "hezbollah", kind: .actor, category: .armedGroup, label: "Hezbollah"),
            Node(id: "turkey", kind: .actor, category: .state, label: "Turkey"),
            Node(id: "free-syrian-army", kind: .actor, category: .armedGroup, label: "Free Syrian Army", aliases: ["FSA"]),
            Node(id: "jabhat-fateh-al-sham", kind: .actor, category: .armedGroup, label: "Jabhat Fateh al-Sham"),
            Node(id: "zaher-al-zaher", kind: .actor, category: .person, label: "Zaher al-Zaher"),
            Node(id: "aleppo", kind: .place, category: .city, label: "Aleppo"),
            Node(id: "east-aleppo", kind: .place, category: .district, label: "eastern Aleppo"),
            Node(id: "hanano", kind: .place, category: .neighbourhood, label: "Masaken Hanano"),
            Node(id: "statement-1", kind: .statement, label: "We will not leave", mentions: [span(doc2, 700, "We will not leave Aleppo.")],
                 quote: "We will not leave Aleppo."),
            Node(id: "statement-2", kind: .statement, label: "The siege must end", quote: "The siege must end."),
        ]
        let edges: [Edge] = [
            Edge(source: "russia", target: "assad-forces", relation: .supports, evidence: [
                span(doc1, 10, "Russian jets have supported Syrian government forces since September 2015."),
                span(doc2, 55, "Russia's support for the offensive continued."),
            ]),
            Edge(source: "iran", target: "assad-forces", relation: .backs, evidence: [span(doc1, 120, "Iran-backed militias fought alongside the army.")]),
            Edge(source: "assad-forces", target: "hezbollah", relation: .alliedWith, evidence: [span(doc1, 200, "Hezbollah fighters are allied with government forces.")]),
            Edge(source: "turkey", target: "free-syrian-army", relation: .backs, evidence: [span(doc2, 10, "Turkey, which backs the FSA, called for a ceasefire.")]),
            Edge(source: "free-syrian-army", target: "jabhat-fateh-al-sham", relation: .cooperatesWith),
            Edge(source: "russia", target: "turkey", relation: .negotiatesWith),
            Edge(source: "assad-forces", target: "free-syrian-army", relation: .fights, weight: 4),
            Edge(source: "russia", target: "jabhat-fateh-al-sham", relation: .attacks),
            Edge(source: "assad-forces", target: "east-aleppo", relation: .besieges),
            Edge(source: "assad-forces", target: "hanano", relation: .captures, evidence: [span(doc1, 300, "The army captured Masaken Hanano.")]),
            Edge(source: "jabhat-fateh-al-sham", target: "east-aleppo", relation: .holds),
            Edge(source: "hanano", target: "east-aleppo", relation: .partOf),
            Edge(source: "east-aleppo", target: "aleppo", relation: .partOf),
            Edge(source: "zaher-al-zaher", target: "free-syrian-army", relation: .spokespersonFor),
            Edge(source: "zaher-al-zaher", target: "statement-1", relation: .said, evidence: [span(doc2, 690, "\"We will not leave Aleppo,\" said Zaher al-Zaher.")]),
            Edge(source: "statement-1", target: "aleppo", relation: .about),
        ]
        return ActorGraph(documents: [Document(id: doc1, title: "Aleppo siege", date: "2016-11-28"), Document(id: doc2, date: "2016-12-13")],
                          nodes: nodes, edges: edges)
    }()

    /// The sample with hostile text in labels, a quote, evidence and a document title.
    static let hostileGraph: ActorGraph = {
        var graph = sample
        let doc = "odd & <name>.txt"
        graph.add(Document(id: doc, title: hostile, date: "2016-12-20"))
        graph.add(Node(id: "odd id \"x\" <y>", kind: .actor, category: .militia, label: hostile, aliases: [hostile], mentions: [span(doc, 0, hostile)]))
        graph.add(Node(id: "statement-3", kind: .statement, label: hostile, mentions: [span(doc, 50, hostile)], quote: hostile + "\nsecond line"))
        graph.add(Edge(source: "odd id \"x\" <y>", target: "russia", relation: .condemns, evidence: [span(doc, 5, hostile)]))
        graph.add(Edge(source: "odd id \"x\" <y>", target: "assad-forces", relation: .supports, evidence: [span(doc, 99, hostile)]))
        graph.add(Edge(source: "odd id \"x\" <y>", target: "statement-3", relation: .said))
        graph.add(Edge(source: "odd id \"x\" <y>", target: "aleppo", relation: .controls, evidence: [span(doc, 7, hostile)]))
        return graph
    }()

    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The graph built from the project's examples, when it is there.
    static var examplesGraph: ActorGraph? {
        try? ActorGraph(contentsOf: packageRoot.appendingPathComponent("graphs/graph.json"))
    }
}
