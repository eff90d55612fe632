import ActorGraph
import Foundation

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
    /// For each of ``bounds``, by number: the list of its one span once made by
    /// ``soleSpan(from:to:)`` (empty until then).
    private var soleSpans: [[TextSpan]] = []

    /// An empty cache for `document`, with room for about `capacity` distinct bounds.
    init(document: SourceDocument, capacity: Int) {
        self.document = document
        bounds = IndexTable(capacity: capacity)
        texts.reserveCapacity(capacity)
        soleSpans.reserveCapacity(capacity)
    }

    /// `document.span(from: start, to: end)`, its text made only the first time these bounds are asked for.
    mutating func span(from start: Int, to end: Int) -> TextSpan {
        let number = self.number(from: start, to: end)
        return TextSpan(document: document.id, start: start, end: end, text: texts[number])
    }

    /// `[span(from: start, to: end)]`, one list made per bounds and shared: the many edges stated
    /// by the same one sentence (or quote) hold one list rather than one each.
    mutating func soleSpan(from start: Int, to end: Int) -> [TextSpan] {
        soleSpan(number: self.number(from: start, to: end), from: start, to: end)
    }

    /// The list of the one span of the bounds numbered `number` (which are `start` and `end`),
    /// made the first time it is asked for.
    private mutating func soleSpan(number: Int, from start: Int, to end: Int) -> [TextSpan] {
        if soleSpans[number].isEmpty {
            soleSpans[number] = [TextSpan(document: document.id, start: start, end: end, text: texts[number])]
        }
        return soleSpans[number]
    }

    /// The number of these bounds, their text made when they are new: `candidate` when it has
    /// the document's bytes between them, else the document's text.
    private mutating func number(from start: Int, to end: Int, candidate: String? = nil) -> Int {
        // The bounds packed into 64 bits as the hash (offsets beyond 32 bits only hash worse).
        let hash = UInt64(truncatingIfNeeded: start) << 32 ^ UInt64(truncatingIfNeeded: end)
        let (number, inserted) = bounds.number(of: SpanBounds(start: start, end: end), hash: hash)
        if inserted {
            if let candidate, hasBytes(of: candidate, from: start, to: end) {
                texts.append(candidate)
            } else {
                texts.append(document.text(from: start, to: end))
            }
            soleSpans.append([])
        }
        return number
    }

    /// ``soleSpan(from:to:)``, which takes `candidate` as the text when these bounds are new and
    /// their bytes are the candidate's: a statement's cleaned quote is mostly its span's text as
    /// it stands, and then one string serves both (equal bytes make equal strings).
    mutating func soleSpan(from start: Int, to end: Int, sameBytesAs candidate: String) -> [TextSpan] {
        soleSpan(number: number(from: start, to: end, candidate: candidate), from: start, to: end)
    }

    /// True when the UTF-8 of `text` is the document's between scalar offsets `start` and `end`
    /// (clamped as ``SourceDocument/text(from:to:)`` clamps them).
    private func hasBytes(of text: String, from start: Int, to end: Int) -> Bool {
        let scalarCount = document.scalars.count
        let lower = max(0, min(start, scalarCount)), upper = max(lower, min(end, scalarCount))
        let first = Int(document.utf8Offsets[lower]), count = Int(document.utf8Offsets[upper]) - first
        guard text.utf8.count == count else { return false }
        let same = text.utf8.withContiguousStorageIfAvailable { textBytes in
            document.utf8.withUnsafeBufferPointer { documentBytes in
                // Both are `count` bytes: the document's offsets lie within its bytes.
                precondition(first + count <= documentBytes.count)
                guard count > 0, let textBase = textBytes.baseAddress, let documentBase = documentBytes.baseAddress else { return true }
                return memcmp(textBase, documentBase + first, count) == 0
            }
        }
        return same ?? false
    }
}
