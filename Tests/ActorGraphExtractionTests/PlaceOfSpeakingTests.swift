import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Where someone was when they spoke: the body they told, a statement issued somewhere, a call
/// from a district, a relative clause with an apposition of its own (sentences written for these
/// tests, with the bundled lexicon).
@Suite("Place of speaking")
struct PlaceOfSpeakingTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func theBodyToldStandsWhereTheSpeakerSpoke() throws {
        let graph = try extract("Russian Foreign Minister Sergei Lavrov told the Security Council in New York on Tuesday that the talks would go on.")
        #expect(graph.has("sergei-lavrov", .locatedIn, "new-york"))
    }

    @Test func aStatementIssuedSomewhereIsWhereItsAuthorWas() throws {
        let graph = try extract("Staffan de Mistura said in a statement issued in Vienna that the convoy had been delayed.")
        #expect(graph.has("staffan-de-mistura", .locatedIn, "vienna"))
    }

    @Test func aCallMayComeFromADistrict() throws {
        let graph = try extract("\"The bakeries are closed,\" said Abu Karim, a nurse at a clinic, speaking by telephone from the al-Ferdous district.")
        #expect(graph.has("abu-karim", .locatedIn, "fardous"))
    }

    @Test func theVerbMayFollowASecondApposition() throws {
        let graph = try extract("Riad Hijab, who leads the High Negotiations Committee, the main opposition bloc, said in Paris that the talks had failed.")
        #expect(graph.has("riad-hijab", .locatedIn, "paris"))
    }

    @Test func aClauseAfterTheVerbPlacesNoSpeaker() throws {
        let clause = try extract("U.N. Secretary-General Ban Ki-moon says he is troubled by what is happening in Aleppo.")
        #expect(!clause.factLines.contains { $0.hasPrefix("ban-ki-moon -located-in->") })
        let told = try extract("John Kerry told the Security Council that the shelling of Aleppo must stop.")
        #expect(!told.factLines.contains { $0.hasPrefix("john-kerry -located-in->") })
        // A speech verb between: the people of the quote were not reached anywhere.
        let quoted = try extract("\"Nobody thinks of the people here,\" said Abu Karim, a former member of the Levant Front, reached in the town of Atareb.")
        #expect(!quoted.factLines.contains { $0.contains("civilians -located-in->") })
    }
}
