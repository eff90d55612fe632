import ActorGraph
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite("Robustness on hostile input")
struct RobustnessTests {
    let extractor: Extractor

    init() throws {
        extractor = Extractor(lexicon: try TestLexicon.lexicon())
    }

    /// Every mention and evidence span of `graph` equals its slice of `text`.
    func expectProvenance(_ graph: ActorGraph, _ text: String) {
        let scalars = Array(SourceDocument(id: "x", text: text).scalars)
        func check(_ span: TextSpan) {
            guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else {
                Issue.record("span out of range: \(span)"); return
            }
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
        for node in graph.nodes { node.mentions.forEach(check) }
        for edge in graph.edges { edge.evidence.forEach(check) }
    }

    @Test(arguments: ["", " ", "\n\n\n", "\"", "\u{0}\u{0}Aleppo\u{0}", "“unbalanced quote about Russia", "\"\"\"\"", "''''", "date 2016-13-99\n"])
    func degenerateTextsGiveAResult(text: String) {
        let graph = extractor.extract(SourceDocument(id: "d.txt", text: text)).graph
        expectProvenance(graph, text)
    }

    @Test func manyQuotesInOneFile() {
        let text = String(repeating: "\"The army pounded Hanano again today,\" said Rami Nasser. ", count: 2_000)
        let result = extractor.extract(SourceDocument(id: "q.txt", text: text))
        #expect(result.graph.nodes.filter { $0.kind == .statement }.count == 1)
        #expect(result.graph.edges.first { $0.relation == .said }?.weight == 2_000)
    }

    @Test func deeplyRepeatedNames() {
        let text = String(repeating: "Russia Russia Aleppo Aleppo Hezbollah ", count: 4_000)
        let graph = extractor.extract(SourceDocument(id: "r.txt", text: text)).graph
        #expect(graph.node(withID: "russia")?.mentions.count == 8_000)
    }

    @Test func oneLongLineWithoutBreaks() {
        let text = String(repeating: "the army shelled Hanano and rebels fought back ", count: 5_000)
        let result = extractor.extract(SourceDocument(id: "l.txt", text: text))
        #expect(result.graph.has("assad-forces", .shells, "hanano"))
    }

    @Test func binaryDataIsRejectedOrReadLossily() throws {
        var generator = SplitMix64(seed: 42)
        let bytes = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: DocumentReadError.self) { try DocumentReader().decode(Data(bytes), id: "bin.txt") }
        let doc = try DocumentReader(lossy: true).decode(Data(bytes), id: "bin.txt")
        let graph = extractor.extract(doc).graph
        expectProvenance(graph, String(String.UnicodeScalarView(doc.scalars)))
    }

    @Test func fuzzRandomTextKeepsProvenance() {
        var generator = SplitMix64(seed: 7)
        let alphabet: [String] = ["Russia", "Aleppo", "\"", "“", "”", "'", "’", ",", ".", " ", "\n", "said", "backed", "by", "-", "held", "rebels",
                                  "Hanano", "é", "🚀", "\u{0}", "Mr.", "the", "east", "of", "the city", "Assad", "'s", "forces", "fled", "to", "he"]
        for _ in 0..<300 {
            let count = Int(generator.next() % 80)
            let text = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined(separator: generator.next() % 3 == 0 ? "" : " ")
            let graph = extractor.extract(SourceDocument(id: "f.txt", text: text)).graph
            expectProvenance(graph, text)
            #expect((try? graph.validate()) != nil)
        }
    }
}

/// A small deterministic random generator for the fuzz tests.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
