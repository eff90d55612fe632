/// The value of a DOT attribute: literal text, or an HTML-like label.
///
/// Text is always written as a quoted DOT string, escaped for the attribute it belongs to (see
/// ``DOTWriter``), so it shows exactly as given: `\N` stays `\N`, `&amp;` stays `&amp;`, a
/// newline becomes a line break, quotes and backslashes are kept. HTML is never guessed from
/// the text; use ``html(_:)`` (best built with ``HTMLLabel``) to opt in.
///
/// ```swift
/// var attributes: DOTAttributes = ["label": "Nour al-Din \"Zinki\"", "penwidth": 2.5]
/// attributes["label"] = HTMLLabel(text: "<b> is text here").value
/// ```
public enum DOTAttributeValue: Sendable, Hashable, ExpressibleByStringLiteral,
                               ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
                               ExpressibleByBooleanLiteral {
    /// Literal text, shown verbatim.
    case string(String)
    /// An HTML-like label body (without the outer `<` `>`), written as `<…>`.
    ///
    /// The caller must supply well-formed markup with all text XML-escaped (see ``HTMLLabel``);
    /// otherwise Graphviz reports a syntax error.
    case html(String)

    /// A number written the shortest way that reads back exactly, e.g. `2.5`, `3`.
    public static func number(_ value: Double) -> DOTAttributeValue {
        if value == value.rounded(), abs(value) < 1e15 { return .string(String(Int(value))) }
        return .string(String(value))
    }

    /// Text.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer, as text.
    public init(integerLiteral value: Int) { self = .string(String(value)) }
    /// A number, as text (see ``number(_:)``).
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` or `false`, as text.
    public init(booleanLiteral value: Bool) { self = .string(value ? "true" : "false") }
}
