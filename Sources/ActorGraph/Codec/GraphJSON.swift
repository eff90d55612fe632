import Foundation

/// Reading and writing the `actorgraph-1` interchange format.
///
/// Keys are written in a fixed order and every array is sorted, so the same graph always gives
/// byte-identical output.
extension ActorGraph {
    /// The format tag written into, and required from, every graph file.
    public static let formatTag = "actorgraph-1"

    /// The graph as an ordered JSON value in the `actorgraph-1` shape.
    public var jsonValue: JSONValue {
        .object([
            ("format", .string(Self.formatTag)),
            ("documents", .array(documents.map(\.jsonValue))),
            ("nodes", .array(nodes.map(\.jsonValue))),
            ("edges", .array(edges.map(\.jsonValue))),
        ])
    }

    /// The graph serialised as `actorgraph-1` JSON (UTF-8, two-space indent, final newline):
    /// the bytes of `jsonValue.serialized()`, written without building the tree.
    public func jsonData() -> Data { Data(jsonBytes()) }

    /// ``jsonData()`` as a byte array.
    public func jsonBytes() -> [UInt8] { GraphJSONWriter.bytes(of: self) }

    /// Reads a graph from `actorgraph-1` JSON.
    ///
    /// - Parameters:
    ///   - data: the JSON bytes.
    ///   - source: a name for error messages, usually the file path.
    /// - Throws: ``GraphFileError`` naming `source` and the JSON path at fault, e.g.
    ///   `graph.json: $.nodes[3].kind: expected one of actor, place, statement, found "actr"`.
    public init(jsonData data: Data, source: String = "<input>") throws(GraphFileError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse([UInt8](data))
        } catch {
            throw GraphFileError(file: source, path: nil, message: "not valid JSON: \(error)")
        }
        do {
            self = try GraphDecoder().decodeGraph(value)
        } catch {
            throw GraphFileError(file: source, path: error.path, message: error.message)
        }
    }

    /// Reads a graph file (see ``init(jsonData:source:)``).
    public init(contentsOf url: URL) throws(GraphFileError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GraphFileError(file: url.path, path: nil, message: "cannot read the file (\(Self.reason(error)))")
        }
        try self.init(jsonData: data, source: url.path)
    }

    /// Writes the graph to `url` atomically: a temporary file in the same folder, then a rename,
    /// so no partial file is ever left behind.
    public func write(to url: URL) throws {
        try AtomicFile.write(to: url) { file in
            try GraphJSONWriter.write(self) { chunk in try file.write(contentsOf: chunk) }
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}

/// A graph file that cannot be read, with the file and the JSON path at fault.
public struct GraphFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or source name) that was being read.
    public var file: String
    /// The JSON path at fault, e.g. `$.edges[2].relation`, when the JSON parsed.
    public var path: String?
    /// What is wrong.
    public var message: String

    /// Creates the error.
    public init(file: String, path: String?, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `file: $.path: message`.
    public var description: String {
        [file, path, message].compactMap { $0 }.joined(separator: ": ")
    }
}

extension Document {
    var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("title", title.map(JSONValue.string) ?? .null),
            ("date", date.map(JSONValue.string) ?? .null),
            ("sha256", sha256.map(JSONValue.string) ?? .null),
        ])
    }
}

extension TextSpan {
    var jsonValue: JSONValue {
        .object([
            ("document", .string(document)),
            ("start", .int(start)),
            ("end", .int(end)),
            ("text", .string(text)),
        ])
    }
}

extension Node {
    var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id)), ("kind", .string(kind.rawValue))]
        if let category { members.append(("category", .string(category.rawValue))) }
        members.append(("label", .string(label)))
        members.append(("aliases", .array(aliases.map(JSONValue.string))))
        if let quote { members.append(("quote", .string(quote))) }
        members.append(("mentions", .array(mentions.map(\.jsonValue))))
        return .object(members)
    }
}

extension Edge {
    /// The edge in the `actorgraph-1` shape (`source`, `target`, `relation`, `class`, `polarity`,
    /// `weight`, `evidence`), as written in graph files and in analysis results.
    public var jsonValue: JSONValue {
        .object([
            ("source", .string(source)),
            ("target", .string(target)),
            ("relation", .string(relation.rawValue)),
            ("class", .string(relationClass.rawValue)),
            ("polarity", .int(polarity)),
            ("weight", .int(weight)),
            ("evidence", .array(evidence.map(\.jsonValue))),
        ])
    }
}
