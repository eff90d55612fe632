/// Splits tokens into sentences, surviving abbreviations (U.N., Mr., Gen., St.), initials,
/// quotations and ellipses. Every line break also ends a sentence (the tokenizer has already
/// joined the lines of hard-wrapped text: ``Tokenizer/joinWrappedLines(_:singleBreaks:)``).
///
/// ```swift
/// let (tokens, keys) = Tokenizer.keyedTokens(of: Array("Mr. Kerry met the U.N. envoy. He left.".unicodeScalars))
/// SentenceSplitter.sentences(of: tokens, keys: keys).count  // 2
/// ```
public enum SentenceSplitter {
    /// Words that take a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "st", "lt", "col", "sgt", "capt", "maj", "brig", "adm", "cmdr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "jr", "sr", "prof", "rep", "sen", "gov", "inc", "co", "corp", "ltd", "mt", "ft",
        "approx", "est", "dept", "govt", "e.g", "i.e", "al", "pres", "rev", "hon",
    ]

    /// ``abbreviations`` in a table hashed eight bytes at a time (``ASCIIKeyTable/lookup(_:)``):
    /// an ASCII key is looked up without `Hasher`.
    static let abbreviationTable = ASCIIKeyTable(abbreviations.map { (key: $0, value: true) })

    /// The length in bytes of the longest of ``abbreviations``.
    static let longestAbbreviation = abbreviations.map { $0.utf8.count }.max() ?? 0

    /// True for the marks that close a quotation or bracket: `"` `”` `’` `'` `)` `]` `»`.
    @inline(__always)
    static func isCloser(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case "\"", "\u{201D}", "\u{2019}", "'", ")", "]", "\u{00BB}": true
        default: false
        }
    }

    /// True for the marks that open a quotation or bracket: `"` `“` `‘` `'` `(` `[` `«`.
    @inline(__always)
    static func isOpener(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case "\"", "\u{201C}", "\u{2018}", "'", "(", "[", "\u{00AB}": true
        default: false
        }
    }

    /// The sentences of `tokens`, whose keys (``Tokenizer/keyedTokens(of:)``) are `keys`.
    public static func sentences<Keys: RandomAccessCollection<String>>(of tokens: [Token], keys: Keys) -> [Sentence] where Keys.Index == Int {
        sentences(of: tokens, keys: keys, looking: 0..<tokens.count)
    }

    /// ``sentences(of:keys:)``, looking only at the tokens `marks` lists in order (the tokenizer's
    /// sentence marks, ``Tokenizer/scan(_:utf8:utf8Offsets:into:keys:sentenceMarks:markCount:)``):
    /// every token that starts a line or is a sentence end (`.`, `!`, `?`, `…`) must be among
    /// them. The others change nothing: a sentence closes only at one of those, so the answer is
    /// the same.
    static func sentences<Keys: RandomAccessCollection<String>>(of tokens: [Token], keys: Keys, marks: UnsafeBufferPointer<Int32>) -> [Sentence] where Keys.Index == Int {
        sentences(of: tokens, keys: keys, looking: marks)
    }

    /// The sentences of `tokens`, looking at the tokens `candidates` gives, in increasing order
    /// (any others that lie before the last token read are passed over), which include every
    /// token that starts a line or ends a sentence.
    private static func sentences<Keys: RandomAccessCollection<String>, Candidates: Sequence>(
        of tokens: [Token], keys: Keys, looking candidates: Candidates
    ) -> [Sentence] where Keys.Index == Int, Candidates.Element: BinaryInteger {
        tokens.withUnsafeBufferPointer { buffer in
            // Unchecked reads: every index read is below `n`, the buffer's count (`first` and
            // `endIndex - 1` are tokens already passed). (The list is made in here, so that
            // `close` captures a variable of this closure, with no run-time exclusivity checks.)
            let n = buffer.count
            var sentences: [Sentence] = []
            // Room for sentences of 16 tokens on average (news sentences are longer): no growing.
            sentences.reserveCapacity(n / 16 + 4)
            var first = 0
            var paragraph = 0
            // The first token not read yet.
            var next = 0
            func close(_ endIndex: Int) {
                guard endIndex > first else { return }
                sentences.append(Sentence(tokens: first..<endIndex, start: buffer[first].start,
                                          end: buffer[endIndex - 1].end, paragraph: paragraph))
                first = endIndex
            }
            for candidate in candidates where candidate >= next && candidate < n {
                let i = Int(candidate)
                let token = buffer[i]
                if token.startsLine && i > first {
                    close(i)
                    paragraph += 1
                } else if token.startsLine && i == first && i > 0 {
                    paragraph += 1
                }
                next = i + 1
                if token.kind == .punctuation, isSentenceEnd(token.first) {
                    var j = i + 1
                    // Runs of periods (ellipses) and closing quotes or brackets stay with this sentence.
                    while j < n, !buffer[j].startsLine, !buffer[j].isSpaced || buffer[j].isMark("."),
                          buffer[j].kind == .punctuation, isCloser(buffer[j].first) || buffer[j].first == "." {
                        j += 1
                    }
                    if j < n, !buffer[j].startsLine, endsSentence(at: i, next: j, tokens: tokens, keys: keys) {
                        close(j)
                    }
                    next = j
                }
            }
            close(n)
            return sentences
        }
    }

    /// True for `.`, `!`, `?` and `…`.
    @inline(__always)
    static func isSentenceEnd(_ mark: Unicode.Scalar) -> Bool {
        mark == "." || mark == "!" || mark == "?" || mark == "\u{2026}"
    }

    /// True when `key` is one of ``abbreviations``: an ASCII key is looked up in
    /// ``abbreviationTable`` (for ASCII, byte equality is string equality), any other in the set.
    @inline(__always)
    static func isAbbreviation(_ key: String) -> Bool {
        if let answer = abbreviationTable.lookup(key) { return answer ?? false }
        return abbreviations.contains(key)
    }

    static func endsSentence<Keys: RandomAccessCollection<String>>(at period: Int, next: Int, tokens: [Token], keys: Keys) -> Bool where Keys.Index == Int {
        guard tokens[next].isSpaced else { return false }
        let nextStarts = tokens[next].isCapitalized || tokens[next].kind == .number
            || tokens[next].kind == .punctuation && isOpener(tokens[next].first)
        guard nextStarts else { return false }
        guard tokens[period].isMark("."), period > 0 else { return true }
        let previous = period - 1
        guard tokens[previous].end == tokens[period].start else { return true }
        if tokens[previous].kind == .word {
            // Only a key as short as the longest abbreviation is looked up.
            let key = keys[previous]
            if key.utf8.count <= longestAbbreviation && isAbbreviation(key) { return false }
            // An initial ("J. Smith", the "N" of "U.N.") does not end a sentence.
            if tokens[previous].isCapitalized && tokens[previous].end - tokens[previous].start == 1 { return false }
        }
        return true
    }
}
