import ActorGraph

/// The line under a diagram's title that says where the facts come from: the source documents
/// and their date range.
///
/// Up to ``listedDocumentLimit`` documents are named; more are counted, so the caption stays one
/// short line however large the corpus:
///
/// ```swift
/// DiagramCaption.sources(for: twoDocuments)    // "Sources: a.txt, b.txt · 2016-11-28 – 2016-12-13"
/// DiagramCaption.sources(for: fiveDocuments)   // "5 documents, 2016-11-27 – 2016-12-15"
/// ```
enum DiagramCaption {
    /// The most documents named one by one.
    static let listedDocumentLimit = 3

    /// The sources line, or `nil` when the graph lists no documents.
    static func sources(for documents: [Document]) -> String? {
        guard !documents.isEmpty else { return nil }
        let dates = documents.compactMap(\.date).sorted()
        var range: String?
        if let first = dates.first, let last = dates.last {
            range = first == last ? first : "\(first) – \(last)"
        }
        if documents.count <= listedDocumentLimit {
            let names = "Sources: " + documents.map(\.id).joined(separator: ", ")
            return range.map { names + " · " + $0 } ?? names
        }
        let count = "\(documents.count) documents"
        return range.map { count + ", " + $0 } ?? count
    }
}
