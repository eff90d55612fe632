import Foundation

/// Finds the folder of the bundled lexicon's files, with an error that says what to do when it is
/// missing, rather than the crash of SwiftPM's generated `Bundle.module` (which stops the program
/// when the resource bundle is not beside the executable, e.g. after copying only the binary).
enum BundledLexiconFolder {
    /// The name SwiftPM gives the resource bundle of this target.
    static let bundleName = "ActorGraph_ActorGraphExtraction.resources"

    /// The places looked in, in order: the resource bundle beside the executable (as `swift build`
    /// lays it out, and as an installation copies it), then beside the executable a symbolic link
    /// points to, then the package's source tree (a build run from its checkout).
    static var candidates: [URL] {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var folders = [executable.deletingLastPathComponent()]
        let resolved = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        if resolved != folders[0] { folders.append(resolved) }
        var candidates = folders.map { $0.appendingPathComponent(bundleName).appendingPathComponent("Lexicon") }
        // This file is Sources/ActorGraphExtraction/Lexicon/BundledLexiconFolder.swift.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources").appendingPathComponent("Lexicon"))
        return candidates
    }

    /// The first of `candidates` that is a folder.
    ///
    /// - Throws: ``LexiconError`` naming every place looked in when none is.
    static func locate(in candidates: [URL] = candidates) throws(LexiconError) -> URL {
        for folder in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue { return folder }
        }
        throw LexiconError(file: "<bundled lexicon>",
                           message: "not found (looked in \(candidates.map(\.path).joined(separator: ", "))); "
                               + "copy the \(bundleName) folder next to the actorgraph executable, or pass --no-bundled-lexicon with --lexicon FILE")
    }
}
