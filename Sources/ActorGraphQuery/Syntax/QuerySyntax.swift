/// Spelling rules shared by the parser and the printers.
enum QuerySyntax {
    /// Words that cannot be variable names without backquotes.
    static let keywords: Set<String> = ["match", "path", "shortest", "all", "where", "return", "distinct", "order",
                                        "by", "asc", "desc", "ascending", "descending", "skip", "limit", "as", "and",
                                        "or", "not", "in", "contains", "starts", "ends", "with", "is", "null",
                                        "true", "false"]

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
            let d = editDistance(key, candidate.lowercased(), limit: limit)
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

    /// Levenshtein distance, or `limit + 1` once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var best = i
            for j in 1...y.count {
                current[j] = min(previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
