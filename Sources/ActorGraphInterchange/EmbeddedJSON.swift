import ActorGraph

/// Spans and document records as compact JSON text, for the GraphML attributes that carry them
/// (`mentions`, `evidence_spans`, `documents`), so that an export reads back without loss.
///
/// The shapes are those of `actorgraph-1`: `[{"document": …, "start": …, "end": …, "text": …}]`
/// and `[{"id": …, "title": …, "date": …, "sha256": …}]`.
enum EmbeddedJSON {
    /// `spans` as a compact JSON array.
    static func text(for spans: [TextSpan]) -> String {
        JSONValue.array(spans.map { span in
            .object([("document", .string(span.document)), ("start", .int(span.start)),
                     ("end", .int(span.end)), ("text", .string(span.text))])
        }).compactSerialized()
    }

    /// `documents` as a compact JSON array.
    static func text(for documents: [Document]) -> String {
        JSONValue.array(documents.map { document in
            .object([("id", .string(document.id)), ("title", document.title.map(JSONValue.string) ?? .null),
                     ("date", document.date.map(JSONValue.string) ?? .null),
                     ("sha256", document.sha256.map(JSONValue.string) ?? .null)])
        }).compactSerialized()
    }

    /// Reads spans written by `text(for:)` (spans); throws a message saying what is wrong.
    static func spans(from text: String) throws(Failure) -> [TextSpan] {
        try items(text).enumerated().map { (i, item) throws(Failure) in
            let o = try object(item, at: "[\(i)]")
            let start = try int(o, "start", at: i), end = try int(o, "end", at: i)
            guard start >= 0, end >= start else { throw Failure(message: "[\(i)]: span end \(end) is before its start \(start) or negative") }
            return TextSpan(document: try string(o, "document", at: i), start: start, end: end, text: try string(o, "text", at: i))
        }
    }

    /// Reads documents written by `text(for:)` (documents).
    static func documents(from text: String) throws(Failure) -> [Document] {
        try items(text).enumerated().map { (i, item) throws(Failure) in
            let o = try object(item, at: "[\(i)]")
            return Document(id: try string(o, "id", at: i), title: try optionalString(o, "title", at: i),
                            date: try optionalString(o, "date", at: i), sha256: try optionalString(o, "sha256", at: i))
        }
    }

    /// What is wrong with embedded JSON.
    struct Failure: Error {
        var message: String
    }

    private static func items(_ text: String) throws(Failure) -> [JSONValue] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw Failure(message: "not valid JSON: \(error)")
        }
        guard case .array(let items) = value else { throw Failure(message: "expected a JSON array") }
        return items
    }

    private static func object(_ value: JSONValue, at path: String) throws(Failure) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw Failure(message: "\(path): expected an object") }
        return Dictionary(members, uniquingKeysWith: { first, _ in first })
    }

    private static func string(_ o: [String: JSONValue], _ key: String, at i: Int) throws(Failure) -> String {
        guard case .string(let s)? = o[key] else { throw Failure(message: "[\(i)].\(key): expected a string") }
        return s
    }

    private static func optionalString(_ o: [String: JSONValue], _ key: String, at i: Int) throws(Failure) -> String? {
        switch o[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw Failure(message: "[\(i)].\(key): expected a string or null")
        }
    }

    private static func int(_ o: [String: JSONValue], _ key: String, at i: Int) throws(Failure) -> Int {
        switch o[key] {
        case .int(let n)?: return n
        case .double(let d)? where d == d.rounded() && abs(d) < 1e15: return Int(d)
        default: throw Failure(message: "[\(i)].\(key): expected an integer")
        }
    }
}
