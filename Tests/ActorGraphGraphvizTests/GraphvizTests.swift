import ActorGraph
import Foundation
import Testing
@testable import ActorGraphGraphviz

@Suite("Graphviz rendering")
struct GraphvizTests {
    static let hostileLabels = [
        #"quote " inside"#, #""""#, #"ends with quote""#,
        #""]; x -> y ["#, #"} digraph { evil"#,
        "<script>alert('x')</script>",
        #"back\slash"#, #"trailing\"#, #"two \\ backslashes"#, #"bs-quote \" mix"#,
        "line one\nline two", #"\N not a macro"#, #"\l is not a line break"#, #"\G\E\T\H"#,
        "emoji 🚀 🇸🇾", "حزب الله", "Київ / Kyiv", "a & b < c > d", "{braces} [x]; a=b", "node", "&amp; stays",
    ]

    @Test("hostile labels come out of libgvc verbatim, in SVG that parses as XML")
    func hostileLabelsRoundTrip() throws {
        var graph = DOTGraph(name: #"evil "graph" \"#)
        graph.nodeDefaults = ["fontname": "DejaVu Sans", "shape": "box"]
        var ids: [String] = []
        for (index, label) in Self.hostileLabels.enumerated() {
            ids.append(graph.addNode(["id": .string("hostile-\(index)"), "label": .string(label),
                                      "tooltip": .string(label)]))
        }
        graph.addEdge(from: ids[0], to: ids[3], attributes: ["label": .string(#"edge "label" \"#)])
        let rendered = try Graphviz.render(graph)
        #expect(rendered.warnings.isEmpty)
        let svg = try ParsedSVG(rendered.data)
        #expect(try svg.groups("node").count == Self.hostileLabels.count)   // nothing injected
        #expect(try svg.groups("edge").count == 1)
        for (index, label) in Self.hostileLabels.enumerated() {
            #expect(try svg.nodeText(id: "hostile-\(index)") == label)
        }
        let tooltips = try svg.tooltips()
        for label in Self.hostileLabels { #expect(tooltips.contains(label)) }
        let edgeText = try svg.groups("edge").first.map(ParsedSVG.textLines(in:))
        #expect(edgeText == [#"edge "label" \"#])
    }

    @Test("HTML-like labels built by HTMLLabel show their text verbatim")
    func htmlLabelRoundTrip() throws {
        let text = #"<script> & "x" 'y' \N"#
        var graph = DOTGraph()
        let label = HTMLLabel.table([[HTMLLabel.Cell(HTMLLabel(text: text).bold(), attributes: ["BGCOLOR": "#E69F00"])]])
        graph.addNode(["id": "html", "shape": "plaintext", "label": label.value, "fontname": "DejaVu Sans"])
        let rendered = try Graphviz.render(graph)
        #expect(rendered.warnings.isEmpty)
        let shown = try ParsedSVG(rendered.data).nodeText(id: "html")
        #expect(shown == text)
    }

    @Test("every format renders", arguments: OutputFormat.allCases)
    func formats(format: OutputFormat) throws {
        let rendered = try Graphviz.render(#"digraph { a -> b [label="x"] }"#, format: format)
        let bytes = [UInt8](rendered.data)
        switch format {
        case .svg:
            #expect(rendered.text?.hasPrefix("<?xml") == true)
            #expect(rendered.text?.contains("<svg") == true)
            _ = try ParsedSVG(rendered.data)
        case .png: #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: #expect(Array(bytes.prefix(5)) == Array("%PDF-".utf8))
        case .dot:
            #expect(rendered.text?.hasPrefix("digraph {") == true)
            #expect(rendered.text?.contains("pos=") == true)        // laid out
        default: Issue.record("unexpected format \(format)")
        }
    }

    @Test("every layout engine renders", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let diagram = Diagram(Fixtures.sample, view: .conflicts)
        let rendered = try diagram.render(format: .svg, layout: engine)
        #expect(rendered.warnings.isEmpty)
        let svg = try ParsedSVG(rendered.data)
        #expect(try svg.ids("node").contains("node-russia"))
        #expect(try svg.groups("edge").count >= diagram.edges.count)
    }

    @Test("a syntax error becomes a Swift error with Graphviz's text, and the parser recovers")
    func syntaxError() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render("digraph {\n  a -> ;\n}")
        }
        #expect(error?.stage == .parse)
        #expect(error?.messages.contains { $0.contains("syntax error in line 2") } == true)
        #expect(error?.description == "Graphviz could not parse the DOT: syntax error in line 2 near ';'")
        let rendered = try Graphviz.render("digraph { a -> b }")
        #expect(rendered.warnings.isEmpty)
        #expect(try ParsedSVG(rendered.data).groups("node").count == 2)
    }

    @Test("input after the graph, or ending inside a string or comment, does not leak into the next parse",
          arguments: [
              "digraph { first } digraph { evil }",
              "digraph { first } garbage ; ; {",
              "digraph { a -> ; } digraph { evil }",
              #"digraph { first } "unterminated"#,
              #"digraph { first } "ends in backslash \"#,
              "digraph { first } <html <<nested",
              "digraph { first } /* open comment",
              "digraph { first } // line comment",
              "digraph { first }\n\n\n",
          ])
    func parserIsNotPoisoned(input: String) throws {
        _ = try? Graphviz.render(input)
        for _ in 0..<2 {
            let next = try Graphviz.render("digraph {\n  good\n}", format: .dot)
            #expect(next.warnings.isEmpty)
            #expect(next.text?.contains("good") == true)
            #expect(next.text?.contains("evil") == false)
            let error = #expect(throws: GraphvizError.self) { try Graphviz.render("digraph {\n  a -> ;\n}") }
            #expect(error?.messages == ["Error: syntax error in line 2 near ';'"])
        }
    }

    @Test("text without a graph is a parse error")
    func emptyInput() {
        let error = #expect(throws: GraphvizError.self) { try Graphviz.render("") }
        #expect(error?.stage == .parse)
    }

    @Test("an unknown layout engine is a layout error naming the engines Graphviz knows")
    func unknownEngine() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render("digraph { a }", layout: LayoutEngine(rawValue: "nosuchengine"))
        }
        #expect(error?.stage == .layout)
        #expect(error?.description.contains(#"Layout type: "nosuchengine" not recognized"#) == true)
        #expect(error?.description.contains("neato") == true)
    }

    @Test("an unknown format is a render error")
    func unknownFormat() {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render("digraph { a }", format: OutputFormat(rawValue: "nosuchformat"))
        }
        #expect(error?.stage == .render)
        #expect(error?.description.contains("nosuchformat") == true)
    }

    @Test("warnings are returned, not printed, and do not leak into the next render")
    func warnings() throws {
        let rendered = try Graphviz.render(#"digraph { a [color=notacolor, shape=nosuchshape] }"#)
        #expect(rendered.warnings.contains { $0.contains("notacolor is not a known color") })
        #expect(rendered.warnings.contains { $0.contains("nosuchshape") })
        #expect(try Graphviz.render("digraph { a }").warnings.isEmpty)
    }

    @Test("the same diagram renders to identical SVG, and sfdp is repeatable too")
    func determinism() throws {
        let diagram = Diagram(Fixtures.sample, view: .alliances)
        #expect(try diagram.render().data == diagram.render().data)
        let sfdp = try diagram.render(layout: .sfdp).data
        _ = try diagram.render(layout: .neato)          // disturb the random generators
        #expect(try diagram.render(layout: .sfdp).data == sfdp)
        #expect(try Diagram(Fixtures.sample, view: .alliances).dotText == diagram.dotText)
    }

    @Test("clusters come out in DOT order and the same bytes every time, whatever was rendered before")
    func clusterOrderIsStable() throws {
        var graph = DOTGraph(name: "clusters")
        for index in 0..<8 {
            let a = graph.addNode(["label": .string("a\(index)")])
            let b = graph.addNode(["label": .string("b\(index)")])
            graph.addEdge(from: a, to: b)
            if index > 0 { graph.addEdge(from: "n\((index - 1) * 2)", to: a) }
            graph.clusters.append(DOTCluster(name: "c\(7 - index)", attributes: ["id": .string("c\(7 - index)")], nodeIDs: [a, b]))
        }
        let reference = try Graphviz.render(graph).data
        let order = try ParsedSVG(reference).ids("cluster")
        #expect(order == (0..<8).map { "c\(7 - $0)" })
        for round in 0..<6 {
            // Churn the string pool and the heap with other graphs between renders.
            var other = DOTGraph(name: "other\(round)")
            for index in 0..<(20 * (round + 1)) { other.addNode(["label": .string("x\(round)-\(index)")]) }
            other.clusters.append(DOTCluster(name: "z\(round)", nodeIDs: ["n0", "n1"]))
            _ = try Graphviz.render(other)
            #expect(try Graphviz.render(graph).data == reference)
        }
    }

    @Test("PDF bytes are identical across seconds, with a constant CreationDate")
    func pdfDeterminism() throws {
        let diagram = Diagram(Fixtures.sample, view: .conflicts)
        let first = try diagram.render(format: .pdf).data
        Thread.sleep(forTimeInterval: 1.1)
        let second = try diagram.render(format: .pdf).data
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
    }

    @Test("the CreationDate fix keeps the length and zeroes a time-zone offset")
    func creationDateRewrite() {
        let input = Data("<< /CreationDate (D:20161128093015+01'00) >> /ModDate (D:20161128093015Z)".utf8)
        let output = PDFCreationDate.fixed(in: input)
        #expect(output.count == input.count)
        #expect(String(decoding: output, as: UTF8.self) == "<< /CreationDate (D:19700101000000+00'00) >> /ModDate (D:19700101000000Z)")
    }

    @Test("concurrent callers are serialised and all get the same bytes")
    func concurrentCallers() async throws {
        let diagram = Diagram(Fixtures.sample, view: .conflicts)
        let reference = try diagram.render().data
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for index in 0..<8 {
                group.addTask {
                    if index.isMultiple(of: 3) {           // interleave failing parses
                        #expect((try? Graphviz.render("digraph { a -> ; }")) == nil)
                    }
                    return try diagram.render().data
                }
            }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test("the library version is reported")
    func version() {
        #expect(Graphviz.version.split(separator: ".").count >= 2)
    }
}
