import ActorGraph
import Foundation

/// Graphs for the interchange tests.
enum Fixtures {
    static func span(_ document: String, _ start: Int, _ text: String) -> TextSpan {
        TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    /// Text an article could contain that breaks naive HTML, XML, Markdown, Mermaid or CSV writers.
    static let hostile = #"<script>alert("x")</script> </svg> & &amp; "quoted" 'single' {{template}} ]]> #; [a] (b) |c| %% `code` a,b"#

    /// A small Aleppo graph: actors, places, a statement, parallel edges, evidence in two documents.
    static let sample: ActorGraph = {
        let doc1 = "aleppo-01.txt", doc2 = "aleppo-02.txt"
        let nodes: [Node] = [
            Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow", "the Kremlin"],
                 mentions: [span(doc1, 10, "Russian"), span(doc1, 400, "Moscow")]),
            Node(id: "assad-forces", kind: .actor, category: .armedGroup, label: "Syrian government forces"),
            Node(id: "free-syrian-army", kind: .actor, category: .armedGroup, label: "Free Syrian Army", aliases: ["FSA"]),
            Node(id: "turkey", kind: .actor, category: .state, label: "Turkey", aliases: ["Türkiye", "Ankara"]),
            Node(id: "hezbollah", kind: .actor, category: .armedGroup, label: "Hezbollah", aliases: ["حزب الله"]),
            Node(id: "zaher-al-zaher", kind: .actor, category: .person, label: "Zaher al-Zaher"),
            Node(id: "white-helmets", kind: .actor, category: .organization, label: "White Helmets"),
            Node(id: "aleppo", kind: .place, category: .city, label: "Aleppo"),
            Node(id: "east-aleppo", kind: .place, category: .district, label: "eastern Aleppo"),
            Node(id: "statement-1", kind: .statement, label: "We will not leave",
                 mentions: [span(doc2, 700, "We will not leave Aleppo.")], quote: "We will not leave Aleppo."),
        ]
        let edges: [Edge] = [
            Edge(source: "russia", target: "assad-forces", relation: .supports, evidence: [
                span(doc1, 10, "Russian jets have supported Syrian government forces since September 2015."),
                span(doc2, 55, "Russia's support for the offensive continued."),
            ]),
            Edge(source: "russia", target: "assad-forces", relation: .backs, weight: 3),
            Edge(source: "assad-forces", target: "hezbollah", relation: .alliedWith,
                 evidence: [span(doc1, 200, "Hezbollah fighters are allied with government forces.")]),
            Edge(source: "turkey", target: "free-syrian-army", relation: .backs),
            Edge(source: "assad-forces", target: "free-syrian-army", relation: .fights, weight: 4),
            Edge(source: "assad-forces", target: "east-aleppo", relation: .besieges),
            Edge(source: "free-syrian-army", target: "east-aleppo", relation: .holds),
            Edge(source: "east-aleppo", target: "aleppo", relation: .partOf),
            Edge(source: "zaher-al-zaher", target: "free-syrian-army", relation: .spokespersonFor),
            Edge(source: "zaher-al-zaher", target: "statement-1", relation: .said,
                 evidence: [span(doc2, 690, "\"We will not leave Aleppo,\" said Zaher al-Zaher.")]),
            Edge(source: "statement-1", target: "aleppo", relation: .about),
        ]
        return ActorGraph(documents: [Document(id: doc1, title: "Aleppo siege", date: "2016-11-28", sha256: String(repeating: "ab", count: 32)),
                                      Document(id: doc2, date: "2016-12-13")],
                          nodes: nodes, edges: edges)
    }()

    /// The sample with hostile text in a label, alias, quote, evidence, document title and id.
    static let hostileGraph: ActorGraph = {
        var graph = sample
        let doc = "odd & <name>.txt"
        graph.add(Document(id: doc, title: hostile, date: "2016-12-20"))
        graph.add(Node(id: "odd id \"x\" <y>", kind: .actor, category: .militia, label: hostile,
                       aliases: ["semi;colon", "back\\slash", hostile], mentions: [span(doc, 0, hostile)]))
        graph.add(Node(id: "statement-2", kind: .statement, label: hostile, quote: hostile + "\nsecond line\r\nthird\tline"))
        graph.add(Edge(source: "odd id \"x\" <y>", target: "russia", relation: .condemns,
                       evidence: [span(doc, 5, hostile), span(doc, 900, "line one\nline two")]))
        graph.add(Edge(source: "odd id \"x\" <y>", target: "statement-2", relation: .said))
        graph.add(Edge(source: "russia", target: "odd id \"x\" <y>", relation: .attacks, evidence: [span(doc, 40, hostile)]))
        return graph
    }()

    /// The reference graph built from the project's examples, when it is there.
    static var examplesGraph: ActorGraph? {
        try? ActorGraph(contentsOf: packageRoot.appendingPathComponent("graphs/graph.json"))
    }

    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
