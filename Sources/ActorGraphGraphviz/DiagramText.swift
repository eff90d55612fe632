/// Text shaping for diagram labels: wrapping at spaces and shortening with an ellipsis.
enum DiagramText {
    /// `text` with runs of white space made single spaces, cut at a word to at most `limit`
    /// characters with an ellipsis (a single over-long word is cut inside).
    ///
    /// ```swift
    /// DiagramText.shortened("one  two\nthree four", to: 13)   // "one two three…"
    /// ```
    static func shortened(_ text: String, to limit: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var out = ""
        for word in words {
            let next = out.isEmpty ? String(word) : out + " " + word
            if next.count > limit {
                if out.isEmpty { out = String(word.prefix(max(limit - 1, 1))) }
                return out + "…"
            }
            out = next
        }
        return out
    }

    /// `text` broken into lines of at most about `width` characters, at white space; a longer
    /// word stays whole on its own line.
    ///
    /// ```swift
    /// DiagramText.wrapped("Nour al-Din al-Zinki Movement", width: 22)   // "Nour al-Din al-Zinki\nMovement"
    /// ```
    static func wrapped(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line = line.isEmpty ? String(word) : line + " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// A quote as a node label: in typographic quotes, shortened to `limit` characters with an
    /// ellipsis and wrapped at `width`.
    ///
    /// ```swift
    /// DiagramText.quoteLabel("We will not leave Aleppo.", limit: 90, width: 30)   // "“We will not leave Aleppo.”"
    /// ```
    static func quoteLabel(_ quote: String, limit: Int = 90, width: Int = 32) -> String {
        wrapped("“" + shortened(quote, to: limit) + "”", width: width)
    }
}
