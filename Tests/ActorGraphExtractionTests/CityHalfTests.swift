import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Parts of a city and of its halves: the half the lexicon lists as a district of its own stays the
/// parent, a bare direction before "of" names a part of the place after it, and a named city owns
/// the sites named after its possessive (sentences written for these tests, with the bundled lexicon).
@Suite("Parts of a city's half")
struct CityHalfTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    let opening = "date 2016-11-28\nAleppo\n\nGovernment forces pushed into the east of the city on Monday. "

    @Test func aDistrictOnTheRimOfTheEnclaveIsPartOfTheHalfNotTheCity() throws {
        let graph = try extract(opening + "Jets struck al-Kalasa, a district on the western rim of the enclave.")
        #expect(graph.has("kallaseh", .partOf, "east-aleppo"))
        #expect(!graph.has("kallaseh", .partOf, "aleppo"))
    }

    @Test func aBareDirectionOfThePlaceNamesAPartOfThatPlace() throws {
        let after = try extract(opening + "Troops entered Bab al-Nairab, in the south of the enclave, after heavy shelling.")
        #expect(after.has("bab-al-nairab", .partOf, "east-aleppo"))
        // Not a south of the country.
        #expect(!after.factLines.contains { $0.hasPrefix("bab-al-nairab -part-of-> syria") || $0.hasPrefix("bab-al-nairab -part-of-> south-syria") })
        let apposition = try extract(opening + "They took Bustan al-Basha, the biggest district in the north of the enclave.")
        #expect(apposition.has("bustan-al-basha", .partOf, "east-aleppo"))
    }

    @Test func aNamedCitysSiteIsPartOfIt() throws {
        let named = try extract("Government forces cut Aleppo's Castello Road on Monday.")
        #expect(named.has("castello-road", .partOf, "aleppo"))
        // "the city's": no name of the city owns the site.
        let described = try extract("Government forces entered Aleppo on Sunday. On Monday they cut the city's Castello Road.")
        #expect(!described.has("castello-road", .partOf, "aleppo"))
    }
}
