import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Mosques, markets and quarters that Aleppo and Damascus both name alike, told apart by the
/// city in focus, with the bundled lexicon (sentences written for these tests).
@Suite("Sites of the old cities")
struct OldCitySitesTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func theMosqueAndTheSouksAreThoseOfTheCityInFocus() throws {
        let aleppo = try extract("Engineers reached Aleppo on Sunday. They found the Umayyad Mosque without its minaret and the covered souk burnt out, "
            + "while the Syriac quarter was hardly touched.")
        #expect(aleppo.node(withID: "great-mosque-of-aleppo")?.kind == .place)
        #expect(aleppo.node(withID: "aleppo-souks")?.kind == .place)
        #expect(aleppo.node(withID: "syriac-quarter-aleppo")?.kind == .place)
        let damascus = try extract("Engineers reached Damascus on Sunday. Crowds filled the Umayyad Mosque and the covered souk.")
        #expect(damascus.node(withID: "umayyad-mosque-of-damascus")?.kind == .place)
        #expect(damascus.node(withID: "hamidiyah-souk")?.kind == .place)
        #expect(damascus.node(withID: "aleppo-souks") == nil)
    }

    @Test func withNoCityInFocusTheSharedNamesAreNone() throws {
        let graph = try extract("Engineers checked the Umayyad Mosque and the covered souk for damage.")
        #expect(graph.node(withID: "great-mosque-of-aleppo") == nil)
        #expect(graph.node(withID: "umayyad-mosque-of-damascus") == nil)
        #expect(graph.node(withID: "aleppo-souks") == nil)
    }
}
