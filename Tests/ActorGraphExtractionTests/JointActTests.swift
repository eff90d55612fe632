import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Acts of diplomacy done by several actors named together, with the bundled lexicon (sentences
/// written for these tests).
@Suite("Joint acts of several actors")
struct JointActTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func actorsWhoBlockATextTogetherCooperate() throws {
        let graph = try extract("Egypt and Jordan on Friday blocked a draft statement on the siege.")
        #expect(graph.has("egypt", .cooperatesWith, "jordan") || graph.has("jordan", .cooperatesWith, "egypt"))
    }

    @Test func everyPairOfALongerListCooperates() throws {
        let graph = try extract("Germany, Italy and Spain have asked for a meeting of foreign ministers.")
        #expect(graph.has("germany", .cooperatesWith, "italy") || graph.has("italy", .cooperatesWith, "germany"))
        #expect(graph.has("germany", .cooperatesWith, "spain") || graph.has("spain", .cooperatesWith, "germany"))
        #expect(graph.has("italy", .cooperatesWith, "spain") || graph.has("spain", .cooperatesWith, "italy"))
    }

    @Test func actorsWhoSignTogetherNegotiate() throws {
        let graph = try extract("Qatar and Iran signed a deal on the evacuation of four towns.")
        #expect(graph.has("qatar", .negotiatesWith, "iran") || graph.has("iran", .negotiatesWith, "qatar"))
    }

    @Test func aListAfterAPrepositionIsNoSubject() throws {
        let graph = try extract("The envoy met delegates from Egypt and Jordan announced nothing.")
        #expect(!graph.has("egypt", .cooperatesWith, "jordan") && !graph.has("jordan", .cooperatesWith, "egypt"))
    }

    @Test func aNegatedJointActIsNone() throws {
        let graph = try extract("Egypt and Jordan have not signed the text.")
        #expect(!graph.has("egypt", .negotiatesWith, "jordan") && !graph.has("jordan", .negotiatesWith, "egypt"))
    }

    @Test func adjectivesAreNoSidesOfAJointAct() throws {
        let graph = try extract("Egyptian and Jordanian officials announced new border rules.")
        #expect(!graph.has("egypt", .cooperatesWith, "jordan") && !graph.has("jordan", .cooperatesWith, "egypt"))
    }
}
