// BenchAlgorithms: times the graph algorithms on synthetic Erdős–Rényi and Barabási–Albert graphs.
//
//   swift run -c release --scratch-path .build-alg BenchAlgorithms                 # 10^4, 10^5, 10^6
//   swift run -c release --scratch-path .build-alg BenchAlgorithms --sizes 100000 --graphs er
//   BenchAlgorithms --write-edges DIR --sizes 100000     # write DIR/er-100000.bin, DIR/ba-100000.bin
//   BenchAlgorithms --edges DIR/er-100000.bin --json     # time one edge file, one JSON line out
//
// Edge files are little-endian Int32: the node count, then (u, v) pairs. Everything runs on one
// thread; every random choice is seeded.
import ActorGraph
import ActorGraphAlgorithms
import Foundation

struct Options {
    var sizes = [10_000, 100_000, 1_000_000]
    var graphs = ["er", "ba"]
    var writeEdges: String?
    var edgeFiles: [String] = []
    var json = false
    var skip: Set<String> = []
    var repeats = 1

    init(_ arguments: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("missing value after \(arguments[i - 1])") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--sizes": sizes = value().split(separator: ",").compactMap { Int($0) }
            case "--graphs": graphs = value().split(separator: ",").map(String.init)
            case "--write-edges": writeEdges = value()
            case "--edges": edgeFiles.append(value())
            case "--json": json = true
            case "--skip": skip = Set(value().split(separator: ",").map(String.init))
            case "--repeats": repeats = max(1, Int(value()) ?? 1)
            case "--help", "-h":
                print("usage: BenchAlgorithms [--sizes N,…] [--graphs er,ba] [--skip step,…] [--json] [--write-edges DIR | --edges FILE…]")
                exit(0)
            default: fail("unknown argument \(arguments[i])")
            }
            i += 1
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("BenchAlgorithms: \(message)\n".utf8))
    exit(1)
}

struct EdgeList {
    var name: String
    var nodeCount: Int
    var sources: [Int32]
    var targets: [Int32]
}

/// G(n, m) with m = 5n distinct edges, no self-loops.
func erdosRenyi(_ n: Int, seed: UInt64) -> EdgeList {
    var rng = SeededGenerator(seed: seed)
    var keys: [UInt64] = []
    keys.reserveCapacity(5 * n + n / 10)
    while true {
        while keys.count < 5 * n + n / 50 {
            let a = rng.next(below: n), b = rng.next(below: n)
            if a == b { continue }
            keys.append(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
        }
        keys.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for key in keys where unique.last != key { unique.append(key) }
        keys = unique
        if keys.count >= 5 * n { break }
    }
    // Keep a seeded random subset of exactly 5n edges, in a shuffled order.
    rng.shuffle(&keys)
    keys.removeLast(keys.count - 5 * n)
    return EdgeList(name: "er-\(n)", nodeCount: n, sources: keys.map { Int32($0 >> 32) }, targets: keys.map { Int32($0 & 0xFFFF_FFFF) })
}

/// Barabási–Albert: a 6-clique, then every new node links to 5 distinct nodes chosen with
/// probability proportional to degree.
func barabasiAlbert(_ n: Int, seed: UInt64) -> EdgeList {
    var rng = SeededGenerator(seed: seed)
    let m = 5
    var sources: [Int32] = [], targets: [Int32] = []
    var ends: [Int32] = []
    ends.reserveCapacity(2 * m * n)
    for a in 0..<m { for b in (a + 1)...m { sources.append(Int32(a)); targets.append(Int32(b)); ends.append(Int32(a)); ends.append(Int32(b)) } }
    var chosen: [Int32] = []
    for v in (m + 1)..<n {
        chosen.removeAll(keepingCapacity: true)
        while chosen.count < m {
            let t = ends[rng.next(below: ends.count)]
            if !chosen.contains(t) { chosen.append(t) }
        }
        for t in chosen { sources.append(Int32(v)); targets.append(t); ends.append(Int32(v)); ends.append(t) }
    }
    return EdgeList(name: "ba-\(n)", nodeCount: n, sources: sources, targets: targets)
}

func writeEdgeFile(_ list: EdgeList, to path: String) throws {
    var words = [Int32](repeating: 0, count: 1 + 2 * list.sources.count)
    words[0] = Int32(list.nodeCount)
    for i in 0..<list.sources.count { words[1 + 2 * i] = list.sources[i]; words[2 + 2 * i] = list.targets[i] }
    let data = words.withUnsafeBytes { Data($0) }
    try data.write(to: URL(fileURLWithPath: path))
}

func readEdgeFile(_ path: String) -> EdgeList {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)), data.count >= 4, data.count % 8 == 4 else {
        fail("\(path): not an edge file (Int32 node count, then Int32 pairs)")
    }
    let words = data.withUnsafeBytes { Array($0.bindMemory(to: Int32.self)) }
    let m = (words.count - 1) / 2
    var s = [Int32](repeating: 0, count: m), t = [Int32](repeating: 0, count: m)
    for i in 0..<m { s[i] = words[1 + 2 * i]; t[i] = words[2 + 2 * i] }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return EdgeList(name: name, nodeCount: Int(words[0]), sources: s, targets: t)
}

/// The planted bloc of a node: a multiplicative hash, 4 blocs.
func hiddenBloc(_ node: Int) -> Int { Int((UInt64(node) &* 2_654_435_761) >> 7 & 3) }

func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// Seconds taken by `body`, best of `repeats`.
func time<T>(_ repeats: Int, _ body: () -> T) -> (Double, T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if elapsed < best { best = elapsed; result = value }
    }
    guard let result else { fail("no run") }
    return (best, result)
}

func run(_ list: EdgeList, options: Options) -> [(String, Double, String)] {
    var rows: [(String, Double, String)] = []
    let n = list.nodeCount
    let (buildTime, projection) = time(options.repeats) {
        GraphProjection(nodeCount: n, sources: list.sources, targets: list.targets, directed: false)
    }
    rows.append(("projection", buildTime, "\(projection.edgeCount) edges"))
    if !options.skip.contains("components") {
        let (t, labels) = time(options.repeats) { projection.connectedComponents() }
        rows.append(("components", t, "\(labels.count) components, largest \(labels.largestSize)"))
    }
    if !options.skip.contains("pagerank") {
        // Strict: stop when the L1 change is below 1e-6 in total (networkx's default criterion,
        // n × 1e-6, is far looser on big graphs).
        let (t, ranks) = time(options.repeats) { projection.pageRank(damping: 0.85, tolerance: 1e-6 / Double(n)) }
        rows.append(("pagerank", t, String(format: "L1 change < 1e-6, max %.3g", ranks.max() ?? 0)))
    }
    if !options.skip.contains("louvain") {
        let (t, membership) = time(options.repeats) { projection.louvainCommunities(seed: 1) }
        let q = projection.modularity(of: membership)
        rows.append(("louvain", t, String(format: "%d communities, Q = %.4f", (membership.max() ?? -1) + 1, q)))
    }
    if !options.skip.contains("bfs") {
        var rng = SeededGenerator(seed: 99)
        let pairs = (0..<100).map { _ in (rng.next(below: n), rng.next(below: n)) }
        let (t, lengths) = time(options.repeats) { pairs.map { projection.shortestPath(from: $0.0, to: $0.1)?.count ?? 0 } }
        let mean = Double(lengths.reduce(0, +) - lengths.count) / Double(lengths.count)
        rows.append(("bfs-pair", t / Double(pairs.count), String(format: "mean of 100 pairs, %.1f hops", mean)))
    }
    if !options.skip.contains("betweenness") {
        let (t, values) = time(options.repeats) { projection.sampledBetweenness(sampleSize: 100, seed: 1) }
        rows.append(("betweenness-100", t, String(format: "max %.3g", values.max() ?? 0)))
    }
    if !options.skip.contains("blocs") {
        // Planted signs: 4 hidden blocs by node hash, positive inside, negative across, 10 % flipped.
        var rng = SeededGenerator(seed: 4)
        let signs = (0..<list.sources.count).map { i -> Double in
            let same = hiddenBloc(Int(list.sources[i])) == hiddenBloc(Int(list.targets[i]))
            let flip = rng.next(below: 10) == 0
            return (same != flip) ? 1 : -1
        }
        let signed = GraphProjection(nodeCount: n, sources: list.sources, targets: list.targets, signs: signs, directed: false)
        let planted = (0..<n).map { Int32(hiddenBloc($0)) }
        let (t, partition) = time(options.repeats) { signed.signedBlocs(seed: 1, restarts: 1) }
        rows.append(("blocs", t, String(format: "%d blocs, frustration %.0f (planted %.0f)", partition.blocCount,
                                        partition.frustration, signed.frustration(of: planted))))
    }
    return rows
}

let options = Options(Array(CommandLine.arguments.dropFirst()))

if let folder = options.writeEdges {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for n in options.sizes {
        for kind in options.graphs {
            let list = kind == "er" ? erdosRenyi(n, seed: UInt64(n)) : barabasiAlbert(n, seed: UInt64(n))
            let path = "\(folder)/\(list.name).bin"
            do { try writeEdgeFile(list, to: path) } catch { fail("\(path): \(error.localizedDescription)") }
            print(path)
        }
    }
    exit(0)
}

var lists: [() -> EdgeList] = options.edgeFiles.map { path in { readEdgeFile(path) } }
if lists.isEmpty {
    for n in options.sizes {
        for kind in options.graphs {
            lists.append { kind == "er" ? erdosRenyi(n, seed: UInt64(n)) : barabasiAlbert(n, seed: UInt64(n)) }
        }
    }
}

if !options.json {
    print("ActorGraphAlgorithms benchmark (release, one thread); times in seconds, bfs-pair per pair")
    print("graph            step              time   note")
}
for make in lists {
    let list = make()
    let rows = run(list, options: options)
    if options.json {
        let members = rows.map { ($0.0, JSONValue.double($0.1)) } + [("peakRSSMB", JSONValue.double(peakRSSMegabytes()))]
        print(JSONValue.object([("graph", .string(list.name)), ("nodes", .int(list.nodeCount)),
                                ("edges", .int(list.sources.count)), ("times", .object(members))]).compactSerialized())
    } else {
        for (step, seconds, note) in rows {
            let shown = seconds < 0.01 ? String(format: "%.3f ms", seconds * 1000) : String(format: "%.3f s", seconds)
            print("\(list.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(step.padding(toLength: 16, withPad: " ", startingAt: 0)) \(shown.leftPad(10))   \(note)")
        }
        print("\(list.name.padding(toLength: 16, withPad: " ", startingAt: 0)) peak RSS so far  \(String(format: "%.0f MB", peakRSSMegabytes()).leftPad(10))")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
