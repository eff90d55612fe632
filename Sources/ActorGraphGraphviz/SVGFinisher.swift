import ActorGraph
import Foundation

/// Finishes Graphviz's SVG for reports: accessible names, readable element titles, and an
/// embeddable variant.
///
/// Graphviz 2.42's SVG writer puts every element on its own line and the root `<svg …>` tag
/// first after the prolog; the edits below rely on that layout and leave anything they do not
/// recognise untouched.
/// - the root gets `role="img"`, `aria-labelledby`, and a `<title>` and `<desc>` as its first
///   children (screen readers announce them; browsers show the title on hover);
/// - each node, edge and box's `<title>` (Graphviz writes the synthetic DOT id, e.g. `n3`)
///   becomes its human name, e.g. `Russia — state`;
/// - the graph label (title, caption and legend) is wrapped in `<g id="…-label" class="label">`
///   so that styles and tests can find it;
/// - when embedding: no XML prolog, DOCTYPE or comments, and no fixed `width`/`height`, only the
///   `viewBox`, so the picture scales to its container.
enum SVGFinisher {
    /// `svg` finished as described above. `idPrefix` starts the ids of the added elements
    /// (`<prefix>-title`, `<prefix>-desc`, `<prefix>-label`).
    static func finish(_ svg: Data, title: String, description: String, elementTitles: [String: String],
                       idPrefix: String, embeddable: Bool) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        guard let rootStart = text.range(of: "<svg"),
              let rootEnd = text[rootStart.upperBound...].firstIndex(of: ">") else { return svg }
        let prolog = text[..<rootStart.lowerBound]
        var rootTag = String(text[rootStart.lowerBound..<rootEnd])
        if embeddable {
            rootTag = removingAttribute("width", from: rootTag)
            rootTag = removingAttribute("height", from: rootTag)
        }
        let titleID = idPrefix + "-title", descriptionID = idPrefix + "-desc"
        rootTag += " role=\"img\" aria-labelledby=\"\(titleID) \(descriptionID)\">"
        var out = embeddable ? "" : String(prolog)
        out += rootTag + "\n"
        out += "<title id=\"\(titleID)\">" + MarkupEscaping.escape(title) + "</title>\n"
        out += "<desc id=\"\(descriptionID)\">" + MarkupEscaping.escape(description) + "</desc>"

        let body = text[text.index(after: rootEnd)...]
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        retitle(&lines, elementTitles: elementTitles, graphTitle: title)
        wrapGraphLabel(&lines, id: idPrefix + "-label")
        if embeddable {
            lines.removeAll { $0.hasPrefix("<!--") && $0.hasSuffix("-->") }
        }
        out += lines.joined(separator: "\n")
        return Data(out.utf8)
    }

    /// Replaces the `<title>` line after each `<g id="…">` whose id has an entry in `titles`,
    /// and the graph's own title with `graphTitle`.
    private static func retitle(_ lines: inout [String], elementTitles: [String: String], graphTitle: String) {
        for index in lines.indices.dropLast() where lines[index].hasPrefix("<g id=\"") {
            guard lines[index + 1].hasPrefix("<title>"), lines[index + 1].hasSuffix("</title>"),
                  let id = attribute("id", in: lines[index]) else { continue }
            let name = id == "graph0" ? graphTitle : elementTitles[id]
            if let name { lines[index + 1] = "<title>" + MarkupEscaping.escape(name) + "</title>" }
        }
    }

    /// Wraps the graph label's lines (between the page background and the first element group)
    /// in a group of their own.
    private static func wrapGraphLabel(_ lines: inout [String], id: String) {
        guard let graphLine = lines.firstIndex(where: { $0.hasPrefix("<g id=\"graph0\"") }) else { return }
        var start = graphLine + 1
        if start < lines.count, lines[start].hasPrefix("<title>") { start += 1 }
        if start < lines.count, lines[start].hasPrefix("<polygon") { start += 1 }   // the page background
        var end = start
        while end < lines.count, !lines[end].hasPrefix("<g"), !lines[end].hasPrefix("<!--"), !lines[end].hasPrefix("</g>") {
            end += 1
        }
        guard end > start else { return }
        lines.insert("</g>", at: end)
        lines.insert("<g id=\"\(id)\" class=\"label\">", at: start)
    }

    /// The unescaped value of `name="…"` in an element line (Graphviz writes `-` as `&#45;`).
    static func attribute(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: " " + name + "=\""),
              let end = line[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(line[start.upperBound..<end])
            .replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `tag` without the attribute `name="…"` (matched as a whole word).
    private static func removingAttribute(_ name: String, from tag: String) -> String {
        for separator in [" ", "\n"] {
            guard let start = tag.range(of: separator + name + "=\""),
                  let end = tag[start.upperBound...].firstIndex(of: "\"") else { continue }
            return String(tag[..<start.lowerBound]) + String(tag[tag.index(after: end)...])
        }
        return tag
    }
}
