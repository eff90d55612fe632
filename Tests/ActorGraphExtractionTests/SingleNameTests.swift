import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// People known by one name only ("One nurse, Dalia, said", "Karim, 17, who …"), with the bundled
/// lexicon (sentences written for these tests).
@Suite("Persons of a single name")
struct SingleNameTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    /// The speaker of the statement whose quote starts with `prefix`.
    func speaker(ofQuoteStartingWith prefix: String, in graph: ActorGraph) -> String? {
        guard let statement = graph.nodes.first(where: { $0.kind == .statement && $0.quote?.hasPrefix(prefix) == true }) else { return nil }
        return graph.edges.first { $0.relation == .said && $0.target == statement.id }?.source
    }

    @Test func aSingleNameAfterARoleOrBeforeAnAgeIsAPerson() throws {
        let graph = try extract("Colonel Tarek Haddad, who runs the crossing, said it would stay open. One nurse, Dalia, said she had treated forty people since dawn.\n\n"
            + "\"Most of them are children,\" she said.\n\n"
            + "Karim, 17, who said he had walked all night, waited by the fence. \"I will not go back,\" he said.")
        #expect(graph.node(withID: "dalia")?.category == .person)
        #expect(graph.node(withID: "karim")?.category == .person)
        #expect(speaker(ofQuoteStartingWith: "Most of them are children", in: graph) == "dalia")
        #expect(speaker(ofQuoteStartingWith: "I will not go back", in: graph) == "karim")
    }

    @Test func aSingleCapitalisedWordInAListIsNoPerson() throws {
        // A role noun before a listed name that no speech verb or "who" follows: no person.
        let graph = try extract("The convoy carried a doctor, Tabarak, and two nurses to the clinic. The road was cut in 2016, 12, and 2017.")
        #expect(graph.node(withID: "tabarak") == nil)
    }
}
