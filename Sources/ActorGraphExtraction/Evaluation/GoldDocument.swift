import ActorGraph
import Foundation

/// Hand-made annotations of one article, in the schema of the reference corpus
/// (`gold/SCHEMA.md`): actors, places, relations and statements.
public struct GoldDocument: Sendable {
    /// An annotated actor or place.
    public struct Entity: Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
    }

    /// An annotated relation.
    public struct Fact: Sendable, Hashable {
        public var source: String
        public var type: String
        public var target: String
        public var relationClass: String
    }

    /// An annotated direct quotation.
    public struct Quote: Sendable, Hashable {
        public var speaker: String
        public var quote: String
    }

    /// The article's file name.
    public var document: String
    public var actors: [Entity]
    public var places: [Entity]
    public var relations: [Fact]
    public var statements: [Quote]

    /// Reads a `.gold.json` file; errors name the file and the JSON path.
    public init(contentsOf url: URL) throws(GraphFileError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GraphFileError(file: url.path, path: nil, message: "cannot read the file")
        }
        let value: JSONValue
        do { value = try JSONParser.parse([UInt8](data)) } catch {
            throw GraphFileError(file: url.path, path: nil, message: "not valid JSON: \(error)")
        }
        func fail(_ path: String, _ message: String) -> GraphFileError { GraphFileError(file: url.path, path: path, message: message) }
        guard case .object(let root) = value else { throw fail("$", "expected an object") }
        let members = Dictionary(root, uniquingKeysWith: { first, _ in first })
        guard case .string(let document)? = members["document"] else { throw fail("$.document", "missing document name") }
        func objects(_ key: String) throws(GraphFileError) -> [[String: JSONValue]] {
            guard let value = members[key] else { return [] }
            guard case .array(let items) = value else { throw fail("$.\(key)", "expected an array") }
            var out: [[String: JSONValue]] = []
            for (i, item) in items.enumerated() {
                guard case .object(let o) = item else { throw fail("$.\(key)[\(i)]", "expected an object") }
                out.append(Dictionary(o, uniquingKeysWith: { first, _ in first }))
            }
            return out
        }
        func string(_ o: [String: JSONValue], _ key: String, _ path: String) throws(GraphFileError) -> String {
            guard case .string(let s)? = o[key] else { throw fail("\(path).\(key)", "missing string") }
            return s
        }
        func strings(_ o: [String: JSONValue], _ key: String) -> [String] {
            guard case .array(let items)? = o[key] else { return [] }
            return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        func entities(_ key: String) throws(GraphFileError) -> [Entity] {
            var out: [Entity] = []
            for (i, o) in try objects(key).enumerated() {
                let path = "$.\(key)[\(i)]"
                out.append(Entity(id: try string(o, "id", path), name: try string(o, "name", path), aliases: strings(o, "aliases")))
            }
            return out
        }
        self.document = document
        self.actors = try entities("actors")
        self.places = try entities("places")
        var relations: [Fact] = []
        for (i, o) in try objects("relations").enumerated() {
            let path = "$.relations[\(i)]"
            relations.append(Fact(source: try string(o, "source", path), type: try string(o, "type", path),
                                  target: try string(o, "target", path), relationClass: try string(o, "class", path)))
        }
        self.relations = relations
        var statements: [Quote] = []
        for (i, o) in try objects("statements").enumerated() {
            let path = "$.statements[\(i)]"
            statements.append(Quote(speaker: try string(o, "speaker", path), quote: try string(o, "quote", path)))
        }
        self.statements = statements
    }

    /// The `.gold.json` files of a folder, sorted by name.
    public static func files(in folder: URL) throws(GraphFileError) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw GraphFileError(file: folder.path, path: nil, message: "no such folder")
        }
        return names.filter { $0.hasSuffix(".gold.json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
