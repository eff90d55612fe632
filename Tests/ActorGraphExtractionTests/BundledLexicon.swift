import ActorGraph
import ActorGraphExtraction
import Testing

/// The bundled Syrian-war lexicon, compiled once for the suites that extract with it.
enum BundledLexicon {
    static let extractor: Extractor? = try? Extractor(lexicon: Lexicon.bundled())

    /// The graph of `text` as one document, extracted with the bundled lexicon.
    static func extract(_ text: String, id: String = "t.txt") throws -> ActorGraph {
        let extractor = try #require(extractor)
        return extractor.extract(SourceDocument(id: id, text: text)).graph
    }
}
