import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Wordings of accusation: a label of reproach in quotation marks ("called the rebels
/// "terrorists"", "the fighters, whom he called "criminals""), a label given in a relative
/// clause inside what a body said ("the ministry said X, which it described as …"), and putting
/// the blame on someone, with the bundled lexicon (sentences written for these tests).
@Suite("Wordings of accusation")
struct AccusationWordingTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func aQuotedLabelAccuses() throws {
        let graph = try extract("Egypt's foreign minister visited Cairo, and Iran called Jaish al-Islam \u{201C}a gang of terrorists\u{201D} on Friday.")
        #expect(graph.has("iran", .accuses, "jaish-al-islam"))
    }

    @Test func aQuotedLabelInARelativeClauseAccuses() throws {
        let graph = try extract("The Syrian foreign ministry said Ahrar al-Sham, which it described as \"extremists\", had cut the water supply.")
        #expect(graph.has("syrian-foreign-ministry", .accuses, "ahrar-al-sham"))
    }

    @Test func aQuotedWordOfPraiseIsNoLabel() throws {
        let graph = try extract("Iran called Hezbollah \"the heroes of the resistance\" at a rally in Tehran.")
        #expect(!graph.has("iran", .accuses, "hezbollah"))
    }

    @Test func aLabellerInARelativeClauseIsNotTheOneItLabels() throws {
        let graph = try extract("Ankara, which considers the YPG an arm of the PKK and calls both \"terrorists\", sent tanks to the border.")
        #expect(!graph.has("ypg", .accuses, "turkey"))
    }

    @Test func aQuotedLabelAfterHeIsThePersons() throws {
        let graph = try extract("Walid al-Muallem spoke in Damascus on Sunday. He said Ahrar al-Sham, whom he called \u{201C}terrorists\u{201D}, would be defeated.")
        #expect(graph.has("walid-al-muallem", .accuses, "ahrar-al-sham"))
    }

    @Test func aNegatedQuotedLabelIsNoAccusation() throws {
        let graph = try extract("Walid al-Muallem spoke in Damascus on Sunday. He said Ahrar al-Sham, whom he did not call \u{201C}terrorists\u{201D}, would join the talks.")
        #expect(!graph.has("walid-al-muallem", .accuses, "ahrar-al-sham"))
    }

    @Test func puttingTheBlameOnSomeoneAccusesThem() throws {
        let graph = try extract("Iran put the blame on Islamic State for the bombing of the shrine.")
        #expect(graph.has("iran", .accuses, "islamic-state"))
    }

    @Test func notPuttingTheBlameIsNoAccusation() throws {
        let graph = try extract("Iran did not put the blame on Islamic State for the bombing of the shrine.")
        #expect(!graph.has("iran", .accuses, "islamic-state"))
    }
}
