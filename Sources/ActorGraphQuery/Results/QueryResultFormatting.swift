import ActorGraph

extension QueryResult {
    /// The rows as an aligned text table with a header, a rule and a row count, e.g.
    /// ```
    /// a        b
    /// ───────  ─────────────────────────
    /// Russia   Syrian government forces
    /// (1 row)
    /// ```
    /// Nodes show by label; cells longer than `maximumWidth` characters are cut with `…`. With
    /// `evidence`, each row is followed by the sentences behind it, indented.
    public func table(maximumWidth: Int = 100, evidence: Bool = false) -> String {
        let cells = rows.map { row in row.values.map { Self.oneLine(Self.text(of: $0), maximumWidth) } }
        var widths = columns.map { Self.oneLine($0, maximumWidth).count }
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ items: [String]) -> String {
            var out = ""
            for (i, item) in items.enumerated() {
                out += item
                if i < items.count - 1 { out += String(repeating: " ", count: widths[i] - item.count + 2) }
            }
            return out
        }
        var out = line(columns.map { Self.oneLine($0, maximumWidth) }) + "\n"
        out += widths.map { String(repeating: "─", count: max($0, 1)) }.joined(separator: "  ") + "\n"
        for (r, row) in cells.enumerated() {
            out += line(row) + "\n"
            if evidence {
                for edge in rows[r].edges {
                    for span in edge.evidence {
                        out += "    \(edge.source) -[\(edge.relation.rawValue)]-> \(edge.target) · \(span.document): "
                            + Self.oneLine(span.text, 400) + "\n"
                    }
                }
            }
        }
        out += rows.count == 1 ? "(1 row)\n" : "(\(rows.count) rows)\n"
        return out
    }

    /// The rows as CSV (RFC 4180): a header of column names, nodes by id, edges and paths as
    /// `a -[relation]-> b` over ids, lists joined by `; `. Fields are quoted when needed, and a
    /// field starting with `=`, `+`, `-`, `@`, a tab or a carriage return (other than a number) gets
    /// a leading `'` so spreadsheets do not run it.
    public func csv() -> String {
        var out = columns.map(Self.csvField).joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.values.map { Self.csvField(Self.text(of: $0, ids: true)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The result as JSON: the columns, and each row's values (by column name) and evidence.
    /// Nodes are `{"id", "label", "kind", "category"}`, edges `{"source", "target", "relation",
    /// "weight"}`, paths `{"length", "nodes", "edges"}`.
    public var jsonValue: JSONValue {
        .object([
            ("columns", .array(columns.map(JSONValue.string))),
            ("rows", .array(rows.map { row in
                .object([
                    ("values", .object(zip(row.columns, row.values).map { ($0, Self.json(of: $1)) })),
                    ("evidence", .array(row.edges.flatMap { edge in
                        edge.evidence.map { span in
                            JSONValue.object([
                                ("source", .string(edge.source)), ("target", .string(edge.target)),
                                ("relation", .string(edge.relation.rawValue)), ("document", .string(span.document)),
                                ("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(span.text)),
                            ])
                        }
                    })),
                ])
            })),
            ("count", .int(rows.count)),
        ])
    }

    static func json(of value: QueryValue) -> JSONValue {
        switch value {
        case .null: .null
        case let .bool(v): .bool(v)
        case let .int(v): .int(v)
        case let .double(v): v.isFinite ? .double(v) : .null
        case let .string(v): .string(v)
        case let .list(items): .array(items.map(json(of:)))
        case let .node(node): nodeJSON(node)
        case let .edge(edge): edgeJSON(edge)
        case let .path(path):
            .object([("length", .int(path.length)), ("nodes", .array(path.nodes.map(nodeJSON))),
                     ("edges", .array(path.edges.map(edgeJSON)))])
        }
    }

    private static func nodeJSON(_ node: Node) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(node.id)), ("label", .string(node.label)), ("kind", .string(node.kind.rawValue))]
        if let category = node.category { members.append(("category", .string(category.rawValue))) }
        if let quote = node.quote { members.append(("quote", .string(quote))) }
        return .object(members)
    }

    private static func edgeJSON(_ edge: Edge) -> JSONValue {
        .object([("source", .string(edge.source)), ("target", .string(edge.target)),
                 ("relation", .string(edge.relation.rawValue)), ("weight", .int(edge.weight))])
    }

    /// A value as one line of text: nodes by label (or by id with `ids`), edges and paths as
    /// `a -[relation]-> b`, lists joined by `, ` (`; ` with ids), `null` as nothing.
    public static func text(of value: QueryValue, ids: Bool = false) -> String {
        func name(_ node: Node) -> String { ids ? node.id : node.label }
        switch value {
        case .null: return ""
        case let .bool(v): return v ? "true" : "false"
        case let .int(v): return String(v)
        case let .double(v): return QueryIndex.format(v)
        case let .string(v): return v
        case let .list(items): return items.map { text(of: $0, ids: ids) }.joined(separator: ids ? "; " : ", ")
        case let .node(node): return name(node)
        case let .edge(edge):
            return "\(edge.source) -[\(edge.relation.rawValue)]-> \(edge.target)"
        case let .path(path):
            guard let first = path.nodes.first else { return "" }
            var out = name(first)
            for (i, edge) in path.edges.enumerated() where i + 1 < path.nodes.count {
                let forward = edge.source == path.nodes[i].id
                out += forward ? " -[\(edge.relation.rawValue)]-> " : " <-[\(edge.relation.rawValue)]- "
                out += name(path.nodes[i + 1])
            }
            return out
        }
    }

    /// Control characters and line breaks become spaces; text longer than `width` is cut with `…`.
    static func oneLine(_ text: String, _ width: Int) -> String {
        var out = ""
        for c in text {
            if c.isNewline || c == "\t" || c.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                out.append(" ")
            } else {
                out.append(c)
            }
        }
        if out.count > width { out = String(out.prefix(max(width - 1, 1))) + "…" }
        return out
    }

    static func csvField(_ text: String) -> String {
        var field = text
        // A cell a spreadsheet would run as a formula gets a leading quote; numbers stay numbers.
        if let first = field.first, "=+-@\t\r".contains(first), Double(field) == nil { field = "'" + field }
        if field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
            field = "\"" + field.replacingAll("\"", with: "\"\"") + "\""
        }
        return field
    }
}
