import ActorGraph

/// Spelling rules shared by the parser and the printers.
enum QuerySyntax {
    /// Words that cannot be variable names without backquotes.
    static let keywords: Set<String> = ["match", "path", "shortest", "all", "where", "return", "distinct", "order",
                                        "by", "asc", "desc", "ascending", "descending", "skip", "limit", "as", "and",
                                        "or", "not", "in", "contains", "starts", "ends", "with", "is", "null",
                                        "true", "false", "optional"]

    /// A name as query text: bare when it lexes as one name and is not a keyword, else backquoted.
    static func name(_ text: String) -> String {
        let bare = !text.isEmpty && !keywords.contains(text.lowercased())
            && (try? QueryLexer.tokens(of: text)).map { tokens in
                tokens.count == 2 && tokens[0].kind == .identifier(text, isQuoted: false)
            } == true
        return bare ? text : "`" + text.replacingAll("`", with: "") + "`"
    }

    /// A string as a double-quoted query literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Lowercased, with `_` and camel-case humps turned into `-`: `armedGroup`, `ARMED_GROUP` and
    /// `armed-group` are the same word.
    static func normalisedWord(_ word: String) -> String {
        var out = ""
        var previousLower = false
        for c in word {
            if c.isUppercase && previousLower { out.append("-") }
            out += c == "_" ? "-" : c.lowercased()
            previousLower = c.isLowercase
        }
        return out
    }

    /// Up to three of `candidates` close to `word`, closest first.
    static func suggestions(for word: String, among candidates: [String]) -> [String] {
        let key = word.lowercased()
        let limit = max(2, key.count / 3)
        var scored: [(Int, String)] = []
        for candidate in candidates {
            let d = NameMatching.editDistance(key, candidate.lowercased(), limit: limit)
            if d <= limit { scored.append((d, candidate)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return Array(scored.prefix(3).map(\.1))
    }

    /// `; did you mean x or y?`, or an empty string.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        let found = suggestions(for: word, among: candidates)
        guard !found.isEmpty else { return "" }
        return "; did you mean " + found.joined(separator: " or ") + "?"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
