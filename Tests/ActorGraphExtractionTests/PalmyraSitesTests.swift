import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// The monuments of ancient Palmyra in the bundled lexicon (sentences written for these tests).
@Suite("Palmyra's ancient sites")
struct PalmyraSitesTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func palmyrasMonumentsArePlacesOfTheAncientCity() throws {
        let graph = try extract("Islamic State fighters blew up the Temple of Bel and the Baalshamin temple in Palmyra, then damaged the "
            + "Tetrapylon and the Roman theatre of Palmyra. The army later raised its flag over the Palmyra citadel.")
        for id in ["temple-of-bel", "temple-of-baalshamin", "palmyra-tetrapylon", "palmyra-roman-theatre", "palmyra-citadel"] {
            #expect(graph.node(withID: id)?.kind == .place, "\(id)")
        }
        #expect(graph.node(withID: "palmyra-tetrapylon")?.mentions.first?.text == "Tetrapylon")
    }

    @Test func aTempleOfAnotherNameIsNoneOfThem() throws {
        // "Bel" alone is no temple, nor is an unnamed "temple".
        let graph = try extract("Islamic State fighters damaged a temple near Palmyra, residents said. Bel Abbes, a resident, said the shelling went on all night.")
        #expect(graph.node(withID: "temple-of-bel") == nil)
        #expect(graph.node(withID: "temple-of-baalshamin") == nil)
    }
}
