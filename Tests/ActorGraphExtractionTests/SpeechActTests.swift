import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Speech acts coordinated after a verb of speaking take its subject, with the bundled lexicon
/// (sentences written for these tests).
@Suite("Speech acts after a verb of speaking")
struct SpeechActTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func anAccusationAfterAStatementIsTheSpeakers() throws {
        let graph = try extract("Turkey said the blast had wounded three of its soldiers and blamed the YPG.")
        #expect(graph.has("turkey", .accuses, "ypg"))
    }

    @Test func anAccusationAfterADenialIsTheSpeakers() throws {
        let graph = try extract("Iran denied that its advisers were anywhere near the front and condemned the United States.")
        #expect(graph.has("iran", .condemns, "united-states"))
    }

    @Test func anAccusationAfterButIsTheSpeakers() throws {
        let graph = try extract("Iran said talks on a truce could resume next week, but accused Turkey of arming the rebels.")
        #expect(graph.has("iran", .accuses, "turkey"))
    }

    @Test func theSpeakerNamedInAnAppositionAccuses() throws {
        let graph = try extract("The rebel commander, Ahmed Hassan, told Reuters that his men had been left alone and accused Russia of shielding the government.")
        #expect(graph.has("ahmed-hassan", .accuses, "russia"))
    }

    @Test func aSubjectOfItsOwnKeepsTheAccusation() throws {
        // The coordinated verb has its own subject inside the reported clause.
        let graph = try extract("The Observatory said Hezbollah had besieged the town and accused the rebels of hoarding food.")
        #expect(graph.has("hezbollah", .accuses, "rebels"))
        #expect(!graph.has("sohr", .accuses, "rebels"))
    }

    @Test func aDeniedAccusationIsNone() throws {
        let graph = try extract("Turkey said the blast had wounded three of its soldiers and did not blame the YPG.")
        #expect(!graph.has("turkey", .accuses, "ypg"))
    }

    @Test func aSubjectInsideTheDenialIsNotTheAccuser() throws {
        let graph = try extract("Hezbollah denied hindering civilians and accused the rebels of lying.")
        #expect(graph.has("hezbollah", .accuses, "rebels"))
        #expect(!graph.has("civilians", .accuses, "rebels"))
    }

    @Test func aSubjectOfAnInnerClauseIsNotTheAccuser() throws {
        let graph = try extract("Hezbollah said it had acted against traders who hid fuel while civilians froze, and accused the rebels of theft.")
        #expect(graph.has("hezbollah", .accuses, "rebels"))
        #expect(!graph.has("civilians", .accuses, "rebels"))
    }

    @Test func aParticipleAfterTheVerbOfSpeakingIsTheSpeakers() throws {
        let graph = try extract("\"People are dying while you talk,\" Qatar said, accusing Russia of delaying the vote.")
        #expect(graph.has("qatar", .accuses, "russia"))
        #expect(!graph.has("civilians", .accuses, "russia"))
    }
}
