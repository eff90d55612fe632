import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// A body that "has a presence", "a foothold" or a number of fighters in a place is there; one
/// that has none is not (sentences written for these tests, with the bundled lexicon).
@Suite("Foothold of a body")
struct FootholdTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aPresenceOrACountOfFightersPutsTheBodyThere() throws {
        let presence = try extract("Jaish al-Islam, which has a presence in Douma, rejected the deal.")
        #expect(presence.has("jaish-al-islam", .locatedIn, "douma"))
        let count = try extract("Hezbollah, which has no more than a few hundred fighters in Aleppo, denied the report.")
        #expect(count.has("hezbollah", .locatedIn, "aleppo"))
    }

    @Test func noTroopsOrAReportedClaimPutNoBodyThere() throws {
        let none = try extract("Hezbollah, which has no troops in Idlib, denied the report.")
        #expect(!none.factLines.contains { $0.hasPrefix("hezbollah -located-in->") })
        let claim = try extract("The Turkish army has often claimed that many of the militants in Manbij are PKK members.")
        #expect(!claim.factLines.contains { $0.contains("-located-in-> manbij") })
    }
}
