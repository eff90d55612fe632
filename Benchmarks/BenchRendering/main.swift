// Render time of each diagram view for synthetic graphs of 50, 500 and 5,000 nodes: libgvc
// in-process versus the `dot` command-line tool on the same DOT text with the same engine.
//
//   swift run -c release --scratch-path .build-dia BenchRendering [sizes…]
//
// Prints a Markdown table. Times are medians in milliseconds of wall time (15 runs at 50 nodes,
// 5 at 500, 3 at 5,000; in-process and command-line runs alternate). "build" is the Swift side
// (selecting the view, blocs, writing DOT), "libgvc" is Graphviz.render on that DOT (parse,
// layout, SVG), "CLI" is `dot -K<engine> -Tsvg file.gv` on the same DOT, process start included.
import ActorGraph
import ActorGraphGraphviz
import Foundation

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let nodeCounts = sizes.isEmpty ? [50, 500, 5_000] : sizes
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double) -> String {
    value.isNaN ? "–" : (value < 100 ? String(format: "%.1f", value) : String(format: "%.0f", value))
}

let command = DotCommand.find()
print("Graphviz \(Graphviz.version) in-process; \(ProcessInfo.processInfo.activeProcessorCount) cores")
if command == nil {
    print("**The `dot` command-line tool is not installed (`apt-get install graphviz`): the CLI column is empty.**")
}
_ = try? Graphviz.render("digraph { a -> b }")          // load plugins and fonts once, as a CLI run would
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-rendering-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

print("")
print("| graph | view | drawn nodes / edges | engine | build ms | libgvc ms | `dot` CLI ms | CLI ÷ libgvc | same SVG |")
print("|---:|---|---:|---|---:|---:|---:|---:|---|")
for nodeCount in nodeCounts {
    let graph = SyntheticGraph.make(nodeCount: nodeCount)
    let runs = nodeCount <= 100 ? 15 : (nodeCount <= 1_000 ? 5 : 3)
    for view in DiagramView.allCases {
        let diagram = Diagram(graph, view: view, focus: view == .ego ? SyntheticGraph.busiestActor(in: graph) : nil, hops: 2)
        let label = "\(nodeCount)"
        do {
            try diagram.checkSize()
        } catch {
            print("| \(label) | \(view.rawValue) | \(diagram.nodes.count) / \(diagram.edges.count) | – | – | – | – | – | refused: \(error) |")
            continue
        }
        let engine = diagram.defaultLayout
        var builds: [Double] = []
        var dotText = ""
        for _ in 0..<runs {
            let start = clock.now
            dotText = (try? diagram.dotGraph(layout: engine).dotText) ?? ""
            builds.append(milliseconds(clock.now - start))
        }
        // In-process and command-line runs alternate, so that a change in machine load hits both.
        let file = folder.appendingPathComponent("\(nodeCount)-\(view.rawValue).gv")
        try Data(dotText.utf8).write(to: file)
        var inProcess: [Double] = []
        var external: [Double] = []
        var svg = Data()
        var cliSVG = Data()
        for _ in 0..<runs {
            var start = clock.now
            svg = (try? Graphviz.render(dotText, layout: engine, format: .svg).data) ?? Data()
            inProcess.append(milliseconds(clock.now - start))
            if let command {
                start = clock.now
                cliSVG = (try? command.render(file: file, layout: engine.rawValue)) ?? Data()
                external.append(milliseconds(clock.now - start))
            }
        }
        let sameBytes = command == nil ? "–" : (cliSVG == svg ? "yes" : "no")
        let (built, inside, outside) = (median(builds), median(inProcess), median(external))
        let ratio = outside.isNaN ? "–" : String(format: "%.1f×", outside / inside)
        print("| \(label) | \(view.rawValue) | \(diagram.nodes.count) / \(diagram.edges.count) | \(engine) | \(format(built)) | "
              + "\(format(inside)) | \(format(outside)) | \(ratio) | \(sameBytes) |")
    }
}
