import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// How parts of cities and provinces are named and told apart, with the bundled lexicon
/// (sentences written for these tests).
@Suite("Place naming")
struct PlaceNamingTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aHeldPartNamedByTheLexiconKeepsItsModifierAsAName() throws {
        let graph = try extract("date 2016-11-20\nShelling\n\nMortar bombs fell on government-held western Aleppo on Friday.")
        let part = try #require(graph.node(withID: "west-aleppo"))
        #expect(part.aliases.contains("government-held western Aleppo"))
        // The modifier is not part of the mention: the relation finder reads it.
        #expect(part.mentions.allSatisfy { !$0.text.contains("held") })
    }

    @Test func aModifierThatSaysNothingOfControlIsNoName() throws {
        let graph = try extract("date 2016-11-20\nShelling\n\nMortar bombs fell on long-suffering western Aleppo on Friday.")
        let part = try #require(graph.node(withID: "west-aleppo"))
        #expect(!part.aliases.contains { $0.contains("suffering") })
    }

    @Test func aQuarterOfTheCountrysideIsARegionOfItsOwn() throws {
        let graph = try extract("Hundreds of families fled to the countryside west of Aleppo. Others reached the northern Aleppo countryside.")
        #expect(graph.node(withID: "western-aleppo-countryside") != nil)
        #expect(graph.node(withID: "northern-aleppo-countryside") != nil)
        #expect(graph.node(withID: "aleppo-countryside") == nil)
    }

    @Test func theWholeCountrysideIsNotAQuarterOfIt() throws {
        let graph = try extract("Shelling was reported across rural Aleppo on Monday.")
        #expect(graph.node(withID: "aleppo-countryside") != nil)
        #expect(graph.node(withID: "western-aleppo-countryside") == nil)
    }

    @Test func aHeldCountrysideNamedByTheLexiconIsNotTheHeldPartOfTheCity() throws {
        let graph = try extract("date 2016-11-20\nShelling\n\nIn Aleppo the buses left the city for the rebel-held countryside west of Aleppo.")
        #expect(graph.node(withID: "western-aleppo-countryside") != nil)
        #expect(graph.node(withID: "east-aleppo") == nil)
    }

    @Test func aQuarterOfAnyProvincesCountrysideIsARegionInThatProvince() throws {
        let graph = try extract("Jets struck villages in the southern Hama countryside. Farmers from Homs's eastern countryside fled to the countryside north of Deir ez-Zor.")
        let hama = try #require(graph.node(withID: "southern-hama-countryside"))
        #expect(hama.mentions.contains { $0.text == "southern Hama countryside" })
        #expect(graph.node(withID: "eastern-homs-countryside") != nil)
        #expect(graph.node(withID: "northern-deir-ez-zor-countryside") != nil)
    }

    @Test func aProvinceOrItsWholeCountrysideIsNoQuarter() throws {
        let graph = try extract("Jets struck villages in the Hama countryside and in rural Daraa.")
        #expect(graph.node(withID: "hama-province") != nil)
        #expect(graph.node(withID: "daraa-province") != nil)
        #expect(!graph.nodes.contains { $0.id.hasSuffix("-hama-countryside") || $0.id.hasSuffix("-daraa-countryside") })
    }

    @Test func aFacilityNamedAfterSomeoneKeepsItsNoun() throws {
        let graph = try extract("Crowds gathered in Khaled Ibn al-Walid square on Sunday. Doctors at the Hamza Bin Yusuf hospital treated the wounded.")
        let square = try #require(graph.nodes.first { $0.mentions.contains { $0.text == "Khaled Ibn al-Walid square" } })
        #expect(square.kind == .place)
        #expect(graph.nodes.contains { $0.kind == .place && $0.mentions.contains { $0.text == "Hamza Bin Yusuf hospital" } })
        #expect(!graph.nodes.contains { $0.mentions.contains { $0.text == "Khaled Ibn al-Walid" } })
    }

    @Test func aOneWordTownBeforeAFacilityNounIsNoFacilityName() throws {
        let graph = try extract("Doctors said the Tarmala hospital was hit on Monday.")
        #expect(!graph.nodes.contains { $0.mentions.contains { $0.text == "Tarmala hospital" } })
    }
}
