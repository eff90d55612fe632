import ActorGraph
import ActorGraphTestSupport
import Foundation
import Testing
@testable import ActorGraphReport

/// Opens the HTML report in headless Chromium, when it is installed: no console errors, and
/// every diagram laid out with a visible size. One Chromium run, a few seconds.
@Suite("The HTML report in Chromium")
struct ChromiumTests {
    @Test func noConsoleErrorsAndEveryDiagramIsVisible() throws {
        guard let chromium = ExternalTool.find("chromium", "chromium-browser", "google-chrome") else {
            print("skipped: chromium not found (apt-get install chromium)")
            return
        }
        let graph = Fixtures.examplesGraph ?? Fixtures.hostileGraph
        var report = Report(graph)
        report.views = Report.defaultViews
        let html = try report.html()
        let diagrams = try report.diagrams().count
        #expect(diagrams > 0)

        // A copy with a probe: errors are recorded from the start, sizes after layout.
        let probeHead = "<script>window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(String(e.message||e.type))},true);</script>"
        let probeBody = """
        <script>
        var rows=[];document.querySelectorAll('figure.diagram').forEach(function(f){var s=f.querySelector('svg');
        var r=s?s.getBoundingClientRect():{width:0,height:0};var st=s?getComputedStyle(s):null;
        rows.push(f.id+':'+Math.round(r.width)+'x'+Math.round(r.height)+':'+(st?st.visibility+'/'+st.display:'none'));});
        document.body.setAttribute('data-probe', rows.join(';'));
        document.body.setAttribute('data-errors', window.__errors.join('|'));
        </script>
        """
        let page = html.replacingOccurrences(of: "<head>", with: "<head>" + probeHead)
            .replacingOccurrences(of: "</body>", with: probeBody + "</body>")
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        try Data(page.utf8).write(to: file)

        let outcome = try ExternalTool.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--enable-logging=stderr", "--v=0", "--window-size=1280,900", "--virtual-time-budget=3000",
            "--dump-dom", file.absoluteString,
        ])
        #expect(outcome.status == 0, "\(outcome.stderr.suffix(2000))")
        let consoleLines = outcome.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") }
        #expect(consoleLines.isEmpty, "console messages: \(consoleLines.joined(separator: "\n"))")

        func attribute(_ name: String) -> String? {
            guard let start = outcome.stdout.range(of: "\(name)=\"") else { return nil }
            return String(outcome.stdout[start.upperBound...].prefix { $0 != "\"" })
        }
        #expect(attribute("data-errors") == "", "page errors: \(attribute("data-errors") ?? "probe did not run")")
        let rows = (attribute("data-probe") ?? "").split(separator: ";").map(String.init)
        #expect(rows.count == diagrams, "probe: \(rows)")
        for row in rows {
            let parts = row.split(separator: ":")
            guard parts.count == 3 else { Issue.record("bad probe row \(row)"); continue }
            let size = parts[1].split(separator: "x").compactMap { Int($0) }
            #expect(size.count == 2 && size[0] >= 200 && size[1] >= 100, "\(row)")
            #expect(parts[2] == "visible/block", "\(row)")
        }
    }
}
