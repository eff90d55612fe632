import ActorGraph

/// The scalar bounds of a span of one document: within a document they identify the span, text and all.
struct SpanBounds: Hashable {
    var start: Int
    var end: Int

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    init(_ span: TextSpan) {
        self.init(start: span.start, end: span.end)
    }
}
