import ActorGraph

/// Transcripts: the turns of a broadcast or an interview written as "SPEAKER: words".
extension StatementFinder {
    /// Adds a statement for each turn of a transcript whose speaker the document names: a line
    /// that opens with a speaker's name and a colon ("JULIAN WHITCOMBE: Militarily, very little")
    /// is that person's statement, and an answer ("A: …") is the interviewee's. In an interview
    /// written with names in ordinary case ("Q: …" then "Haddad: …"), a label that is the name or
    /// surname of a person the document names is that person's turn; such a label that names no
    /// person ("Update: …", "Moscow: …") opens no turn. The turns of the
    /// presenter, the interviewer and the outlet's own correspondents are the programme's
    /// questions and reporting, not statements; nor is a line that quotes nobody known
    /// ("CORRECTION: …").
    func findTranscriptTurns(outside spans: [QuoteSpan]) {
        var interviewee: String??   // looked up once, at the first answer
        var names: [String: String]?   // the document's persons by name and by surname, made at the first label
        var journalists: Set<String>?   // the persons presented as the outlet's journalists, found at the first turn
        for sentence in analysis.sentences where sentence.tokens.count > 2 && tokens[sentence.tokens.lowerBound].startsLine {
            guard let (label, colon, capitals) = speakerLabel(at: sentence.tokens.lowerBound, in: sentence), quoteSpan(containing: colon, in: spans) == nil else { continue }
            // ("Dr Haddad:": a title before a name in ordinary case is no part of the name.)
            let labelKeys = label.filter { tokens[$0].kind == .word && (capitals || !analysis.isWord($0, .title)) }.map { keys[$0] }
            guard let first = labelKeys.first, !Self.interviewerLabels.contains(labelKeys.joined(separator: " ")) else { continue }
            if journalists == nil { journalists = journalistIDs() }
            let speaker: String?
            if capitals, labelKeys.count == 1, Self.answerLabels.contains(first) {
                if interviewee == nil { interviewee = .some(intervieweeBefore(sentence.tokens.lowerBound, journalists: journalists ?? [])) }
                speaker = interviewee ?? nil
            } else {
                if names == nil { names = personNames() }
                speaker = names?[labelKeys.joined(separator: " ")]
            }
            guard let speaker, journalists?.contains(speaker) != true else { continue }
            // The turn runs to the end of its line (paragraph).
            let paragraph = sentence.paragraph
            var last = colon + 1
            while last + 1 < tokens.count, analysis.sentences[Int(analysis.sentenceOfToken[last + 1])].paragraph == paragraph { last += 1 }
            guard last > colon + 2 else { continue }
            let quoteStart = tokens[colon + 1].start, quoteEnd = tokens[last].end
            let about = entities(in: (colon + 1)...last, besides: speaker)
            analysis.statements.append(FoundStatement(speaker: speaker, quote: cleanedQuote(from: quoteStart, to: quoteEnd),
                                                      quoteStart: quoteStart, quoteEnd: quoteEnd,
                                                      evidenceStart: sentence.start, evidenceEnd: quoteEnd, about: about))
        }
    }

    /// The label of a transcript turn at the start of a line: one to four words all in capitals
    /// (or one capital letter), or one to three capitalised words in ordinary case ("Dr Haddad"),
    /// an optional parenthesis ("PRESENTER (Helen Marsh)"), then a colon. Returns the label's
    /// tokens, the colon, and whether the label is in capitals.
    private func speakerLabel(at start: Int, in sentence: Sentence) -> (Range<Int>, Int, Bool)? {
        // The colon comes at most 11 tokens on (five words of the label, then a parenthesis of
        // at most six tokens): most lines have none there, and are no label, whatever their words.
        let colonLimit = min(start + 12, sentence.tokens.upperBound - 1)
        guard start + 1 < colonLimit, (start + 1..<colonLimit).contains(where: { analysis.isKey($0, .colon) }) else { return nil }
        var t = start
        while t < sentence.tokens.upperBound, t < start + 5, tokens[t].kind == .word, isCapitalLetters(t) { t += 1 }
        let capitals = t > start
        if !capitals {
            while t < sentence.tokens.upperBound, t < start + 3, tokens[t].kind == .word, tokens[t].isCapitalized { t += 1 }
        }
        let label = start..<t
        guard !label.isEmpty else { return nil }
        // (Only a punctuation token can have the key "(": the kind is tested before the string.)
        if t < tokens.count, tokens[t].kind == .punctuation, analysis.key(t) == "(" {
            guard let close = (t + 1..<min(sentence.tokens.upperBound, t + 6)).first(where: { analysis.key($0) == ")" }) else { return nil }
            t = close + 1
        }
        guard analysis.isKey(t, .colon), t + 1 < sentence.tokens.upperBound else { return nil }
        return (label, t, capitals)
    }

    /// True when token `t` is written in capitals only ("WHITCOMBE", "Q").
    private func isCapitalLetters(_ t: Int) -> Bool {
        // The token's scalars are read from the document in place (its text is not made), and an
        // ASCII scalar is lower-case exactly when it is a-z: no Unicode property lookup for it.
        tokens[t].isCapitalized && !analysis.document.scalars[tokens[t].start..<tokens[t].end].contains { scalar in
            scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
        }
    }

    /// The persons of the document by the keys of their names ("julian whitcombe") and, for
    /// names of two words or more, by their surnames ("whitcombe"); the first named wins.
    private func personNames() -> [String: String] {
        var names: [String: String] = [:]
        for m in analysis.mentions where analysis.category(of: m) == .person && m.form != .adjective {
            let words = m.tokens.filter { tokens[$0].kind == .word && !analysis.isWord($0, .title) }.map { keys[$0] }
            guard let last = words.last else { continue }
            let id = analysis.id(of: m)
            if names[words.joined(separator: " ")] == nil { names[words.joined(separator: " ")] = id }
            if words.count >= 2, names[last] == nil { names[last] = id }
        }
        return names
    }

    /// The person an interview's answers are from: the first named person before the first
    /// answer who is not one of the outlet's journalists.
    private func intervieweeBefore(_ t: Int, journalists: Set<String>) -> String? {
        for m in analysis.mentions where m.tokens.lowerBound < t && analysis.category(of: m) == .person && m.form != .adjective {
            let id = analysis.id(of: m)
            if !journalists.contains(id) { return id }
        }
        return nil
    }

    /// The persons the document presents as the outlet's journalists: "our correspondent Tom
    /// Aldridge", "Selin Arat, our reporter in Gaziantep" (one pass over the mentions).
    private func journalistIDs() -> Set<String> {
        var ids: Set<String> = []
        for m in analysis.mentions where analysis.category(of: m) == .person {
            let before = max(0, m.tokens.lowerBound - 3)..<m.tokens.lowerBound
            let after = m.tokens.upperBound..<min(tokens.count, m.tokens.upperBound + 4)
            // (A turn's label before a colon, "PRESENTER: Julian Whitcombe, thank you", presents no one.)
            if before.contains(where: { Self.journalistNouns.contains(keys[$0]) && !analysis.isKey($0 + 1, .colon) })
                || analysis.isKey(m.tokens.upperBound, .comma) && after.contains(where: { Self.journalistNouns.contains(keys[$0]) }) {
                ids.insert(analysis.id(of: m))
            }
        }
        return ids
    }

    /// Labels of the one who asks: their turns are no statements.
    static let interviewerLabels: Set<String> = ["presenter", "host", "anchor", "q", "question", "interviewer", "moderator", "reporter", "correspondent"]

    /// Labels of an interview's answers.
    static let answerLabels: Set<String> = ["a", "answer"]

    /// Nouns that present someone as a journalist of the outlet.
    static let journalistNouns: Set<String> = ["correspondent", "reporter", "presenter", "anchor", "journalist", "editor", "producer", "host"]
}
