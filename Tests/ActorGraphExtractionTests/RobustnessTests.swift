import ActorGraph
@testable import ActorGraphExtraction
import ActorGraphTestSupport
import Foundation
import Testing

@Suite("Robustness on hostile input")
struct RobustnessTests {
    let extractor: Extractor

    init() throws {
        extractor = Extractor(lexicon: try TestLexicon.lexicon())
    }

    /// Every mention and evidence span of `graph` equals its slice of `text`.
    func expectProvenance(_ graph: ActorGraph, _ text: String) {
        let scalars = Array(SourceDocument(id: "x", text: text).scalars)
        func check(_ span: TextSpan) {
            guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else {
                Issue.record("span out of range: \(span)"); return
            }
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
        for node in graph.nodes { node.mentions.forEach(check) }
        for edge in graph.edges { edge.evidence.forEach(check) }
    }

    @Test(arguments: ["", " ", "\n\n\n", "\"", "\u{0}\u{0}Aleppo\u{0}", "“unbalanced quote about Russia", "\"\"\"\"", "''''", "date 2016-13-99\n"])
    func degenerateTextsGiveAResult(text: String) {
        let graph = extractor.extract(SourceDocument(id: "d.txt", text: text)).graph
        expectProvenance(graph, text)
    }

    @Test func manyQuotesInOneFile() {
        let text = String(repeating: "\"The army pounded Hanano again today,\" said Rami Nasser. ", count: 2_000)
        let result = extractor.extract(SourceDocument(id: "q.txt", text: text))
        #expect(result.graph.nodes.filter { $0.kind == .statement }.count == 1)
        #expect(result.graph.edges.first { $0.relation == .said }?.weight == 2_000)
    }

    @Test func deeplyRepeatedNames() {
        let text = String(repeating: "Russia Russia Aleppo Aleppo Hezbollah ", count: 4_000)
        let graph = extractor.extract(SourceDocument(id: "r.txt", text: text)).graph
        #expect(graph.node(withID: "russia")?.mentions.count == 8_000)
    }

    @Test func aLongTranscriptOfManySpeakers() {
        // Thousands of labelled turns: each speaker is looked up in tables built once.
        let text = "\"We are here,\" said Rami Nasser.\n" + (0..<3_000).map { "SPEAKER\($0): The army pounded Hanano again.\nRAMI NASSER: We saw it.\n" }.joined()
        let result = extractor.extract(SourceDocument(id: "t.txt", text: text))
        #expect(result.graph.edges.filter { $0.relation == .said }.map(\.weight).reduce(0, +) == 3_001)
    }

    @Test func oneLongLineWithoutBreaks() {
        let text = String(repeating: "the army shelled Hanano and rebels fought back ", count: 5_000)
        let result = extractor.extract(SourceDocument(id: "l.txt", text: text))
        #expect(result.graph.has("assad-forces", .shells, "hanano"))
    }

    @Test func aCreditInsideOneLongLineDoesNotSilenceTheArticle() {
        // Articles pasted with no line breaks: the credit sentence is no paragraph of its own.
        let article = "The army shelled Hanano. Rebels fought back. Additional reporting by Ann Lee in Beirut; editing by Tom Roe. "
        let text = String(repeating: article, count: 200)
        let graph = extractor.extract(SourceDocument(id: "c.txt", text: text)).graph
        #expect(graph.has("assad-forces", .shells, "hanano"))
        // A credit on a line of its own is still skipped.
        let lines = extractor.extract(SourceDocument(id: "d.txt", text: "The army shelled Hanano.\nAdditional reporting by Ann Lee in Beirut; editing by Tom Roe\n")).graph
        #expect(lines.node(withID: "beirut") == nil)
    }

    @Test func binaryDataIsRejectedOrReadLossily() throws {
        var generator = SplitMix(seed: 42)
        let bytes = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: DocumentReadError.self) { try DocumentReader().decode(Data(bytes), id: "bin.txt") }
        let doc = try DocumentReader(lossy: true).decode(Data(bytes), id: "bin.txt")
        let graph = extractor.extract(doc).graph
        expectProvenance(graph, String(String.UnicodeScalarView(doc.scalars)))
    }

    /// Token ranges built from two positions that crossed: in all-capital text a discovered name
    /// swallows the verb or role noun ("KREMLIN BACKS THE … COMMITTEE"), so the mention after the cue
    /// starts before it; a line break right after ", including" or inside "forces of X" put a
    /// lookahead past the end of its sentence. Each of these texts used to stop the process.
    @Test(arguments: [
        "NADIA KARIM, A MEMBER OF THE ALEPPO MEDIA CENTER, SAID THE CLINIC WAS HIT.",
        "THE KREMLIN BACKS THE NORTHERN DEFENCE COMMITTEE.",
        "Fighting spread across Syria,\nincluding in Aleppo.",
        "Russia backs the army and Iran,\nincluding its militias.",
        "The army moved on the regime forces\nof Assad attacked the rebels in Aleppo.",
    ])
    func crossedTokenRangesGiveAResult(text: String) throws {
        let graph = extractor.extract(SourceDocument(id: "c.txt", text: text)).graph
        expectProvenance(graph, text)
        try graph.validate()
        // A mention never runs across a sentence end ("forces⏎of Assad").
        for node in graph.nodes { for mention in node.mentions { #expect(!mention.text.contains("\n"), "\(mention)") } }
    }

    @Test func fuzzRandomTextKeepsProvenance() {
        var generator = SplitMix(seed: 7)
        let alphabet: [String] = ["Russia", "Aleppo", "\"", "“", "”", "'", "’", ",", ".", " ", "\n", "said", "backed", "by", "-", "held", "rebels",
                                  "Hanano", "é", "🚀", "\u{0}", "Mr.", "the", "east", "of", "the city", "Assad", "'s", "forces", "fled", "to", "he"]
        for _ in 0..<300 {
            let count = Int(generator.next() % 80)
            let text = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined(separator: generator.next() % 3 == 0 ? "" : " ")
            let graph = extractor.extract(SourceDocument(id: "f.txt", text: text)).graph
            expectProvenance(graph, text)
            #expect((try? graph.validate()) != nil)
        }
    }

    /// Realistic sentences in upper case, lower case, random case and title case, joined by spaces
    /// or line breaks: the case rules of name discovery meet every relation pattern.
    @Test func fuzzCaseMangledSentencesKeepProvenance() {
        let sentences = [
            "Layla Haddad, a member of the Hanano Relief Council, said the bakery had closed.",
            "Russia backs the army and Iran, including its militias in the north.",
            "Rebel fighters clashed with government forces near the old souk on Tuesday.",
            "The regime forces of President Assad pounded Sheikh Maqsoud for a third night.",
            "Families fled to Idlib after the army captured Hanano, residents told Reuters.",
            "\"We will not leave our homes,\" said Omar Tarif, a medic with the Aleppo Civil Defence Center.",
            "Iranian-backed militias advanced into the rebel-held east, the UN said.",
            "Washington supported the talks, but the Kremlin attacked the plan as naive.",
            "Kurdish forces hold the northern districts of Aleppo, as do rebels in the south.",
            "An official of the Syrian regime negotiated with the opposition in Geneva.",
        ]
        var generator = SplitMix(seed: 2016)
        func mangle(_ text: String) -> String {
            switch generator.next() % 4 {
            case 0: return text.uppercased()
            case 1: return text.lowercased()
            case 2: return String(text.map { generator.next() % 2 == 0 ? Character($0.uppercased()) : Character($0.lowercased()) })
            default: return text.split(separator: " ", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            }
        }
        for _ in 0..<300 {
            let count = 1 + Int(generator.next() % 4)
            let text = (0..<count).map { _ in
                mangle(sentences[Int(generator.next() % UInt64(sentences.count))]) + (generator.next() % 3 == 0 ? "\n" : " ")
            }.joined()
            let graph = extractor.extract(SourceDocument(id: "m.txt", text: text)).graph
            expectProvenance(graph, text)
            #expect((try? graph.validate()) != nil)
        }
    }
}

