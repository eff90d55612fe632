import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Which actor a name stands for, with the bundled lexicon (sentences written for these tests).
@Suite("Actor naming")
struct ActorNamingTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func theRebelsFightingBesideTurkeyAreASideOfTheirOwn() throws {
        let graph = try extract("Turkish-backed rebels pushed towards Manbij on Sunday. In Aleppo, rebels shelled the western districts.")
        #expect(graph.node(withID: "turkish-backed-rebels") != nil)
        #expect(graph.node(withID: "rebels") != nil)
        #expect(graph.has("turkey", .backs, "turkish-backed-rebels"))
        #expect(!graph.has("turkey", .backs, "rebels"))
    }

    @Test func rebelsWithoutTheirBackerAreTheRebels() throws {
        let graph = try extract("Rebels backed by Qatar shelled the western districts of Aleppo on Sunday.")
        #expect(graph.node(withID: "turkish-backed-rebels") == nil)
        #expect(graph.node(withID: "rebels") != nil)
    }
}
