import ActorGraph
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite("Evaluation against gold annotations")
struct EvaluationTests {
    let gold = """
    {"document": "e.txt", "date": null,
     "actors": [{"id": "russia", "name": "Russia", "kind": "state", "aliases": ["Moscow"]},
                {"id": "assad-forces", "name": "Syrian government forces", "kind": "armed-group", "aliases": ["the army"]},
                {"id": "rami", "name": "Rami Nasser", "kind": "person", "aliases": []}],
     "places": [{"id": "hanano", "name": "Hanano", "kind": "neighbourhood", "aliases": []},
                {"id": "aleppo", "name": "Aleppo", "kind": "city", "aliases": []}],
     "relations": [{"source": "russia", "type": "supports", "target": "assad-forces", "class": "cooperation", "evidence": "x"},
                   {"source": "assad-forces", "type": "captures", "target": "hanano", "class": "control", "evidence": "x"},
                   {"source": "hanano", "type": "part-of", "target": "aleppo", "class": "location", "evidence": "x"}],
     "statements": [{"speaker": "rami", "quote": "We are leaving tonight", "evidence": "x"}]}
    """

    func goldDocument() throws -> GoldDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("e.gold.json")
        try Data(gold.utf8).write(to: file)
        #expect(try GoldDocument.files(in: folder) == [file])
        return try GoldDocument(contentsOf: file)
    }

    @Test func scoresLikeTheReferenceScorer() throws {
        let text = "Moscow backed the army as it captured Hanano. \"We are leaving tonight,\" said Rami Nasser, a resident."
        let graph = try TestLexicon.extract(text, id: "e.txt")
        let evaluation = Evaluation(graph: graph, gold: [try goldDocument()])
        let actors = try #require(evaluation.counts["actors"])
        #expect(actors.truePositives == 3)
        let statements = try #require(evaluation.counts["statements"])
        #expect(statements.truePositives == 1 && statements.falsePositives == 0)
        let relations = try #require(evaluation.counts["relations"])
        #expect(relations.truePositives >= 2)
        #expect(relations.falseNegatives == 3 - relations.truePositives)
        #expect(evaluation.table.contains("actors             P=1.000 R=1.000 F1=1.000"))
    }

    @Test func normalisationMatchesTheScorer() {
        #expect(Evaluation.normalised("The Kremlin’s") == "kremlin")
        #expect(Evaluation.normalised("  Sheikh-Maqsoud  district ") == "sheikh maqsoud district")
        #expect(Evaluation.normalised("Türkiye") == "turkiye")
    }

    @Test func aBadGoldFileNamesThePath() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-eval-bad-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("b.gold.json")
        try? Data(#"{"document": "b.txt", "relations": [{"source": "a"}]}"#.utf8).write(to: file)
        do {
            _ = try GoldDocument(contentsOf: file)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("b.gold.json: $.relations[0].type"))
        }
    }

    @Test func validityDatesLimitLexiconEntries() throws {
        var lexicon = try TestLexicon.lexicon()
        try lexicon.add(yaml: """
        actors:
          - id: donald-trump
            name: Donald Trump
            category: person
            aliases: [President Trump, Trump]
            validFrom: 2017-01-20
        """)
        let extractor = Extractor(lexicon: lexicon)
        let before = extractor.extract(SourceDocument(id: "a.txt", text: "date 2016-11-20\nTrump spoke about Aleppo.")).graph
        let after = extractor.extract(SourceDocument(id: "b.txt", text: "date 2017-03-01\nTrump spoke about Aleppo.")).graph
        #expect(before.node(withID: "donald-trump") == nil)
        #expect(after.node(withID: "donald-trump") != nil)
    }
}
