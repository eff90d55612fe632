import ActorGraph
import ActorGraphQuery
import Foundation

/// A small hand-made graph whose answers are easy to work out by hand.
///
/// ```
/// russia -supports-> army      iran -backs-> hezbollah     hezbollah -allied-with-> army
/// army -shells-> rebels (w2)   rebels -attacks-> army      army -captures-> hanano
/// rebels -holds-> east         hanano -part-of-> east      ypg -controls-> maqsoud
/// rebels -shells-> maqsoud     un -condemns-> army         lavrov -member-of-> russia
/// lavrov -said-> s1            s1 -about-> rebels          turkey -fights-> isis
/// ```
enum Fixtures {
    static func span(_ text: String, _ document: String = "a.txt", _ start: Int = 0) -> TextSpan {
        TextSpan(document: document, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    static let graph: ActorGraph = {
        var graph = ActorGraph(documents: [Document(id: "a.txt", title: "A", date: "2016-11-27"),
                                           Document(id: "b.txt", title: "B", date: "2016-12-10")])
        let actors: [(String, Category, String, [String])] = [
            ("russia", .state, "Russia", ["Moscow"]), ("iran", .state, "Iran", []),
            ("army", .armedGroup, "Syrian army", ["government forces"]), ("rebels", .armedGroup, "Rebels", ["opposition"]),
            ("hezbollah", .militia, "Hezbollah", []), ("ypg", .militia, "YPG", ["Kurdish YPG"]),
            ("un", .internationalOrg, "United Nations", ["UN", "U.N."]), ("lavrov", .person, "Sergei Lavrov", ["Lavrov"]),
            ("turkey", .state, "Turkey", []), ("isis", .armedGroup, "Islamic State", []),
        ]
        for (id, category, label, aliases) in actors {
            graph.add(Node(id: id, kind: .actor, category: category, label: label, aliases: aliases,
                           mentions: [span(label, id == "un" ? "b.txt" : "a.txt", 500)]))
        }
        for (id, category, label) in [("hanano", Category.neighbourhood, "Masaken Hanano"), ("east", .district, "East Aleppo"),
                                      ("maqsoud", .neighbourhood, "Sheikh Maqsoud")] {
            graph.add(Node(id: id, kind: .place, category: category, label: label, mentions: [span(label)]))
        }
        graph.add(Node(id: "s1", kind: .statement, label: "The rebels must leave", mentions: [span("The rebels must leave", "b.txt", 10)],
                       quote: "The rebels must leave"))
        let edges: [(String, String, Relation, [TextSpan])] = [
            ("russia", "army", .supports, [span("Russia supports the army.", "a.txt", 0)]),
            ("iran", "hezbollah", .backs, [span("Iran backs Hezbollah.", "a.txt", 30)]),
            ("hezbollah", "army", .alliedWith, [span("Hezbollah fights alongside the army.", "b.txt", 60)]),
            ("army", "rebels", .shells, [span("The army shelled rebels.", "a.txt", 90), span("Again the army shelled rebels.", "b.txt", 90)]),
            ("rebels", "army", .attacks, [span("Rebels attacked the army.", "b.txt", 130)]),
            ("army", "hanano", .captures, [span("The army captured Hanano.", "a.txt", 160)]),
            ("rebels", "east", .holds, [span("Rebels hold the east.", "a.txt", 200)]),
            ("hanano", "east", .partOf, [span("Hanano, in the east.", "a.txt", 230)]),
            ("ypg", "maqsoud", .controls, [span("The YPG controls Sheikh Maqsoud.", "b.txt", 260)]),
            ("rebels", "maqsoud", .shells, [span("Rebels shelled Sheikh Maqsoud.", "b.txt", 300)]),
            ("un", "army", .condemns, [span("The UN condemned the army.", "b.txt", 340)]),
            ("lavrov", "russia", .memberOf, [span("Lavrov, Russia's minister.", "b.txt", 380)]),
            ("lavrov", "s1", .said, [span("\"The rebels must leave,\" Lavrov said.", "b.txt", 0)]),
            ("s1", "rebels", .about, [span("\"The rebels must leave,\" Lavrov said.", "b.txt", 0)]),
            ("turkey", "isis", .fights, [span("Turkey fights Islamic State.", "a.txt", 420)]),
        ]
        for (source, target, relation, evidence) in edges {
            graph.add(Edge(source: source, target: target, relation: relation, evidence: evidence))
        }
        return graph
    }()

    static let engine = QueryEngine(graph)

    /// The repository root (for `graphs/` and `examples/queries/`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

extension QueryResult {
    /// The values of one column as text (labels for nodes), row by row.
    func column(_ name: String) -> [String] {
        rows.map { row in
            switch row[name] {
            case let .node(node)?: node.label
            case let .string(text)?: text
            case let .int(value)?: String(value)
            case let .list(items)?: items.map { $0.node?.label ?? $0.string ?? "\($0)" }.joined(separator: ", ")
            case let .path(path)?: path.nodes.map(\.label).joined(separator: " > ")
            case let .edge(edge)?: edge.relation.rawValue
            default: ""
            }
        }
    }
}
