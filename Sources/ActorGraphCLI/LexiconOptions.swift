import ActorGraph
import ActorGraphExtraction
import ArgumentParser
import Foundation

/// Options that choose the lexicon: the bundled domain pack plus any user files.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A lexicon file (YAML or JSON) that extends the bundled one; may be repeated.", valueName: "file"))
    var lexiconFiles: [String] = []

    @Flag(name: .customLong("no-bundled-lexicon"), help: "Start from an empty lexicon instead of the bundled Syrian civil war pack.")
    var withoutBundledLexicon = false

    @Flag(help: "Replace invalid UTF-8 in articles with U+FFFD instead of failing.")
    var lossy = false

    func makeLexicon() throws -> Lexicon {
        do {
            var lexicon = withoutBundledLexicon ? Lexicon() : try Lexicon.bundled()
            for file in lexiconFiles { try lexicon.add(contentsOf: URL(fileURLWithPath: file)) }
            try lexicon.validate()
            return lexicon
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Reads, extracts and merges the articles at `paths`, with a progress bar on a terminal.
    func extractGraph(from paths: [String], quiet: Bool) throws -> ActorGraph {
        let files: [URL]
        do {
            files = try DocumentReader.textFiles(at: paths)
        } catch {
            throw CommandFailure(error)
        }
        guard !files.isEmpty else { throw CommandFailure("\(paths.joined(separator: ", ")): no .txt files found") }
        let extractor = Extractor(lexicon: try makeLexicon())
        let progress = ProgressBar(total: files.count, enabled: !quiet)
        do {
            let graph = try extractor.extract(files: files, reader: DocumentReader(lossy: lossy)) { done, total in
                progress.update(done)
            }
            progress.finish()
            return graph
        } catch {
            progress.finish()
            throw CommandFailure(error)
        }
    }
}
