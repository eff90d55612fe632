import ActorGraph
@testable import ActorGraphExtraction
import Foundation
import Testing

@Suite("Reading and splitting text")
struct ReadingTests {
    @Test func dateLineAndTitleAreRead() {
        let doc = SourceDocument(id: "a.txt", text: "date 2016-12-01\nRebels pull back from Hanano\n\nThe army advanced on Monday.")
        #expect(doc.date == "2016-12-01")
        #expect(doc.title == "Rebels pull back from Hanano")
    }

    @Test func aDateLineCarryingTextHasNoTitle() {
        let doc = SourceDocument(id: "a.txt", text: " date 2016-11-30 BEIRUT -- Rebels lost ground on Tuesday as the army pressed on.")
        #expect(doc.date == "2016-11-30")
        #expect(doc.title == nil)
    }

    @Test func dateLineIsReadInAnyCaseAndOnlyAsAFirstWord() {
        let upper = SourceDocument(id: "a.txt", text: "\u{FEFF}DaTe 2016-12-01\n\nRebels pull back from Hanano\nThe army advanced.")
        #expect(upper.date == "2016-12-01")
        #expect(upper.title == "Rebels pull back from Hanano")
        for text in ["dated 2016-12-01\nRebels pull back", "data 2016-12-01\nRebels pull back", "dat\nRebels pull back",
                     "\u{2003}date 2016-12-01\nRebels pull back", "Rebels pull back\ndate 2016-12-01"] {
            let doc = SourceDocument(id: "a.txt", text: text)
            #expect(doc.date == nil, "\(text)")
        }
        #expect(SourceDocument(id: "a.txt", text: "dated 2016-12-01\nRebels pull back").title == "dated 2016-12-01")
        #expect(DocumentHeader.startsWithDate("DATE") && DocumentHeader.startsWithDate("date 2016"))
        #expect(!DocumentHeader.startsWithDate("dat") && !DocumentHeader.startsWithDate("d\u{E1}te") && !DocumentHeader.startsWithDate("$ate"))
    }

    @Test func headerTestsReadASCIIAsCharacters() {
        // The byte-by-byte reading of ASCII agrees with the character reading of other text.
        for (date, valid) in [("2016-11-28", true), ("2016--11-28", true), ("2016-11-28-", true), ("2016-12-31", true),
                              ("2016-13-01", false), ("2016-00-10", false), ("2016-12-32", false), ("2016-1-28", false),
                              ("201a-11-28", false), ("20161128", false), ("", false)] {
            #expect(DocumentHeader.isISODate(date) == valid, "\(date)")
            #expect(DocumentHeader.isISODate(date + "\u{301}") == false, "\(date) with a combining accent")
        }
        let long = String(repeating: "word ", count: 40)
        for (line, headline) in [("Rebels pull back from Hanano", true), ("Rebels pull back.", false), ("One", false), ("", false),
                                 ("Two  words", true), (" lone ", false), (String(long.prefix(160)), true), (String(long.prefix(161)), false),
                                 (String(repeating: "a ", count: 41) + "?", false), (String(repeating: "a ", count: 39) + "?", true)] {
            #expect(DocumentHeader.looksLikeHeadline(line) == headline, "\(line)")
            // With a non-ASCII letter for its first letter, the line reads the same character by character.
            guard let first = line.first, first != " " else { continue }
            #expect(DocumentHeader.looksLikeHeadline("é" + line.dropFirst()) == headline, "é\(line.dropFirst())")
        }
    }

    @Test func invalidUTF8NamesTheFileAndOffset() {
        var bytes = Array("Aleppo ".utf8)
        bytes.append(0xFF)
        bytes += Array(" more".utf8)
        do {
            _ = try DocumentReader().decode(Data(bytes), id: "bad.txt", path: "in/bad.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("in/bad.txt"))
            #expect(error.description.contains("offset 7"))
        }
        let lossy = try? DocumentReader(lossy: true).decode(Data(bytes), id: "bad.txt")
        #expect(lossy?.scalars.contains("\u{FFFD}") == true)
    }

    @Test func aTextLongerThanTheLimitIsRefusedWithItsSize() throws {
        // A lossy decoding is checked after decoding: three bad bytes become nine bytes of U+FFFD.
        let reader = DocumentReader(lossy: true, maximumByteCount: 8)
        #expect(try reader.decode(Data("12345678".utf8), id: "ok.txt").scalars.count == 8)
        do {
            _ = try reader.decode(Data([0xFF, 0xFF, 0xFF]), id: "big.txt", path: "in/big.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.problem == .tooLarge(byteCount: 9, limit: 8))
            #expect(error.description.hasPrefix("in/big.txt: too large to extract (9 bytes of text, at most 8)"))
        }
        #expect(DocumentReader(maximumByteCount: .max).maximumByteCount == DocumentReader.addressableByteCount)
    }

    @Test func offsetsCountUnicodeScalarsLikePython() throws {
        // The BOM stays as scalar 0, emoji count as one scalar, CRLF reads as one newline.
        let text = "\u{FEFF}🚀 Russia\r\nbacks Assad."
        let doc = try DocumentReader().decode(Data(text.utf8), id: "o.txt")
        let tokens = Tokenizer.tokens(of: doc.scalars)
        let russia = try #require(tokens.first { $0.text(in: doc.scalars) == "Russia" })
        #expect(russia.start == 3 && russia.end == 9)
        #expect(doc.text(from: russia.start, to: russia.end) == "Russia")
        let backs = try #require(tokens.first { $0.text(in: doc.scalars) == "backs" })
        #expect(backs.start == 10)
    }

    @Test(arguments: ["", "a", "\r", "\r\r\n", "x\r", "Ab\r\ncd\re\n", "é€🚀ж\r\n\u{FEFF}ü", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func documentScalarsAndSlicesMatchTheScalarView(text: String) {
        // Line ends read as Python's text mode reads them: CRLF and a lone CR are one "\n".
        var expected: [Unicode.Scalar] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\r" {
                expected.append("\n")
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            } else {
                expected.append(scalars[i])
            }
            i += 1
        }
        let doc = SourceDocument(id: "d.txt", text: text)
        #expect(doc.scalars == expected)
        for start in 0...expected.count {
            for end in start...expected.count {
                #expect(doc.text(from: start, to: end) == String(String.UnicodeScalarView(expected[start..<end])))
            }
        }
    }

    @Test func documentTokensEqualScalarTokens() {
        // The document path reads keys off UTF-8 bytes; the scalar path off strings.
        let text = "ALEPPO, Syria — Assad’s FORCES and Kurdish-led YPG took Şeyh Maqsoud; Ünal’s 4,000 men.\r\nÉcole ÉTATS-UNIS ‘x’ – 1.5 don't O'BRIEN'S"
        // Every scalar whose key is looked up in a table, alone and between letters.
        let punctuation = (Array(0xA0..<0xC0) + Array(0x2000..<0x2070)).compactMap { Unicode.Scalar(UInt32($0)) }
            .map { scalar in " \(scalar) a\(scalar)b Ab\(scalar)S \(scalar)\(scalar)x" }.joined()
        let document = SourceDocument(id: "t.txt", text: text + punctuation)
        let (tokens, keys) = Tokenizer.keyedTokens(of: document)
        #expect(tokens == Tokenizer.tokens(of: document.scalars))
        #expect(keys == Tokenizer.keyedTokens(of: document.scalars).keys)
        #expect(keys == tokens.map { Tokenizer.normalizedKey($0.text(in: document.scalars)) })
    }

    @Test func possessivesAreSplitAndNamesKept() {
        let scalars = Array("Assad’s forces, O'Brien's men and al-Zinki don't".unicodeScalars)
        let (tokens, keys) = Tokenizer.keyedTokens(of: scalars)
        #expect(tokens.map { $0.text(in: scalars) } == ["Assad", "’s", "forces", ",", "O'Brien", "'s", "men", "and", "al", "-", "Zinki", "don't"])
        #expect(keys[1] == "'s")
        #expect(tokens[9].isMark("-") && !tokens[8].isMark("-"))
    }

    @Test func sentencesSurviveAbbreviationsAndEllipses() {
        let text = "Mr. Kerry met the U.N. envoy in Geneva. Gen. Smith said the talks would go on... but nobody knew. \"It is over.\" He left."
        let (tokens, keys) = Tokenizer.keyedTokens(of: Array(text.unicodeScalars))
        let sentences = SentenceSplitter.sentences(of: tokens, keys: keys)
        let texts = sentences.map { s in String(String.UnicodeScalarView(Array(text.unicodeScalars)[s.start..<s.end])) }
        #expect(texts == ["Mr. Kerry met the U.N. envoy in Geneva.",
                          "Gen. Smith said the talks would go on... but nobody knew.",
                          "\"It is over.\"",
                          "He left."])
    }

    @Test func everyLineBreakEndsASentence() {
        let (tokens, keys) = Tokenizer.keyedTokens(of: Array("A headline without a stop\nThe body starts here.".unicodeScalars))
        #expect(SentenceSplitter.sentences(of: tokens, keys: keys).count == 2)
    }

    @Test func hardWrappedLinesAreJoinedIntoSentences() throws {
        // Text broken into lines of about one width, paragraphs between blank lines.
        let text = """
            Government forces and their allies pushed into the
            Sakhour district on Monday, and residents said that
            rebels abandoned Hanano during the night.

            Iraqi militias were deployed near the Nairab airport
            while Hezbollah fighters were seen in Sakhour.
            """
        let (tokens, keys) = Tokenizer.keyedTokens(of: Array(text.unicodeScalars))
        #expect(SentenceSplitter.sentences(of: tokens, keys: keys).count == 2)
        let graph = try BundledLexicon.extract("date 2016-11-28\nAdvance\n\n" + text)
        #expect(graph.has("rebels", .fleesFrom, "masaken-hanano"))
        #expect(graph.has("hezbollah", .locatedIn, "sakhour"))
    }

    @Test func shortLinesAndLinesEndingASentenceKeepTheirBreaks() {
        // One paragraph per line, a title and a byline: nothing to join.
        let text = "Rebels lose ground in the north of the city\nBy a staff writer\nThe army advanced in Aleppo, officials said.\nResidents fled."
        let (tokens, keys) = Tokenizer.keyedTokens(of: Array(text.unicodeScalars))
        #expect(SentenceSplitter.sentences(of: tokens, keys: keys).count == 4)
        // Wrapped text keeps a short title line and the break after a full stop.
        let wrapped = "Rebels lose ground\nGovernment forces and their allies pushed into\nthe Sakhour district on Monday, and residents said that\nrebels abandoned Hanano during the night.\nThe army took it."
        let (wrappedTokens, wrappedKeys) = Tokenizer.keyedTokens(of: Array(wrapped.unicodeScalars))
        #expect(SentenceSplitter.sentences(of: wrappedTokens, keys: wrappedKeys).count == 3)
    }

    @Test func aDatelineCityIsAPlaceEvenWhereItsNameStandsForTheGovernment() throws {
        let graph = try BundledLexicon.extract("date 2016-12-17 DAMASCUS -- Damascus rejected the plan on Saturday.")
        #expect(graph.node(withID: "damascus")?.mentions.map(\.text) == ["DAMASCUS"])
        #expect(graph.node(withID: "syrian-government")?.mentions.map(\.text) == ["Damascus"])
    }
}

