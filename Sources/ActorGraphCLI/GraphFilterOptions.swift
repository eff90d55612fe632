import ActorGraph
import ActorGraphAlgorithms
import ArgumentParser
import Foundation

/// The graph filters every command that reads a graph shares (`render`, `analyze`, `report`):
/// node kinds and categories, relation classes, minimum weight, documents and a date range.
struct GraphFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these node kinds, comma-separated (actor, place, statement).", valueName: "list"))
    var kinds: String?

    @Option(help: ArgumentHelp("Only these node categories, comma-separated (e.g. state,militia,city).", valueName: "list"))
    var categories: String?

    @Option(help: ArgumentHelp("Only these relation classes, comma-separated (cooperation, conflict, control, movement, membership, location, statement, mention).", valueName: "list"))
    var classes: String?

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Only edges stated at least this many times.", valueName: "n"))
    var minWeight: Int = 1

    @Option(help: ArgumentHelp("Only evidence from these documents (file names), comma-separated.", valueName: "list"))
    var documents: String?

    @Option(help: ArgumentHelp("Only documents dated on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only documents dated on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    func validate() throws {
        guard minWeight >= 1 else { throw CommandFailure("--min-weight must be 1 or more") }
        for (name, date) in [("--from", from), ("--to", to)] {
            if let date, !Self.isDay(date) { throw CommandFailure("\(name) '\(date)' is not a date of the form YYYY-MM-DD") }
        }
        if let from, let to, from > to { throw CommandFailure("--from \(from) is after --to \(to)") }
        _ = try parsedSets()
    }

    /// The filter for `graph`; a document the graph lacks is an error.
    func filter(for graph: ActorGraph) throws -> GraphFilter {
        let sets = try parsedSets()
        var filter = GraphFilter(nodeKinds: sets.kinds, categories: sets.categories, relationClasses: sets.classes,
                                 minimumWeight: minWeight)
        if let documents {
            let names = Set(Self.list(documents))
            let known = Set(graph.documents.map(\.id))
            if let unknown = names.sorted().first(where: { !known.contains($0) }) {
                throw CommandFailure("--documents: the graph has no document \"\(unknown)\"")
            }
            filter.documents = names
        }
        if from != nil || to != nil {
            filter.dateRange = (from ?? "0000-01-01")...(to ?? "9999-12-31")
        }
        return filter
    }

    /// `graph` narrowed by every filter.
    func apply(to graph: ActorGraph) throws -> ActorGraph {
        graph.filtered(by: try filter(for: graph))
    }

    /// The filters in words for a diagram's caption, or `nil` when there are none.
    var summary: String? {
        var parts: [String] = []
        if let kinds { parts.append("kinds: " + Self.list(kinds).joined(separator: ", ")) }
        if let categories { parts.append("categories: " + Self.list(categories).joined(separator: ", ")) }
        if let classes { parts.append("classes: " + Self.list(classes).joined(separator: ", ")) }
        if minWeight > 1 { parts.append("edges stated at least \(minWeight) times") }
        if let documents { parts.append("documents: " + Self.list(documents).joined(separator: ", ")) }
        if let from, let to { parts.append("dated \(from) – \(to)") } else if let from { parts.append("dated from \(from)") } else if let to { parts.append("dated up to \(to)") }
        return parts.isEmpty ? nil : "Filtered: " + parts.joined(separator: "; ")
    }

    private func parsedSets() throws -> (kinds: Set<NodeKind>?, categories: Set<Category>?, classes: Set<RelationClass>?) {
        (try kinds.map { try Self.set(of: $0, option: "--kinds", as: NodeKind.self, what: "node kind") },
         try categories.map { try Self.set(of: $0, option: "--categories", as: Category.self, what: "category") },
         try classes.map { try Self.set(of: $0, option: "--classes", as: RelationClass.self, what: "relation class") })
    }

    private static func set<Value: RawRepresentable & CaseIterable & Hashable>(
        of text: String, option: String, as type: Value.Type, what: String
    ) throws -> Set<Value> where Value.RawValue == String {
        var result = Set<Value>()
        for name in list(text) {
            guard let value = Value(rawValue: name.lowercased()) else {
                throw CommandFailure("\(option): unknown \(what) \"\(name)\" (use \(Value.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            result.insert(value)
        }
        return result
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
