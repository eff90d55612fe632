/// Escaping for text from articles written into Markdown (CommonMark and GitHub Flavored
/// Markdown), so that it is always shown as text and never read as structure.
///
/// - `&`, `<`, `>` become entities (no raw HTML, no autolinks), `{` and `}` become `&#123;` and
///   `&#125;` (no `{{ }}` templating in site generators);
/// - the inline markers `\` `` ` `` `*` `_` `[` `]` `|` `~` `$` get a backslash (no emphasis,
///   code, links, table cells, strike-through or math);
/// - line breaks and tabs become spaces, and a leading `#`, `-`, `+`, `=`, `>` or a number
///   followed by `.` or `)` is escaped (no headings, lists or quotes at the start of a line).
///
/// ```swift
/// MarkdownText.escape("*bold* <b> | {{x}}")   // "\\*bold\\* &lt;b&gt; \\| &#123;&#123;x&#125;&#125;"
/// ```
enum MarkdownText {
    /// `text` safe as inline Markdown, e.g. in a paragraph, heading or table cell.
    static func escape(_ text: String) -> String {
        let collapsed = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        var out = ""
        for scalar in collapsed.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "{": out += "&#123;"
            case "}": out += "&#125;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$": out += "\\" + String(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return escapingLineStart(out)
    }

    /// `text` with a block marker at its start escaped.
    private static func escapingLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < text.count {
            let next = text[text.index(text.startIndex, offsetBy: digits.count)]
            if next == "." || next == ")" { return digits + "\\" + text.dropFirst(digits.count) }
        }
        return text
    }

    /// `url` as a link destination: in angle brackets, with `<`, `>` and spaces percent-encoded
    /// (`%` is left alone: the url may already be encoded).
    static func url(_ url: String) -> String {
        "<" + url.replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: " ", with: "%20") + ">"
    }

    /// A link `[text](#anchor)` with `text` escaped.
    static func link(_ text: String, to anchor: String) -> String {
        "[\(escape(text))](#\(anchor))"
    }
}
