/// Turns a parsed JSON value into an ``ActorGraph``, tracking the JSON path for errors.
struct GraphDecoder {
    struct Failure: Error {
        var path: String
        var message: String
    }

    func decodeGraph(_ value: JSONValue) throws(Failure) -> ActorGraph {
        let root = try object(value, at: "$")
        let format = try string(root, "format", at: "$")
        guard format == ActorGraph.formatTag else {
            throw Failure(path: "$.format", message: "expected \"\(ActorGraph.formatTag)\", found \"\(format)\"")
        }
        var graph = ActorGraph()
        for (i, item) in try array(root, "documents", at: "$", required: false).enumerated() {
            graph.add(try decodeDocument(item, at: "$.documents[\(i)]"))
        }
        var ids = Set<String>()
        for (i, item) in try array(root, "nodes", at: "$").enumerated() {
            let path = "$.nodes[\(i)]"
            let node = try decodeNode(item, at: path)
            guard ids.insert(node.id).inserted else {
                throw Failure(path: "\(path).id", message: "duplicate node id \"\(node.id)\"")
            }
            graph.add(node)
        }
        for (i, item) in try array(root, "edges", at: "$").enumerated() {
            let path = "$.edges[\(i)]"
            let edge = try decodeEdge(item, at: path)
            guard ids.contains(edge.source) else {
                throw Failure(path: "\(path).source", message: "no node has the id \"\(edge.source)\"")
            }
            guard ids.contains(edge.target) else {
                throw Failure(path: "\(path).target", message: "no node has the id \"\(edge.target)\"")
            }
            graph.add(edge)
        }
        return graph
    }

    private func decodeDocument(_ value: JSONValue, at path: String) throws(Failure) -> Document {
        let o = try object(value, at: path)
        return Document(id: try string(o, "id", at: path),
                        title: try optionalString(o, "title", at: path),
                        date: try optionalString(o, "date", at: path),
                        sha256: try optionalString(o, "sha256", at: path))
    }

    private func decodeSpan(_ value: JSONValue, at path: String) throws(Failure) -> TextSpan {
        let o = try object(value, at: path)
        let start = try int(o, "start", at: path)
        let end = try int(o, "end", at: path)
        guard start >= 0, end >= start else {
            throw Failure(path: "\(path).end", message: "span end \(end) is before its start \(start) or negative")
        }
        return TextSpan(document: try string(o, "document", at: path), start: start, end: end,
                        text: try string(o, "text", at: path))
    }

    private func decodeNode(_ value: JSONValue, at path: String) throws(Failure) -> Node {
        let o = try object(value, at: path)
        let id = try string(o, "id", at: path)
        guard !id.isEmpty else { throw Failure(path: "\(path).id", message: "a node id must not be empty") }
        let kind: NodeKind = try enumValue(o, "kind", at: path)
        var category: Category?
        if let raw = try optionalString(o, "category", at: path) {
            guard let c = Category(rawValue: raw) else {
                throw Failure(path: "\(path).category", message: "expected one of \(Category.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(raw)\"")
            }
            guard c.kind == kind else {
                throw Failure(path: "\(path).category", message: "category \"\(raw)\" does not fit kind \"\(kind.rawValue)\"")
            }
            category = c
        }
        let aliases = try array(o, "aliases", at: path, required: false).enumerated().map { (i, v) throws(Failure) in
            try stringValue(v, at: "\(path).aliases[\(i)]")
        }
        let mentions = try array(o, "mentions", at: path, required: false).enumerated().map { (i, v) throws(Failure) in
            try decodeSpan(v, at: "\(path).mentions[\(i)]")
        }
        return Node(id: id, kind: kind, category: category, label: try string(o, "label", at: path),
                    aliases: aliases, mentions: mentions, quote: try optionalString(o, "quote", at: path))
    }

    private func decodeEdge(_ value: JSONValue, at path: String) throws(Failure) -> Edge {
        let o = try object(value, at: path)
        let relation: Relation = try enumValue(o, "relation", at: path)
        if let raw = try optionalString(o, "class", at: path), raw != relation.relationClass.rawValue {
            throw Failure(path: "\(path).class", message: "relation \"\(relation.rawValue)\" belongs to class \"\(relation.relationClass.rawValue)\", found \"\(raw)\"")
        }
        if o["polarity"] != nil {
            let polarity = try int(o, "polarity", at: path)
            guard polarity == relation.polarity else {
                throw Failure(path: "\(path).polarity", message: "relation \"\(relation.rawValue)\" has polarity \(relation.polarity), found \(polarity)")
            }
        }
        var weight: Int?
        if o["weight"] != nil {
            let w = try int(o, "weight", at: path)
            guard w >= 1 else { throw Failure(path: "\(path).weight", message: "weight must be at least 1, found \(w)") }
            weight = w
        }
        let evidence = try array(o, "evidence", at: path, required: false).enumerated().map { (i, v) throws(Failure) in
            try decodeSpan(v, at: "\(path).evidence[\(i)]")
        }
        return Edge(source: try string(o, "source", at: path), target: try string(o, "target", at: path),
                    relation: relation, weight: weight, evidence: evidence)
    }

    // MARK: - Typed access with paths

    private func object(_ value: JSONValue, at path: String) throws(Failure) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw Failure(path: path, message: "expected an object, found \(describe(value))") }
        var dict: [String: JSONValue] = [:]
        for (key, member) in members {
            guard dict.updateValue(member, forKey: key) == nil else {
                throw Failure(path: "\(path).\(key)", message: "duplicate key \"\(key)\"")
            }
        }
        return dict
    }

    private func array(_ o: [String: JSONValue], _ key: String, at path: String, required: Bool = true) throws(Failure) -> [JSONValue] {
        guard let value = o[key] else {
            if required { throw Failure(path: "\(path).\(key)", message: "missing required array") }
            return []
        }
        guard case .array(let items) = value else { throw Failure(path: "\(path).\(key)", message: "expected an array, found \(describe(value))") }
        return items
    }

    private func stringValue(_ value: JSONValue, at path: String) throws(Failure) -> String {
        guard case .string(let s) = value else { throw Failure(path: path, message: "expected a string, found \(describe(value))") }
        return s
    }

    private func string(_ o: [String: JSONValue], _ key: String, at path: String) throws(Failure) -> String {
        guard let value = o[key] else { throw Failure(path: "\(path).\(key)", message: "missing required string") }
        return try stringValue(value, at: "\(path).\(key)")
    }

    private func optionalString(_ o: [String: JSONValue], _ key: String, at path: String) throws(Failure) -> String? {
        guard let value = o[key], value != .null else { return nil }
        return try stringValue(value, at: "\(path).\(key)")
    }

    private func int(_ o: [String: JSONValue], _ key: String, at path: String) throws(Failure) -> Int {
        guard let value = o[key] else { throw Failure(path: "\(path).\(key)", message: "missing required integer") }
        switch value {
        case .int(let i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
        default: throw Failure(path: "\(path).\(key)", message: "expected an integer, found \(describe(value))")
        }
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(_ o: [String: JSONValue], _ key: String, at path: String) throws(Failure) -> E where E.RawValue == String {
        let raw = try string(o, key, at: path)
        guard let e = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure(path: "\(path).\(key)", message: "expected one of \(allowed), found \"\(raw)\"")
        }
        return e
    }

    private func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string(let s): "the string \"\(s.prefix(40))\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
