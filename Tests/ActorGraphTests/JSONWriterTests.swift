@testable import ActorGraph
import Foundation
import Testing

/// The byte writers give exactly what the String-based writers gave before them.
@Suite("JSON byte writer")
struct JSONWriterTests {
    /// The escaping as first written, one scalar at a time into a String: the reference.
    static func referenceQuoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "<": out.append("\\u003c")
            case ">": out.append("\\u003e")
            case "&": out.append("\\u0026")
            case "\u{2028}": out.append("\\u2028")
            case "\u{2029}": out.append("\\u2029")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append("\\u")
                    let hex = String(scalar.value, radix: 16)
                    out.append(String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
        return out
    }

    /// Every scalar that needs an escape, and many that do not (ASCII, accents, curly quotes,
    /// other E2-led punctuation next to U+2028/2029, emoji, astral scalars, combining marks).
    static let everyKind: String = {
        var scalars: [Unicode.Scalar] = (0...0x7F).compactMap(Unicode.Scalar.init)
        scalars += "éèàçñÅøß “curly” ‘single’ — … • ‰ € ™ \u{2027}\u{2028}\u{2029}\u{202A}\u{202F}".unicodeScalars
        scalars += "🚀👩‍👩‍👧 𝔸𝕓 𠀋 عربي ру́сский e\u{301} \u{FEFF}\u{FFFD}\u{10FFFF}\u{85}\u{A0}".unicodeScalars
        var text = String(String.UnicodeScalarView(scalars))
        text += "</script><!-- & &amp; \"\\\" \r\n\t\u{0}\u{1F}\u{7F}\u{2028}"
        return text
    }()

    @Test func quotingMatchesTheReferenceForEveryKindOfCharacter() throws {
        var samples = [Self.everyKind, "", "plain", "\u{2028}", "\u{2029}", "\u{E2}", "x\u{2028}", "\u{2028}x",
                       "<", "\u{0}", "\u{7F}", "€\u{2028}€", String(repeating: "ab<\u{2029}é", count: 50)]
        // Every prefix and suffix, so each escape falls at each position of a run.
        let scalars = Array(Self.everyKind.unicodeScalars)
        for k in stride(from: 0, through: scalars.count, by: 7) {
            samples.append(String(String.UnicodeScalarView(scalars[..<k])))
            samples.append(String(String.UnicodeScalarView(scalars[k...])))
        }
        for sample in samples {
            var writer = JSONByteWriter()
            writer.appendQuoted(sample)
            let expected = Self.referenceQuoted(sample)
            #expect(writer.bytes == Array(expected.utf8))
            var viaString = ""
            JSONValue.appendQuoted(sample, to: &viaString)
            #expect(viaString == expected)
            // Round trip through the reader, and through Foundation's.
            let parsed = try JSONParser.parse(writer.bytes)
            #expect(parsed == .string(sample))
            let foundation = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: .fragmentsAllowed)
            #expect((foundation as? String).map { Array($0.unicodeScalars) } == Array(sample.unicodeScalars))
        }
    }

    @Test func quotedTextIsSafeInsideHTML() {
        var writer = JSONByteWriter()
        writer.appendQuoted(Self.everyKind)
        let text = String(decoding: writer.bytes, as: UTF8.self)
        for unsafe in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n", "\u{0}", "\u{7F}"] {
            #expect(!text.contains(unsafe))
        }
    }

    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12345, -987654321, Int.max, Int.min])
    func integersAreWrittenAsStringWritesThem(value: Int) {
        var writer = JSONByteWriter()
        writer.appendInt(value)
        #expect(writer.bytes == Array(String(value).utf8))
    }

    @Test func graphWriterGivesTheBytesOfTheValueTree() {
        let span = { (d: String, s: Int, t: String) in TextSpan(document: d, start: s, end: s + 3, text: t) }
        var graphs = [ActorGraph(), GraphJSONTests.sampleGraph()]
        var graph = GraphJSONTests.sampleGraph()
        graph.add(Document(id: "b<&>.txt", title: nil, date: nil, sha256: nil))
        graph.add(Node(id: "n", kind: .actor, label: Self.everyKind, aliases: [Self.everyKind + "1", "", "é"],
                       mentions: [span("b<&>.txt", 3, Self.everyKind), span("a.txt", -2, "")]))
        graph.add(Node(id: "s", kind: .statement, label: "q", quote: Self.everyKind))
        graph.add(Edge(source: "n", target: "s", relation: .said, evidence: [span("a.txt", 1, "x"), span("a.txt", 9, "\u{2028}")]))
        graphs.append(graph)
        graphs.append(ActorGraph(documents: [Document(id: "only.txt", title: "T", date: "2016", sha256: "ab")]))
        graphs.append(ActorGraph(nodes: [Node(id: "lone", kind: .place, category: .city, label: "L")]))
        for graph in graphs {
            #expect(graph.jsonBytes() == Array(graph.jsonValue.serialized().utf8))
            #expect(graph.jsonData() == Data(graph.jsonValue.serialized().utf8))
        }
    }

    @Test(arguments: [1, 7, 100, 4096])
    func piecesJoinedAreTheWholeText(chunkSize: Int) throws {
        var graph = GraphJSONTests.sampleGraph()
        for i in 0..<50 {
            graph.add(Node(id: "n\(i)", kind: .actor, label: "N \(i) <\(i)>", aliases: ["a\(i)"],
                           mentions: [TextSpan(document: "a.txt", start: i, end: i + 1, text: "x")]))
        }
        var pieces: [[UInt8]] = []
        GraphJSONWriter.write(graph, chunkSize: chunkSize) { pieces.append($0) }
        #expect(Array(pieces.joined()) == GraphJSONWriter.bytes(of: graph))
        #expect(pieces.count > 1)
        // Written to a file through the same pieces: the same bytes again.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-json-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.json")
        try graph.write(to: file)
        #expect(try Data(contentsOf: file) == graph.jsonData())
    }

    @Test func valueTreeBytesMatchItsString() {
        let value: JSONValue = .object([
            ("a", .array([.int(1), .double(2.5), .null, .bool(true), .string("<x>")])),
            ("b", .object([("c", .array([]))])),
            ("d", .array([.object([("e", .double(1e300))]), .object([])])),
        ])
        #expect(value.serializedBytes() == Array(value.serialized().utf8))
        #expect(value.serialized().hasSuffix("\n"))
        #expect(value.compactSerialized() == #"{"a":[1,2.5,null,true,"\u003cx\u003e"],"b":{"c":[]},"d":[{"e":1e+300},{}]}"#)
    }
}
