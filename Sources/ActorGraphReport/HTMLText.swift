import ActorGraph
import Foundation

/// Small helpers for writing HTML that is also well-formed XML (so tests can parse it), with
/// every text escaped by ``MarkupEscaping/escape(_:)``.
enum HTMLText {
    /// `text` escaped for element content or a quoted attribute value.
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }

    /// `<a href="#anchor">text</a>`, with `text` escaped.
    static func link(_ text: String, to anchor: String) -> String {
        "<a href=\"#\(anchor)\">\(escape(text))</a>"
    }

    /// `text` with runs of white space made single spaces.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `value` percent-encoded for use as a URL path segment.
    static func pathSegment(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
