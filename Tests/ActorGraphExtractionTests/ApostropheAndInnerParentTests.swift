import ActorGraph
@testable import ActorGraphExtraction
import Testing

/// Names that hold an apostrophe (straight or curly), names between single quotes, and a body's
/// parent named inside its name behind a longer inner name (sentences written for these tests).
@Suite("Apostrophes in names and parents inside names")
struct ApostropheAndInnerParentTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func nameWithStraightApostropheIsFound() throws {
        let graph = try extract("Officials of the Kurdistan Workers' Party denied the report on Tuesday.")
        #expect(graph.node(withID: "pkk")?.kind == .actor)
    }

    @Test func nameWithCurlyApostropheIsFound() throws {
        let graph = try extract("Officials of the Kurdistan Workers\u{2019} Party denied the report on Tuesday.")
        #expect(graph.node(withID: "pkk")?.kind == .actor)
    }

    @Test func nameBetweenSingleCurlyQuotesIsFound() throws {
        let graph = try extract("Residents said the \u{2018}Kurdistan Workers Party\u{2019} had left the valley.")
        #expect(graph.node(withID: "pkk")?.kind == .actor)
    }

    @Test func closingQuoteAfterAPluralIsNoPartOfAName() throws {
        // A plural's apostrophe that no lexicon name continues leaves the name before it alone.
        let graph = try extract("The Kurdistan Workers\u{2019} demands were rejected in Ankara.")
        #expect(graph.node(withID: "pkk") == nil)
    }

    @Test func parentNamedBehindALongerInnerName() throws {
        let graph = try extract("Russian military police patrolled the market of Manbij on Sunday.")
        #expect(graph.has("russian-military-police", .memberOf, "russia"))
        // "Russian military" names the forces, which are not the body's parent.
        #expect(!graph.has("russian-military-police", .memberOf, "russian-forces"))
    }
}

/// An adjective of nationality after a verb of speaking is no person's single name (sentences
/// written for these tests).
@Suite("Adjectives of nationality after a verb of speaking")
struct NationalityAfterSpeechVerbTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func nationalityAfterSaidIsNoPerson() throws {
        let graph = try extract("The envoy said Russian and French engineers would inspect the dam at Tabqa next week.")
        #expect(graph.node(withID: "russian") == nil)
        #expect(!graph.nodes.contains { $0.category == .person && $0.label == "Russian" })
    }

    @Test func singleNameAfterSaidIsStillAPerson() throws {
        // A name the lexicon does not know as an adjective keeps the single-name rule.
        let graph = try extract("The clinic had run out of insulin, said Marwan, who has worked there since 2014.")
        #expect(graph.nodes.contains { $0.category == .person && $0.label == "Marwan" })
    }
}

/// Other wordings of the names of armed camps (sentences written for these tests).
@Suite("Variant names of armed camps")
struct ArmedCampVariantNameTests {
    func extract(_ text: String) throws -> ActorGraph { try BundledLexicon.extract(text) }

    @Test func supportedAndSponsoredAreBackedCamps() throws {
        let graph = try extract("Iranian-supported militias dug in south of Hama, and Turkish-supported rebels crossed into Jinderes. "
            + "Mainstream rebels stayed out of the fighting.")
        #expect(graph.node(withID: "pro-government-militias")?.kind == .actor)
        #expect(graph.node(withID: "turkish-backed-rebels")?.kind == .actor)
        #expect(graph.node(withID: "rebels")?.kind == .actor)
    }
}
