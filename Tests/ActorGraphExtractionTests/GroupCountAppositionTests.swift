import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// An apposition that counts groups of a kind ("two of the largest rebel factions", "among the
/// biggest rebel groups") makes each named group before it a member of that kind, with the
/// bundled lexicon (sentences written for these tests).
@Suite("Counted appositions of groups")
struct GroupCountAppositionTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aCountOfSeveralNamesTheKindOfEachGroupListed() throws {
        let graph = try extract("The Levant Front and Faylaq al-Sham, two of the largest rebel factions, joined the assault on the airport.")
        #expect(graph.has("levant-front", .memberOf, "rebels"))
        #expect(graph.has("faylaq-al-sham", .memberOf, "rebels"))
    }

    @Test func amongOpensTheApposition() throws {
        let graph = try extract("The Sham Legion, among the biggest rebel groups in Idlib, rejected the deal.")
        #expect(graph.has("faylaq-al-sham", .memberOf, "rebels"))
    }

    @Test func aCountOfOneNamesOnlyTheLastGroup() throws {
        let graph = try extract("The Levant Front and Faylaq al-Sham, one of the largest rebel factions, joined the assault on the airport.")
        #expect(graph.has("faylaq-al-sham", .memberOf, "rebels"))
        #expect(!graph.has("levant-front", .memberOf, "rebels"))
    }
}
