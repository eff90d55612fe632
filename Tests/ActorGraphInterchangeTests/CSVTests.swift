import ActorGraph
import ActorGraphTestSupport
import Foundation
import Testing
@testable import ActorGraphInterchange

@Suite("CSV tables")
struct CSVTests {
    @Test func quotesOnlyWhatNeedsQuoting() {
        let table = CSVTable(header: ["a", "b"], rows: [["plain", "with, comma"], ["say \"hi\"", "two\nlines"], ["", "{{x}} <y>"]])
        #expect(table.text == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n,{{x}} <y>\r\n")
    }

    @Test func parsesWhatItWritesAndCountsLines() throws {
        let table = CSVTable(header: ["a", "b"], rows: [["x", "one\r\ntwo"], ["\"", ","], [Fixtures.hostile, "\u{FEFF}bom inside"]])
        let parsed = try CSVTable(parsing: table.text)
        #expect(parsed.header == table.header && parsed.rows == table.rows)
        #expect(parsed.lines == [2, 4, 5])
        let lf = try CSVTable(parsing: "\u{FEFF}Id,kind\nrussia,actor\n\naleppo,place")
        #expect(lf.header == ["Id", "kind"] && lf.rows == [["russia", "actor"], ["aleppo", "place"]] && lf.lines == [2, 4])
    }

    @Test(arguments: [
        ("a,b\n\"x,y\n", 2, "never closed"),
        ("a,b\nx\"y,z\n", 2, "quote inside an unquoted field"),
        ("a,b\n\"x\"y,z\n", 2, "after the closing quote"),
        ("a,b\nx,y\nz\n", 3, "expected 2 fields"),
        ("", 1, "empty"),
    ])
    func syntaxErrorsHaveLines(text: String, line: Int, message: String) {
        #expect {
            try CSVTable(parsing: text)
        } throws: { error in
            guard let error = error as? CSVTable.SyntaxError else { return false }
            return error.line == line && error.message.contains(message)
        }
    }

    @Test func roundTripsTheGraphExactly() throws {
        for graph in [Fixtures.sample, Fixtures.hostileGraph] + [Fixtures.examplesGraph].compactMap({ $0 }) {
            let files = CSVWriter.files(for: graph)
            #expect(files.map(\.name) == CSVWriter.fileNames)
            let back = try CSVReader.read(tables: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.data) }))
            #expect(back.documents == graph.documents)
            #expect(back.nodes == graph.nodes)
            #expect(back.edges == graph.edges)
            #expect(CSVWriter.files(for: back) == files)
        }
    }

    @Test func hostileTextStaysInItsCell() throws {
        let graph = Fixtures.hostileGraph
        let files = CSVWriter.files(for: graph)
        let nodes = try CSVTable(parsing: String(decoding: files[0].data, as: UTF8.self))
        #expect(nodes.rows.count == graph.nodeCount)
        #expect(nodes.rows.allSatisfy { $0.count == nodes.header.count })
        #expect(nodes.rows.filter { $0[1] == Fixtures.hostile }.count == 2)
        let edges = try CSVTable(parsing: String(decoding: files[1].data, as: UTF8.self))
        #expect(edges.rows.count == graph.edgeCount)
    }

    @Test func readsMinimalHandMadeTables() throws {
        let nodes = "id,KIND,label\nrussia,actor,Russia\naleppo,place,\n"
        let edges = "source,target,relation,weight\nrussia,aleppo,shells,2.0\n"
        let graph = try CSVReader.read(tables: ["nodes.csv": Data(nodes.utf8), "edges.csv": Data(edges.utf8)])
        #expect(graph.node(withID: "aleppo")?.label == "aleppo")
        #expect(graph.edges.first?.weight == 2)
    }

    @Test(arguments: [
        ("nodes.csv", "Id,kind\nrussia,actr\n", "t/nodes.csv: line 2: column kind: expected one of actor, place, statement, found \"actr\""),
        ("nodes.csv", "Id,kind,category\nrussia,actor,city\n", "t/nodes.csv: line 2: column category: category \"city\" does not fit kind \"actor\""),
        ("nodes.csv", "Id,label\nrussia,Russia\n", "t/nodes.csv: line 1: missing the column kind"),
        ("nodes.csv", "Id,kind\nrussia,actor\nrussia,actor\n", "t/nodes.csv: line 3: column Id: duplicate node id \"russia\""),
        ("edges.csv", "Source,Target,relation\nrussia,nowhere,shells\n", "t/edges.csv: line 2: column Target: no node in nodes.csv has the id \"nowhere\""),
        ("edges.csv", "Source,Target,relation,class\nrussia,aleppo,shells,cooperation\n", "t/edges.csv: line 2: column class: relation \"shells\" belongs to class \"conflict\""),
        ("edges.csv", "Source,Target,relation,Weight\nrussia,aleppo,shells,0\n", "t/edges.csv: line 2: column Weight: expected a whole number of at least 1"),
        ("evidence.csv", "source,target,relation,document,start,end,text\nrussia,aleppo,attacks,d.txt,1,2,x\n", "t/evidence.csv: line 2: no edge in edges.csv is russia -attacks-> aleppo"),
        ("mentions.csv", "node,document,start,end,text\nrussia,d.txt,5,2,x\n", "t/mentions.csv: line 2: column end: expected a whole number not below start (5)"),
        ("edges.csv", "Source,Target,relation\n\"russia,aleppo,shells\n", "t/edges.csv: line 2: a quoted field is never closed"),
    ])
    func errorsNameTheFileLineAndColumn(file: String, text: String, expected: String) {
        var tables = ["nodes.csv": Data("Id,kind\nrussia,actor\naleppo,place\n".utf8),
                      "edges.csv": Data("Source,Target,relation\nrussia,aleppo,shells\n".utf8)]
        tables[file] = Data(text.utf8)
        #expect {
            try CSVReader.read(tables: tables, folder: "t")
        } throws: { error in
            String(describing: error).hasPrefix(expected)
        }
    }

    @Test func readsAFolderAndNamesAMissingTable() throws {
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in CSVWriter.files(for: Fixtures.sample) {
            try file.data.write(to: folder.appendingPathComponent(file.name))
        }
        #expect(try CSVReader.read(folder: folder) == Fixtures.sample)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("edges.csv"))
        #expect {
            try CSVReader.read(folder: folder)
        } throws: { error in
            String(describing: error).contains("edges.csv: cannot read the file")
        }
    }

    @Test func listFieldsRoundTrip() {
        for items in [[], ["Moscow", "the Kremlin"], ["semi;colon", "back\\slash", "trailing\\"]] {
            #expect(ListField.split(ListField.join(items)) == items)
        }
    }
}
