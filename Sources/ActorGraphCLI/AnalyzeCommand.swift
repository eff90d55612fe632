import ActorGraph
import ActorGraphAlgorithms
import ArgumentParser
import Foundation

/// `actorgraph analyze`: graph algorithms on a graph JSON file, as a table or JSON.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a graph: alliance blocs, balance, centrality, paths, ego networks, communities.",
        discussion: """
        Analyses:
          blocs                 alliance blocs minimising frustration, with the contradicting ties
          balance               signed triangle census and the actors in unbalanced triangles
          centrality            nodes ranked by --measure
          path A B              how A is connected to B (names: id, label or alias)
          ego A [--hops N]      the neighbourhood of A (JSON output is an actorgraph-1 graph)
          communities           Louvain communities of the unsigned graph
          components            connected components (--strong for strongly connected)

        JSON shapes: blocs {"blocs": [[ids]], "frustration": n, "frustrated": [edges], "optimal": b};
        centrality [{"id", "label", "score"}]; path {"paths": [{"nodes": [ids], "edges": [edges]}]};
        communities {"communities": [[ids]], "modularity": q}; components {"components": [[ids]]}.

        Examples:
          actorgraph analyze graph.json blocs
          actorgraph analyze graph.json blocs --count 2 --format json
          actorgraph analyze graph.json centrality --measure pagerank --kinds actor --top 10
          actorgraph analyze graph.json path Hezbollah "United Nations" --limit 3
          actorgraph analyze graph.json ego Russia --hops 2 --format json > russia.json
          actorgraph analyze graph.json communities --classes cooperation,conflict --from 2016-12-01
        """
    )

    @Argument(help: ArgumentHelp("A graph JSON file (actorgraph-1).", valueName: "graph.json"))
    var graphFile: String

    @Argument(help: ArgumentHelp("blocs, balance, centrality, path, ego, communities or components.", valueName: "analysis"))
    var analysis: String

    @Argument(help: ArgumentHelp("Node names for path (two) and ego (one): id, label or alias.", valueName: "name"))
    var names: [String] = []

    @Option(help: "Output format: table or json.")
    var format: String = "table"

    @Option(help: "Centrality measure: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var measure: String = "degree"

    @Option(help: "Ego network radius in hops.")
    var hops: Int = 1

    @Option(help: "Blocs: at most this many blocs (default: chosen automatically).")
    var count: Int?

    @Option(help: "Seed for blocs and communities.")
    var seed: UInt64 = 1

    @Option(help: "Paths: how many shortest simple paths to list.")
    var limit: Int = 1

    @Option(help: "Paths: hops (fewest relations) or evidence (prefer well-attested links).")
    var metric: String = "hops"

    @Option(help: "Communities: the modularity resolution.")
    var resolution: Double = 1

    @Option(help: "Tables: show at most this many rows.")
    var top: Int?

    @Flag(help: "Components: strongly connected (following edge direction).")
    var strong = false

    @OptionGroup var filter: GraphFilterOptions

    private enum Analysis: String, CaseIterable {
        case blocs, balance, centrality, path, ego, communities, components
    }

    func run() throws {
        guard let action = Analysis(rawValue: analysis.lowercased()) else {
            throw CommandFailure("unknown analysis '\(analysis)' (expected \(Analysis.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard format == "table" || format == "json" else {
            throw CommandFailure("unknown format '\(format)' (expected table or json)")
        }
        let expectedNames = action == .path ? 2 : action == .ego ? 1 : 0
        guard names.count == expectedNames else {
            let what = expectedNames == 0 ? "takes no node names" : "needs \(expectedNames == 1 ? "one node name" : "two node names")"
            throw CommandFailure("\(action.rawValue) \(what), got \(names.count)")
        }
        let original = try ActorGraph.loadForCommand(graphFile)
        let graph = try filter.apply(to: original)
        let json = format == "json"
        let output: String
        switch action {
        case .blocs:
            if let count, count < 1 { throw CommandFailure("--count must be at least 1") }
            let blocs = graph.allianceBlocs(count: count, seed: seed)
            output = json ? blocs.jsonValue.serialized() : blocsTable(blocs, graph)
        case .balance:
            let balance = graph.structuralBalance()
            output = json ? balance.jsonValue.serialized() : balanceTable(balance)
        case .centrality:
            guard let chosen = CentralityMeasure(rawValue: measure) ?? CentralityMeasure.allCases.first(where: { "\($0)".lowercased() == measure.lowercased() }) else {
                throw CommandFailure("unknown measure '\(measure)' (expected \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var ranked = graph.centrality(chosen)
            if let top { ranked = Array(ranked.prefix(max(0, top))) }
            output = json ? JSONValue.array(ranked.map(\.jsonValue)).serialized() : rankingTable(ranked, measure: chosen)
        case .path:
            guard let pathMetric = PathMetric(rawValue: metric) else {
                throw CommandFailure("unknown metric '\(metric)' (expected hops or evidence)")
            }
            let a = try resolve(names[0], original: original, filtered: graph)
            let b = try resolve(names[1], original: original, filtered: graph)
            if json {
                let paths = graph.shortestPaths(from: a, to: b, limit: max(1, limit), metric: pathMetric)
                output = JSONValue.object([("paths", .array(paths.map(\.jsonValue)))]).serialized()
            } else {
                output = graph.connectionDescription(from: a, to: b, limit: max(1, limit), metric: pathMetric) + "\n"
            }
        case .ego:
            guard hops >= 0 else { throw CommandFailure("--hops must be 0 or more") }
            let center = try resolve(names[0], original: original, filtered: graph)
            let ego = graph.egoNetwork(around: center, hops: hops)
            output = json ? ego.jsonValue.serialized() : egoTable(ego, center: center, graph: graph)
        case .communities:
            let partition = graph.communities(resolution: resolution, seed: seed)
            output = json ? partition.jsonValue.serialized()
                : groupsTable(partition.communities, title: "Community", graph: graph)
                    + "Modularity: \(JSONValue.double(partition.modularity).compactSerialized())\n"
        case .components:
            let components = graph.connectedComponents(strong: strong)
            output = json ? JSONValue.object([("components", .array(components.map { .array($0.map(JSONValue.string)) }))]).serialized()
                : groupsTable(components, title: "Component", graph: graph)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    // MARK: - Options

    private func resolve(_ name: String, original: ActorGraph, filtered: ActorGraph) throws -> String {
        let id: String
        do {
            id = try original.resolveNodeID(name)
        } catch {
            throw CommandFailure(error.description)
        }
        guard filtered.node(withID: id) != nil else {
            throw CommandFailure("\"\(name)\" (\(id)) is excluded by the filters")
        }
        return id
    }

    // MARK: - Tables

    private func label(_ id: String, _ graph: ActorGraph) -> String {
        guard let node = graph.node(withID: id) else { return id }
        return node.label == id ? id : "\(node.label) (\(id))"
    }

    private func groupsTable(_ groups: [[String]], title: String, graph: ActorGraph) -> String {
        var lines: [String] = []
        let shown = top.map { Array(groups.prefix(max(0, $0))) } ?? groups
        for (i, group) in shown.enumerated() {
            lines.append("\(title) \(i + 1) (\(group.count)): " + group.map { label($0, graph) }.joined(separator: ", "))
        }
        if shown.count < groups.count { lines.append("… \(groups.count - shown.count) more") }
        if groups.isEmpty { lines.append("(none)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func blocsTable(_ blocs: BlocPartition, _ graph: ActorGraph) -> String {
        if blocs.blocs.isEmpty { return "No actors with cooperation or conflict ties.\n" }
        var out = groupsTable(blocs.blocs, title: "Bloc", graph: graph)
        let value = JSONValue.double(blocs.frustration).compactSerialized()
        out += "Frustration: \(value)\(blocs.isOptimal ? " (optimal)" : " (heuristic)")\n"
        if !blocs.frustratedEdges.isEmpty {
            out += "Contradicting ties:\n"
            let path = RelationPath(nodes: [], edges: blocs.frustratedEdges)
            out += path.text(in: graph) + "\n"
        }
        return out
    }

    private func balanceTable(_ balance: StructuralBalance) -> String {
        var out = """
        Signed triangles: \(balance.triangleCount)
          +++ \(balance.allPositive)   ++- \(balance.twoPositive)   +-- \(balance.onePositive)   --- \(balance.allNegative)
        Balance ratio: \(JSONValue.double(balance.balanceRatio).compactSerialized()) (strong), \(JSONValue.double(balance.weakBalanceRatio).compactSerialized()) (weak)
        Balanced into two camps: \(balance.isBalanced ? "yes" : "no"); clusterable into blocs: \(balance.isClusterable ? "yes" : "no")
        Pairs with both cooperation and conflict ties: \(balance.ambivalentPairs)

        """
        if !balance.unbalancedNodes.isEmpty {
            out += "Actors in unbalanced triangles:\n"
            let rows = top.map { Array(balance.unbalancedNodes.prefix(max(0, $0))) } ?? balance.unbalancedNodes
            for node in rows { out += "  \(Int(node.score))  \(node.label) (\(node.id))\n" }
        }
        return out
    }

    private func rankingTable(_ ranked: [RankedNode], measure: CentralityMeasure) -> String {
        var out = "rank  \(measure.rawValue)  node\n"
        for (i, node) in ranked.enumerated() {
            let score = node.score == node.score.rounded() ? String(Int(node.score)) : String(format: "%.6f", node.score)
            out += "\(String(i + 1).leftPadded(to: 4))  \(score.leftPadded(to: max(8, measure.rawValue.count)))  \(node.label) (\(node.id))\n"
        }
        return out
    }

    private func egoTable(_ ego: ActorGraph, center: String, graph: ActorGraph) -> String {
        let distance = graph.hopDistances(from: center, maximum: hops)
        var out = "Ego network of \(label(center, graph)), \(hops) hop\(hops == 1 ? "" : "s"): \(ego.nodeCount) nodes, \(ego.edgeCount) edges\n"
        let nodes = ego.nodes.sorted { (distance[$0.id] ?? 0, $0.id) < (distance[$1.id] ?? 0, $1.id) }
        for node in nodes { out += "  \(distance[node.id] ?? 0)  \(node.label) (\(node.id)) [\(node.kind.rawValue)]\n" }
        if ego.edgeCount > 0 {
            out += "Edges:\n"
            for edge in ego.edges {
                out += "  \(edge.source) -\(edge.relation.rawValue)-> \(edge.target)\(edge.weight > 1 ? " (\(edge.weight))" : "")\n"
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
