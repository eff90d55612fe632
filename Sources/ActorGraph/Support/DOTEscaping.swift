/// Quoting text as a DOT string that Graphviz reads back verbatim, shared by the diagram
/// writer and the plain DOT export.
///
/// Backslashes and double quotes are escaped, `&` becomes `&amp;` (Graphviz would otherwise
/// read an entity), CR, LF and CR LF become one `\n` line break, a tab stays, and other
/// control characters (and U+FFFE, U+FFFF) are dropped, since they cannot appear in the SVG
/// that Graphviz writes.
///
/// ```swift
/// DOTEscaping.quoted(#"say "hi" \ bye"#)   // #""say \"hi\" \\ bye""#
/// ```
public enum DOTEscaping {
    /// `text` quoted; `backslash` is what one backslash becomes (Graphviz unescapes some
    /// attributes, such as tooltips, twice, and those need `\\\\`).
    public static func quoted(_ text: String, backslash: String = #"\\"#) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !afterCarriageReturn { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
