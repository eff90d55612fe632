import Foundation

/// Prepares a diagram's SVG (rendered with `Diagram.isEmbeddable`) for inlining into an HTML
/// page next to other diagrams and tables.
///
/// - Every `id` is prefixed (`node-russia` → `svg-alliances-node-russia`), and so are the
///   references to them (`url(#…)`, `aria-labelledby`), so two diagrams never share
///   an id and never clash with the page's anchors.
/// - Each node, edge, edge label and bloc box's `<a>` (Graphviz writes one to carry the tooltip)
///   gets an `href` to the page anchor named by the element's original id, when `anchors` has
///   it: a click on Russia in a diagram goes to the row `#node-russia`.
///
/// Graphviz writes one element per line; the edits rely on that and leave anything else alone.
enum SVGEmbedding {
    /// `svg` with ids prefixed by `prefix`, and links added from each element id to the page
    /// anchor `anchors` maps it to.
    static func prepare(_ svg: String, prefix: String, anchors: [String: String]) -> String {
        var lines = svg.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            var line = lines[index]
            if line.hasPrefix("<g id=\"a_"), !line.contains("href="), let id = attribute("id", in: line),
               let target = linkTarget(String(id.dropFirst(2)), anchors: anchors), let anchorStart = line.range(of: "<a ") {
                line.replaceSubrange(anchorStart, with: "<a href=\"#\(target)\" xlink:href=\"#\(target)\" ")
            }
            line = prefixingIDs(line, prefix: prefix)
            lines[index] = line
        }
        return lines.joined(separator: "\n")
    }

    /// The width the diagram was laid out at, in CSS pixels (the `viewBox` width is in points).
    static func naturalWidth(_ svg: String) -> Double? {
        guard let rootStart = svg.range(of: "<svg"), let rootEnd = svg[rootStart.upperBound...].firstIndex(of: ">"),
              let viewBox = attribute("viewBox", in: String(svg[rootStart.lowerBound..<rootEnd])) else { return nil }
        let numbers = viewBox.split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2] * 4 / 3).rounded() : nil
    }

    /// `svg` as a file of its own: an XML prolog, and `width`/`height` (in points) taken from
    /// the `viewBox`, so that an `<img>` shows it at its natural size.
    static func standalone(_ svg: String) -> String {
        var text = svg
        if let rootStart = text.range(of: "<svg"), let rootEnd = text[rootStart.upperBound...].firstIndex(of: ">"),
           let viewBox = attribute("viewBox", in: String(text[rootStart.lowerBound..<rootEnd])) {
            let numbers = viewBox.split(separator: " ").compactMap { Double($0) }
            if numbers.count == 4, !text[rootStart.lowerBound..<rootEnd].contains(" width=\"") {
                text.insert(contentsOf: " width=\"\(format(numbers[2]))pt\" height=\"\(format(numbers[3]))pt\"", at: rootStart.upperBound)
            }
        }
        if !text.hasPrefix("<?xml") { text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + text }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// The anchor an element id links to: the id itself, or without a `-label` suffix (edge
    /// labels), or without a `-2`… suffix (a second edge with the same id).
    static func linkTarget(_ id: String, anchors: [String: String]) -> String? {
        var candidate = id
        if let target = anchors[candidate] { return target }
        if candidate.hasSuffix("-label") { candidate.removeLast("-label".count) }
        if let target = anchors[candidate] { return target }
        if let dash = candidate.lastIndex(of: "-"), Int(candidate[candidate.index(after: dash)...]) != nil {
            candidate = String(candidate[..<dash])
            if let target = anchors[candidate] { return target }
        }
        return nil
    }

    /// `line` with the values of `id`, `aria-labelledby` and fragment references prefixed.
    static func prefixingIDs(_ line: String, prefix: String) -> String {
        var out = line
        out = replacingValues(of: " id=\"", in: out) { prefix + $0 }
        out = replacingValues(of: " aria-labelledby=\"", in: out) { value in
            value.split(separator: " ").map { prefix + $0 }.joined(separator: " ")
        }
        out = replacingValues(of: "url(#", in: out, terminator: ")") { prefix + $0 }
        return out
    }

    /// `text` with each value that follows `opener` up to `terminator` transformed.
    private static func replacingValues(of opener: String, in text: String, terminator: Character = "\"",
                                        _ transform: (String) -> String) -> String {
        guard text.contains(opener) else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: opener) {
            out += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: terminator) else { break }
            out += transform(String(rest[..<end]))
            rest = rest[end...]
        }
        out += rest
        return out
    }

    /// The value of `name="…"` in `line`, with Graphviz's `&#45;` turned back into `-`.
    static func attribute(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: " " + name + "=\""),
              let end = line[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return line[start.upperBound..<end].replacingOccurrences(of: "&#45;", with: "-")
    }
}
