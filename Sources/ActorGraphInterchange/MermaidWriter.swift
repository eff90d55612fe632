import ActorGraph

/// Writes an ``ActorGraph`` as a Mermaid flowchart, which forges render inside a Markdown
/// ```` ```mermaid ```` block.
///
/// Nodes get short ids (`n1`, `n2`… in id order) and quoted labels: actors as boxes, places as
/// stadiums, statements as flags. Edges carry their relation as a label and are drawn by class:
/// cooperation solid blue, conflict dotted vermillion, control thick black, others solid grey.
///
/// Mermaid's parser is fragile, so labels are made safe: every character other than letters,
/// digits, spaces and `. , : ' - / ! ?` is written as a numeric entity (`"` → `#34;`, `#` →
/// `#35;`, `;` → `#59;`, `<` → `#60;`, `[` → `#91;`, `{` → `#123;`, a backtick → `#96;`…), which
/// Mermaid shows as the character itself and never reads as syntax or markup; line breaks become
/// spaces and control characters are dropped.
///
/// ```swift
/// MermaidWriter.text(for: graph)
/// // flowchart LR
/// //   n1["Russia"]
/// //   n1 -->|"supports"| n2
/// ```
public enum MermaidWriter {
    /// The flowchart direction.
    public enum Direction: String, Sendable, CaseIterable {
        /// Left to right.
        case leftToRight = "LR"
        /// Top to bottom.
        case topToBottom = "TB"
    }

    /// The graph as Mermaid flowchart text ending in a newline.
    public static func text(for graph: ActorGraph, direction: Direction = .leftToRight) -> String {
        var out = "flowchart \(direction.rawValue)\n"
        var shortIDs: [String: String] = [:]
        var byKind: [NodeKind: [String]] = [:]
        for (index, node) in graph.nodes.enumerated() {
            let id = "n\(index + 1)"
            shortIDs[node.id] = id
            byKind[node.kind, default: []].append(id)
            let label = "\"" + escaped(node.label) + "\""
            switch node.kind {
            case .actor: out += "  \(id)[\(label)]\n"
            case .place: out += "  \(id)([\(label)])\n"
            case .statement: out += "  \(id)>\(label)]\n"
            }
        }
        var linksByClass: [String: [Int]] = [:]
        var linkIndex = 0
        for edge in graph.edges {
            guard let source = shortIDs[edge.source], let target = shortIDs[edge.target] else { continue }
            let arrow = switch edge.relationClass {
            case .conflict: "-.->"
            case .control: "==>"
            default: "-->"
            }
            out += "  \(source) \(arrow)|\"\(escaped(edge.relation.rawValue))\"| \(target)\n"
            linksByClass[linkColor(edge.relationClass), default: []].append(linkIndex)
            linkIndex += 1
        }
        for kind in NodeKind.allCases {
            guard let ids = byKind[kind] else { continue }
            out += "  classDef \(kind.rawValue) \(nodeStyle(kind))\n"
            out += "  class \(ids.joined(separator: ",")) \(kind.rawValue)\n"
        }
        for color in linksByClass.keys.sorted() {
            guard let indices = linksByClass[color] else { continue }
            out += "  linkStyle \(indices.map(String.init).joined(separator: ",")) stroke:\(color)\n"
        }
        return out
    }

    /// `text` made safe inside a quoted Mermaid label (see the type's rules).
    public static func escaped(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !lastWasSpace { out += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
            let isSafeASCII = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                || " .,:'-/!?".unicodeScalars.contains(scalar)
            if isSafeASCII || v > 0x9F {
                out.unicodeScalars.append(scalar)
            } else {
                out += "#\(v);"
            }
        }
        return out
    }

    private static func nodeStyle(_ kind: NodeKind) -> String {
        switch kind {
        case .actor: "fill:#56B4E9,stroke:#333333,color:#000000"
        case .place: "fill:#EFEFEF,stroke:#333333,color:#000000"
        case .statement: "fill:#FFFFFF,stroke:#333333,color:#000000"
        }
    }

    private static func linkColor(_ relationClass: RelationClass) -> String {
        switch relationClass {
        case .cooperation: "#0072B2"
        case .conflict: "#D55E00"
        case .control: "#000000"
        default: "#777777"
        }
    }
}
