import ActorGraph

/// The spans of one document made while its graph is built, their texts kept by bounds: a
/// sentence that is the evidence of many edges, or a quote that is also the evidence of its
/// `about` edges, has its text made once and shared (the strings share one buffer).
///
/// It lives as long as one ``DocumentGraphBuilder/build()``: nothing is kept across documents.
struct SpanTextCache {
    let document: SourceDocument
    /// The bounds asked for, numbered in the order first asked for.
    private var bounds: IndexTable<SpanBounds>
    /// The text of each of ``bounds``, by number.
    private var texts: [String] = []

    /// An empty cache for `document`, with room for about `capacity` distinct bounds.
    init(document: SourceDocument, capacity: Int) {
        self.document = document
        bounds = IndexTable(capacity: capacity)
        texts.reserveCapacity(capacity)
    }

    /// `document.span(from: start, to: end)`, its text made only the first time these bounds are asked for.
    mutating func span(from start: Int, to end: Int) -> TextSpan {
        // The bounds packed into 64 bits as the hash (offsets beyond 32 bits only hash worse).
        let hash = UInt64(truncatingIfNeeded: start) << 32 ^ UInt64(truncatingIfNeeded: end)
        let (number, inserted) = bounds.number(of: SpanBounds(start: start, end: end), hash: hash)
        if inserted { texts.append(document.text(from: start, to: end)) }
        return TextSpan(document: document.id, start: start, end: end, text: texts[number])
    }
}
