import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// A body is where its people are said to be: "rebel officials in P", "the X leadership in P",
/// "X's teams in P" (sentences written for these tests, with the bundled lexicon).
@Suite("People of a body in a place")
struct PeopleOfABodyTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aBodysPeopleInAPlacePutTheBodyThere() throws {
        let officials = try extract("Rebel officials in Hama province rejected the offer on Monday.")
        #expect(officials.has("rebels", .locatedIn, "hama-province"))
        let leadership = try extract("The Hezbollah leadership in Beirut denied the report.")
        #expect(leadership.has("hezbollah", .locatedIn, "beirut"))
        let possessive = try extract("The ICRC's teams in Homs resumed work on Sunday.")
        #expect(possessive.has("icrc", .locatedIn, "homs"))
    }

    @Test func aBranchOrAPlaceAfterAVerbIsNotWhereTheBodyIs() throws {
        let branch = try extract("The Nusra Front, then al Qaeda's branch in Syria, denied the report.")
        #expect(!branch.factLines.contains { $0.hasPrefix("al-qaeda -located-in->") })
        let verb = try extract("Rebel commanders said fighting in Idlib had eased.")
        #expect(!verb.factLines.contains { $0.hasPrefix("rebels -located-in->") })
    }
}
