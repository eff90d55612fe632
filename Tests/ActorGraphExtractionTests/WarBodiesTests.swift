import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Bodies of the war's diplomacy, aid and demining in the bundled lexicon, by their full names
/// (sentences written for these tests).
@Suite("Bodies of diplomacy, aid and demining")
struct WarBodiesTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func fullNamesOfTheBodiesAreTheirMentions() throws {
        let graph = try extract("The Russian Centre for Reconciliation of Opposing Sides said 300 fighters had surrendered. "
            + "Sappers of the International Mine Action Centre cleared two schools, while the U.N. humanitarian task force for Syria asked for access. "
            + "The Organization for Security and Co-operation in Europe and the opposition-run health directorate both issued appeals.")
        #expect(graph.node(withID: "russian-reconciliation-centre")?.mentions.first?.text == "Russian Centre for Reconciliation of Opposing Sides")
        #expect(graph.node(withID: "russian-mine-action-centre")?.kind == .actor)
        #expect(graph.node(withID: "un-humanitarian-task-force")?.kind == .actor)
        #expect(graph.node(withID: "osce")?.kind == .actor)
        #expect(graph.node(withID: "aleppo-health-directorate")?.kind == .actor)
    }

    @Test func aTaskForceOfAnotherKindIsNoneOfThem() throws {
        // A military task force is not the U.N.'s humanitarian one.
        let graph = try extract("A joint task force of the coalition struck targets near Raqqa, and a health directorate in Idlib counted the wounded.")
        #expect(graph.node(withID: "un-humanitarian-task-force") == nil)
        #expect(graph.node(withID: "aleppo-health-directorate") == nil)
    }
}
