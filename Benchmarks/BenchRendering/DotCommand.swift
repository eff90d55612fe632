import Foundation

/// The Graphviz command-line tool, run as a child process on DOT text: the way most programs
/// use Graphviz, and the baseline for the in-process renderer.
struct DotCommand {
    /// The executable.
    let url: URL

    /// The `dot` on the usual paths, or `nil` when the `graphviz` package is not installed.
    static func find() -> DotCommand? {
        for path in ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return DotCommand(url: URL(fileURLWithPath: path))
        }
        return nil
    }

    /// Runs `dot -K<layout> -T<format> file` and returns its standard output. The DOT is passed as
    /// a file, so a large graph cannot deadlock the pipes.
    func render(file: URL, layout: String, format: String = "svg") throws -> Data {
        let process = Process()
        process.executableURL = url
        process.arguments = ["-K\(layout)", "-T\(format)", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "dot exited with \(process.terminationStatus)"])
        }
        return data
    }
}
