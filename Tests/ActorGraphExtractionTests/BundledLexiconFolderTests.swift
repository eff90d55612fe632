import Foundation
@testable import ActorGraphExtraction
import Testing

/// Where the bundled lexicon is looked for, and the error when it is nowhere.
@Suite("Bundled lexicon folder")
struct BundledLexiconFolderTests {
    @Test func theBundledFolderIsFoundAndHoldsTheDomainPack() throws {
        let folder = try BundledLexiconFolder.locate()
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("core.yaml").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("syria-actors.yaml").path))
    }

    @Test func aMissingFolderIsAnErrorThatNamesWhereItLookedAndWhatToDo() {
        let nowhere = [URL(fileURLWithPath: "/nonexistent-actorgraph/a/Lexicon"), URL(fileURLWithPath: "/nonexistent-actorgraph/b/Lexicon")]
        #expect {
            try BundledLexiconFolder.locate(in: nowhere)
        } throws: { error in
            let text = "\(error)"
            return text.contains("/nonexistent-actorgraph/a/Lexicon") && text.contains("/nonexistent-actorgraph/b/Lexicon")
                && text.contains(BundledLexiconFolder.bundleName) && text.contains("--no-bundled-lexicon")
        }
    }

    @Test func aFileWhereTheFolderShouldBeIsSkipped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Lexicon-file")
        try Data("not a folder".utf8).write(to: file)
        let real = folder.appendingPathComponent("Lexicon")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        #expect(try BundledLexiconFolder.locate(in: [file, real]) == real)
    }
}
