import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// A role after a country's possessive name ("Syria's foreign minister P"), for a country the
/// lexicon has no state actor for, belongs to that country's government, with the bundled lexicon
/// (sentences written for these tests).
@Suite("Roles after a country's possessive name")
struct CountryPossessiveRoleTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aMinisterOfTheCountryIsAMemberOfItsGovernment() throws {
        let graph = try extract("Syria's foreign minister Karim Mansour rejected the proposal on Sunday.")
        #expect(graph.has("karim-mansour", .memberOf, "syrian-government"))
    }

    @Test func theCountrySendsItsEnvoyToTheInternationalBody() throws {
        let graph = try extract("Syria's U.N. envoy, Karim Mansour, told the council that the aid had been stolen.")
        #expect(graph.has("karim-mansour", .memberOf, "syrian-government"))
        #expect(!graph.has("karim-mansour", .memberOf, "united-nations"))
    }

    @Test func theHeadOfAPartOfTheGovernmentDoesNotLeadIt() throws {
        let graph = try extract("Syria's museums chief, Karim Mansour, said the statues had been moved to Damascus.")
        #expect(!graph.has("karim-mansour", .leaderOf, "syrian-government"))
        #expect(graph.has("karim-mansour", .memberOf, "syrian-government"))
    }
}
