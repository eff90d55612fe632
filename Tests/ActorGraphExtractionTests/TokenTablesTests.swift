import ActorGraph
@testable import ActorGraphExtraction
import Testing

@Suite("Per-token tables of a document")
struct TokenTablesTests {
    @Test func tablesEqualPlainTokensAndLookUps() throws {
        // Upper-case ASCII, keys of one character, curly quotes and dashes (from the tables of
        // them), non-ASCII words, numbers, possessives, long and unknown words, hard-wrapped lines.
        let text = "ALEPPO, Syria — Assad’s FORCES and Kurdish-led YPG took Şeyh Maqsoud; Ünal’s 4,000 men.\r\n"
            + "École ÉTATS-UNIS ‘x’ – 1.5 don't O'BRIEN'S A a . , Councils COUNCILS Rebels rebel-held “quoted” …\n"
            + "Supercalifragilisticexpialidociousness Xqzzyplorb xqzzyplorb 2016 $ % ( ) ª º\n"
            + String(repeating: "averyveryverylongwordthatgoesonandon", count: 5)
        let document = SourceDocument(id: "t.txt", text: text)
        let index = LexiconIndex(try Lexicon.bundled())
        let tables = TokenTables(document: document, index: index)
        let plain = Tokenizer.keyedTokens(of: document)
        #expect(tables.tokens == plain.tokens)
        #expect(Array(tables.keys) == plain.keys)
        let entries = plain.keys.map { index.vocabulary.entry(of: $0) }
        #expect(tables.keyIDs == entries.map(\.id))
        #expect(tables.pluralIDs == entries.map(\.pluralID))
        #expect(tables.wordClasses.map(\.rawValue) == entries.map { $0.id >= 0 ? index.wordClasses[Int($0.id)].rawValue : 0 })
    }
}
