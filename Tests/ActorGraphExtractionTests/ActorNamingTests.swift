import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Which actor a name stands for, with the bundled lexicon (sentences written for these tests).
@Suite("Actor naming")
struct ActorNamingTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func theRebelsFightingBesideTurkeyAreASideOfTheirOwn() throws {
        let graph = try extract("Turkish-backed rebels pushed towards Manbij on Sunday. In Aleppo, rebels shelled the western districts.")
        #expect(graph.node(withID: "turkish-backed-rebels") != nil)
        #expect(graph.node(withID: "rebels") != nil)
        #expect(graph.has("turkey", .backs, "turkish-backed-rebels"))
        #expect(!graph.has("turkey", .backs, "rebels"))
    }

    @Test func rebelsWithoutTheirBackerAreTheRebels() throws {
        let graph = try extract("Rebels backed by Qatar shelled the western districts of Aleppo on Sunday.")
        #expect(graph.node(withID: "turkish-backed-rebels") == nil)
        #expect(graph.node(withID: "rebels") != nil)
    }

    @Test func genericKurdishForcesAreTheBodyTheReportNames() throws {
        let graph = try extract("The YPG held the crossing on Monday. Later, Kurdish fighters shelled the town, and Kurdish-led forces of the Syrian Democratic Forces moved south.")
        #expect(graph.node(withID: "kurdish-forces") == nil)
        #expect(graph.node(withID: "ypg")?.mentions.contains { $0.text == "Kurdish fighters" } == true)
        #expect(graph.node(withID: "sdf")?.mentions.contains { $0.text == "Kurdish-led forces" } == true)
    }

    @Test func genericKurdishForcesStayWhereNoBodyIsNamed() throws {
        let graph = try extract("Kurdish fighters shelled the town on Monday, and Turkish jets struck back.")
        #expect(graph.node(withID: "kurdish-forces") != nil)
        #expect(graph.node(withID: "ypg") == nil)
        let insurgents = try extract("The YPG held the crossing on Monday. Ankara blamed Kurdish militants for the bombing in Istanbul.")
        #expect(insurgents.node(withID: "kurdish-forces") != nil)
    }

    @Test func militaryPoliceAreNotTheFightingForces() throws {
        let graph = try extract("Russian military police patrolled the market on Monday, while Russian troops guarded the airport.")
        #expect(graph.node(withID: "russian-military-police")?.mentions.count == 1)
        #expect(graph.node(withID: "russian-military")?.mentions.map(\.text) == ["Russian troops"])
    }

    @Test func theShiiteMilitiasAreNamedInEverySpelling() throws {
        let graph = try extract("Several Shi'ite militias held the road, and Hezbollah, the Lebanese Shi'ite movement, sent more men.")
        #expect(graph.node(withID: "pro-government-militias")?.mentions.map(\.text) == ["Shi'ite militias"])
        #expect(graph.node(withID: "hezbollah")?.mentions.count == 2)
        let plain = try extract("Shi'ite clerics met in Najaf on Monday.")
        #expect(plain.node(withID: "pro-government-militias") == nil)
    }

    @Test func theSyrianAirForceIsTheGovernmentForces() throws {
        let graph = try extract("date 2016-11-20\nRaids\n\nThe Syrian air force bombed Hanano, and the Russian air force struck Anadan.")
        #expect(graph.node(withID: "assad-forces")?.mentions.map(\.text) == ["Syrian air force"])
        #expect(graph.node(withID: "syrian-air-force") == nil)
        #expect(graph.node(withID: "russian-military")?.mentions.map(\.text) == ["Russian air force"])
    }

    @Test func aPersonIsLabelledInTheRegistrySpelling() throws {
        let graph = try extract("Foreign Minister Sergei Lavrov spoke in Moscow on Monday.")
        #expect(graph.node(withID: "sergei-lavrov")?.label == "Sergey Lavrov")
    }
}
