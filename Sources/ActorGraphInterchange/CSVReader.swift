import ActorGraph
import Foundation

/// Reads CSV tables back into an ``ActorGraph``: the set ``CSVWriter`` writes, or hand-made
/// tables with the same column names.
///
/// `nodes.csv` (columns `Id` and `kind`; optional `Label`, `category`, `aliases`, `quote`) and
/// `edges.csv` (`Source`, `Target`, `relation`; optional `class`, `polarity`, `Weight`) are
/// required. `documents.csv`, `mentions.csv` and `evidence.csv` are read when present. Column
/// names are matched case-insensitively and other columns are ignored, so tables saved by Gephi's
/// data laboratory or a spreadsheet read back too. Empty cells mean "none".
///
/// Errors name the file, the line and the column at fault:
/// `out/nodes.csv: line 7: column kind: expected one of actor, place, statement, found "actr"`.
///
/// ```swift
/// let graph = try CSVReader.read(folder: URL(fileURLWithPath: "aleppo-csv"))
/// ```
public enum CSVReader {
    /// Reads the tables in `folder`.
    public static func read(folder: URL) throws(InterchangeError) -> ActorGraph {
        var tables: [String: Data] = [:]
        for name in CSVWriter.fileNames {
            let url = folder.appendingPathComponent(name)
            let required = name == "nodes.csv" || name == "edges.csv"
            guard required || FileManager.default.fileExists(atPath: url.path) else { continue }
            tables[name] = try InputFile.read(url)
        }
        return try read(tables: tables, folder: folder.path)
    }

    /// Reads tables given as file name → bytes (`nodes.csv`, `edges.csv` and optionally
    /// `documents.csv`, `mentions.csv`, `evidence.csv`); `folder` prefixes file names in errors.
    public static func read(tables: [String: Data], folder: String = ".") throws(InterchangeError) -> ActorGraph {
        let reader = TableReader(folder: folder)
        var graph = ActorGraph()

        if let documents = try reader.table("documents.csv", tables, required: false) {
            let id = try reader.column("id", in: documents)
            let title = documents.table.column("title"), date = documents.table.column("date"), sha = documents.table.column("sha256")
            for row in documents.rows {
                graph.add(Document(id: row[id], title: row.optional(title), date: row.optional(date), sha256: row.optional(sha)))
            }
        }

        var mentions: [String: [TextSpan]] = [:]
        if let table = try reader.table("mentions.csv", tables, required: false) {
            let node = try reader.column("node", in: table)
            let span = try reader.spanColumns(in: table)
            for row in table.rows { mentions[row[node], default: []].append(try span(row)) }
        }

        guard let nodes = try reader.table("nodes.csv", tables, required: true),
              let edges = try reader.table("edges.csv", tables, required: true) else { return graph }
        let id = try reader.column("Id", in: nodes), kindColumn = try reader.column("kind", in: nodes)
        let label = nodes.table.column("Label"), category = nodes.table.column("category")
        let aliases = nodes.table.column("aliases"), quote = nodes.table.column("quote")
        for row in nodes.rows {
            guard !row[id].isEmpty else { throw row.error(column: "Id", "a node id must not be empty") }
            guard graph.node(withID: row[id]) == nil else { throw row.error(column: "Id", "duplicate node id \"\(row[id])\"") }
            let kind: NodeKind = try row.enumValue(kindColumn, name: "kind")
            var nodeCategory: Category?
            if let categoryColumn = category, let raw = row.optional(categoryColumn) {
                let c: Category = try row.enumValue(categoryColumn, name: "category")
                guard c.kind == kind else { throw row.error(column: "category", "category \"\(raw)\" does not fit kind \"\(kind.rawValue)\"") }
                nodeCategory = c
            }
            graph.add(Node(id: row[id], kind: kind, category: nodeCategory, label: row.optional(label) ?? row[id],
                           aliases: ListField.split(row.optional(aliases) ?? ""), mentions: mentions[row[id]] ?? [],
                           quote: row.optional(quote)))
        }
        if let table = try reader.table("mentions.csv", tables, required: false) {
            let node = try reader.column("node", in: table)
            for row in table.rows where graph.node(withID: row[node]) == nil {
                throw row.error(column: "node", "no node in nodes.csv has the id \"\(row[node])\"")
            }
        }

        var evidence: [Edge.Key: [TextSpan]] = [:]
        var evidenceRows: [Edge.Key: Row] = [:]
        if let table = try reader.table("evidence.csv", tables, required: false) {
            let source = try reader.column("source", in: table), target = try reader.column("target", in: table)
            let relation = try reader.column("relation", in: table)
            let span = try reader.spanColumns(in: table)
            for row in table.rows {
                let key = Edge.Key(source: row[source], target: row[target], relation: try row.enumValue(relation, name: "relation"))
                evidence[key, default: []].append(try span(row))
                evidenceRows[key] = evidenceRows[key] ?? row
            }
        }

        let source = try reader.column("Source", in: edges), target = try reader.column("Target", in: edges)
        let relationColumn = try reader.column("relation", in: edges)
        let classColumn = edges.table.column("class"), polarity = edges.table.column("polarity"), weightColumn = edges.table.column("Weight")
        for row in edges.rows {
            for (column, name) in [(source, "Source"), (target, "Target")] where graph.node(withID: row[column]) == nil {
                throw row.error(column: name, "no node in nodes.csv has the id \"\(row[column])\"")
            }
            let relation: Relation = try row.enumValue(relationColumn, name: "relation")
            if let raw = row.optional(classColumn), raw != relation.relationClass.rawValue {
                throw row.error(column: "class", "relation \"\(relation.rawValue)\" belongs to class \"\(relation.relationClass.rawValue)\", found \"\(raw)\"")
            }
            if let raw = row.optional(polarity), Int(raw) != relation.polarity {
                throw row.error(column: "polarity", "relation \"\(relation.rawValue)\" has polarity \(relation.polarity), found \"\(raw)\"")
            }
            var weight: Int?
            if let raw = row.optional(weightColumn) {
                guard let w = Int(raw) ?? Double(raw).flatMap({ $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }), w >= 1 else {
                    throw row.error(column: "Weight", "expected a whole number of at least 1, found \"\(raw)\"")
                }
                weight = w
            }
            let key = Edge.Key(source: row[source], target: row[target], relation: relation)
            graph.add(Edge(source: key.source, target: key.target, relation: relation, weight: weight, evidence: evidence[key] ?? []))
            evidenceRows[key] = nil
        }
        if let (key, row) = evidenceRows.min(by: { $0.value.line < $1.value.line }) {
            throw row.error(column: nil, "no edge in edges.csv is \(key.source) -\(key.relation.rawValue)-> \(key.target)")
        }
        return graph
    }

    /// One record, with what error messages need.
    struct Row {
        var fields: [String]
        var file: String
        var line: Int

        subscript(_ column: Int) -> String { fields[column] }

        /// The cell, or `nil` when the column is absent or the cell empty.
        func optional(_ column: Int?) -> String? {
            guard let column, !fields[column].isEmpty else { return nil }
            return fields[column]
        }

        func error(column: String?, _ message: String) -> InterchangeError {
            InterchangeError(file: file, line: line, location: column.map { "column \($0)" }, message: message)
        }

        func enumValue<E: RawRepresentable & CaseIterable>(_ column: Int, name: String) throws(InterchangeError) -> E where E.RawValue == String {
            guard let value = E(rawValue: fields[column]) else {
                throw error(column: name, "expected one of \(E.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(fields[column])\"")
            }
            return value
        }
    }

    /// A parsed table and its rows.
    struct ParsedTable {
        var table: CSVTable
        var file: String
        var rows: [Row]
    }

    /// Parses tables and looks up columns, naming the file in errors.
    struct TableReader {
        var folder: String

        func path(_ name: String) -> String {
            folder == "." || folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
        }

        func table(_ name: String, _ tables: [String: Data], required: Bool) throws(InterchangeError) -> ParsedTable? {
            let file = path(name)
            guard let data = tables[name] else {
                if required { throw InterchangeError(file: file, message: "missing: an import needs nodes.csv and edges.csv") }
                return nil
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw InterchangeError(file: file, message: "not valid UTF-8 text")
            }
            do {
                let table = try CSVTable(parsing: text)
                let rows = zip(table.rows, table.lines).map { Row(fields: $0, file: file, line: $1) }
                return ParsedTable(table: table, file: file, rows: rows)
            } catch {
                throw InterchangeError(file: file, line: error.line, message: error.message)
            }
        }

        func column(_ name: String, in table: ParsedTable) throws(InterchangeError) -> Int {
            guard let index = table.table.column(name) else {
                throw InterchangeError(file: table.file, line: 1, message: "missing the column \(name) (the header has \(table.table.header.joined(separator: ", ")))")
            }
            return index
        }

        /// A function reading `document`, `start`, `end` and `text` from a row.
        func spanColumns(in table: ParsedTable) throws(InterchangeError) -> (Row) throws(InterchangeError) -> TextSpan {
            let document = try column("document", in: table), start = try column("start", in: table)
            let end = try column("end", in: table), text = try column("text", in: table)
            return { (row: Row) throws(InterchangeError) -> TextSpan in
                guard let s = Int(row[start]), s >= 0 else { throw row.error(column: "start", "expected a whole number of at least 0, found \"\(row[start])\"") }
                guard let e = Int(row[end]), e >= s else { throw row.error(column: "end", "expected a whole number not below start (\(s)), found \"\(row[end])\"") }
                return TextSpan(document: row[document], start: s, end: e, text: row[text])
            }
        }
    }
}
