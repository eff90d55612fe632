import ActorGraph

/// Escaping for text written into XML (GraphML, GEXF), built on ``MarkupEscaping/escape(_:)``.
enum XMLText {
    /// `text` safe as element content. A carriage return becomes `&#13;` so that XML's line-end
    /// normalisation does not turn it into a newline.
    static func content(_ text: String) -> String {
        let escaped = MarkupEscaping.escape(text)
        return escaped.contains("\r") ? escaped.replacingOccurrences(of: "\r", with: "&#13;") : escaped
    }

    /// `text` safe as a double-quoted attribute value. Tabs, newlines and carriage returns become
    /// character references, because XML attribute normalisation would turn them into spaces.
    static func attribute(_ text: String) -> String {
        var out = ""
        for scalar in MarkupEscaping.escape(text).unicodeScalars {
            switch scalar {
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
