import ActorGraph
import ActorGraphQuery
import Foundation
import Testing

/// The saved questions in `examples/queries/` answer correctly on the example graph `graphs/graph.json`.
@Suite("Saved questions on the example graph")
struct SavedQuestionTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("examples/queries")

    func answer(_ name: String) throws -> QueryResult {
        let graph = try ActorGraph(contentsOf: Fixtures.packageRoot.appendingPathComponent("graphs/graph.json"))
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        return try graph.query(text)
    }

    @Test func everySavedQuestionIsCheckedHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".aq") }.sorted()
        #expect(files == ["hezbollah-to-the-un.aq", "most-embattled-actors.aq", "places-the-rebels-lost.aq",
                          "what-the-un-said.aq", "who-attacks-kurdish-places.aq", "who-supports-the-army.aq"])
    }

    @Test func whoSupportsTheArmy() throws {
        let result = try answer("who-supports-the-army.aq")
        #expect(result.column("ally") == ["Pro-government militias", "Hezbollah", "Russia"])
        #expect(result.column("relation") == ["allied-with", "allied-with", "supports"])
        #expect(result.rows.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test func placesTheRebelsLost() throws {
        let result = try answer("places-the-rebels-lost.aq")
        #expect(result.column("place") == ["al-Shaar", "Karm al-Tahhan", "Masaken Hanano", "Old City of Aleppo",
                                           "Sheikh Fares", "Sheikh Saeed", "Tariq al-Bab"])
        #expect(result.rows[2]["taken_by"]?.list?.compactMap(\.node?.id) == ["assad-forces", "pro-government-militias"])
    }

    @Test func whatTheUNSaid() throws {
        let result = try answer("what-the-un-said.aq")
        #expect(result.column("un") == ["OCHA", "United Nations"])
        #expect(result.column("speaker") == ["Jamal Hourani", "Stephen O'Brien"])
        #expect(result.rows[0]["quote"]?.string?.hasPrefix("We are seeing people arrive with nothing") == true)
        #expect(result.column("about") == ["Aleppo, Civilians, Jibreen", ""])
    }

    @Test func whoAttacksKurdishPlaces() throws {
        let result = try answer("who-attacks-kurdish-places.aq")
        #expect(result.column("attacker") == ["Syrian rebels"])
        #expect(result.column("how") == ["shells"])
        #expect(result.column("place") == ["Sheikh Maksoud"])
    }

    @Test func hezbollahToTheUN() throws {
        let result = try answer("hezbollah-to-the-un.aq")
        #expect(result.column("chain") == ["Hezbollah > Syrian government forces > United Nations"])
        let path = try #require(result.rows.first?["chain"]?.path)
        #expect(path.edges.map(\.relation) == [.alliedWith, .condemns])
        #expect(result.rows[0].evidence.count == 2)
    }

    @Test func mostEmbattledActors() throws {
        let result = try answer("most-embattled-actors.aq")
        #expect(result.column("a").first == "Syrian rebels")
        #expect(result.column("opponents").first == "6")
        let counts = result.column("opponents").compactMap { Int($0) }
        #expect(counts.count == 5 && counts == counts.sorted(by: >))
    }
}
