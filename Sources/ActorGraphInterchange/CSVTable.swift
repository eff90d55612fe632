import Foundation

/// A table in RFC 4180 CSV: a header row and records, written and read with exact quoting.
///
/// Writing quotes a field only when it holds a comma, a quote, a carriage return or a newline
/// (doubling the quotes inside), and ends every row with CR LF. Reading accepts CR LF or LF
/// line ends, a leading byte-order mark and quoted fields that span lines, and remembers the
/// line each record starts on for error messages.
///
/// ```swift
/// let table = CSVTable(header: ["Id", "Label"], rows: [["russia", "Russia, \"the Kremlin\""]])
/// table.text   // "Id,Label\r\nrussia,\"Russia, \"\"the Kremlin\"\"\"\r\n"
/// ```
struct CSVTable: Sendable, Hashable {
    /// The column names.
    var header: [String]
    /// The records, each with as many fields as the header.
    var rows: [[String]]
    /// The 1-based line each record starts on (empty for a table made in code).
    var lines: [Int] = []

    /// The table as CSV text.
    var text: String {
        var out = ""
        for row in [header] + rows {
            out += row.map(Self.quoted).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// `field` quoted if it needs to be.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A syntax error: the line it is on and what is wrong.
    struct SyntaxError: Error {
        var line: Int
        var message: String
    }

    /// Parses CSV text; the first record is the header. Blank lines are skipped.
    init(parsing text: String) throws(SyntaxError) {
        var records: [[String]] = []
        var starts: [Int] = []
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var line = 1
        while !scalars.isEmpty {
            let start = line
            var record: [String] = []
            var field = ""
            var endOfRecord = false
            while !endOfRecord {
                if scalars.first == "\"" {
                    scalars.removeFirst()
                    let quoteLine = line
                    var closed = false
                    while let scalar = scalars.popFirst() {
                        if scalar == "\"" {
                            if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { closed = true; break }
                        } else {
                            if scalar == "\n" || (scalar == "\r" && scalars.first != "\n") { line += 1 }
                            field.unicodeScalars.append(scalar)
                        }
                    }
                    guard closed else { throw SyntaxError(line: quoteLine, message: "a quoted field is never closed") }
                    switch scalars.first {
                    case nil, ",", "\r", "\n": break
                    default: throw SyntaxError(line: line, message: "text after the closing quote of a field")
                    }
                }
                while let scalar = scalars.first, scalar != ",", scalar != "\r", scalar != "\n" {
                    if scalar == "\"" { throw SyntaxError(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote)") }
                    field.unicodeScalars.append(scalar)
                    scalars.removeFirst()
                }
                record.append(field)
                field = ""
                switch scalars.popFirst() {
                case ","?: continue
                case "\r"?:
                    if scalars.first == "\n" { scalars.removeFirst() }
                    line += 1
                    endOfRecord = true
                case "\n"?:
                    line += 1
                    endOfRecord = true
                default:
                    endOfRecord = true
                }
            }
            if record == [""] { continue }   // a blank line
            records.append(record)
            starts.append(start)
        }
        guard let header = records.first else { throw SyntaxError(line: 1, message: "the file is empty; expected a header row") }
        for (record, start) in zip(records.dropFirst(), starts.dropFirst()) where record.count != header.count {
            throw SyntaxError(line: start, message: "expected \(header.count) fields as in the header, found \(record.count)")
        }
        self.header = header
        self.rows = Array(records.dropFirst())
        self.lines = Array(starts.dropFirst())
    }

    /// Creates a table.
    init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The index of the column named `name` (compared case-insensitively, surrounding spaces ignored).
    func column(_ name: String) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }
    }
}
