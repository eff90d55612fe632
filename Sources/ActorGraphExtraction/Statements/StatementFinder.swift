import ActorGraph

/// Finds direct quotations and who said them.
///
/// Straight or curly, double or single quotes; quotes that run over several paragraphs (a
/// paragraph left open and the next one opening again); attribution after the quote ("…," said
/// X / X said / he said / X told CNN) or before it (X said: "…" / according to X, "…" / …,
/// saying: "…"); pronouns resolved to the last named speaker; a second quote in the same paragraph
/// keeps the speaker of the first. Scare quotes of one or two words ("militants", "a noose") are
/// not statements.
struct StatementFinder {
    let analysis: DocumentAnalysis
    let tokens: [Token]
    let keys: TokenKeys

    init(analysis: DocumentAnalysis) {
        self.analysis = analysis
        self.tokens = analysis.tokens
        self.keys = analysis.keys
    }

    struct QuoteSpan {
        var open: Int      // token index of the opening mark
        var close: Int     // token index of the closing mark (or one past the last quoted token)
        var closed: Bool
    }

    func run() {
        let spans = quoteSpans()
        findReportedSpeakers(outside: spans)
        // (About one statement for each quotation: room for them at the first, rather than a
        // list regrown as they are found.)
        analysis.statements.reserveCapacity(analysis.statements.count + spans.count)
        let skipped = SkippedParagraphs(analysis.skippedParagraphs)
        var previous: (speaker: String, paragraph: Int, close: Int)?
        for span in spans {
            let inner = (span.open + 1)..<span.close
            var words = 0
            for t in inner where tokens[t].isWordLike { words += 1 }
            // One or two words in quotes are scare quotes ("militants", "a noose"), not statements.
            guard words >= 3, !inner.isEmpty else { continue }
            let openParagraph = paragraph(of: span.open)
            if skipped.contains(openParagraph) { continue }
            var speaker = speakerAfter(span) ?? speakerBefore(span)
            // "P said that K had "…," state media reported": an outlet after the quote only
            // carries the words of the person who says them before it.
            if let after = speaker, analysis.category(of: after.0) == .media, let before = speakerBefore(span),
               analysis.category(of: before.0) == .person {
                speaker = (before.0, after.1)
            }
            // "called the rebels "terrorist groups"", "condemned the strikes as an "act of aggression"".
            if speaker == nil { speaker = characterisingSpeaker(before: span) }
            // "Her husband, Abu Yamen, shakes his head. "Don't say that."": a quote right after a
            // sentence of the same paragraph whose subject is a person is that person's.
            if speaker == nil, let actor = personActing(before: span) { speaker = (actor, span.close) }
            if speaker == nil, let previous, previous.paragraph >= openParagraph - 1,
               !(previous.close..<span.open).contains(where: { tokens[$0].startsLine && $0 > previous.close + 1 && paragraph(of: $0) != openParagraph }) || previous.paragraph == openParagraph {
                speaker = (previous.speaker, span.close)
            }
            guard let (speakerID, attributionEnd) = speaker else { continue }
            let firstSentence = Int(analysis.sentenceOfToken[span.open])
            let lastToken = min(max(attributionEnd, span.close), tokens.count - 1)
            let lastSentence = Int(analysis.sentenceOfToken[lastToken])
            // A quotation over several paragraphs is one statement per paragraph, each with the
            // whole quotation and its attribution as evidence.
            let parts = paragraphParts(of: inner)
            for p in 0..<(parts?.count ?? 1) {
                let part = parts?[p] ?? inner
                let quoteStart = tokens[part.lowerBound].start
                var lastQuoted = part.upperBound - 1
                while lastQuoted > part.lowerBound, analysis.isKey(lastQuoted, .comma, .colon) { lastQuoted -= 1 }
                let quoteEnd = tokens[lastQuoted].end
                let quote = cleanedQuote(from: quoteStart, to: quoteEnd)
                let evidenceStart = min(analysis.sentences[firstSentence].start, tokens[inner.lowerBound].start)
                let evidenceEnd = max(analysis.sentences[lastSentence].end, quoteEnd)
                let about = entities(in: part, besides: speakerID)
                analysis.statements.append(FoundStatement(speaker: speakerID, quote: quote, quoteStart: quoteStart, quoteEnd: quoteEnd,
                                                          evidenceStart: evidenceStart, evidenceEnd: evidenceEnd, about: about))
            }
            previous = (speakerID, paragraph(of: span.close), span.close)
        }
        findTranscriptTurns(outside: spans)
    }

    /// The quoted tokens `inner` of one quotation cut into its paragraphs: a quotation left open
    /// at a paragraph's end and opened again by a quote mark starting the next paragraph reads as
    /// one quotation, but each paragraph is a quote of its own ("…bread.\n\n“We are rescuers…”").
    /// The marks that reopen a paragraph belong to no part. A quotation within one paragraph, or
    /// one with a part of fewer than three words, is one part: then the answer is nil (the
    /// usual case, which makes no list).
    func paragraphParts(of inner: Range<Int>) -> [Range<Int>]? {
        var parts: [Range<Int>] = []
        var start = inner.lowerBound
        for t in inner where tokens[t].startsLine && t > start {
            // (A token of one scalar: its first, which it holds.)
            let mark: Unicode.Scalar = tokens[t].end - tokens[t].start == 1 ? tokens[t].first : "\u{0}"
            guard mark == "\"" || mark == "\u{201C}", t + 1 < inner.upperBound else { continue }
            parts.append(start..<t)
            start = t + 1
        }
        guard !parts.isEmpty else { return nil }
        parts.append(start..<inner.upperBound)
        for part in parts where part.filter({ tokens[$0].isWordLike }).count < 3 { return nil }
        return parts
    }

    private func paragraph(of token: Int) -> Int {
        analysis.sentences[Int(analysis.sentenceOfToken[min(token, tokens.count - 1)])].paragraph
    }

    /// The ids of the entities mentioned in `tokens` other than `speaker`, sorted, each once:
    /// what the statement is about.
    func entities(in tokens: some Sequence<Int>, besides speaker: String) -> [String] {
        // The tokens of one mention follow each other: its id is looked up once per run. Sorted
        // (stably) and compacted, the ids are what `Set(ids).sorted()` gives: each run of equal
        // ids keeps its first, as the set keeps the first inserted.
        var ids: [String] = []
        var previous: Int32 = -1
        // (The table is read from a local copy: through the analysis, each read went back to
        // the object for it.)
        let mentionCovering = analysis.mentionCovering
        for t in tokens {
            let m = mentionCovering[t]
            guard m >= 0, m != previous else { continue }
            previous = m
            let entity = analysis.id(of: analysis.mentions[Int(m)])
            guard entity != speaker else { continue }
            // (Room for a quotation's few entities at the first: the list is not regrown one
            // element at a time.)
            if ids.isEmpty { ids.reserveCapacity(8) }
            ids.append(entity)
        }
        guard ids.count > 1 else { return ids }
        ids.sort()
        var kept = 1
        for i in 1..<ids.count where ids[i] != ids[kept - 1] {
            if i != kept { ids[kept] = ids[i] }
            kept += 1
        }
        ids.removeLast(ids.count - kept)
        return ids
    }

    /// The quote between two scalar offsets of the document, cleaned (see ``cleaned(_:)``):
    /// `cleaned(analysis.document.text(from: start, to: end))`, read from the document's UTF-8 in place.
    func cleanedQuote(from start: Int, to end: Int) -> String {
        let document = analysis.document
        // Clamped as ``SourceDocument/text(from:to:)`` clamps them.
        let lower = max(0, min(start, document.scalars.count)), upper = max(lower, min(end, document.scalars.count))
        return document.utf8.withUnsafeBufferPointer { utf8 in
            let quote = UnsafeBufferPointer(rebasing: utf8[Int(document.utf8Offsets[lower])..<Int(document.utf8Offsets[upper])])
            // Most quotes are clean as they stand: their bytes are the string, without the
            // byte-by-byte rewriting.
            return Self.isClean(quote) ? String(decoding: quote, as: UTF8.self) : Self.cleaned(quote)
        }
    }

    /// True when ``cleaned(_:)`` leaves the text whose UTF-8 is `utf8` as it is: it has no byte
    /// below 0x20 (so no tab or line feed, and no line break for a reopening mark to follow), no
    /// two spaces in a row, and no space or comma at either end. Eight bytes are tested at a time.
    private static func isClean(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress, let first = utf8.first, let last = utf8.last else { return true }
        if first == 0x20 || first == 0x2C || last == 0x20 || last == 0x2C { return false }
        // Whether the byte before `i` is a space.
        var previousSpace = false
        var i = 0
        while utf8.count - i >= 8 {
            // (Little-endian: byte k of the eight is bits 8k…8k+7.) `i + 8 <= count`.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // Some byte is below 0x20 exactly when this is not zero.
            if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 { return false }
            // Bit 7 of each byte that is a space, exactly (no borrow between bytes: each byte's
            // low seven bits plus 0x7F stay within the byte).
            let x = word ^ 0x2020_2020_2020_2020
            let spaces = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
            // A space followed by a space, within the eight bytes or across the last eight's end.
            if spaces & (spaces >> 8) != 0 || previousSpace && spaces & 0x80 != 0 { return false }
            previousSpace = spaces >> 63 != 0
            i += 8
        }
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x20 || byte == 0x20 && previousSpace { return false }
            previousSpace = byte == 0x20
            i += 1
        }
        return true
    }

    /// `text` with each run of spaces, tabs and line feeds made one space, in a text of several
    /// lines the opening marks (`"`, U+201C) that follow a space dropped (the marks that reopen a
    /// quote's next paragraph), and spaces and commas trimmed at both ends.
    func cleaned(_ text: String) -> String {
        var text = text
        return text.withUTF8 { Self.cleaned($0) }
    }

    /// ``cleaned(_:)`` of the text whose (valid) UTF-8 is `utf8`.
    private static func cleaned(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        // Built as UTF-8 bytes: the scalars tested are ASCII or U+201C, whose bytes no other
        // scalar's encoding contains.
        // The text holds no "\r" (line ends are normalised), so a line feed byte is a "\n" character.
        // (Looked for only when a quote mark follows a space: most quotes have none.)
        var hasLineBreak: Bool?
        // The cleaned text is never longer than the text: it is written straight into the
        // string's storage (`count` bytes so far, `count <= i`), then trimmed there.
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var count = 0
            var lastWasSpace = false
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                if byte == 0x0A || byte == 0x09 || byte == 0x20 {
                    if !lastWasSpace {
                        out[count] = 0x20
                        count += 1
                    }
                    lastWasSpace = true
                    i += 1
                    continue
                }
                if lastWasSpace {
                    // `"` or U+201C (E2 80 9C) right after a space, in a text with line breaks.
                    var width = 0
                    if byte == 0x22 {
                        width = 1
                    } else if byte == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x9C {
                        width = 3
                    }
                    if width > 0 {
                        let lineBreak = hasLineBreak ?? utf8.contains(0x0A)
                        hasLineBreak = lineBreak
                        if lineBreak && endsWithSpaceCharacter(UnsafeBufferPointer(rebasing: out[..<count])) {
                            i += width
                            continue
                        }
                    }
                }
                lastWasSpace = false
                out[count] = byte
                count += 1
                i += 1
                // The bytes up to the next space, tab or line feed are copied as they are (one
                // test each: those three are the only bytes below 0x21 looked for).
                while i < utf8.count {
                    let next = utf8[i]
                    if next <= 0x20 && (next == 0x0A || next == 0x09 || next == 0x20) { break }
                    out[count] = next
                    count += 1
                    i += 1
                }
            }
            // Spaces and commas are trimmed at both ends (line feeds are spaces by now): ASCII
            // bytes are whole scalars, so trimming bytes trims the same scalars as
            // `trimmingCharacters(in: " ,")`. The kept bytes move to the front.
            var lower = 0, upper = count
            while lower < upper && (out[lower] == 0x20 || out[lower] == 0x2C) { lower += 1 }
            while upper > lower && (out[upper - 1] == 0x20 || out[upper - 1] == 0x2C) { upper -= 1 }
            if lower > 0 {
                for k in lower..<upper { out[k - lower] = out[k] }
            }
            return upper - lower
        }
    }

    /// True when the text of `bytes` (valid UTF-8) ends with the character " ": a trailing space
    /// after an ASCII byte always is one; after other scalars (which may join it to their
    /// character), the string decides.
    private static func endsWithSpaceCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, last == 0x20 else { return false }
        if bytes.count == 1 || bytes[bytes.count - 2] < 0x80 { return true }
        return String(decoding: bytes, as: UTF8.self).hasSuffix(" ")
    }

    /// Speakers of reported speech ("one former resident in Turkey … said rebels had …") become
    /// persons too, so that a later "he said" can find them.
    private func findReportedSpeakers(outside spans: [QuoteSpan]) {
        var quoted = [Bool](repeating: false, count: tokens.count)
        for span in spans { for t in span.open...min(span.close, tokens.count - 1) { quoted[t] = true } }
        let skipped = SkippedParagraphs(analysis.skippedParagraphs)
        for sentence in analysis.sentences where !skipped.contains(sentence.paragraph) {
            // The sentence's "said", "says" and "told", found by a tight loop over the key ids.
            let end = sentence.tokens.upperBound
            var k = analysis.firstToken(from: sentence.tokens.lowerBound, to: end, keyedBy: .said, .says, .told)
            while k < end {
                defer { k = analysis.firstToken(from: k + 1, to: end, keyedBy: .said, .says, .told) }
                if quoted[k] { continue }
                // The subject phrase: back to the previous comma or clause start. A comma right
                // before the verb may close a relative clause ("one resident, whose family stayed,
                // said …"), not an inverted "…, said one resident".
                var subjectEnd = k
                if analysis.isKey(k - 1, .comma), k - 1 > sentence.tokens.lowerBound, !quoted[k - 1],
                   !analysis.isKey(k + 1, .a, .an, .one), mentionAt(k + 1).map({ analysis.category(of: $0) == .person }) != true {
                    subjectEnd = k - 1
                }
                var start = subjectEnd
                while start > sentence.tokens.lowerBound, !analysis.isKey(start - 1, .comma, .semicolon, .colon), !quoted[start - 1] { start -= 1 }
                let phrase = start..<subjectEnd
                if subjectEnd < k {
                    // "A U.N. official in Damascus, who asked not to be named, said …", "a doctor
                    // in the east, reached by telephone, said …": the aside between commas
                    // describes the subject before it.
                    if let subject = describedSubject(beforeAside: phrase, in: sentence, quoted: quoted) {
                        // (Bounded by the commas, the description may be longer than one found
                        // by walking back: "A commander of a Free Syrian Army brigade in Idlib".)
                        _ = describedSpeaker(in: subject, maximumLength: 12)
                        continue
                    }
                    // Only a subject with a relative clause, not an apposition to a name before it
                    // ("Raqqa Now, an activist group that …, said").
                    guard phrase.dropFirst(2).contains(where: { analysis.isWord($0, .relativePronoun) }) else { continue }
                    if start >= 2, analysis.isKey(start - 1, .comma), tokens[start - 2].isCapitalized || mentionAt(start - 2) != nil { continue }
                }
                guard phrase.count >= 2, !phrase.contains(where: { mentionAt($0).map { analysis.category(of: $0) == .person } ?? false }) else { continue }
                // An anonymous "military source" reporting is no actor of the story; quoted, it speaks.
                if keys[phrase.upperBound - 1] == "source" { continue }
                _ = describedSpeaker(in: phrase)
            }
        }
    }

    /// The indefinite description ("A U.N. official in Damascus", "one doctor") before an aside
    /// `aside` that is set off by commas before a speech verb and opens with a relative pronoun
    /// or a participle of reaching or anonymity ("who asked not to be named", "reached by
    /// telephone", "speaking on condition of anonymity"). Nil when either names a person (a name
    /// given in the aside is found by ``identifiedSpeaker(after:limit:)``) or the description
    /// is not indefinite ("The coalition, whose jets …, said": a body, not a described person).
    private func describedSubject(beforeAside aside: Range<Int>, in sentence: Sentence, quoted: [Bool]) -> Range<Int>? {
        guard aside.count >= 2, aside.lowerBound >= sentence.tokens.lowerBound + 3, analysis.isKey(aside.lowerBound - 1, .comma),
              analysis.isWord(aside.lowerBound, .relativePronoun) || Self.asideParticiples.contains(keys[aside.lowerBound]) else { return nil }
        let end = aside.lowerBound - 1
        var start = end
        while start > sentence.tokens.lowerBound, !analysis.isKey(start - 1, .comma, .semicolon, .colon), !quoted[start - 1] { start -= 1 }
        // (A clause opener before the description: "But a U.N. official …".)
        while start < end, analysis.isKey(start, .but, .and, .while, .as) || analysis.isKey(start, .then) { start += 1 }
        let subject = start..<end
        guard subject.count >= 2, analysis.isKey(subject.lowerBound, .a, .an, .one) || keys[subject.lowerBound] == "another" else { return nil }
        let isPerson: (Int) -> Bool = { mentionAt($0).map { analysis.category(of: $0) == .person } ?? false }
        guard !subject.contains(where: isPerson), !aside.contains(where: isPerson) else { return nil }
        return subject
    }

    /// Words that open an aside about how a described speaker spoke: "reached by telephone",
    /// "speaking on condition of anonymity".
    private static let asideParticiples: Set<String> = ["speaking", "reached", "contacted", "interviewed", "asked", "requesting", "declining"]

    // MARK: - Quote marks

    /// The document's quotations, in order of their opening marks; found once per document.
    func quoteSpans() -> [QuoteSpan] {
        if let known = analysis.quoteSpans { return known }
        let spans = findQuoteSpans()
        analysis.quoteSpans = spans
        return spans
    }

    private func findQuoteSpans() -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openDouble: Int?
        var openSingle: Int?
        // The punctuation tokens are picked out of the tokens' storage: unchecked reads, every
        // index read is below the count (the whole loop in one closure, not one per token).
        tokens.withUnsafeBufferPointer { tokens in
            for t in tokens.indices where tokens[t].kind == .punctuation {
                // A mark of one scalar, the token's first (which it holds), instead of comparing
                // strings (no quote mark has a decomposition, so a token of several scalars is none
                // of them).
                let mark: Unicode.Scalar = tokens[t].end - tokens[t].start == 1 ? tokens[t].first : "\u{0}"
                if tokens[t].startsLine, let open = openDouble {
                    // A paragraph that opens with a quote mark continues an unclosed quotation.
                    if mark == "\"" || mark == "\u{201C}" { continue }
                    spans.append(QuoteSpan(open: open, close: t, closed: false))
                    openDouble = nil
                }
                if tokens[t].startsLine { openSingle = nil }
                switch mark {
                case "\u{201C}":
                    openDouble = t
                case "\u{201D}":
                    if let open = openDouble { spans.append(QuoteSpan(open: open, close: t, closed: true)); openDouble = nil }
                case "\"":
                    if let open = openDouble {
                        spans.append(QuoteSpan(open: open, close: t, closed: true)); openDouble = nil
                    } else {
                        openDouble = t
                    }
                case "\u{2018}":
                    openSingle = t
                case "'", "\u{2019}":
                    let nextSpaced = t + 1 >= tokens.count || tokens[t + 1].isSpaced || tokens[t + 1].kind == .punctuation
                    if let open = openSingle, nextSpaced {
                        // (Counted in place: no list of the words is made.)
                        var words = 0
                        for u in (open + 1)..<t where tokens[u].isWordLike { words += 1 }
                        if words >= 4 && openDouble == nil { spans.append(QuoteSpan(open: open, close: t, closed: true)) }
                        openSingle = nil
                    } else if mark == "'", tokens[t].isSpaced, t + 1 < tokens.count, !tokens[t + 1].isSpaced {
                        openSingle = t
                    }
                default:
                    break
                }
            }
        }
        if let open = openDouble, open + 1 < tokens.count {
            spans.append(QuoteSpan(open: open, close: tokens.count, closed: false))
        }
        return spans.sorted { $0.open < $1.open }
    }

    // MARK: - Speakers

    /// `…," said X` / `…," X said` / `…," he said` / `…," an activist from Y told CNN`.
    private func speakerAfter(_ span: QuoteSpan) -> (String, Int)? {
        guard span.closed else { return nil }
        var j = span.close + 1
        if analysis.isKey(j, .comma) { j += 1 }
        guard j < tokens.count, !tokens[j].startsLine else { return nil }
        // (The comma after the quote may stand inside its marks: "…," or "…",.)
        let commaBefore = analysis.isKey(j - 1, .comma) || analysis.isKey(span.close - 1, .comma)
        // ""…", while Q said …": the clause after the contrast is another speaker's.
        if commaBefore, analysis.isKey(j, .while) || analysis.isKey(j, .but) || keys[j] == "whereas" { return nil }
        let limit = analysis.sentences[Int(analysis.sentenceOfToken[j])].tokens.upperBound
        // ""…", language that Moscow had demanded": a noun with a relative clause after the
        // quote describes the words, and whoever acts in that clause did not say them (a person
        // noun does: ""…," a doctor who works there said").
        let head = analysis.isKey(j, .a, .an) || analysis.isKey(j, .the) ? j + 1 : j
        if commaBefore, head + 1 < limit, tokens[head].kind == .word, !tokens[head].isCapitalized, mentionAt(head) == nil,
           analysis.wordClass(head).isDisjoint(with: [.humanNoun, .roleNoun]), analysis.isWord(head + 1, .relativePronoun) {
            return nil
        }
        // ""…" and that the envoy had been kept informed": the reported clause goes on, and
        // names no speaker of its own.
        if commaBefore == false, analysis.isKey(j, .that) || analysis.isKey(j, .and) && analysis.isKey(j + 1, .that) { return nil }
        // A quote that ends its sentence ('…state."') is attributed after only by "he said" /
        // "said X" / "X said" right away, not by a later sentence that happens to hold a speech verb.
        let lastInner = span.close - 1
        if lastInner > span.open, analysis.isKey(lastInner, .period) || keys[lastInner] == "?" || keys[lastInner] == "!" {
            let nearVerb = (j..<min(limit, j + 5)).contains { analysis.index.quoteVerbs.longestMatch(in: tokens, ids: analysis.keyIDs, from: $0, limit: limit) != nil }
            if !nearVerb || (tokens[j].isCapitalized && analysis.isWord(j, .commonWord)) { return nil }
        }
        // said X
        if let verb = analysis.index.quoteVerbs.longestMatch(in: tokens, ids: analysis.keyIDs, from: j, limit: limit) {
            return speaker(startingAt: verb.end, limit: limit).map { ($0, verb.end) }
        }
        // X said / he said / an activist … told
        var k = j
        var steps = 0
        // (A name's apposition may be long: "P, the ICRC's regional director for the Near and Middle East, said".)
        while k < limit, steps < 24 {
            // ("according to" names its speaker after it: "…, and that Moscow would act according
            // to events" names none before it.)
            // ("had been informed", "was told": a passive speech verb names no speaker before it.)
            if k > j, !analysis.isKey(k, .according), !analysis.isKey(k - 1, .was, .were) && !analysis.isKey(k - 1, .been, .being),
               let verb = analysis.index.quoteVerbs.longestMatch(in: tokens, ids: analysis.keyIDs, from: k, limit: limit) {
                // "P accused Russia of vetoing it to "…" and said …": the verb joined by "and"
                // shares the subject of the clause the quote is in.
                if (j..<k).allSatisfy({ analysis.isKey($0, .and) || analysis.isKey($0, .then) }) {
                    let sentence = analysis.sentences[Int(analysis.sentenceOfToken[span.open])]
                    return speaker(inPhrase: sentence.tokens.lowerBound..<span.open).map { ($0, verb.end) }
                }
                return speaker(inPhrase: j..<k).map { ($0, verb.end) }
            }
            // (A period inside the sentence belongs to an abbreviation: "the U.N. Office".)
            if analysis.isWord(k, .clauseBreaker) || analysis.isKey(k, .period) && k + 1 >= limit || opensContrast(at: k) { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// `X said: "…"`, `X told Reuters, "…"`, `according to X, "…"`, `…, saying: "…"`, or a partial
    /// quote inside a sentence with a speech verb: `X said the army… "surrender or starve."`.
    /// The speaker of words quoted as someone's characterisation: "X called the rebels "terrorist
    /// groups"", "X dismissed the claim as "fabrications, lies"", "what they called "humanitarian
    /// corridors"". The verb must come before the quote in its sentence, the speaker before the verb.
    private func characterisingSpeaker(before span: QuoteSpan) -> (String, Int)? {
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[span.open])]
        var k = span.open - 1
        while k > sentence.tokens.lowerBound, k >= span.open - 12 {
            if Self.characterisingVerbs.contains(keys[k]) {
                // "fighters, whom it called "…"", "what it described as "…"": the verb's own subject
                // is the body "it" stands for.
                if k - 2 >= sentence.tokens.lowerBound, analysis.isKey(k - 1, .it), analysis.isWord(k - 2, .relativePronoun) || keys[k - 2] == "what" {
                    return resolveBodyPronoun(before: k - 1).map { ($0, span.close) }
                }
                return speaker(inPhrase: sentence.tokens.lowerBound..<k).map { ($0, span.close) }
            }
            // "Its editorial spoke of "…"": speaking of a thing names it so.
            if keys[k] == "of", k - 1 > sentence.tokens.lowerBound, ["spoke", "speaks", "spoken", "wrote", "writes"].contains(keys[k - 1]) {
                return speaker(inPhrase: sentence.tokens.lowerBound..<(k - 1)).map { ($0, span.close) }
            }
            // "Le Monde ran an editorial under the headline "…"", "put a single line on its cover:
            // "…"": an outlet's headline is its words.
            if Self.headlineNouns.contains(keys[k]), k >= span.open - 3 {
                return speaker(inPhrase: sentence.tokens.lowerBound..<k).map { ($0, span.close) }
            }
            if analysis.isWord(k, .clauseBreaker) { return nil }
            k -= 1
        }
        return nil
    }

    /// The person who is the subject of the sentence right before the quote at `span`, in the
    /// same paragraph and outside quotes: a named person at the sentence's start, possibly after
    /// a description of them ("Her husband, Abu Yamen, a retired teacher, shakes his head").
    private func personActing(before span: QuoteSpan) -> String? {
        let quoteSentence = Int(analysis.sentenceOfToken[span.open])
        guard quoteSentence > 0, tokens[span.open].startsLine || analysis.sentences[quoteSentence].tokens.lowerBound == span.open else { return nil }
        let before = analysis.sentences[quoteSentence - 1]
        guard before.paragraph == paragraph(of: span.open), before.tokens.count >= 3,
              quoteSpan(containing: before.tokens.lowerBound, in: quoteSpans()) == nil else { return nil }
        var t = before.tokens.lowerBound
        while t < before.tokens.upperBound, t < before.tokens.lowerBound + 6 {
            if let m = mentionAt(t) {
                return analysis.category(of: m) == .person && isIndividual(m) ? analysis.id(of: m) : nil
            }
            // Only a description may come first: "Her husband, …".
            guard tokens[t].kind == .word && !tokens[t].isCapitalized || analysis.isKey(t, .comma) || t == before.tokens.lowerBound else { return nil }
            t += 1
        }
        return nil
    }

    /// Verbs that quote someone's words for a thing: "called it a "staged provocation"".
    static let characterisingVerbs: Set<String> = ["called", "calling", "calls", "call", "described", "describing", "describes", "dismissed", "dismissing", "dismisses",
                                                   "condemned", "condemning", "condemns", "denounced", "denouncing", "denounces", "branded", "branding", "brands",
                                                   "labelled", "labeled", "labelling", "termed", "terming", "hailed", "hailing", "hails", "decried", "slammed",
                                                   "praised", "praising", "praises", "accused", "accusing", "accuses", "thanked", "thanking"]

    /// Nouns of the words an outlet prints in large type: "under the headline "…"".
    static let headlineNouns: Set<String> = ["headline", "headlines", "cover", "banner", "front-page"]

    /// True at ", while", ", whereas" or ", but": another clause, with its own subject, starts.
    private func opensContrast(at t: Int) -> Bool {
        analysis.isKey(t, .comma) && (analysis.isKey(t + 1, .while) || analysis.isKey(t + 1, .but) || keys[min(t + 1, keys.count - 1)] == "whereas")
    }

    private func speakerBefore(_ span: QuoteSpan) -> (String, Int)? {
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[span.open])]
        var k = span.open - 1
        // "P said A, while Q said "…"": the clause of the quote starts after the contrast.
        var clauseStart = sentence.tokens.lowerBound
        if let contrast = (sentence.tokens.lowerBound..<span.open).last(where: { opensContrast(at: $0) }) { clauseStart = contrast + 2 }
        while k >= clauseStart {
            if let verb = analysis.index.quoteVerbs.longestMatch(in: tokens, ids: analysis.keyIDs, from: k, limit: span.open) {
                if keys[k] == "according" {
                    return speaker(startingAt: verb.end, limit: span.open).map { ($0, span.close) }
                }
                if keys[k] == "saying" || keys[k] == "adding" {
                    return speaker(inPhrase: clauseStart..<k).map { ($0, span.close) }
                }
                // "SANA said three were wounded, and the army's general command said the attack
                // "…"": a subject after ", and" opens the clause of the verb.
                if let comma = (clauseStart..<max(clauseStart, k - 2)).last(where: { analysis.isKey($0, .comma) && analysis.isKey($0 + 1, .and) }),
                   let s = speaker(inPhrase: (comma + 2)..<k) {
                    return (s, span.close)
                }
                if let s = speaker(inPhrase: clauseStart..<k) { return (s, span.close) }
                if let s = speaker(startingAt: verb.end, limit: span.open) { return (s, span.close) }
            }
            k -= 1
        }
        return nil
    }

    /// The speaker named right at `start`: a person or organisation mention, a pronoun, or a
    /// description ("one rebel leader").
    private func speaker(startingAt start: Int, limit: Int) -> String? {
        var j = start
        while j < limit, analysis.isKey(j, .the, .comma), analysis.mentionCovering[j] < 0 { j += 1 }
        // "said Colonel Ahmed al-Sabbagh", "said Dr. Hussam al-Ahmad": titles (abbreviated or not)
        // before the name.
        var titled = j
        while titled < limit, titled < j + 4, analysis.mentionCovering[titled] < 0, tokens[titled].isCapitalized, analysis.isWord(titled, .title) {
            titled += 1
            if analysis.isKey(titled, .period), tokens[titled].start == tokens[titled - 1].end { titled += 1 }
        }
        if titled > j, titled < limit, let m = mentionAt(titled), analysis.category(of: m) == .person { j = titled }
        guard j < limit else { return nil }
        if let m = mentionAt(j), isSpeaker(m) {
            // "declared Turkey's Yeni Safak": the possessor only qualifies the speaker after it.
            if m.tokens.upperBound + 1 < limit, tokens[m.tokens.upperBound].kind == .possessive,
               let owned = mentionAt(m.tokens.upperBound + 1), isSpeaker(owned) {
                return analysis.id(of: owned)
            }
            return analysis.id(of: m)
        }
        if let pronoun = EnglishWords.personalPronouns[analysis.key(j)], pronoun != "p" { return resolvePronoun(before: j) }
        let end = phraseEnd(from: j, limit: limit)
        let bodyStart = j > start && analysis.isKey(j - 1, .the) ? j - 1 : j
        return identifiedSpeaker(after: j, limit: limit) ?? describedSpeaker(in: bodyStart..<end) ?? resolveBodyNoun(in: bodyStart..<end)
    }

    /// The person a described speaker gives as their name: "said a doctor who asked to be
    /// identified only as Dr. Hamid", "a resident, who gave his name as Abu Omar", "identified only
    /// by her first name, Rima". Searched in the words of the description (from `start`).
    private func identifiedSpeaker(after start: Int, limit: Int) -> String? {
        let window = min(limit, start + 14)
        guard let cue = (start..<window).first(where: { Self.namingCues.contains(keys[$0]) }) else { return nil }
        var k = cue + 1
        while k < min(limit, cue + 8), analysis.mentionCovering[k] < 0,
              Self.namingFillers.contains(keys[k]) || tokens[k].isCapitalized && analysis.isWord(k, .title) || analysis.isKey(k, .period) && k > cue + 1 && analysis.isWord(k - 1, .title) {
            k += 1
        }
        guard k < limit, let m = mentionAt(k), analysis.category(of: m) == .person else { return nil }
        return analysis.id(of: m)
    }

    /// Words that introduce the name a described speaker goes by ("identified only as").
    private static let namingCues: Set<String> = ["identified", "named", "gave", "giving", "goes", "going", "known"]
    /// Words between such a cue and the name.
    private static let namingFillers: Set<String> = ["only", "as", "by", "his", "her", "their", "first", "name", "names", "nickname", ",", "the"]

    /// The speaker inside the words before a speech verb: the last person or organisation mention
    /// that is not inside a prepositional phrase, a pronoun, or a description.
    private func speaker(inPhrase range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        var phrase = range
        while phrase.count > 1, analysis.isKey(phrase.lowerBound, .but, .and, .while, .as) || analysis.isKey(phrase.lowerBound, .then) {
            phrase = (phrase.lowerBound + 1)..<phrase.upperBound
        }
        // "a pro-government newspaper, Al-Watan, which wrote": the antecedent of the relative speaks.
        if phrase.count >= 3, analysis.isWord(phrase.upperBound - 1, .relativePronoun), analysis.isKey(phrase.upperBound - 2, .comma),
           let m = mentionAt(phrase.upperBound - 3), m.form != .adjective, isSpeaker(m) {
            return analysis.id(of: m)
        }
        // "It accused …", "It said …", "Citing military sources, it reported …": "it" alone
        // (after a comma or a clause opener) stands for the body named before.
        if analysis.isKey(phrase.upperBound - 1, .it),
           phrase.count == 1 || analysis.isWord(phrase.upperBound - 2, .clauseBreaker) || analysis.isKey(phrase.upperBound - 2, .comma) {
            return resolveBodyPronoun(before: phrase.upperBound - 1)
        }
        // "he said": a pronoun alone before the verb (possibly after a conjunction).
        if let pronoun = EnglishWords.personalPronouns[analysis.key(phrase.upperBound - 1)], pronoun != "p",
           phrase.count == 1 || analysis.isWord(phrase.upperBound - 2, .clauseBreaker) || analysis.isKey(phrase.upperBound - 2, .comma) {
            return resolvePronoun(before: phrase.upperBound - 1)
        }
        // "He blamed Washington … and said": "he" or "she" is the subject of verbs joined by "and"
        // (not of a clause after a comma or relative pronoun: "He met Kerry, who said").
        if phrase.count > 2, analysis.isKey(phrase.lowerBound, .he, .she),
           !phrase.contains(where: { analysis.isKey($0, .comma) || analysis.isWord($0, .relativePronoun) || analysis.isKey($0, .that) }) {
            return resolvePronoun(before: phrase.lowerBound)
        }
        // "It accused Russia of …, and said …": "it" opening the sentence is the body named before
        // (not an "it" with a form of "be" or a verb of seeming: "It was not clear …").
        if phrase.count > 2, phrase.lowerBound == analysis.sentences[Int(analysis.sentenceOfToken[phrase.lowerBound])].tokens.lowerBound,
           analysis.isKey(phrase.lowerBound, .it), !Self.expletiveVerbs.contains(keys[phrase.lowerBound + 1]),
           analysis.isKey(phrase.upperBound - 1, .and) || analysis.isKey(phrase.upperBound - 2, .comma) && analysis.isKey(phrase.upperBound - 1, .and),
           !phrase.contains(where: { analysis.isWord($0, .relativePronoun) || analysis.isKey($0, .that) }) {
            return resolveBodyPronoun(before: phrase.lowerBound)
        }
        // Candidate speakers: mentions that are not adjectives and not inside a prepositional phrase.
        var candidates: [Mention] = []
        var t = phrase.lowerBound
        while t < phrase.upperBound {
            if let m = mentionAt(t) {
                // "An editorial in Al-Watan accused …", "the editorial page of the Post": the
                // outlet of a piece speaks through it.
                let piece = t - 2 >= phrase.lowerBound && (analysis.isKey(t - 1, .in) || keys[t - 1] == "of") && Self.pieceNouns.contains(keys[t - 2])
                if piece, analysis.category(of: m) == .media { return analysis.id(of: m) }
                let preposition = t > phrase.lowerBound && analysis.isWord(t - 1, .preposition) && !piece
                // "The group's al-Manar television": an owner before a possessive is not the speaker.
                let owner = m.tokens.upperBound < phrase.upperBound && tokens[m.tokens.upperBound].kind == .possessive
                    && mentionAt(m.tokens.upperBound + 1) != nil
                // "a source in the pro-government alliance", "the rebel-held east": a body inside
                // a compound only qualifies the words around it.
                let compoundPart = analysis.isKey(m.tokens.lowerBound - 1, .hyphen) || analysis.isKey(m.tokens.upperBound, .hyphen)
                if isSpeaker(m) && !preposition && !owner && !compoundPart && m.form != .adjective { candidates.append(m) }
                t = max(t + 1, m.tokens.upperBound)
                // "Al-Watan, a Damascus daily close to the government, accused", "Kayhan, which is
                // close to the Supreme Leader, called": an apposition or a relative clause between
                // commas after a candidate names no other speaker.
                if !candidates.isEmpty, t < phrase.upperBound, analysis.isKey(t, .comma),
                   analysis.isKey(t + 1, .a, .an) || analysis.isKey(t + 1, .the) || analysis.isWord(t + 1, .relativePronoun),
                   let close = (t + 2..<min(phrase.upperBound, t + 16)).first(where: { analysis.isKey($0, .comma) }) {
                    t = close + 1
                }
                continue
            }
            t += 1
        }
        // "a YPG commander in X, who gave his name as P": the name a described speaker goes by.
        if analysis.isKey(phrase.lowerBound, .a, .an, .one), let named = identifiedSpeaker(after: phrase.lowerBound, limit: phrase.upperBound) { return named }
        if let person = candidates.first(where: { analysis.category(of: $0) == .person && isIndividual($0) }) { return analysis.id(of: person) }
        // "a Syrian military source", "one Hezbollah commander": a body that only qualifies a
        // person noun describes a person.
        if let first = candidates.first, first.tokens.lowerBound == phrase.lowerBound + 1,
           ["a", "an", "one", "another"].contains(analysis.key(phrase.lowerBound)),
           first.tokens.upperBound < phrase.upperBound, analysis.wordClass(phrase.upperBound - 1).contains(.humanNoun) || keys[phrase.upperBound - 1] == "source",
           let described = describedSpeaker(in: phrase) {
            return described
        }
        if let first = candidates.first, first.tokens.lowerBound <= phrase.lowerBound + 1 { return analysis.id(of: first) }
        if let described = describedSpeaker(in: phrase) { return described }
        if candidates.isEmpty, let body = resolveBodyNoun(in: phrase) { return body }
        return candidates.first.map { analysis.id(of: $0) }
    }

    /// Verbs after an "it" that stands for nothing: "It was not clear …", "It seems …".
    private static let expletiveVerbs: Set<String> = ["is", "was", "has", "had", "seems", "seemed", "appears", "appeared", "remains", "remained", "would", "will", "may", "might", "could"]

    /// Participles of carrying someone's words: "a source quoted by SANA", "an officer cited by TASS".
    static let carryingParticiples: Set<String> = ["quoted", "cited", "interviewed", "contacted", "reached", "named"]

    /// Nouns of a piece an outlet publishes: "an editorial in Al-Watan".
    static let pieceNouns: Set<String> = ["editorial", "article", "report", "column", "commentary", "broadcast", "bulletin", "programme", "program", "piece", "op-ed", "page", "pages"]

    /// A mention that can be "he" or "she": a named or described person, not a collective ("people").
    private func isIndividual(_ m: Mention) -> Bool {
        if m.form == .description || m.form == .discovered { return true }
        return analysis.isNamed(m)
    }

    private func mentionAt(_ t: Int) -> Mention? {
        guard t >= 0, t < tokens.count else { return nil }
        let m = analysis.mentionCovering[t]
        return m >= 0 ? analysis.mentions[Int(m)] : nil
    }

    /// True when the entity `m` refers to can speak: an actor, or a state other than "civilians".
    /// (Its category is read by the mention's entity number, two array reads; by its id it was a
    /// dictionary look-up, hashing the id. The id is only compared for a state.)
    private func isSpeaker(_ m: Mention) -> Bool {
        guard let category = analysis.category(of: m) else { return false }
        return category.kind == .actor && category != .state || category == .state && analysis.id(of: m) != "civilians"
    }

    private func phraseEnd(from start: Int, limit: Int) -> Int {
        var j = start
        while j < limit, ![",", ".", ";", ":", "who", "said", "told"].contains(analysis.key(j)), !analysis.isWord(j, .clauseBreaker) { j += 1 }
        return j
    }

    /// A speaker known only by a description: "one rebel leader", "an activist from the Aleppo
    /// Media Center", "Her father". Becomes a person local to this document. A phrase of more
    /// than `maximumLength` tokens describes no one.
    private func describedSpeaker(in range: Range<Int>, maximumLength: Int = 9) -> String? {
        var phrase = range
        while let last = phrase.last, analysis.isKey(last, .comma, .period) { phrase = phrase.lowerBound..<last }
        // Cut at the first comma or relative pronoun: "Her father, in shock as …" → "Her father";
        // "one former resident in Turkey whose relatives…" → "one former resident in Turkey".
        while phrase.count > 1, analysis.isKey(phrase.lowerBound, .but, .and, .while, .as) || analysis.isKey(phrase.lowerBound, .then) {
            phrase = (phrase.lowerBound + 1)..<phrase.upperBound
        }
        if let comma = phrase.first(where: { analysis.isKey($0, .comma) || analysis.isWord($0, .relativePronoun) }) { phrase = phrase.lowerBound..<comma }
        // "A source in the alliance confirmed that … and said": the description ends at its
        // own verb of speech.
        if let verb = phrase.dropFirst(2).first(where: { analysis.index.quoteVerbs.longestMatch(in: tokens, ids: analysis.keyIDs, from: $0, limit: phrase.upperBound) != nil }) {
            phrase = phrase.lowerBound..<verb
        }
        // "a military source quoted by SANA": the participle's phrase only says who carried the words.
        // (The key id of "by" is tested before the participle's key is looked up in the set.)
        if let quoted = phrase.first(where: { $0 > phrase.lowerBound + 1 && analysis.isKey($0 + 1, .by) && Self.carryingParticiples.contains(analysis.key($0)) }) { phrase = phrase.lowerBound..<quoted }
        guard phrase.count >= 2, phrase.count <= maximumLength else { return nil }
        let first = analysis.key(phrase.lowerBound)
        guard analysis.isKey(phrase.lowerBound, .a, .an, .one, .the) || analysis.isKey(phrase.lowerBound, .their) || first == "her" || first == "his" || first == "another" else { return nil }
        // ("a military source" speaks as a person too.) Found by class bits before the keys are
        // collected: most phrases have no such noun.
        guard let head = phrase.firstIndex(where: { analysis.isWord($0, .humanNoun) || analysis.isWord($0, .roleNoun) || analysis.key($0) == "source" }) else { return nil }
        let headIndex = head - phrase.lowerBound
        let keys = phrase.map { analysis.key($0) }
        // "an army statement read by a uniformed officer": the body of the statement speaks.
        if let statement = keys.firstIndex(where: { $0 == "statement" || $0 == "communique" }), statement < headIndex {
            return phrase.prefix(statement).lazy.compactMap { mentionAt($0) }.first { analysis.kind(of: $0) == .actor }.map { analysis.id(of: $0) }
        }
        // "The source said", "the doctor added": the one described before with that noun.
        if first == "the", headIndex == keys.count - 1, let known = analysis.describedPersons[keys[headIndex]] {
            analysis.addLateMention(analysis.mention(of: known, tokens: phrase, form: .anaphor))
            return known
        }
        // "an activist group", "the army's general command": the person noun only modifies a body.
        if headIndex + 1 < keys.count, Self.bodyNouns.contains(keys[headIndex + 1]) || EnglishWords.organisationHeads[keys[headIndex + 1]] != nil { return nil }
        let label = analysis.text(phrase)
        let docKey = Slug.make(from: analysis.document.id).prefix(24)
        let id = "unnamed-\(docKey)-\(Slug.make(from: label))"
        let number = analysis.recordNumber(id, name: label, category: .person)
        analysis.addLateMention(analysis.mention(of: id, tokens: phrase, form: .description))
        analysis.describedPersons[keys[headIndex]] = id
        // The description's own organisation: "an activist from the Aleppo Media Center", "one rebel leader".
        let roleKey = keys[headIndex]
        var relation = analysis.index.lexicon.roleNouns[roleKey] ?? .memberOf
        // "one Hezbollah commander" is one of its commanders, not its leader ("one rebel leader" leads).
        if relation == .leaderOf, roleKey == "commander", ["a", "an", "one", "another"].contains(first) { relation = .memberOf }
        // (The organisation is read by its mention's entity number: the same entity as its id
        // names, without hashing the id.)
        for t in phrase where analysis.mentionCovering[t] >= 0 {
            let org = analysis.mentions[Int(analysis.mentionCovering[t])]
            guard analysis.kind(of: org) == .actor, analysis.category(of: org) != .person else { continue }
            let s = Int(analysis.sentenceOfToken[phrase.lowerBound])
            analysis.relations.append(FoundRelation(source: number, target: org.number, relation: relation, sentences: s...s, anchor: phrase.lowerBound))
            break
        }
        return id
    }

    /// Nouns for a body of people that a person noun may modify ("general command", "activist
    /// group"): such a phrase describes no person.
    private static let bodyNouns: Set<String> = ["staff", "command", "group", "groups", "team", "teams", "unit", "units", "statement", "leadership", "headquarters"]

    /// "he said": a person named in the most recent sentence before `t` that names one (quoted
    /// words are skipped: "Assad must go," he said is not Assad speaking), of the pronoun's gender
    /// where the text tells it.
    /// The person a "he"/"she"/"they" at `t` stands for: the subject-like mention of the latest
    /// earlier sentence that names a compatible individual (see ``recentReferentMention(before:where:)``).
    func resolvePronoun(before t: Int, depth: Int = 0) -> String? {
        let gender = EnglishWords.personalPronouns[analysis.key(t)]
        let fits: (Mention) -> Bool = { m in
            analysis.category(of: m) == .person && isIndividual(m) && gender.map({ isCompatible(m, with: $0) }) != false
        }
        guard let referent = recentReferentMention(before: t, where: fits) else { return nil }
        // "Kerry … sounded less hopeful. He said he had pressed Lavrov …": when the sentence that
        // names the candidate has the same pronoun as its subject, the candidate is its object and
        // the pronoun goes on back to the subject named before.
        // But "He gave his name only as Major Nizar" names the pronoun's own person.
        if depth < 3, let subject = subjectPronoun(ofSentenceBefore: referent.token, gender: gender), subject < referent.token,
           !isNaming(from: subject + 1, to: referent.token) {
            return resolvePronoun(before: subject, depth: depth + 1) ?? referent.entity
        }
        return referent.entity
    }

    /// The body an "it" at `t` stands for, when its own sentence names none: the subject-like
    /// body of the latest earlier sentence that names one ("The government condemned … It accused …").
    func resolveBodyPronoun(before t: Int) -> String? {
        recentReferent(before: t) { m in
            // ("the last rebel-held districts", "the pro-government daily": the parts of a
            // compound are no referent.)
            analysis.kind(of: m) == .actor && analysis.category(of: m) != .person && m.form != .adjective && !analysis.isKey(m.tokens.upperBound, .hyphen)
                && !analysis.isKey(m.tokens.lowerBound - 1, .hyphen)
        }
    }

    /// True when the words from `start` up to a name at `end` only say that the subject goes by
    /// that name: "gave his name only as", "identified himself as", "is known as", "goes by the
    /// name" (a naming cue, then only fillers, titles and "as" or "name").
    private func isNaming(from start: Int, to end: Int) -> Bool {
        guard start < end, end - start <= 8 else { return false }
        var cue = false, named = false
        for k in start..<end {
            let key = keys[k]
            if Self.namingCues.contains(key) {
                cue = true
            } else if key == "as" || key == "name" {
                named = true
            } else if !(Self.namingFillers.contains(key) || key == "himself" || key == "herself" || key == "is" || key == "was"
                        || tokens[k].isCapitalized && analysis.isWord(k, .title) || analysis.isKey(k, .period)) {
                return false
            }
        }
        return cue && named
    }

    /// The token of a personal pronoun of `gender` that opens the sentence holding token `t`
    /// ("He said…", "But she added…"), if any.
    private func subjectPronoun(ofSentenceBefore t: Int, gender: String?) -> Int? {
        guard let gender, gender != "p" else { return nil }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[t])]
        var u = sentence.tokens.lowerBound
        while u < t, tokens[u].kind != .word || ["but", "and", "then", "later", "yet"].contains(keys[u]) { u += 1 }
        return u < t && EnglishWords.personalPronouns[keys[u]] == gender ? u : nil
    }

    /// "the group said", "a coalition statement said": the organisation that a generic noun
    /// phrase (`phrase`) refers back to, by the categories its noun allows.
    private func resolveBodyNoun(in phrase: Range<Int>) -> String? {
        guard (2...4).contains(phrase.count), ["the", "a", "an", "its", "their"].contains(analysis.key(phrase.lowerBound)) else { return nil }
        // "the statement said": the statement of the body named last.
        if phrase.count == 2, analysis.key(phrase.upperBound - 1) == "statement" {
            return resolveBodyPronoun(before: phrase.lowerBound)
        }
        var last = phrase.upperBound - 1
        if analysis.key(last) == "statement" { last -= 1 }
        guard last > phrase.lowerBound, let categories = Self.bodyNounCategories[analysis.key(last)],
              (phrase.lowerBound + 1..<last).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt($0) == nil }) else { return nil }
        return recentReferent(before: phrase.lowerBound) { m in
            m.form != .adjective && analysis.category(of: m).map(categories.contains) == true
        }
    }

    /// Generic nouns for organisations, with the categories of the actors each may refer back to.
    private static let bodyNounCategories: [String: Set<Category>] = {
        let groups: Set<Category> = [.armedGroup, .militia, .organization, .coalition]
        return [
            "group": groups, "organisation": groups, "organization": groups, "movement": [.armedGroup, .organization],
            "faction": [.armedGroup, .militia], "militia": [.militia, .armedGroup], "alliance": [.coalition, .armedGroup],
            "coalition": [.coalition], "ministry": [.government], "government": [.government, .state],
            "monitor": [.organization], "observatory": [.organization], "charity": [.organization, .internationalOrg],
            "agency": [.organization, .internationalOrg, .media],
            // "its editorial said", "the paper said": an outlet.
            "editorial": [.media], "paper": [.media], "newspaper": [.media], "daily": [.media], "weekly": [.media],
            "broadcaster": [.media], "channel": [.media],
        ]
    }()

    /// The mention that a reference at `t` most likely points back to: among the mentions that
    /// `fits`, in the most recent sentence before `t` holding one (quoted words are skipped), the
    /// first that is neither a possessor nor after a preposition ("Farouk told Haddad …" →
    /// Farouk), else the last.
    private func recentReferent(before t: Int, where fits: (Mention) -> Bool) -> String? {
        recentReferentMention(before: t, where: fits).map(\.entity)
    }

    /// The subject-like mention of the latest sentence before `t` (outside quotations) that
    /// names a mention that fits, with its first token.
    private func recentReferentMention(before t: Int, where fits: (Mention) -> Bool) -> (entity: String, token: Int)? {
        let spans = quoteSpans()
        var u = t - 1
        let stop = max(0, t - 600)
        var sentence: Int32?
        var found: [Mention] = []  // latest first
        // The spans opening at or before `u` are `spans[..<opened]` (they are sorted by their
        // opening marks): found once, then stepped back with `u`, instead of a binary search
        // (``quoteSpan(containing:in:)``) at each token.
        var opened = 0, high = spans.count
        while opened < high {
            let mid = (opened + high) / 2
            if spans[mid].open <= u { opened = mid + 1 } else { high = mid }
        }
        while u >= stop {
            while opened > 0 && spans[opened - 1].open > u { opened -= 1 }
            if opened > 0, u <= spans[opened - 1].close { u = spans[opened - 1].open - 1; continue }
            if let sentence, analysis.sentenceOfToken[u] != sentence { break }
            if let m = mentionAt(u) {
                if fits(m) {
                    sentence = analysis.sentenceOfToken[u]
                    found.append(m)
                }
                u = m.tokens.lowerBound - 1
                continue
            }
            u -= 1
        }
        let subject = found.last { m in
            !analysis.isKey(m.tokens.upperBound, .possessive) && !analysis.isWord(m.tokens.lowerBound - 1, .preposition)
        }
        return (subject ?? found.first).map { (analysis.id(of: $0), $0.tokens.lowerBound) }
    }

    /// The quotation whose marks enclose token `u` (marks included), if any: `spans` are sorted and
    /// do not overlap.
    func quoteSpan(containing u: Int, in spans: [QuoteSpan]) -> QuoteSpan? {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].open <= u { low = mid + 1 } else { high = mid }
        }
        guard low > 0, u <= spans[low - 1].close else { return nil }
        return spans[low - 1]
    }

    /// False when the words of person mention `m` or right around it (a title or role before, an
    /// apposition after: "Omar Farouk, a father of three") give a gender other than `gender`
    /// ("m" or "f").
    private func isCompatible(_ m: Mention, with gender: String) -> Bool {
        // The words looked at, in order: the mention's, then the one before it, then an
        // apposition's after it (no array of them is built).
        // A title or a role apposition before: "Mr Haddad", "her brother, Karim Idris".
        let before = analysis.isKey(m.tokens.lowerBound - 1, .comma) ? m.tokens.lowerBound - 2 : m.tokens.lowerBound - 1
        let after = analysis.isKey(m.tokens.upperBound, .comma) ? (m.tokens.upperBound + 1)..<min(m.tokens.upperBound + 7, tokens.count) : 0..<0
        // The gender word `w` tells, if any (only a word token can have a gendered noun's key: the
        // look-up, which hashes the key, is skipped for the others).
        func genderWord(at w: Int) -> String? {
            tokens[w].kind == .word ? EnglishWords.genderedNouns[analysis.key(w)] : nil
        }
        for w in m.tokens {
            if let other = genderWord(at: w) { return other == gender }
        }
        if before >= 0, let other = genderWord(at: before) { return other == gender }
        for w in after {
            if let other = genderWord(at: w) { return other == gender }
            if analysis.isKey(w, .comma, .period) { break }
        }
        return true
    }
}
