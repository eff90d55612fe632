/// Escaping for XML, SVG and HTML text and attribute values.
public enum MarkupEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, and characters XML 1.0 forbids
    /// (most C0 controls) dropped, so it is safe as element text or as a quoted attribute value.
    ///
    /// ```swift
    /// MarkupEscaping.escape("<script> & \"x\"")  // "&lt;script&gt; &amp; &quot;x&quot;"
    /// ```
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&#39;")
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
