import ActorGraph

/// The spans of one document made while its graph is built, their texts kept by bounds: a
/// sentence that is the evidence of many edges, or a quote that is also the evidence of its
/// `about` edges, has its text made once and shared (the strings share one buffer).
///
/// It lives as long as one ``DocumentGraphBuilder/build()``: nothing is kept across documents.
struct SpanTextCache {
    let document: SourceDocument
    private var texts: [SpanBounds: String] = [:]

    /// An empty cache for `document`, with room for about `capacity` distinct bounds.
    init(document: SourceDocument, capacity: Int) {
        self.document = document
        texts.reserveCapacity(capacity)
    }

    /// `document.span(from: start, to: end)`, its text made only the first time these bounds are asked for.
    mutating func span(from start: Int, to end: Int) -> TextSpan {
        let document = self.document
        // One hash: an empty text is made in place (an empty span's text is made each time,
        // which gives the same empty string).
        func text(_ known: inout String) -> String {
            if known.isEmpty { known = document.text(from: start, to: end) }
            return known
        }
        return TextSpan(document: document.id, start: start, end: end,
                        text: text(&texts[SpanBounds(start: start, end: end), default: ""]))
    }
}
