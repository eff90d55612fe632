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

    @Test func sentencesFromMarksEqualSentencesFromEveryToken() throws {
        // Abbreviations, initials, ellipses, closing quotes, "?" and "!", a sentence end that
        // starts a line, blank lines and hard-wrapped lines (joined by the tokenizer).
        let wrapped = "The army said on Monday that it had advanced into the eastern districts of\n"
            + "the city, and rebels said they were holding their positions near Nairab.\n"
            + "Fighting went on through the night in the old quarter and the suburbs while\n"
            + "residents fled toward the west and the government-held neighbourhoods.\n"
        let text = "Mr. Kerry met the U.N. envoy. He left... Then J. Smith spoke! Did he? “Yes.” (No.) Dec. 5 came.\n"
            + ".\n\n" + "A headline\n" + "St. Petersburg… Gen. Ali said: “We won.” It was 4.5 km away. Co. Ltd. Inc.\n"
            + wrapped + wrapped
        let document = SourceDocument(id: "s.txt", text: text)
        let index = LexiconIndex(try Lexicon.bundled())
        let tables = TokenTables(document: document, index: index)
        let everyToken = SentenceSplitter.sentences(of: tables.tokens, keys: tables.keys)
        let marked = tables.sentenceMarks.withUnsafeBufferPointer {
            SentenceSplitter.sentences(of: tables.tokens, keys: tables.keys, marks: $0)
        }
        #expect(marked == everyToken)
        #expect(everyToken.count > 10)
    }
}
