import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Nouns for people that make a description a speaker ("a Western military attache", "one
/// conscript"), with the bundled lexicon (sentences written for these tests).
@Suite("Nouns for people")
struct PersonNounTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    /// The speaker of the statement whose quote starts with `prefix`.
    func speaker(ofQuoteStartingWith prefix: String, in graph: ActorGraph) -> String? {
        guard let statement = graph.nodes.first(where: { $0.kind == .statement && $0.quote?.hasPrefix(prefix) == true }) else { return nil }
        return graph.edges.first { $0.relation == .said && $0.target == statement.id }?.source
    }

    @Test func anAttacheOrAConscriptDescribedIsTheSpeaker() throws {
        let graph = try extract("The front held for a week. A European military attache in Amman said the army was short of men.\n\n"
            + "\"They have tanks but nobody to drive them,\" the attache said.\n\n\"We were given two days of training,\" said one conscript from Latakia.")
        let attache = try #require(speaker(ofQuoteStartingWith: "They have tanks", in: graph))
        #expect(graph.node(withID: attache)?.label == "A European military attache in Amman")
        let conscript = try #require(speaker(ofQuoteStartingWith: "We were given two days", in: graph))
        #expect(graph.node(withID: conscript)?.label.hasPrefix("one conscript") == true)
    }

    @Test func aNounForAThingIsNoSpeaker() throws {
        // "the report said": no person noun, no described speaker.
        let graph = try extract("The front held for a week. \"Supplies are running out,\" the report said.")
        #expect(!graph.nodes.contains { $0.id.hasPrefix("unnamed-") })
    }
}
