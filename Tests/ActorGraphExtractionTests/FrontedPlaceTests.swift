import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// A place put first ("In Douma, …") locates the subject after it, even behind a few words of
/// description, an apposition of the place or a live blog's time (sentences written for these
/// tests, with the bundled lexicon).
@Suite("Fronted place")
struct FrontedPlaceTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aDescribedSubjectIsWhereTheSentenceOpens() throws {
        let outlet = try extract("In Moscow, the popular daily Izvestia wrote that the talks had stalled.")
        #expect(outlet.has("izvestia", .locatedIn, "moscow"))
        let members = try extract("In Douma, dozens of volunteers of the Syria Civil Defence searched the rubble on Monday.")
        #expect(members.has("white-helmets", .locatedIn, "douma"))
    }

    @Test func thePlaceMayHaveAnApposition() throws {
        let graph = try extract("In Saraqeb, a market town on the main highway, residents said the bakery was shut.")
        #expect(graph.has("civilians", .locatedIn, "saraqeb"))
    }

    @Test func aLiveBlogsTimeMayComeFirst() throws {
        let graph = try extract("14:05 -- In Ankara, Turkish Foreign Minister Mevlut Cavusoglu said the talks would continue.")
        #expect(graph.has("mevlut-cavusoglu", .locatedIn, "ankara"))
    }

    @Test func aPossessorOrAnObjectAfterAVerbIsNotTheSubject() throws {
        let possessor = try extract("In Ankara, Erdogan's spokesman said the talks would continue.")
        #expect(!possessor.factLines.contains { $0.contains("-located-in-> ankara") })
        let object = try extract("In Geneva, diplomats said Russian jets bombed the rebels.")
        #expect(!object.factLines.contains { $0.contains("-located-in-> geneva") })
    }
}
