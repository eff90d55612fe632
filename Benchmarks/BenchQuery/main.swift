// BenchQuery: times the query engine on a synthetic graph of 10^6 edges (release build).
//
//   swift run -c release BenchQuery [--edges 1000000] [--nodes 100000] [--repeats 5] [--only N]
//   BenchQuery --write-edges FILE      # also write the graph as "source target relation weight" lines
//                                      # for scripts/query/compare-networkx.sh
//
// The graph is random (seeded): actors of several categories and places, every edge one of the
// 23 relations, no duplicate (source, target, relation). It prints the time to build the graph
// and the query index, then the median of --repeats runs of each query, and peak memory.
import ActorGraph
import ActorGraphQuery
import Foundation

func option(_ name: String, _ fallback: Int) -> Int {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let value = Int(arguments[i + 1]) else { return fallback }
    return value
}

func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? .nan) / 1024
    }
    return .nan
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

let edgeCount = option("--edges", 1_000_000)
let nodeCount = option("--nodes", 100_000)
let repeats = max(1, option("--repeats", 5))
var random = SplitMix(state: 2016)

func id(_ i: Int) -> String { "n\(i)" }
let actorCategories: [Category] = [.state, .government, .armedGroup, .militia, .coalition, .organization, .internationalOrg, .person]
let placeCategories: [Category] = [.country, .province, .city, .district, .neighbourhood]

var graph = ActorGraph()
let buildGraph = seconds {
    for i in 0..<nodeCount {
        // One node in five is a place.
        let category = i % 5 == 4 ? placeCategories[i % placeCategories.count] : actorCategories[i % actorCategories.count]
        graph.add(Node(id: id(i), kind: category.kind, category: category, label: "Node \(i)"))
    }
    let relations = Relation.allCases.filter { $0 != .said && $0 != .about }
    var added = 0
    while added < edgeCount {
        let s = random.below(nodeCount), t = random.below(nodeCount)
        if s == t { continue }
        let edge = Edge(source: id(s), target: id(t), relation: relations[random.below(relations.count)],
                        weight: 1 + random.below(3))
        if graph.edge(withKey: edge.key) != nil { continue }
        graph.add(edge)
        added += 1
    }
}
if let i = CommandLine.arguments.firstIndex(of: "--write-edges"), i + 1 < CommandLine.arguments.count {
    var lines = ""
    for edge in graph.edges { lines += "\(edge.source) \(edge.target) \(edge.relation.rawValue) \(edge.weight)\n" }
    try AtomicFile.write(lines, to: URL(fileURLWithPath: CommandLine.arguments[i + 1]))
}
var engine: QueryEngine?
let buildIndex = seconds { engine = QueryEngine(graph) }
guard let engine else { fatalError("no engine") }
print("graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges; built in \(String(format: "%.2f", buildGraph)) s, indexed in \(String(format: "%.2f", buildIndex)) s")

let only = CommandLine.arguments.firstIndex(of: "--only").flatMap { i in i + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[i + 1]) : nil }
let allQueries: [(String, String)] = [
    ("two-hop from a named node",
     "MATCH (a {id: \"n17\"})-[:cooperation]->(b)-[:conflict]->(c) RETURN count(*) AS n"),
    ("two-hop over the whole graph, counted",
     "MATCH (a:state)-[:supports|backs]->(b:armed-group)-[:attacks|shells]->(c:place) RETURN count(*) AS n"),
    ("two-hop over the whole graph, grouped top 10",
     "MATCH (a)-[:cooperation]->(b)-[e:conflict]->(c) WHERE e.weight >= 2 RETURN a, count(*) AS n ORDER BY n DESC, a LIMIT 10"),
    ("two-hop over the whole graph, counted (same pattern)",
     "MATCH (a)-[:cooperation]->(b)-[e:conflict]->(c) WHERE e.weight >= 2 RETURN count(*) AS n"),
    ("shortest path, one",
     "PATH SHORTEST (a {id: \"n17\"})-[p*]-(b {id: \"n99991\"}) RETURN length(p) AS hops"),
    ("shortest path, directed, conflict relations only",
     "PATH SHORTEST (a {id: \"n17\"})-[p:conflict*]->(b {id: \"n99991\"}) RETURN length(p) AS hops"),
    ("all shortest paths",
     "PATH ALL SHORTEST (a {id: \"n17\"})-[p*]-(b {id: \"n99991\"}) RETURN count(*) AS paths, min(length(p)) AS hops"),
]

let queries = only.map { allQueries[$0...$0].map { $0 } } ?? allQueries
for (name, text) in queries {
    var times: [Double] = []
    var answer = ""
    for _ in 0..<repeats {
        let t = try seconds {
            let result = try engine.run(text)
            answer = result.rows.prefix(3).map { row in row.values.map { value in
                switch value {
                case let .int(n): String(n)
                case let .node(node): node.id
                default: "\(value)"
                }
            }.joined(separator: " ") }.joined(separator: "; ")
        }
        times.append(t)
    }
    times.sort()
    let median = times[times.count / 2]
    let label = name.padding(toLength: 50, withPad: " ", startingAt: 0)
    print(label + String(format: " median %8.1f ms  (min %.1f, max %.1f)", median * 1000, times[0] * 1000,
                         times[times.count - 1] * 1000) + "  → " + answer)
}
print(String(format: "peak RSS %.0f MB", peakResidentMegabytes()))
