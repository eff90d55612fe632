import Testing
@testable import ActorGraphGraphviz

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("text is escString-escaped, then quoted", arguments: [
        (#"plain"#, #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        (#"trailing\"#, #""trailing\\""#),
        (#"\N and \l"#, #""\\N and \\l""#),
        (#"bs-quote \" mix"#, #""bs-quote \\\" mix""#),
        ("two\nlines", #""two\nlines""#),
        ("crlf\r\nline", #""crlf\nline""#),
        ("nul\u{0}bell\u{7}gone", #""nulbellgone""#),
        ("tab\tkept", "\"tab\tkept\""),
        (#""]; x -> y [""#, #""\"]; x -> y [\"""#),
        ("a & b &amp;", #""a &amp; b &amp;amp;""#),
    ])
    func quoting(input: String, expected: String) {
        #expect(DOTWriter.quoted(input) == expected)
    }

    @Test("tooltips get four backslashes per backslash, since Graphviz unescapes them twice")
    func tooltipQuoting() {
        #expect(DOTWriter.quoted(#"C:\N"#, attribute: "tooltip") == #""C:\\\\N""#)
        #expect(DOTWriter.quoted(#"C:\N"#, attribute: "label") == #""C:\\N""#)
        #expect(DOTWriter.attributeList(["tooltip": #"\"#, "labeltooltip": #"\"#, "URL": #"\"#])
                == #" ["tooltip"="\\\\", "labeltooltip"="\\\\", "URL"="\\"]"#)
    }

    @Test("every id is quoted and attribute order is kept")
    func structure() {
        var graph = DOTGraph(name: "node")
        graph.attributes = ["rankdir": "LR", "label": "Title"]
        graph.nodeDefaults = ["shape": "box"]
        let a = graph.addNode(["label": "A", "color": "red"])
        let b = graph.addNode(["label": "B"])
        graph.addEdge(from: a, to: b, attributes: ["style": "dashed", "penwidth": 2.5])
        #expect([a, b] == ["n0", "n1"])
        #expect(graph.dotText == """
        digraph "node" {
          graph ["rankdir"="LR", "label"="Title"];
          node ["shape"="box"];
          "n0" ["label"="A", "color"="red"];
          "n1" ["label"="B"];
          "n0" -> "n1" ["style"="dashed", "penwidth"="2.5"];
        }

        """)
    }

    @Test("setting an attribute again replaces it in place")
    func attributeReplacement() {
        var attributes: DOTAttributes = ["shape": "box", "label": "x"]
        attributes["shape"] = "hexagon"
        attributes["color"] = "red"
        attributes["label"] = nil
        #expect(attributes.names == ["shape", "color"])
        #expect(attributes["shape"] == .string("hexagon"))
    }

    @Test("HTML values are written as <…>, and HTMLLabel escapes its text")
    func htmlLabels() {
        let label = HTMLLabel.table([[HTMLLabel.Cell(text: "<b>&\"'", attributes: ["BGCOLOR": "#FFF\"><x"])]],
                                    attributes: ["BORDER": "0"])
        #expect(label.markup == ##"<TABLE BORDER="0"><TR><TD BGCOLOR="#FFF&quot;&gt;&lt;x">&lt;b&gt;&amp;&quot;&#39;</TD></TR></TABLE>"##)
        #expect(DOTWriter.value(label.value) == "<" + label.markup + ">")
        #expect(HTMLLabel(text: "a\nb").markup == "a<BR/>b")
        // Text that looks like HTML is never treated as HTML.
        #expect(DOTWriter.value("<b>bold?</b>") == #""<b>bold?</b>""#)
    }

    @Test("nested clusters declare each member once, in the innermost cluster")
    func clusters() {
        var graph = DOTGraph(isDirected: false)
        let a = graph.addNode(["label": "a"])
        let b = graph.addNode(["label": "b"])
        let c = graph.addNode(["label": "c"])
        graph.addEdge(from: a, to: c)
        graph.clusters = [DOTCluster(name: "outer", attributes: ["label": "Outer"], nodeIDs: [a, b],
                                     clusters: [DOTCluster(name: "inner", nodeIDs: [b])])]
        #expect(graph.dotText == """
        graph "G" {
          subgraph "cluster_outer" {
            graph ["label"="Outer"];
            subgraph "cluster_inner" {
              "n1" ["label"="b"];
            }
            "n0" ["label"="a"];
            "n1";
          }
          "n2" ["label"="c"];
          "n0" -- "n2";
        }

        """)
    }

    @Test("SVG element ids keep only letters, digits and hyphens")
    func elementIDs() {
        #expect(ElementID.make("node", ["russia"]) == "node-russia")
        #expect(ElementID.make("edge", ["russia", "supports", "assad-forces"]) == "edge-russia-supports-assad-forces")
        #expect(ElementID.encode(#"a"b<c>&_é\"#) == "a_22b_3Cc_3E_26_5F_C3_A9_5C")
    }
}
