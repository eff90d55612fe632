import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Rebel groups, SDF councils and relief bodies of northern Syria in the bundled lexicon
/// (sentences written for these tests).
@Suite("Groups and relief bodies of the north")
struct NorthernBodiesTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func councilsGroupsAndReliefBodiesAreActors() throws {
        let graph = try extract("Fighters of the Deir ez-Zor Military Council advanced along the river, while Suqour al-Sham held the hills to the west. "
            + "The Kurdish Red Crescent set up tents for the families.")
        #expect(graph.node(withID: "deir-ez-zor-military-council")?.kind == .actor)
        #expect(graph.node(withID: "suqour-al-sham")?.kind == .actor)
        #expect(graph.node(withID: "kurdish-red-crescent")?.kind == .actor)
        // The Kurdish body is not the Syrian Arab Red Crescent.
        #expect(graph.node(withID: "sarc") == nil)
    }
}
