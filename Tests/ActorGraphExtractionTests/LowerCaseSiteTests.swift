import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Places the lexicon knows that an article names only in lower case, with the bundled lexicon
/// (sentences written for these tests).
@Suite("Sites named in lower case")
struct LowerCaseSiteTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aSiteNamedOnlyInLowerCaseIsAPlaceOfTheStory() throws {
        // "the citadel" in an article on Aleppo is Aleppo's, though no word of it is capitalised.
        let graph = try extract("Shells fell on Aleppo all night. By morning the smoke hung over the old citadel.")
        #expect(graph.node(withID: "aleppo-citadel")?.kind == .place)
    }

    @Test func aLowerCaseSiteOfAnotherCityIsNone() throws {
        // "the old citadel" of an article on Idlib is neither Aleppo's nor Damascus's.
        let graph = try extract("Shells fell on Idlib all night. By morning the smoke hung over the old citadel.")
        #expect(graph.node(withID: "aleppo-citadel") == nil)
        #expect(graph.node(withID: "damascus-citadel") == nil)
    }
}
