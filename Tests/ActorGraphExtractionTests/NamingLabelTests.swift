import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Calling or listing an actor by a word of reproach ("called the rebels terrorists", "a group
/// Washington lists as a terrorist organisation") accuses it, with the bundled lexicon (sentences
/// written for these tests).
@Suite("Labels given by calling and listing")
struct NamingLabelTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func callingAnActorTerroristsAccusesIt() throws {
        let graph = try extract("The Syrian government called the rebels terrorists and promised to retake every village.")
        #expect(graph.has("syrian-government", .accuses, "rebels"))
    }

    @Test func listingAGroupAsTerroristAccusesIt() throws {
        let graph = try extract("Ahrar al-Sham sent fighters to Hama, while Jabhat Fateh al-Sham, which Washington lists as a terrorist organisation, stayed in Idlib.")
        #expect(graph.has("united-states", .accuses, "jabhat-fateh-al-sham"))
    }

    @Test func aParticleMakesAnotherVerb() throws {
        let graph = try extract("The Levant Front, which Turkey called on to expel the terrorists from its ranks, held the border crossing.")
        #expect(!graph.has("turkey", .accuses, "levant-front"))
    }

    @Test func theListerIsNotOneOfTheListers() throws {
        let graph = try extract("The Kurdish YPG militia, which Turkey, the United States and the European Union list as a terrorist group, held the town.")
        #expect(!graph.has("united-states", .accuses, "turkey"))
        #expect(!graph.has("european-union", .accuses, "turkey"))
    }
}
