import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Where a person fled, from a relative clause about them (sentences written for these tests,
/// with the bundled lexicon).
@Suite("Refuge of a person")
struct RefugeTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aPersonWhoFledToAPlaceFleesToIt() throws {
        let graph = try extract("\"The roads were closed,\" said Rana Haddad, a nurse who fled to the town of Azaz with her son.")
        #expect(graph.has("rana-haddad", .fleesTo, "azaz"))
    }

    @Test func aPersonWhoReachedAShelterFledToItsPlace() throws {
        let graph = try extract("\"We walked all night,\" said Umm Samir, who reached a shelter in Jibreen on Tuesday.")
        #expect(graph.has("umm-samir", .fleesTo, "jibreen"))
    }

    @Test func aDistrictNamedByItsCityIsThePlaceLeft() throws {
        let graph = try extract("Layla Haddad, who fled Aleppo's Bustan al-Qasr district in 2014, said the shelling never stopped.")
        #expect(graph.has("layla-haddad", .fleesFrom, "bustan-al-qasr"))
        #expect(!graph.has("layla-haddad", .fleesFrom, "aleppo"))
    }

    @Test func aPassiveOrAReportedFlightIsNoFlightOfThePerson() throws {
        let passive = try extract("Rana Haddad, a nurse who was reached by telephone in Azaz, said the clinic had closed.")
        #expect(!passive.has("rana-haddad", .fleesTo, "azaz"))
        let reported = try extract("Abu Ahmad, a baker who said his cousins had fled to Azaz, stayed in Saraqeb.")
        #expect(!reported.has("abu-ahmad", .fleesTo, "azaz"))
    }
}
