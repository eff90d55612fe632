import ActorGraph
import Foundation

/// Precision, recall and F1 of a graph against gold annotations, per category, with the same
/// matching rules as the reference scorer (`eval/score.py`): a node matches a gold entity of the
/// same kind when one of its names equals a gold name after normalisation; an edge matches a gold
/// relation of the same class between the matched ends (either way for symmetric types); a statement
/// matches when its speaker matches and the quotes overlap (token Jaccard ≥ 0.5 or containment).
///
/// ```swift
/// let report = Evaluation(graph: graph, gold: try GoldDocument.files(in: goldFolder).map(GoldDocument.init))
/// print(report.table)
/// ```
public struct Evaluation: Sendable {
    /// True and false positives and false negatives of one category.
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(_ tp: Int, _ fp: Int, _ fn: Int) { truePositives += tp; falsePositives += fp; falseNegatives += fn }
    }

    /// The categories scored, in report order.
    public static let categories = ["actors", "places", "relations", "relation-types", "statements"]

    /// Counts per category.
    public private(set) var counts: [String: Counts] = [:]
    /// What was missed and what was extra, per document and category (for `--verbose`).
    public private(set) var details: [String] = []

    static let symmetric: Set<String> = ["allied-with", "fights", "negotiates-with", "cooperates-with"]

    /// Scores `graph` against `gold`.
    public init(graph: ActorGraph, gold: [GoldDocument]) {
        for category in Self.categories { counts[category] = Counts() }
        let nodes = graph.nodes
        let nodesByID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
        for document in gold {
            let doc = document.document
            var nodeToGold: [String: String] = [:]
            for (kind, key, entities) in [(NodeKind.actor, "actors", document.actors), (.place, "places", document.places)] {
                let candidates = nodes.filter { $0.kind == kind && $0.mentions.contains { $0.document == doc } }
                let matched = Self.match(candidates, to: entities, in: doc)
                nodeToGold.merge(matched) { a, _ in a }
                counts[key]?.add(matched.count, candidates.count - matched.count, entities.count - matched.count)
                let matchedGold = Set(matched.values)
                details.append("[\(doc)] \(key): missed \(entities.filter { !matchedGold.contains($0.id) }.map(\.name).sorted())")
                details.append("[\(doc)] \(key): extra \(candidates.filter { matched[$0.id] == nil }.map(\.label).sorted())")
            }
            // Relations.
            var used = Set<Int>()
            var seen = Set<String>()
            var extra: [String] = []
            var tp = 0, fp = 0, typeTP = 0, typeFP = 0
            for edge in graph.edges where edge.evidence.contains(where: { $0.document == doc }) {
                guard let s = nodesByID[edge.source], let t = nodesByID[edge.target], s.kind != .statement, t.kind != .statement else { continue }
                let source = nodeToGold[edge.source], target = nodeToGold[edge.target]
                let key = "\(source ?? "-")|\(target ?? "-")|\(edge.relationClass.rawValue)|\(edge.relation.rawValue)"
                if source != nil && target != nil && seen.contains(key) { continue }
                seen.insert(key)
                var hit: Int?
                if let source, let target {
                    for (i, fact) in document.relations.enumerated() where !used.contains(i) && fact.relationClass == edge.relationClass.rawValue {
                        let same = fact.source == source && fact.target == target
                        let flipped = fact.source == target && fact.target == source && (Self.symmetric.contains(fact.type) || edge.relation.isSymmetric)
                        if same || flipped { hit = i; break }
                    }
                }
                if let hit {
                    used.insert(hit); tp += 1
                    if document.relations[hit].type == edge.relation.rawValue { typeTP += 1 } else { typeFP += 1 }
                } else {
                    fp += 1; typeFP += 1
                    extra.append("\(s.label) -\(edge.relation.rawValue)-> \(t.label)")
                }
            }
            counts["relations"]?.add(tp, fp, document.relations.count - tp)
            counts["relation-types"]?.add(typeTP, typeFP, document.relations.count - typeTP)
            let missed = document.relations.enumerated().filter { !used.contains($0.offset) }.map { "\($0.element.source) -\($0.element.type)-> \($0.element.target)" }
            details.append("[\(doc)] relations: missed \(missed)")
            details.append("[\(doc)] relations: extra \(extra)")
            // Statements.
            let statements = nodes.filter { $0.kind == .statement && $0.mentions.contains { $0.document == doc } }
            var speakers: [String: Set<String>] = [:]
            for edge in graph.edges where edge.relation == .said { speakers[edge.target, default: []].insert(edge.source) }
            var usedQuotes = Set<Int>()
            var statementTP = 0
            for node in statements {
                let quote = node.quote ?? node.label
                let said = Set((speakers[node.id] ?? []).compactMap { nodeToGold[$0] })
                for (i, gold) in document.statements.enumerated() where !usedQuotes.contains(i) && said.contains(gold.speaker) {
                    let a = Self.tokens(quote), b = Self.tokens(gold.quote)
                    guard !a.isEmpty, !b.isEmpty else { continue }
                    let jaccard = Double(a.intersection(b).count) / Double(a.union(b).count)
                    let na = Self.normalised(quote), nb = Self.normalised(gold.quote)
                    if jaccard >= 0.5 || na.contains(nb) || nb.contains(na) { usedQuotes.insert(i); statementTP += 1; break }
                }
            }
            counts["statements"]?.add(statementTP, statements.count - statementTP, document.statements.count - statementTP)
        }
    }

    /// One line per category, like the reference scorer, plus an overall line.
    public var table: String {
        var lines: [String] = []
        var overall = Counts()
        for category in Self.categories {
            let c = counts[category] ?? Counts()
            lines.append(Self.row(category, c))
            if category != "relation-types" { overall.add(c.truePositives, c.falsePositives, c.falseNegatives) }
        }
        lines.append(Self.row("overall", overall))
        return lines.joined(separator: "\n")
    }

    /// The scores as ordered JSON: `{"actors": {"precision": …, "recall": …, "f1": …}, …}`.
    public var jsonValue: JSONValue {
        .object(Self.categories.map { category in
            let c = counts[category] ?? Counts()
            return (category, .object([("precision", .double(c.precision)), ("recall", .double(c.recall)), ("f1", .double(c.f1)),
                                       ("tp", .int(c.truePositives)), ("fp", .int(c.falsePositives)), ("fn", .int(c.falseNegatives))]))
        })
    }

    static func row(_ name: String, _ c: Counts) -> String {
        let padded = name.padding(toLength: 18, withPad: " ", startingAt: 0)
        return String(format: "%@ P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)", padded, c.precision, c.recall, c.f1, c.truePositives, c.falsePositives, c.falseNegatives)
    }

    /// Lower case, diacritics folded, curly apostrophes straightened, possessive 's and punctuation
    /// dropped, leading "the" removed — the scorer's name normalisation.
    static func normalised(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive], locale: nil).lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        var out = ""
        var previousSpace = true
        var scalars = Array(folded.unicodeScalars)
        // Drop possessive 's at word ends.
        var i = 0
        var cleaned: [Unicode.Scalar] = []
        while i < scalars.count {
            if scalars[i] == "'", i + 1 < scalars.count, scalars[i + 1] == "s", i + 2 >= scalars.count || !isAlphanumeric(scalars[i + 2]) {
                i += 2
                continue
            }
            cleaned.append(scalars[i])
            i += 1
        }
        scalars = cleaned
        for scalar in scalars {
            if isAlphanumeric(scalar) {
                out.unicodeScalars.append(scalar)
                previousSpace = false
            } else if !previousSpace {
                out.append(" ")
                previousSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
    }

    static func tokens(_ text: String) -> Set<String> {
        Set(normalised(text).split(separator: " ").map(String.init))
    }

    /// One-to-one greedy matching of nodes to gold entities by shared normalised names.
    static func match(_ nodes: [Node], to entities: [GoldDocument.Entity], in document: String) -> [String: String] {
        var goldByName: [String: [String]] = [:]
        for entity in entities {
            for name in [entity.name] + entity.aliases { goldByName[normalised(name), default: []].append(entity.id) }
        }
        var candidates: [(Int, String, String)] = []
        for node in nodes {
            let names = Set([node.label] + node.aliases + node.mentions.filter { $0.document == document }.map(\.text))
            var hits: [String: Int] = [:]
            for name in names { for id in goldByName[normalised(name)] ?? [] { hits[id, default: 0] += 1 } }
            for (id, count) in hits { candidates.append((-count, node.id, id)) }
        }
        candidates.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var matched: [String: String] = [:]
        var used = Set<String>()
        for (_, node, gold) in candidates where matched[node] == nil && !used.contains(gold) {
            matched[node] = gold
            used.insert(gold)
        }
        return matched
    }
}
