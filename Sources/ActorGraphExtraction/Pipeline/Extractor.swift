import ActorGraph
import Foundation

/// Turns article text into a graph of actors, places and statements.
///
/// `Extractor` is a value type with no mutable state: one instance can serve many threads at once.
///
/// ```swift
/// let extractor = Extractor(lexicon: try Lexicon.bundled())
/// let document = SourceDocument(id: "a.txt", text: "Russian jets pounded Hanano, a district of Aleppo.")
/// let result = extractor.extract(document)
/// result.graph.edges   // russia -attacks-> hanano, hanano -part-of-> aleppo
/// ```
public struct Extractor: Sendable {
    /// The lexicon the extractor was built with.
    public let lexicon: Lexicon
    let index: LexiconIndex

    /// Compiles `lexicon` for matching.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.index = LexiconIndex(lexicon)
    }

    /// Extracts the actors, places, relations and statements of one document.
    public func extract(_ document: SourceDocument) -> ExtractionResult {
        let analysis = DocumentAnalysis(document: document, index: index)
        var mentions = MentionFinder(analysis: analysis)
        mentions.run()
        RelationFinder(analysis: analysis).run()
        StatementFinder(analysis: analysis).run()
        analysis.orientSymmetricRelations()
        return ExtractionResult(graph: DocumentGraphBuilder(analysis: analysis).build(),
                                tokenCount: analysis.tokens.count, sentenceCount: analysis.sentences.count)
    }

    /// Reads and extracts many files, in parallel on all cores, and merges the results into one
    /// graph (see ``GraphBuilder``). `progress` is called after each file with the count done.
    public func extract(files: [URL], reader: DocumentReader = DocumentReader(),
                        progress: (@Sendable (Int, Int) -> Void)? = nil) throws(DocumentReadError) -> ActorGraph {
        let results = ResultSlots(count: files.count)
        let counter = ResultSlots(count: 0)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let outcome: Result<ExtractionResult, DocumentReadError>
            do throws(DocumentReadError) {
                outcome = .success(extract(try reader.read(files[i])))
            } catch {
                outcome = .failure(error)
            }
            results.store(outcome, at: i)
            let done = counter.increment()
            progress?(done, files.count)
        }
        var graphs: [ActorGraph] = []
        for outcome in results.values() {
            switch outcome {
            case .success(let result): graphs.append(result.graph)
            case .failure(let error): throw error
            case nil: continue
            }
        }
        return GraphBuilder().merge(graphs)
    }
}

/// What one document gave.
public struct ExtractionResult: Sendable {
    /// The document's own graph: its record, nodes with mentions, edges with evidence.
    public var graph: ActorGraph
    /// How many tokens the text had.
    public var tokenCount: Int
    /// How many sentences the text had.
    public var sentenceCount: Int
}

/// Thread-safe result slots for parallel extraction.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<ExtractionResult, DocumentReadError>?]
    private var count = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Result<ExtractionResult, DocumentReadError>, at i: Int) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
    }

    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        count += 1
        return count
    }

    func values() -> [Result<ExtractionResult, DocumentReadError>?] {
        lock.lock(); defer { lock.unlock() }
        return slots
    }
}
