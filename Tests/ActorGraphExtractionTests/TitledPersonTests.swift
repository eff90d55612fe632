import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Capitalised titles before a person the lexicon does not know ("Lieutenant Karam"), with the
/// bundled lexicon (sentences written for these tests).
@Suite("Titles before discovered persons")
struct TitledPersonTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aRankOrClericalTitleBeforeADiscoveredPersonIsASurfaceForm() throws {
        let graph = try extract("The convoy reached the checkpoint at dusk. Lieutenant Karam, who commands the post, said the road would open at six. "
            + "Father Yusuf Haddad, a priest in the old quarter, said the bells had been silent for a year.")
        let karam = try #require(graph.node(withID: "karam"))
        #expect(karam.label == "Karam")
        #expect(karam.aliases.contains("Lieutenant Karam"))
        let priest = try #require(graph.node(withID: "yusuf-haddad"))
        #expect(priest.aliases.contains("Father Yusuf Haddad"))
    }

    @Test func aLowerCaseNounBeforeAPersonIsNoTitle() throws {
        // Only capitalised title words join: "the local priest Yusuf Haddad" keeps its name alone.
        let graph = try extract("The convoy reached the checkpoint at dusk. The local priest Yusuf Haddad said the bells had been silent for a year.")
        let priest = try #require(graph.node(withID: "yusuf-haddad"))
        #expect(!priest.aliases.contains { $0.contains("priest") })
    }
}
