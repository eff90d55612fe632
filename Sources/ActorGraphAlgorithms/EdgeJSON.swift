import ActorGraph

extension Edge {
    /// The edge in the `actorgraph-1` edge shape — `source`, `target`, `relation`, `class`,
    /// `polarity`, `weight`, `evidence` (each span with `document`, `start`, `end`, `text`) — as
    /// used inside analysis results (frustrated edges, path steps).
    public var analysisJSONValue: JSONValue {
        .object([
            ("source", .string(source)),
            ("target", .string(target)),
            ("relation", .string(relation.rawValue)),
            ("class", .string(relationClass.rawValue)),
            ("polarity", .int(polarity)),
            ("weight", .int(weight)),
            ("evidence", .array(evidence.map { span in
                .object([("document", .string(span.document)), ("start", .int(span.start)),
                         ("end", .int(span.end)), ("text", .string(span.text))])
            })),
        ])
    }
}
