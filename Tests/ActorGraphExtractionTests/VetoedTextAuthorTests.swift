import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Acting on a text is no act on its authors: "vetoed a draft put forward by A and B" opposes the
/// draft, not A and B; an actor named right after the verb still is its object (bundled lexicon,
/// sentences written for these tests).
@Suite("Authors of a text acted on")
struct VetoedTextAuthorTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func theAuthorsOfAVetoedDraftAreNotOpposed() throws {
        let graph = try extract("China vetoed a draft resolution put forward by France and Spain on Tuesday.")
        #expect(!graph.has("china", .opposes, "france"))
        #expect(!graph.has("china", .opposes, "spain"))
    }

    @Test func theAuthorOfARejectedProposalIsNotOpposed() throws {
        let graph = try extract("Russia rejected a proposal by Egypt for a ten-day truce.")
        #expect(!graph.has("russia", .opposes, "egypt"))
    }

    @Test func anActorRightAfterTheVerbIsStillOpposed() throws {
        let graph = try extract("Russia rejected Egypt's call and opposed France at the meeting.")
        #expect(graph.has("russia", .opposes, "france"))
    }
}
