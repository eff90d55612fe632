import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Object relatives after an apposition of places, with the bundled lexicon (sentences written
/// for these tests).
@Suite("Relatives after appositions")
struct GroupWordingAndRelativeTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func anAppositionOfPlacesIsTheObjectOfItsRelative() throws {
        let graph = try extract("The weather was cold. Aid reached Saraqeb and Maarat al-Numan, two towns that the rebels seized in 2012. "
            + "Convoys left Sheikh Fares and Bustan al-Basha, two districts that rebels had abandoned overnight.")
        #expect(graph.has("rebels", .captures, "saraqeb"))
        #expect(graph.has("rebels", .captures, "maarat-al-numan"))
        #expect(graph.has("rebels", .fleesFrom, "sheikh-fares"))
        #expect(graph.has("rebels", .fleesFrom, "bustan-al-basha"))
    }

    @Test func aCopulaOrNoPronounMayIntroduceTheRelative() throws {
        let graph = try extract("The weather was cold. Madaya and Zabadani are two towns that Hezbollah and government forces have besieged since 2015. "
            + "Turkish troops moved toward al-Bab, the last big town Islamic State holds.")
        #expect(graph.has("hezbollah", .besieges, "madaya"))
        #expect(graph.has("assad-forces", .besieges, "zabadani"))
        // The subjects of the relative besiege the towns, not each other.
        #expect(!graph.has("hezbollah", .besieges, "assad-forces"))
        #expect(!graph.has("assad-forces", .besieges, "hezbollah"))
        #expect(graph.has("islamic-state", .holds, "al-bab"))
    }

    @Test func aRelativeAfterAnActorsAppositionTakesNoPlace() throws {
        // The apposition describes a group, not the place before it.
        let graph = try extract("The weather was cold. Fighters reached Saraqeb, a town that Jaish al-Fatah captured, "
            + "and met Ahrar al-Sham, the group that government forces attacked.")
        #expect(graph.has("jaish-al-fatah", .captures, "saraqeb"))
        #expect(!graph.edges.contains { $0.source == "assad-forces" && $0.relation == .attacks && $0.target == "saraqeb" })
    }
}
