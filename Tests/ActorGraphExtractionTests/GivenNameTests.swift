import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// A pronoun after a sentence in which its person gives the name they go by ("He gave his name
/// only as …"), with the bundled lexicon (sentences written for these tests).
@Suite("A name given by the one described")
struct GivenNameTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    /// The speaker of the statement whose quote starts with `prefix`.
    func speaker(ofQuoteStartingWith prefix: String, in graph: ActorGraph) -> String? {
        guard let statement = graph.nodes.first(where: { $0.kind == .statement && $0.quote?.hasPrefix(prefix) == true }) else { return nil }
        return graph.edges.first { $0.relation == .said && $0.target == statement.id }?.source
    }

    @Test func aPronounAfterASentenceGivingItsNameIsThatPerson() throws {
        let graph = try extract("At the crossing, a Kurdish fighter who checked the cars said the road had been closed since noon. "
            + "He gave his name only as Sergeant Rustam.\n\n\"We let nobody through after dark,\" he said.")
        #expect(speaker(ofQuoteStartingWith: "We let nobody through", in: graph) == "rustam")
    }

    @Test func aPronounAfterASentenceWhoseObjectIsAPersonGoesBackToTheSubject() throws {
        // "He gave Lavrov a map": the person named is the object, not a name the subject gives.
        let graph = try extract("The talks ended late. Kerry looked tired after the meeting. He gave Lavrov a map of the city.\n\n"
            + "\"We are not there yet, but we are close,\" he said.")
        #expect(speaker(ofQuoteStartingWith: "We are not there yet", in: graph) == "john-kerry")
    }
}
