import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML back into an ``ActorGraph``: files written by ``GraphMLWriter``, and GraphML
/// from other tools (networkx, Gephi, yEd, Cytoscape) that carries the same attributes.
///
/// Attributes are matched by their key's `attr.name`, whatever the key ids. A node needs a
/// `kind` (`actor`, `place`, `statement`); its `label` defaults to its id. An edge needs a
/// `relation`; `class` and `polarity`, when given, must fit it. Node ids are decoded (see
/// ``GraphMLWriter``) only when the graph's `format` data is `actorgraph-1`; otherwise they are
/// taken as they are. Nested graphs and hyperedges are refused; ports are ignored. External
/// entities are never loaded.
///
/// Errors name the file, the line and the element at fault:
/// `graph.graphml: line 40: <edge>: no node has the id "russsia"`.
///
/// ```swift
/// let graph = try GraphMLReader.read(data, source: "graph.graphml")
/// ```
public enum GraphMLReader {
    /// Reads a GraphML document.
    ///
    /// - Parameters:
    ///   - data: the XML bytes.
    ///   - source: a name for error messages, usually the file path.
    public static func read(_ data: Data, source: String = "<input>") throws(InterchangeError) -> ActorGraph {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        if let failure = collector.failure {
            throw InterchangeError(file: source, line: failure.line, location: failure.element.map { "<\($0)>" }, message: failure.message)
        }
        // Foundation on Linux can return true after a syntax error; the delegate hears of it.
        if let syntax = collector.syntaxError ?? (parsed ? nil : (parser.parserError.map { ($0 as NSError).code }, parser.lineNumber)) {
            throw InterchangeError(file: source, line: syntax.line, message: "not well-formed XML (\(Self.describe(syntaxErrorCode: syntax.code)))")
        }
        guard collector.sawGraph else {
            throw InterchangeError(file: source, message: "no <graph> element: not a GraphML file")
        }
        do {
            return try Builder(collector: collector).build()
        } catch {
            throw InterchangeError(file: source, line: error.line, location: error.element.map { "<\($0)>" }, message: error.message)
        }
    }

    /// Reads a GraphML file (see ``read(_:source:)``).
    public static func read(contentsOf url: URL) throws(InterchangeError) -> ActorGraph {
        try read(try InputFile.read(url), source: url.path)
    }

    /// A short description of a libxml2 syntax error code.
    static func describe(syntaxErrorCode code: Int?) -> String {
        switch code {
        case 4?: "the document is empty"
        case 5?: "unexpected content or end of the document"
        case 9?: "a character XML does not allow"
        case 26?: "an undeclared entity"
        case 39?, 40?, 41?: "a malformed attribute"
        case 73?: "a tag is not closed with >"
        case 76?: "an end tag does not match its start tag"
        case 77?: "an element is never closed"
        case let code?: "libxml2 error \(code)"
        case nil: "unknown error"
        }
    }

    /// A problem found while reading, with where it is.
    struct Failure: Error {
        var line: Int?
        var element: String?
        var message: String
    }

    /// An element as read: its attributes, the data values by key id, and its line.
    struct Element {
        var attributes: [String: String]
        var data: [(key: String, value: String, line: Int)] = []
        var line: Int
    }

    /// A `<key>` declaration.
    struct Key {
        var domain: String
        var name: String
        var defaultValue: String?
    }

    /// The SAX delegate: gathers keys, nodes, edges and graph data, refusing what it cannot hold.
    final class Collector: NSObject, XMLParserDelegate {
        var keys: [String: Key] = [:]
        var nodes: [Element] = []
        var edges: [Element] = []
        var graphData: [(key: String, value: String, line: Int)] = []
        var failure: Failure?
        var syntaxError: (code: Int?, line: Int)?
        var sawGraph = false

        private var stack: [String] = []
        private var text = ""
        private var dataKey: (key: String, line: Int)?
        private var pendingKey: (id: String, key: Key)?
        private var inDefault = false

        private func fail(_ parser: XMLParser, _ element: String?, _ message: String) {
            guard failure == nil else { return }
            failure = Failure(line: parser.lineNumber, element: element, message: message)
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard failure == nil else { return }
            let isGraphML = namespaceURI == nil || namespaceURI == "" || namespaceURI == GraphMLWriter.namespace
            let parent = stack.last
            stack.append(isGraphML ? elementName : "#foreign")
            guard isGraphML else { return }
            switch (parent, elementName) {
            case (nil, "graphml"):
                break
            case (nil, _):
                fail(parser, elementName, "the root element must be <graphml>")
            case ("graphml", "key"):
                guard let id = attributes["id"] else { return fail(parser, "key", "missing attribute id") }
                let name = attributes["attr.name"] ?? id
                pendingKey = (id, Key(domain: attributes["for"] ?? "all", name: name))
            case ("key", "default"):
                inDefault = true
                text = ""
            case ("graphml", "graph"):
                guard !sawGraph else { return fail(parser, "graph", "more than one graph; only one can be imported") }
                sawGraph = true
            case ("graph", "node"):
                guard attributes["id"] != nil else { return fail(parser, "node", "missing attribute id") }
                nodes.append(Element(attributes: attributes, line: parser.lineNumber))
            case ("graph", "edge"):
                guard attributes["source"] != nil, attributes["target"] != nil else {
                    return fail(parser, "edge", "missing attribute source or target")
                }
                edges.append(Element(attributes: attributes, line: parser.lineNumber))
            case ("node", "graph"):
                fail(parser, "graph", "nested graphs cannot be imported")
            case ("graph", "hyperedge"):
                fail(parser, "hyperedge", "hyperedges cannot be imported")
            case ("graph", "data"), ("node", "data"), ("edge", "data"), ("graphml", "data"):
                guard let key = attributes["key"] else { return fail(parser, "data", "missing attribute key") }
                dataKey = (key, parser.lineNumber)
                text = ""
            default:
                break   // desc, port, locator and anything else: ignored
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard failure == nil else { return }
            let name = stack.popLast()
            switch name {
            case "default":
                if inDefault { pendingKey?.key.defaultValue = text; inDefault = false }
            case "key":
                if let pending = pendingKey {
                    guard keys.updateValue(pending.key, forKey: pending.id) == nil else {
                        return fail(parser, "key", "duplicate key id \"\(pending.id)\"")
                    }
                }
                pendingKey = nil
            case "data":
                guard let (key, line) = dataKey else { return }
                dataKey = nil
                switch stack.last {
                case "node": nodes[nodes.count - 1].data.append((key, text, line))
                case "edge": edges[edges.count - 1].data.append((key, text, line))
                case "graph": graphData.append((key, text, line))
                default: break
                }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if syntaxError == nil { syntaxError = ((parseError as NSError).code, parser.lineNumber) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil || inDefault { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if dataKey != nil || inDefault { text += String(decoding: CDATABlock, as: UTF8.self) }
        }
    }

    /// Turns what the collector gathered into a graph, checking it.
    struct Builder {
        let collector: Collector

        func build() throws(Failure) -> ActorGraph {
            let graphValues = try values(collector.graphData, domain: "graph", element: "graph", line: nil)
            let encodedIDs = graphValues["format"]?.value == ActorGraph.formatTag
            var graph = ActorGraph()
            if let documents = graphValues["documents"] {
                do {
                    for document in try EmbeddedJSON.documents(from: documents.value) { graph.add(document) }
                } catch {
                    throw Failure(line: documents.line, element: "data", message: "documents: \(error.message)")
                }
            }
            var ids = Set<String>()
            var nodeIDs: [String: String] = [:]   // GraphML id → graph id
            for element in collector.nodes {
                let node = try self.node(element, encodedIDs: encodedIDs)
                let token = element.attributes["id"] ?? ""
                guard ids.insert(node.id).inserted, nodeIDs[token] == nil else {
                    throw Failure(line: element.line, element: "node", message: "duplicate node id \"\(token)\"")
                }
                nodeIDs[token] = node.id
                graph.add(node)
            }
            for element in collector.edges {
                graph.add(try edge(element, nodeIDs: nodeIDs))
            }
            return graph
        }

        private func node(_ element: Element, encodedIDs: Bool) throws(Failure) -> Node {
            let token = element.attributes["id"] ?? ""
            func fail(_ message: String, line: Int? = nil) -> Failure {
                Failure(line: line ?? element.line, element: "node", message: "node \"\(token)\": \(message)")
            }
            let id: String
            if encodedIDs {
                guard let decoded = NameToken.decode(token) else { throw fail("the id is not one ActorGraph writes") }
                id = decoded
            } else {
                id = token
            }
            let v = try values(element.data, domain: "node", element: "node", line: element.line)
            guard let kindValue = v["kind"] else { throw fail("missing the kind attribute (actor, place or statement)") }
            guard let kind = NodeKind(rawValue: kindValue.value) else {
                throw fail("kind: expected one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(kindValue.value)\"", line: kindValue.line)
            }
            var category: Category?
            if let raw = v["category"], !raw.value.isEmpty {
                guard let c = Category(rawValue: raw.value) else {
                    throw fail("category: expected one of \(Category.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(raw.value)\"", line: raw.line)
                }
                guard c.kind == kind else { throw fail("category \"\(raw.value)\" does not fit kind \"\(kind.rawValue)\"", line: raw.line) }
                category = c
            }
            var mentions: [TextSpan] = []
            if let raw = v["mentions"], !raw.value.isEmpty {
                do { mentions = try EmbeddedJSON.spans(from: raw.value) } catch { throw fail("mentions: \(error.message)", line: raw.line) }
            }
            return Node(id: id, kind: kind, category: category, label: v["label"]?.value ?? id,
                        aliases: ListField.split(v["aliases"]?.value ?? ""), mentions: mentions,
                        quote: v["quote"]?.value)
        }

        private func edge(_ element: Element, nodeIDs: [String: String]) throws(Failure) -> Edge {
            let sourceToken = element.attributes["source"] ?? "", targetToken = element.attributes["target"] ?? ""
            func fail(_ message: String, line: Int? = nil) -> Failure {
                Failure(line: line ?? element.line, element: "edge", message: "edge \(sourceToken) → \(targetToken): \(message)")
            }
            guard let source = nodeIDs[sourceToken] else { throw fail("no node has the id \"\(sourceToken)\"") }
            guard let target = nodeIDs[targetToken] else { throw fail("no node has the id \"\(targetToken)\"") }
            let v = try values(element.data, domain: "edge", element: "edge", line: element.line)
            guard let raw = v["relation"] else { throw fail("missing the relation attribute") }
            guard let relation = Relation(rawValue: raw.value) else {
                throw fail("relation: expected one of \(Relation.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(raw.value)\"", line: raw.line)
            }
            if let c = v["class"], c.value != relation.relationClass.rawValue {
                throw fail("relation \"\(relation.rawValue)\" belongs to class \"\(relation.relationClass.rawValue)\", found \"\(c.value)\"", line: c.line)
            }
            if let p = v["polarity"], Int(p.value.trimmingCharacters(in: .whitespaces)) != relation.polarity {
                throw fail("relation \"\(relation.rawValue)\" has polarity \(relation.polarity), found \"\(p.value)\"", line: p.line)
            }
            var weight: Int?
            if let w = v["weight"] {
                let text = w.value.trimmingCharacters(in: .whitespaces)
                guard let number = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }), number >= 1 else {
                    throw fail("weight must be a whole number of at least 1, found \"\(w.value)\"", line: w.line)
                }
                weight = number
            }
            var evidence: [TextSpan] = []
            if let raw = v["evidence_spans"], !raw.value.isEmpty {
                do { evidence = try EmbeddedJSON.spans(from: raw.value) } catch { throw fail("evidence_spans: \(error.message)", line: raw.line) }
            }
            return Edge(source: source, target: target, relation: relation, weight: weight, evidence: evidence)
        }

        /// The values of `data` by attribute name, with key defaults filled in.
        private func values(_ data: [(key: String, value: String, line: Int)], domain: String, element: String,
                            line: Int?) throws(Failure) -> [String: (value: String, line: Int)] {
            var out: [String: (value: String, line: Int)] = [:]
            for key in collector.keys.values where key.domain == domain || key.domain == "all" {
                if let value = key.defaultValue { out[key.name] = (value, line ?? 0) }
            }
            for item in data {
                guard let key = collector.keys[item.key] else {
                    throw Failure(line: item.line, element: "data", message: "no <key> declares the id \"\(item.key)\"")
                }
                guard key.domain == domain || key.domain == "all" else {
                    throw Failure(line: item.line, element: "data", message: "key \"\(item.key)\" is declared for \(key.domain), not \(element)")
                }
                out[key.name] = (item.value, item.line)
            }
            return out
        }
    }
}
