import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Claims of wrongdoing reported after a verb of speaking are accusations by the speaker, with the
/// bundled lexicon (sentences written for these tests).
@Suite("Claims of wrongdoing after a verb of speaking")
struct ClaimTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aReportedBreachAccusesTheOneWhoBreached() throws {
        let graph = try extract("Iran said the rebels had violated the truce around Hama twice in one night.")
        #expect(graph.has("iran", .accuses, "rebels"))
    }

    @Test func theClaimMayFollowThatAfterTheOneTold() throws {
        let graph = try extract("Hezbollah told its supporters on Sunday that Turkey was using the lull to send weapons north.")
        #expect(graph.has("hezbollah", .accuses, "turkey"))
    }

    @Test func everyActorOfTheClaimIsAccused() throws {
        let graph = try extract("Qatar said Russia and Iran had blocked the convoys for a week.")
        #expect(graph.has("qatar", .accuses, "russia"))
        #expect(graph.has("qatar", .accuses, "iran"))
    }

    @Test func bearingTheBlameIsAnAccusation() throws {
        let graph = try extract("France said Iran bore much of the blame for the collapse of the truce.")
        #expect(graph.has("france", .accuses, "iran"))
    }

    @Test func anActOfWarAgainstCiviliansIsAnAccusation() throws {
        let graph = try extract("Jordan said Hezbollah had shelled a camp for displaced families near the border.")
        #expect(graph.has("jordan", .accuses, "hezbollah"))
    }

    @Test func anActOfWarAgainstFightersIsNone() throws {
        let graph = try extract("Jordan said Hezbollah had shelled rebel positions near the border.")
        #expect(!graph.has("jordan", .accuses, "hezbollah"))
    }

    @Test func aNegatedClaimAccusesNoOne() throws {
        let graph = try extract("Qatar said Russia had not blocked the convoys.")
        #expect(!graph.has("qatar", .accuses, "russia"))
    }

    @Test func aPassiveClaimDoesNotAccuseThePatient() throws {
        let graph = try extract("Qatar said Hezbollah had been stopped at the checkpoint.")
        #expect(!graph.has("qatar", .accuses, "hezbollah"))
    }

    @Test func holdingPlacesIsNoWrong() throws {
        let graph = try extract("Iran said the rebels still held three districts of the city.")
        #expect(!graph.has("iran", .accuses, "rebels"))
    }

    @Test func holdingPeopleHostageIsAWrong() throws {
        let graph = try extract("Iran said the rebels were holding thousands of residents hostage.")
        #expect(graph.has("iran", .accuses, "rebels"))
    }

    @Test func aClaimAboutTheSpeakersOwnSideIsNone() throws {
        let graph = try extract("The Russian defence ministry said Russia had used the pause to bring in aid.")
        #expect(!graph.has("russian-defence-ministry", .accuses, "russia"))
    }
}
