import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Roads, rivers, dams, fields, prisons and bases of the Syrian war in the bundled lexicon
/// (sentences written for these tests).
@Suite("Sites of the Syrian war")
struct SyrianSitesTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func roadsRiversFieldsAndPrisonsArePlaces() throws {
        let graph = try extract("Convoys moved along the M4 highway and the Damascus-Aleppo highway while farmers in the Ghab plain fled across the Orontes river. "
            + "Islamic State fighters attacked the Shaer gas field and the Jazal oil field, and jets took off from the T4 military airfield. "
            + "Detainees were moved to Saydnaya military prison, and the Tishreen Dam was damaged.")
        for id in ["m4-highway", "m5-highway", "ghab-plain", "orontes-river", "shaer-gas-field", "jazal-oil-field", "tiyas-airbase", "saydnaya-prison", "tishreen-dam"] {
            #expect(graph.node(withID: id)?.kind == .place, "\(id)")
        }
    }

    @Test func aNeighbourhoodSpeltLikeAFieldStaysTheNeighbourhood() throws {
        // "al-Shaer" alone in Aleppo is the district, not the gas field.
        let graph = try extract("Shells fell on Aleppo overnight. Residents of al-Shaer said the bakery was hit.")
        #expect(graph.node(withID: "shaer-gas-field") == nil)
    }
}
