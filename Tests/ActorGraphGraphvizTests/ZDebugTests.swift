import Testing
import Foundation
@testable import ActorGraphGraphviz

@Test func zdebug() throws {
    let raws = [#"a\\N"#, #"a\\\\N"#, #"b\\x"#, #"c\\\\x"#, #"d\\\\\\\\x"#, #"e\\"#, #"f\\\\"#, #"g\nh"#, #"i\\n"#, #"j\\\\n"#, #"k\\l"#, #"l\N"#, #"m\x"#, #"n&amp;"#, #"o\"q"#]
    var dot = "digraph G {\n"
    for (i, raw) in raws.enumerated() { dot += "n\(i) [tooltip=\"\(raw)\", label=\"\(raw)\"];\n" }
    dot += "}"
    let r = try Graphviz.render(dot)
    let svg = try ParsedSVG(r.data)
    let tips = try svg.tooltips()
    for g in try svg.groups("node") {
        let t = try ParsedSVG.textLines(in: g).joined(separator: "|")
        print("NODE label=[\(t)]")
    }
    for (raw, tip) in zip(raws, tips) { print("RAW [\(raw)] -> TIP [\(tip)]") }
}
