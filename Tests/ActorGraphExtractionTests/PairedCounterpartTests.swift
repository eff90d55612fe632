import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// A role named with coordinated owners' adjectives and followed by as many coordinated persons
/// ("his Jordanian and Egyptian counterparts, A and B") pairs them in order, with the bundled
/// lexicon (sentences written for these tests).
@Suite("Coordinated owners and persons of one role")
struct PairedCounterpartTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func ownersAndPersonsPairInOrder() throws {
        let graph = try extract("The minister hosted his Jordanian and Egyptian counterparts, Karim Mansour and Omar Farouk, in Riyadh on Sunday.")
        #expect(graph.has("karim-mansour", .memberOf, "jordan"))
        #expect(graph.has("omar-farouk", .memberOf, "egypt"))
        #expect(!graph.has("karim-mansour", .memberOf, "egypt"))
    }

    @Test func unequalCountsPairNoOne() throws {
        let graph = try extract("The minister hosted his Jordanian and Egyptian counterparts, Karim Mansour, in Riyadh on Sunday.")
        #expect(!graph.has("karim-mansour", .memberOf, "egypt"))
        #expect(!graph.has("karim-mansour", .memberOf, "jordan"))
    }
}
