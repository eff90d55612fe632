// swift-tools-version:6.0
// Swift 6 language mode (strict concurrency) is the default for tools version 6.0.
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
        .library(name: "ActorGraphAlgorithms", targets: ["ActorGraphAlgorithms"]),
        .library(name: "ActorGraphGraphviz", targets: ["ActorGraphGraphviz"]),
        .library(name: "ActorGraphQuery", targets: ["ActorGraphQuery"]),
        .library(name: "ActorGraphInterchange", targets: ["ActorGraphInterchange"]),
        .library(name: "ActorGraphReport", targets: ["ActorGraphReport"]),
        .executable(name: "actorgraph", targets: ["ActorGraphCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The model: nodes, edges, evidence, documents, merge, the actorgraph-1 JSON codec.
        .target(name: "ActorGraph", dependencies: ["CSHA256"]),
        // SHA-256 in C with the CPU's SHA instructions where present, seen only by ActorGraph's SHA256.
        .target(name: "CSHA256"),
        // Text → mentions, relations, statements, driven by a bundled, user-extendable lexicon.
        .target(
            name: "ActorGraphExtraction",
            dependencies: ["ActorGraph", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/Lexicon")]
        ),
        // A compact integer-indexed (CSR) projection of the graph and the algorithms on it.
        .target(name: "ActorGraphAlgorithms", dependencies: ["ActorGraph"]),
        // The query language: patterns, shortest paths, filters, aggregates; parser, evaluator, result formats.
        .target(name: "ActorGraphQuery", dependencies: ["ActorGraph", "ActorGraphAlgorithms"]),
        // Formats other tools read and write: GraphML, GEXF, CSV, JSON Graph Format, Mermaid.
        .target(name: "ActorGraphInterchange", dependencies: ["ActorGraph"]),
        // HTML and Markdown reports: diagrams inline, blocs, central actors, evidence, statements, answered questions.
        .target(name: "ActorGraphReport", dependencies: ["ActorGraph", "ActorGraphAlgorithms", "ActorGraphGraphviz", "ActorGraphInterchange", "ActorGraphQuery"]),
        // Graphviz's C library (libgvc), seen only by ActorGraphGraphviz.
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // Diagram views, the DOT writer and in-process rendering to SVG/PNG/PDF.
        .target(name: "ActorGraphGraphviz", dependencies: ["ActorGraph", "ActorGraphAlgorithms", "CGraphviz"]),
        // The `actorgraph` command line.
        .executableTarget(
            name: "ActorGraphCLI",
            dependencies: [
                "ActorGraph", "ActorGraphExtraction", "ActorGraphAlgorithms", "ActorGraphGraphviz", "ActorGraphInterchange", "ActorGraphReport",
                "ActorGraphQuery", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: release-build commands that print figures (never timed unit tests).
        .executableTarget(name: "BenchExtraction", dependencies: ["ActorGraph", "ActorGraphExtraction"], path: "Benchmarks/BenchExtraction"),
        .executableTarget(name: "BenchAlgorithms", dependencies: ["ActorGraph", "ActorGraphAlgorithms"], path: "Benchmarks/BenchAlgorithms"),
        .executableTarget(name: "BenchQuery", dependencies: ["ActorGraph", "ActorGraphQuery"], path: "Benchmarks/BenchQuery"),
        .executableTarget(name: "BenchRendering", dependencies: ["ActorGraph", "ActorGraphGraphviz"], path: "Benchmarks/BenchRendering"),
        .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph"]),
        .testTarget(name: "ActorGraphExtractionTests", dependencies: ["ActorGraphExtraction", "ActorGraphTestSupport"]),
        .testTarget(name: "ActorGraphAlgorithmsTests", dependencies: ["ActorGraphAlgorithms"]),
        .testTarget(name: "ActorGraphGraphvizTests", dependencies: ["ActorGraphGraphviz"]),
        // Helpers the test targets share (running xmllint, python3, chromium when installed; a seeded random generator).
        .target(name: "ActorGraphTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ActorGraphInterchangeTests", dependencies: ["ActorGraphInterchange", "ActorGraphTestSupport"]),
        .testTarget(name: "ActorGraphQueryTests", dependencies: ["ActorGraphQuery", "ActorGraphTestSupport"]),
        .testTarget(name: "ActorGraphReportTests", dependencies: ["ActorGraphReport", "ActorGraphTestSupport"]),
        .testTarget(name: "ActorGraphCLITests", dependencies: ["ActorGraphCLI"]),
    ],
    cLanguageStandard: .c11
)
