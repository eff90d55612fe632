/// Splits query text into tokens in one linear pass.
///
/// Names may contain letters (any script), digits, `_`, and a `-` between letters or digits, so
/// `armed-group` and `allied-with` are one name while `(a)-[` is not affected. `//` starts a
/// comment to the end of the line. Numbers are whole (`12`) or decimal (`0.5`, `1e+20`). Strings
/// use single or double quotes with `\` escapes
/// (`\"`, `\'`, `\\`, `\n`, `\t`, `\u{…}`).
struct QueryLexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) {
        characters = Array(text)
    }

    /// All tokens, ending with `.end`.
    static func tokens(of text: String) throws(QueryError) -> [QueryToken] {
        var lexer = QueryLexer(text)
        var tokens: [QueryToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if case .end = token.kind { return tokens }
        }
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column, offset: index) }

    private func peek(_ ahead: Int = 0) -> Character? {
        index + ahead < characters.count ? characters[index + ahead] : nil
    }

    private mutating func advance() {
        if characters[index] == "\n" || characters[index] == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private static func isNameStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    private static func isNamePart(_ c: Character) -> Bool { c.isLetter || c.isNumber && c.isASCII || c == "_" }

    mutating func next() throws(QueryError) -> QueryToken {
        // Skip spaces and comments.
        while let c = peek() {
            if c.isWhitespace {
                advance()
            } else if c == "/" && peek(1) == "/" {
                while let d = peek(), d != "\n", d != "\r\n" { advance() }
            } else {
                break
            }
        }
        let start = location
        guard let c = peek() else { return QueryToken(kind: .end, location: start) }

        if Self.isNameStart(c) {
            var name = ""
            while let d = peek() {
                if Self.isNamePart(d) {
                    name.append(d); advance()
                } else if d == "-", let e = peek(1), Self.isNamePart(e), let last = name.last, Self.isNamePart(last) {
                    name.append(d); advance()
                } else {
                    break
                }
            }
            return QueryToken(kind: .identifier(name, isQuoted: false), location: start)
        }
        if c == "`" {
            advance()
            var name = ""
            while true {
                guard let d = peek() else { throw QueryError("unterminated `name`: a backquote opened here is never closed", at: start) }
                advance()
                if d == "`" { break }
                name.append(d)
            }
            guard !name.isEmpty else { throw QueryError("empty `` name", at: start) }
            return QueryToken(kind: .identifier(name, isQuoted: true), location: start)
        }
        if c.isASCII && c.isNumber {
            return try number(at: start)
        }
        if c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" {
            return try string(at: start)
        }
        let two = peek(1).map { String(c) + String($0) } ?? ""
        if ["..", "<>", "!=", "<=", ">="].contains(two) {
            advance(); advance()
            return QueryToken(kind: .symbol(two), location: start)
        }
        if "()[]{}:,.|*-<>=+;".contains(c) {
            advance()
            return QueryToken(kind: .symbol(String(c)), location: start)
        }
        let shown = c.unicodeScalars.first.map { $0.isASCII && !$0.properties.isWhitespace && $0.value >= 32 ? "'\(c)'" : String(format: "U+%04X", $0.value) } ?? "?"
        var hint = ""
        if c == "\u{2192}" || c == "\u{2190}" || c == "\u{2014}" || c == "\u{2013}" { hint = " (write arrows and dashes with ASCII: -> <- -)" }
        throw QueryError("unexpected character \(shown)\(hint)", at: start)
    }

    private mutating func number(at start: SourceLocation) throws(QueryError) -> QueryToken {
        var digits = ""
        while let d = peek(), d.isASCII, d.isNumber { digits.append(d); advance() }
        // A '.' followed by a digit makes a decimal ('..' is a range); an exponent ("1e+20",
        // "2.5E-3") too.
        var isDecimal = false
        if peek() == ".", let e = peek(1), e.isASCII, e.isNumber {
            isDecimal = true
            digits.append("."); advance()
            while let d = peek(), d.isASCII, d.isNumber { digits.append(d); advance() }
        }
        if peek() == "e" || peek() == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if let d = peek(signed ? 2 : 1), d.isASCII, d.isNumber {
                isDecimal = true
                digits.append("e"); advance()
                if signed, let sign = peek() { digits.append(sign); advance() }
                while let d = peek(), d.isASCII, d.isNumber { digits.append(d); advance() }
            }
        }
        if isDecimal {
            guard let value = Double(digits), value.isFinite else { throw QueryError("malformed number \(digits.prefix(30))", at: start) }
            return QueryToken(kind: .number(value), location: start)
        }
        if let d = peek(), Self.isNameStart(d) {
            throw QueryError("a name cannot start with a digit: '\(digits)\(d)…'", at: start)
        }
        guard let value = Int(digits) else { throw QueryError("number \(digits.prefix(30)) is too large", at: start) }
        return QueryToken(kind: .integer(value), location: start)
    }

    private mutating func string(at start: SourceLocation) throws(QueryError) -> QueryToken {
        guard let open = peek() else { throw QueryError("unterminated string", at: start) }
        let close: Character = switch open {
        case "\u{201C}": "\u{201D}"
        case "\u{2018}": "\u{2019}"
        default: open
        }
        advance()
        var text = ""
        while true {
            guard let d = peek() else {
                throw QueryError("unterminated string: the quote \(open) opened here is never closed", at: start)
            }
            if d == close { advance(); break }
            if d == "\n" || d == "\r\n" {
                throw QueryError("unterminated string: the quote \(open) opened here is not closed on its line", at: start)
            }
            if d == "\\" {
                let escapeStart = location
                advance()
                guard let e = peek() else { throw QueryError("unterminated string", at: start) }
                advance()
                switch e {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\\", "\"", "'": text.append(e)
                case "u":
                    guard peek() == "{" else { throw QueryError("expected '{' after \\u in a string", at: escapeStart) }
                    advance()
                    var hex = ""
                    while let h = peek(), h != "}" , hex.count <= 8 { hex.append(h); advance() }
                    guard peek() == "}", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw QueryError("malformed \\u{…} escape in a string", at: escapeStart)
                    }
                    advance()
                    text.unicodeScalars.append(scalar)
                default:
                    throw QueryError("unknown escape \\\(e) in a string (use \\\\, \\\", \\', \\n, \\t or \\u{…})", at: escapeStart)
                }
                continue
            }
            text.append(d)
            advance()
        }
        return QueryToken(kind: .string(text), location: start)
    }
}
