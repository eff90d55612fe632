import ActorGraph
import Foundation
import Testing
@testable import ActorGraphGraphviz

@Suite("Diagram output: embedding, determinism, themes, formats")
struct DiagramOutputTests {
    /// Every view of the sample, the ego view around Russia.
    static func diagram(_ view: DiagramView) -> Diagram {
        Diagram(Fixtures.sample, view: view, focus: view == .ego ? "russia" : nil, hops: 2)
    }

    @Test("each view renders to byte-identical SVG twice, and its DOT is stable", arguments: DiagramView.allCases)
    func determinism(view: DiagramView) throws {
        let diagram = Self.diagram(view)
        let first = try diagram.render().data
        _ = try diagram.render(layout: .sfdp)                // disturb the random generators in between
        #expect(try diagram.render().data == first)
        #expect(try Self.diagram(view).dotText == diagram.dotText)
        #expect(try diagram.render().warnings.isEmpty)
    }

    @Test("embeddable SVG: a viewBox, no fixed size, no prolog, DOCTYPE or comments; title and desc for screen readers")
    func embeddable() throws {
        var diagram = Self.diagram(.alliances)
        diagram.isEmbeddable = true
        let text = try #require(try diagram.render().text)
        #expect(text.hasPrefix("<svg"))
        #expect(!text.contains("<?xml") && !text.contains("<!DOCTYPE") && !text.contains("<!--"))
        let root = String(text[..<(text.firstIndex(of: ">") ?? text.endIndex)])
        #expect(root.contains("viewBox=\""))
        #expect(!root.contains(" width=") && !root.contains(" height="))
        #expect(root.contains(#"role="img" aria-labelledby="diagram-alliances-title diagram-alliances-desc""#))
        let svg = try ParsedSVG(Data(text.utf8))
        let title = try svg.document.nodes(forXPath: "/*/*[local-name()='title']").first?.stringValue
        let description = try svg.document.nodes(forXPath: "/*/*[local-name()='desc']").first?.stringValue
        #expect(title == "Alliances")
        #expect(description == "Sources: aleppo-01.txt, aleppo-02.txt · 2016-11-28 – 2016-12-13. 2 blocs · 1 frustrated edge. "
                + "Shows 11 actors and 11 edges (cooperation, conflict).")
        #expect(try svg.ids("node").contains("node-russia"))
    }

    @Test("standalone SVG keeps its prolog and size, and also gets a title and desc")
    func standalone() throws {
        let text = try #require(try Self.diagram(.conflicts).render().text)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<svg width=\""))
        #expect(text.contains(#"<title id="diagram-conflicts-title">Conflicts</title>"#))
        #expect(text.contains(#"<desc id="diagram-conflicts-desc">"#))
        _ = try ParsedSVG(Data(text.utf8))
    }

    @Test("the dark theme changes the page, text and edge colours, not the layout")
    func darkTheme() throws {
        var dark = Self.diagram(.alliances)
        dark.theme = .dark
        let svg = try #require(try dark.render().text)
        #expect(svg.contains(##"fill="#1e1e1e""##))
        #expect(svg.contains(##"stroke="#56b4e9""##))               // cooperation in sky blue
        #expect(!svg.contains(##"stroke="#0072b2""##))
        let light = try #require(try Self.diagram(.alliances).render().text)
        func viewBox(_ text: String) -> Substring? {
            text.range(of: "viewBox=\"").map { text[$0.upperBound...].prefix { $0 != "\"" } }
        }
        #expect(viewBox(svg) == viewBox(light))
        #expect(DiagramTheme(named: "DARK") == .dark)
        #expect(DiagramTheme(named: "sepia") == nil)
    }

    @Test("PNG at a chosen resolution: twice the dpi, twice the pixels")
    func pngResolution() throws {
        func width(_ data: Data) -> Int {
            let bytes = [UInt8](data)
            return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }     // the IHDR width
        }
        var diagram = Self.diagram(.conflicts)
        let standard = try diagram.render(format: .png).data
        diagram.dpi = 192
        let sharp = try diagram.render(format: .png).data
        #expect(Array(sharp.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let ratio = Double(width(sharp)) / Double(width(standard))
        #expect(abs(ratio - 2) < 0.02)
        #expect(try !diagram.dotText.contains("dpi"))          // only PNG gets the resolution
    }

    @Test("PDF is vector and repeatable")
    func pdf() throws {
        let diagram = Self.diagram(.statements)
        let first = try diagram.render(format: .pdf).data
        #expect(Array(first.prefix(5)) == Array("%PDF-".utf8))
        #expect(try diagram.render(format: .pdf).data == first)
        #expect(!String(decoding: first, as: UTF8.self).contains("/Subtype /Image"))
    }
}
