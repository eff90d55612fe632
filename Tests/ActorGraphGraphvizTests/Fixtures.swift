import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ActorGraphGraphviz

/// A small hand-made Aleppo graph: 13 actors, 6 places, 1 statement, one isolated actor; places
/// nested hanano ⊂ eastern Aleppo ⊂ Aleppo ⊂ Syria; two alliance blocs joined by a negotiation.
enum Fixtures {
    static func span(_ document: String, _ start: Int, _ text: String) -> TextSpan {
        TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    static let sample: ActorGraph = {
        let doc1 = "aleppo-01.txt", doc2 = "aleppo-02.txt"
        let nodes: [Node] = [
            Node(id: "russia", kind: .actor, category: .state, label: "Russia", aliases: ["Moscow", "the Kremlin"]),
            Node(id: "iran", kind: .actor, category: .state, label: "Iran"),
            Node(id: "turkey", kind: .actor, category: .state, label: "Turkey", aliases: ["Türkiye", "Ankara"]),
            Node(id: "syrian-government", kind: .actor, category: .government, label: "Syrian government"),
            Node(id: "assad-forces", kind: .actor, category: .armedGroup, label: "Syrian government forces"),
            Node(id: "hezbollah", kind: .actor, category: .armedGroup, label: "Hezbollah", aliases: ["حزب الله"]),
            Node(id: "free-syrian-army", kind: .actor, category: .armedGroup, label: "Free Syrian Army", aliases: ["FSA"]),
            Node(id: "nour-al-din-al-zinki", kind: .actor, category: .armedGroup, label: "Nour al-Din al-Zinki Movement"),
            Node(id: "jabhat-fateh-al-sham", kind: .actor, category: .armedGroup, label: "Jabhat Fateh al-Sham"),
            Node(id: "national-defence-forces", kind: .actor, category: .militia, label: "National Defence Forces"),
            Node(id: "united-nations", kind: .actor, category: .internationalOrg, label: "United Nations", aliases: ["UN"]),
            Node(id: "white-helmets", kind: .actor, category: .organization, label: "White Helmets"),   // isolated
            Node(id: "zaher-al-zaher", kind: .actor, category: .person, label: "Zaher al-Zaher"),
            Node(id: "aleppo", kind: .place, category: .city, label: "Aleppo"),
            Node(id: "east-aleppo", kind: .place, category: .district, label: "eastern Aleppo"),
            Node(id: "hanano", kind: .place, category: .neighbourhood, label: "Masaken Hanano"),
            Node(id: "syria", kind: .place, category: .country, label: "Syria"),
            Node(id: "al-quds-hospital", kind: .place, category: .site, label: "al-Quds hospital"),
            Node(id: "statement-1", kind: .statement, label: "We will not leave", quote: "We will not leave Aleppo."),
        ]
        let edges: [Edge] = [
            Edge(source: "russia", target: "assad-forces", relation: .supports, evidence: [
                span(doc1, 10, "Russian jets have supported Syrian government forces since September 2015."),
                span(doc1, 400, "Moscow again backed the army's push with air strikes."),
                span(doc2, 55, "Russia's support for the offensive continued."),
            ]),
            Edge(source: "iran", target: "assad-forces", relation: .backs,
                 evidence: [span(doc1, 120, "Iran-backed militias fought alongside the army.")]),
            Edge(source: "assad-forces", target: "hezbollah", relation: .alliedWith,
                 evidence: [span(doc1, 200, "Hezbollah fighters are allied with government forces.")]),
            Edge(source: "hezbollah", target: "assad-forces", relation: .alliedWith,
                 evidence: [span(doc2, 300, "The army and its Hezbollah allies advanced.")]),
            Edge(source: "national-defence-forces", target: "assad-forces", relation: .supports),
            Edge(source: "syrian-government", target: "assad-forces", relation: .backs),
            Edge(source: "turkey", target: "free-syrian-army", relation: .backs,
                 evidence: [span(doc2, 10, "Turkey, which backs the FSA, called for a ceasefire.")]),
            Edge(source: "free-syrian-army", target: "nour-al-din-al-zinki", relation: .cooperatesWith),
            Edge(source: "russia", target: "turkey", relation: .negotiatesWith),
            Edge(source: "assad-forces", target: "free-syrian-army", relation: .fights, weight: 4),
            Edge(source: "russia", target: "jabhat-fateh-al-sham", relation: .attacks),
            Edge(source: "united-nations", target: "russia", relation: .condemns),
            Edge(source: "assad-forces", target: "east-aleppo", relation: .besieges),
            Edge(source: "russia", target: "al-quds-hospital", relation: .shells),
            Edge(source: "assad-forces", target: "hanano", relation: .captures),
            Edge(source: "jabhat-fateh-al-sham", target: "east-aleppo", relation: .holds),
            Edge(source: "assad-forces", target: "aleppo", relation: .advancesInto),
            Edge(source: "hanano", target: "east-aleppo", relation: .partOf),
            Edge(source: "east-aleppo", target: "aleppo", relation: .partOf),
            Edge(source: "aleppo", target: "syria", relation: .locatedIn),
            Edge(source: "zaher-al-zaher", target: "free-syrian-army", relation: .spokespersonFor),
            Edge(source: "zaher-al-zaher", target: "statement-1", relation: .said,
                 evidence: [span(doc2, 500, "\"We will not leave Aleppo,\" said Zaher al-Zaher.")]),
            Edge(source: "statement-1", target: "aleppo", relation: .about),
        ]
        return ActorGraph(documents: [Document(id: doc1, title: "Aleppo siege", date: "2016-11-28"),
                                      Document(id: doc2, date: "2016-12-13")],
                          nodes: nodes, edges: edges)
    }()
}

/// What an SVG shows, read back with an XML parser.
struct ParsedSVG {
    let document: XMLDocument

    init(_ data: Data) throws { document = try XMLDocument(data: data, options: []) }

    /// The elements `<g class="kind …">` (`node`, `edge`, `cluster`, or a further class such as
    /// `bloc` or `frustrated`).
    func groups(_ kind: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='g'][contains(concat(' ', normalize-space(@class), ' '), ' \(kind) ')]")
            .compactMap { $0 as? XMLElement }
    }

    /// The `<g>` with the given id.
    func group(id: String) throws -> XMLElement? {
        try document.nodes(forXPath: "//*[local-name()='g'][@id='\(id)']").first as? XMLElement
    }

    /// The classes of the `<g>` with the given id, e.g. `["edge", "conflict", "fights"]`.
    func classes(id: String) throws -> [String] {
        try group(id: id).flatMap { Self.attribute("class", of: $0) }?.split(separator: " ").map(String.init) ?? []
    }

    /// The `<title>` child of the `<g>` with the given id.
    func title(id: String) throws -> String? {
        try group(id: id)?.nodes(forXPath: "./*[local-name()='title']").first?.stringValue
    }

    /// The lines of the graph label: title, caption and legend.
    func labelLines() throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='g'][@class='label']//*[local-name()='text']").map { $0.stringValue ?? "" }
    }

    /// The paths of the `<g>` with the given id (an edge's line, one per colour band).
    func paths(id: String) throws -> [XMLElement] {
        try group(id: id)?.nodes(forXPath: ".//*[local-name()='path']").compactMap { $0 as? XMLElement } ?? []
    }

    /// The bounding box (min x, min y, max x, max y) of the first polygon, ellipse or path of the
    /// `<g>` with the given id.
    func boundingBox(id: String) throws -> (Double, Double, Double, Double)? {
        guard let group = try group(id: id) else { return nil }
        var xs: [Double] = [], ys: [Double] = []
        if let polygon = try group.nodes(forXPath: ".//*[local-name()='polygon']").first as? XMLElement,
           let points = Self.attribute("points", of: polygon) {
            for pair in points.split(separator: " ") {
                let parts = pair.split(separator: ",").compactMap { Double($0) }
                if parts.count == 2 { xs.append(parts[0]); ys.append(parts[1]) }
            }
        } else if let ellipse = try group.nodes(forXPath: ".//*[local-name()='ellipse']").first as? XMLElement,
                  let cx = Self.attribute("cx", of: ellipse).flatMap(Double.init), let cy = Self.attribute("cy", of: ellipse).flatMap(Double.init),
                  let rx = Self.attribute("rx", of: ellipse).flatMap(Double.init), let ry = Self.attribute("ry", of: ellipse).flatMap(Double.init) {
            xs = [cx - rx, cx + rx]; ys = [cy - ry, cy + ry]
        } else if let path = try group.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement,
                  let d = Self.attribute("d", of: path) {
            let numbers = d.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
            for index in stride(from: 0, to: numbers.count - 1, by: 2) { xs.append(numbers[index]); ys.append(numbers[index + 1]) }
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
        return (minX, minY, maxX, maxY)
    }

    /// The `id` attribute of each `<g class="kind">`.
    func ids(_ kind: String) throws -> [String] {
        try groups(kind).compactMap { Self.attribute("id", of: $0) }
    }

    /// The value of the attribute `name` (unqualified) of `element`.
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    /// The lines of text inside `element` (its `<text>` descendants), XML-unescaped.
    static func textLines(in element: XMLElement) throws -> [String] {
        try element.nodes(forXPath: ".//*[local-name()='text']").map { $0.stringValue ?? "" }
    }

    /// The text of the `<g class="node">` with the given id, lines joined by newlines.
    func nodeText(id: String) throws -> String? {
        guard let group = try groups("node").first(where: { Self.attribute("id", of: $0) == id }) else { return nil }
        return try Self.textLines(in: group).joined(separator: "\n")
    }

    /// Every `xlink:title` (tooltip) in the document.
    func tooltips() throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='a']").compactMap { node in
            (node as? XMLElement).flatMap { Self.attribute("xlink:title", of: $0) }
        }
    }
}
