import ActorGraph
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite("Mentions, relations and statements")
struct ExtractionTests {
    @Test(arguments: ["", "We WILL stay.", "“We will NOT leave,” he said — ‘never’…", "ΟΔΟΣ Σ", "Über “ALLES”", "\u{2070}\u{2071}X"])
    func statementIDsHashTheLowercasedQuote(quote: String) {
        let expected = "statement-" + SHA256.hexDigest(of: Array(("assad" + "\u{0}" + quote.lowercased()).utf8)).prefix(12)
        #expect(DocumentGraphBuilder.statementID(speaker: "assad", quote: quote) == expected)
    }

    @Test func aliasesResolveToOneNodeWithExactSpans() throws {
        let text = "Moscow said the Kremlin would keep helping. Russia denied it."
        let graph = try TestLexicon.extract(text)
        let russia = try #require(graph.node(withID: "russia"))
        #expect(russia.mentions.map(\.text) == ["Moscow", "the Kremlin", "Russia"])
        let scalars = Array(text.unicodeScalars)
        for span in russia.mentions {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
    }

    @Test func acronymsNeedCapitals() throws {
        let graph = try TestLexicon.extract("Let us hope the US and the UN act.")
        #expect(graph.node(withID: "united-states")?.mentions.map(\.text) == ["US"])
        #expect(graph.node(withID: "un") != nil)
    }

    @Test func transliterationVariantsMatch() throws {
        let graph = try TestLexicon.extract("Families reached Sheikh Maksoud and then Cheikh Maqsood on foot.")
        #expect(graph.node(withID: "sheikh-maqsoud")?.mentions.count == 2)
    }

    @Test func unknownNamesAreTypedByContext() throws {
        let text = """
        Farid Haddad, a spokesman for the Sultan Brigade, said the rebels held the Karm district.
        The Hama Relief Center counted the dead, attorney Lina Khoury added.
        """
        let graph = try TestLexicon.extract(text)
        #expect(graph.node(withID: "farid-haddad")?.category == .person)
        #expect(graph.node(withID: "sultan-brigade")?.category == .armedGroup)
        #expect(graph.node(withID: "karm")?.category == .district)
        #expect(graph.node(withID: "hama-relief-center")?.category == .organization)
        #expect(graph.node(withID: "lina-khoury")?.category == .person)
        #expect(graph.has("farid-haddad", .spokespersonFor, "sultan-brigade"))
    }

    @Test func shortFormsResolveToTheFullName() throws {
        let graph = try TestLexicon.extract("Omar Farouk, a trader, stayed behind. Later Farouk said he was tired of waiting.")
        #expect(graph.node(withID: "omar-farouk")?.mentions.count == 2)
        #expect(graph.node(withID: "farouk") == nil)
    }

    @Test func activePassiveAndCompoundForms() throws {
        let text = """
        Russian jets pounded Hanano on Sunday.
        Hezbollah, backed by Iran, fought the rebels.
        The Iranian-backed militias and Hezbollah supported the army.
        Civilians fled the rebel-held east of Aleppo for Sheikh Maqsoud, a Kurdish-controlled enclave.
        """
        let graph = try TestLexicon.extract(text)
        #expect(graph.has("russia", .attacks, "hanano"))
        #expect(graph.has("iran", .backs, "hezbollah"))
        #expect(graph.has("hezbollah", .fights, "rebels"))
        #expect(graph.has("hezbollah", .supports, "assad-forces"))
        #expect(graph.has("rebels", .holds, "east-aleppo"))
        #expect(graph.has("civilians", .fleesFrom, "east-aleppo"))
        #expect(graph.has("kurdish-forces", .controls, "sheikh-maqsoud") || graph.factLines.contains { $0.contains("controls") })
    }

    @Test func negationAndModalityGiveNoFact() throws {
        let text = "Turkey did not back the rebels. The Americans may back the opposition soon. Iran never attacked Aleppo."
        var lexicon = try TestLexicon.lexicon()
        try lexicon.add(yaml: "actors:\n  - id: turkey\n    name: Turkey\n    category: state\n")
        let graph = Extractor(lexicon: lexicon).extract(SourceDocument(id: "n.txt", text: text)).graph
        #expect(!graph.has("turkey", .backs, "rebels"))
        #expect(!graph.has("united-states", .backs, "rebels"))
        #expect(!graph.has("iran", .attacks, "aleppo"))
    }

    @Test func coordinatedSubjectsAndObjects() throws {
        let graph = try TestLexicon.extract("Kurdish forces and Hezbollah hold Hanano and Sheikh Maqsoud.")
        for source in ["kurdish-forces", "hezbollah"] {
            for target in ["hanano", "sheikh-maqsoud"] {
                #expect(graph.has(source, .holds, target), "\(source) holds \(target)")
            }
        }
    }

    @Test func possessivePatronsAndLeaderForces() throws {
        let text = "President Assad's troops advanced into Hanano. Assad's patrons, Russia and Iran, stayed silent."
        let graph = try TestLexicon.extract(text)
        #expect(graph.has("bashar-al-assad", .leaderOf, "assad-forces"))
        #expect(graph.has("assad-forces", .advancesInto, "hanano"))
        #expect(graph.has("russia", .backs, "bashar-al-assad"))
        #expect(graph.has("iran", .backs, "bashar-al-assad"))
    }

    @Test func quotesWithSpeakersBeforeAfterAndByPronoun() throws {
        let text = """
        "We will not leave our homes," said Rami Nasser, a medic in Aleppo.
        "Nobody can reach us now," he said. "The roads are cut."
        Moscow told Reuters: "Our jets hit only armed groups in the city."
        The UN said the plan amounted to "starving people out of their homes."
        Everyone called it a "truce" that day.
        """
        let graph = try TestLexicon.extract(text)
        let said = graph.edges.filter { $0.relation == .said }
        let bySpeaker = Dictionary(grouping: said, by: \.source).mapValues { $0.count }
        #expect(bySpeaker["rami-nasser"] == 3)
        #expect(bySpeaker["russia"] == 1)
        #expect(bySpeaker["un"] == 1)
        #expect(graph.nodes.filter { $0.kind == .statement }.count == 5)
        #expect(!graph.nodes.contains { $0.quote == "truce" })
        #expect(graph.has("rami-nasser", .memberOf, "aleppo") == false)
        // Statement spans equal their text and the reporter is not an actor.
        #expect(graph.node(withID: "reuters") == nil)
        let statement = try #require(graph.nodes.first { $0.quote?.hasPrefix("Our jets") == true })
        #expect(graph.edges.contains { $0.source == statement.id && $0.relation == .about && $0.target == "aleppo" })
    }

    @Test func quotesSpanningParagraphs() throws {
        let text = "Leila Haddad, an activist, described the night.\n\n\"The bombing went on for hours.\n\n\"Then it stopped and we counted the dead,\" she said.\n"
        let graph = try TestLexicon.extract(text)
        // One statement per paragraph, both the speaker's (who is named after the second).
        let statements = graph.nodes.filter { $0.kind == .statement }
        #expect(statements.compactMap(\.quote).sorted() == ["The bombing went on for hours.", "Then it stopped and we counted the dead"])
        #expect(statements.allSatisfy { statement in graph.edges.contains { $0.source == "leila-haddad" && $0.relation == .said && $0.target == statement.id } })
    }

    @Test func aQuoteReopenedForAFewWordsStaysOneStatement() throws {
        // A paragraph of fewer than three quoted words is no quote of its own: the quotation is one.
        let text = "Omar Khatib, a baker, described the morning.\n\n\"The flour ran out before dawn and the queue would not move.\n\n\"Nothing,\" he said.\n"
        let graph = try TestLexicon.extract(text)
        let statements = graph.nodes.filter { $0.kind == .statement }
        #expect(statements.count == 1)
        #expect(statements.first?.quote?.contains("queue would not move") == true)
        #expect(statements.first?.quote?.hasSuffix("Nothing") == true)
    }

    @Test func unnamedSpeakersBecomeLocalPersons() throws {
        let graph = try TestLexicon.extract("\"We have nothing left to eat,\" one rebel commander told Reuters.")
        let speaker = try #require(graph.edges.first { $0.relation == .said }?.source)
        #expect(speaker.hasPrefix("unnamed-"))
        #expect(graph.node(withID: speaker)?.label == "one rebel commander")
        #expect(graph.has(speaker, .memberOf, "rebels"))   // one of its commanders, not its leader
    }

    @Test func creditsAreNotActors() throws {
        let graph = try TestLexicon.extract("The army took Hanano.\n\nInformation for this article was contributed by Jane Doe and John Roe of Reuters.")
        #expect(graph.node(withID: "jane-doe") == nil)
    }

    @Test func bundledLexiconLoadsAndIsBroad() throws {
        let lexicon = try Lexicon.bundled()
        let actors = lexicon.entities.values.filter { $0.kind == .actor }
        let places = lexicon.entities.values.filter { $0.kind == .place }
        #expect(actors.count >= 100)
        #expect(places.count >= 60)
        #expect(lexicon.relationCues.count >= 15)
        #expect(lexicon.quoteVerbs.contains("said"))
    }

    @Test func lexiconErrorsNameTheFileAndEntry() {
        var lexicon = Lexicon()
        #expect(throws: LexiconError.self) { try lexicon.add(yaml: "actors:\n  - name: X\n    category: planet\n", source: "mine.yaml") }
        do {
            try lexicon.add(yaml: "actors:\n  - name: X\n    category: planet\n", source: "mine.yaml")
        } catch {
            #expect(error.description.hasPrefix("mine.yaml: actors[0] (X)"))
        }
    }

    @Test func aMisspeltLexiconKeyIsAnErrorNotSilence() {
        var lexicon = Lexicon()
        let text = "places:\n  - name: Foo Town\n    category: city\n    partof: aleppo\n"
        #expect(throws: LexiconError.self) { try lexicon.add(yaml: text, source: "mine.yaml") }
        do {
            try lexicon.add(yaml: text, source: "mine.yaml")
        } catch {
            #expect(error.description.hasPrefix("mine.yaml: places[0] (Foo Town): unknown key \"partof\""))
        }
        #expect(throws: LexiconError.self) { try lexicon.add(yaml: "actor:\n  - name: X\n    category: state\n", source: "mine.yaml") }
        // Every key of the documented format is accepted.
        #expect(throws: Never.self) {
            try lexicon.add(yaml: "places:\n  - name: Bar\n    category: city\n    partOf: aleppo\n    descriptions: [town]\n", source: "ok.yaml")
        }
    }
}

