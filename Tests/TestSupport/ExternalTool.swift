import Foundation

/// Runs programs found on the PATH (xmllint, python3, chromium, cmark-gfm), for tests that use
/// them when present. Shared by the test targets through the `ActorGraphTestSupport` target.
public enum ExternalTool {
    /// What a program printed and how it ended.
    public struct Outcome: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output as UTF-8 (invalid bytes replaced).
        public var stdout: String
        /// Standard error as UTF-8 (invalid bytes replaced).
        public var stderr: String
    }

    /// The full path of the first of `names` on the PATH, if any is installed.
    public static func find(_ names: String...) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, feeding `input` on stdin. Standard output and error go
    /// to temporary files that are read after the program ends: no pipe can fill up and block it,
    /// and no second thread reads a pipe while tests run in parallel.
    public static func run(_ executable: URL, _ arguments: [String], input: Data? = nil) throws -> Outcome {
        let folder = try temporaryFolder(prefix: "actorgraph-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("stdin"), outURL = folder.appendingPathComponent("stdout"),
            errURL = folder.appendingPathComponent("stderr")
        try (input ?? Data()).write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        defer {
            try? stdin.close()
            try? stdout.close()
            try? stderr.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// python3, if it can import networkx.
    public static let networkxPython: URL? = {
        guard let python = find("python3"),
              let outcome = try? run(python, ["-c", "import networkx"]), outcome.status == 0 else { return nil }
        return python
    }()

    /// A fresh, empty temporary folder whose name starts with `prefix`.
    public static func temporaryFolder(prefix: String = "actorgraph-test") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
