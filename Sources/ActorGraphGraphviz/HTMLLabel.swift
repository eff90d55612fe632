import ActorGraph

/// A Graphviz HTML-like label, built so that every piece of text is XML-escaped.
///
/// Text goes in through ``init(text:)`` (escaped with `MarkupEscaping.escape`, backslashes
/// doubled so Graphviz's `\N`-style substitution leaves them alone, newlines become `<BR/>`);
/// markup comes only from the builders here, so the result is always well-formed.
/// Use ``value`` as a DOT attribute value.
///
/// ```swift
/// let label = HTMLLabel.table([
///     [HTMLLabel.Cell(HTMLLabel(text: "Hezbollah & allies").bold())],
///     [HTMLLabel.Cell(HTMLLabel(text: "<armed group>"), attributes: ["BGCOLOR": "#E69F00"])],
/// ])
/// node.attributes["label"] = label.value   // label=<<TABLE …>…&lt;armed group&gt;…</TABLE>>
/// ```
public struct HTMLLabel: Sendable, Hashable, CustomStringConvertible {
    /// The well-formed markup, without the outer `<` `>` that DOT puts around it.
    public private(set) var markup: String

    /// A label showing `text` verbatim: `& < > " '` are escaped, `\` is doubled (Graphviz
    /// applies escString substitution to HTML text too) and newlines become `<BR/>`.
    public init(text: String) {
        var out = ""
        var afterCarriageReturn = false
        for scalar in MarkupEscaping.escape(text).unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r": out += "<BR/>"
            case "\n": if !afterCarriageReturn { out += "<BR/>" }
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        markup = out
    }

    /// A label from markup the caller guarantees is well-formed Graphviz HTML with escaped text.
    public init(trustedMarkup markup: String) { self.markup = markup }

    /// The DOT attribute value, ``DOTAttributeValue/html(_:)``.
    public var value: DOTAttributeValue { .html(markup) }

    /// The markup.
    public var description: String { markup }

    /// A line break (`<BR/>`).
    public static let lineBreak = HTMLLabel(trustedMarkup: "<BR/>")

    /// The two labels one after the other.
    public static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel {
        HTMLLabel(trustedMarkup: lhs.markup + rhs.markup)
    }

    /// This label in bold (`<B>`).
    public func bold() -> HTMLLabel { HTMLLabel(trustedMarkup: "<B>" + markup + "</B>") }

    /// This label in italics (`<I>`).
    public func italic() -> HTMLLabel { HTMLLabel(trustedMarkup: "<I>" + markup + "</I>") }

    /// This label in a `<FONT>` with the given size (points), colour and face; `nil` keeps the
    /// surrounding value.
    public func font(pointSize: Double? = nil, color: String? = nil, face: String? = nil) -> HTMLLabel {
        var attributes: [(String, String)] = []
        if let pointSize { attributes.append(("POINT-SIZE", Self.number(pointSize))) }
        if let color { attributes.append(("COLOR", color)) }
        if let face { attributes.append(("FACE", face)) }
        guard !attributes.isEmpty else { return self }
        return HTMLLabel(trustedMarkup: "<FONT" + Self.attributeText(attributes) + ">" + markup + "</FONT>")
    }

    /// One `<TD>` of a ``table(_:attributes:)``.
    public struct Cell: Sendable, Hashable {
        /// What the cell shows.
        public var content: HTMLLabel
        /// `<TD>` attributes, e.g. `BGCOLOR`, `ALIGN`, `COLSPAN`; values are escaped.
        public var attributes: [String: String]

        /// Creates a cell; its attributes are written sorted by name.
        public init(_ content: HTMLLabel, attributes: [String: String] = [:]) {
            self.content = content
            self.attributes = attributes
        }

        /// A cell showing `text` verbatim.
        public init(text: String, attributes: [String: String] = [:]) {
            self.init(HTMLLabel(text: text), attributes: attributes)
        }
    }

    /// A `<TABLE>` with one `<TR>` per row. Table attributes (e.g. `BORDER`, `CELLSPACING`) and
    /// cell attributes are written sorted by name, their values escaped.
    ///
    /// ```swift
    /// HTMLLabel.table([[.init(text: "a"), .init(text: "b")]], attributes: ["BORDER": "0"])
    /// ```
    public static func table(_ rows: [[Cell]], attributes: [String: String] = [:]) -> HTMLLabel {
        var out = "<TABLE" + attributeText(sorted(attributes)) + ">"
        for row in rows where !row.isEmpty {
            out += "<TR>"
            for cell in row {
                out += "<TD" + attributeText(sorted(cell.attributes)) + ">" + cell.content.markup + "</TD>"
            }
            out += "</TR>"
        }
        out += "</TABLE>"
        return HTMLLabel(trustedMarkup: out)
    }

    private static func sorted(_ attributes: [String: String]) -> [(String, String)] {
        attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { name, value in
            let safeName = String(name.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "-" })
            return " " + safeName + "=\"" + MarkupEscaping.escape(value) + "\""
        }.joined()
    }

    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
