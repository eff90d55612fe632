import ActorGraph

/// One article's text, held as Unicode scalars so that offsets match `actorgraph-1` spans
/// (Python string indices), with the metadata read from its first lines.
public struct SourceDocument: Sendable {
    /// The document id: the file name, e.g. `aleppo-01.txt`.
    public var id: String
    /// The text, one element per Unicode scalar. Line ends are normalised to `\n` the way
    /// Python's text mode reads them, so offsets agree with `open(path).read()`.
    public var scalars: [Unicode.Scalar]
    /// The date from a leading `date YYYY-MM-DD` line, if any.
    public var date: String?
    /// The headline: the first line when it reads like one.
    public var title: String?
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String?
    /// The text as UTF-8 (after line-end normalisation), for fast slicing.
    let utf8: [UInt8]
    /// The UTF-8 offset of each scalar, plus one entry for the end.
    let utf8Offsets: [Int32]

    /// Creates a document from text, reading the date line and title from it.
    ///
    /// ```swift
    /// let doc = SourceDocument(id: "a.txt", text: "date 2016-11-28\nRebels retreat\nThe army advanced.")
    /// doc.date   // "2016-11-28"
    /// doc.title  // "Rebels retreat"
    /// ```
    public init(id: String, text: String, sha256: String? = nil) {
        self.id = id
        let decoded = text.utf8.withContiguousStorageIfAvailable { Self.decode($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Self.decode($0) }
        self.scalars = decoded.scalars
        self.utf8 = decoded.utf8
        self.utf8Offsets = decoded.offsets
        self.sha256 = sha256
        let header = DocumentHeader(utf8: decoded.utf8)
        self.date = header.date
        self.title = header.title
    }

    /// The scalars of valid UTF-8 `bytes` with line ends normalised ("\r\n" and a lone "\r"
    /// become "\n"), the normalised UTF-8 and the UTF-8 offset of each scalar (plus the end), in
    /// one pass over `bytes`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], utf8: [UInt8], offsets: [Int32]) {
        let n = bytes.count
        // At most one normalised byte per byte and one scalar per byte: all three tables are
        // written in place, each index (`j` for the normalised bytes, `k` for scalars and offsets)
        // never ahead of `i`, the index of the byte read.
        var offsets: [Int32] = [], utf8: [UInt8] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarBuffer, scalarCount in
            offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsetBuffer, offsetCount in
                utf8 = [UInt8](unsafeUninitializedCapacity: n) { utf8Buffer, utf8Count in
                    // Local copies of the (inout) buffers: their bases need not be reloaded after each store.
                    let scalarsOut = scalarBuffer, offsetsOut = offsetBuffer, utf8Out = utf8Buffer
                    // 0 through 7: the offsets of eight bytes read at once from the first of them.
                    let laneOffsets = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
                    var i = 0, j = 0, k = 0
                    while i < n {
                        // Eight ASCII bytes without a CR at a time (most text), for as long as they
                        // last, in a loop of its own: copied, and one scalar and one offset per
                        // byte, widened and stored as vectors of eight (k ≤ j ≤ i and i + 8 ≤ n, so
                        // every store stays inside its table; a scalar is stored as its UInt32
                        // value). The bytes after are read one scalar at a time (below), if any.
                        if n &- i >= 8, let base = bytes.baseAddress, let scalarBase = scalarsOut.baseAddress,
                           let offsetBase = offsetsOut.baseAddress, let utf8Base = utf8Out.baseAddress {
                            repeat {
                                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                                // A CR byte becomes a zero byte, which the classic has-zero-byte test finds.
                                let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
                                guard word & 0x8080_8080_8080_8080 == 0,
                                      (carriageReturns &- 0x0101_0101_0101_0101) & ~carriageReturns & 0x8080_8080_8080_8080 == 0 else { break }
                                UnsafeMutableRawPointer(utf8Base + j).storeBytes(of: word, as: UInt64.self)
                                let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                                UnsafeMutableRawPointer(scalarBase + k).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                                UnsafeMutableRawPointer(offsetBase + k).storeBytes(of: SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: j)) &+ laneOffsets,
                                                                                   as: SIMD8<Int32>.self)
                                i &+= 8
                                j &+= 8
                                k &+= 8
                            } while n &- i >= 8
                            guard i < n else { break }
                        }
                        let lead = bytes[i]
                        offsetsOut[k] = Int32(truncatingIfNeeded: j)
                        if lead == 0x0D {
                            // "\r\n" or a lone "\r": one "\n".
                            utf8Out[j] = 0x0A
                            scalarsOut[k] = "\n"
                            j += 1
                            i += 1
                            if i < n, bytes[i] == 0x0A { i += 1 }
                        } else if lead < 0x80 {
                            utf8Out[j] = lead
                            scalarsOut[k] = Unicode.Scalar(lead)
                            j += 1
                            i += 1
                        } else {
                            // Valid UTF-8 (it came from a String): the lead byte gives the length.
                            var value: UInt32
                            let length: Int
                            if lead < 0xE0 {
                                value = UInt32(lead & 0x1F); length = 2
                            } else if lead < 0xF0 {
                                value = UInt32(lead & 0x0F); length = 3
                            } else {
                                value = UInt32(lead & 0x07); length = 4
                            }
                            utf8Out[j] = lead
                            var m = 1
                            while m < length && i + m < n {
                                let continuation = bytes[i + m]
                                value = value << 6 | UInt32(continuation & 0x3F)
                                utf8Out[j + m] = continuation
                                m += 1
                            }
                            scalarsOut[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                            i += length
                            j += m
                        }
                        k += 1
                    }
                    offsetsOut[k] = Int32(truncatingIfNeeded: j)
                    offsetCount = k + 1
                    scalarCount = k
                    utf8Count = j
                }
            }
        }
        return (scalars, utf8, offsets)
    }

    /// The record of this document for a graph.
    public var record: Document { Document(id: id, title: title, date: date, sha256: sha256) }

    /// The text between two scalar offsets.
    public func text(from start: Int, to end: Int) -> String {
        let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        return String(decoding: utf8[Int(utf8Offsets[lower])..<Int(utf8Offsets[upper])], as: UTF8.self)
    }

    /// A span of this document between two scalar offsets.
    public func span(from start: Int, to end: Int) -> TextSpan {
        TextSpan(document: id, start: start, end: end, text: text(from: start, to: end))
    }
}

/// The date line and headline at the top of an article.
struct DocumentHeader {
    var date: String?
    var title: String?

    /// The header of the text whose (line-end normalised) UTF-8 is `utf8`.
    init(utf8: [UInt8]) {
        // Only the first two non-empty lines among the first seven are ever read, and the second
        // only after a bare date line: each line is cut (at a "\n" byte: in UTF-8 no other scalar
        // holds the byte 0x0A) and trimmed only when it is needed, not the whole text (the second
        // line is most often the article's first paragraph).
        var lines = HeaderLines(utf8: utf8)
        guard let first = lines.nextNonEmpty() else { return }
        var titleCandidate: String? = first
        // Only the first three words are ever read (the third to tell whether there is one), and
        // only of a line that starts with the bytes of "date" in any case: a first word that
        // lower-cases to "date" is those four ASCII letters (no other scalar lower-cases to one of
        // them), at the start of the trimmed line (a space, or a mark on one, is trimmed first).
        let words = Self.startsWithDate(first) ? Self.words(of: first, upTo: 3) : []
        if words.count >= 2, words[0].lowercased() == "date", Self.isISODate(String(words[1])) {
            date = String(words[1])
            // A date line may carry the first sentence on the same line ("date 2016-11-29 BEIRUT -- …").
            titleCandidate = words.count == 2 ? lines.nextNonEmpty() : nil
        }
        if let candidate = titleCandidate, Self.looksLikeHeadline(candidate) { title = candidate }
    }

    /// True when `line`'s first four bytes are "date", in any case.
    static func startsWithDate(_ line: String) -> Bool {
        var bytes = line.utf8.makeIterator()
        for letter in "date".utf8 {
            guard let byte = bytes.next(), byte | 0x20 == letter else { return false }
        }
        return true
    }

    /// The trimmed non-empty lines among the first seven lines of a text's UTF-8, one at a time.
    private struct HeaderLines {
        let utf8: [UInt8]
        /// Where the next line starts.
        var start = 0
        /// How many lines have been read.
        var lineCount = 0

        /// The next non-empty line (trimmed) among the first seven, or nil when there is none.
        mutating func nextNonEmpty() -> String? {
            while lineCount < 7, start < utf8.count {
                let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.count
                // Spaces and tabs are cut off as bytes (each is a scalar of its own in UTF-8);
                // only a line that then starts or ends with a byte that is not ASCII (U+FEFF and
                // U+A0 are trimmed too) is trimmed as a string. (A line holds no "\n".)
                var lower = start, upper = end
                while lower < upper, utf8[lower] == 0x20 || utf8[lower] == 0x09 { lower += 1 }
                while upper > lower, utf8[upper - 1] == 0x20 || utf8[upper - 1] == 0x09 { upper -= 1 }
                let line = String(decoding: utf8[lower..<upper], as: UTF8.self)
                let trimmed = lower < upper && (utf8[lower] >= 0x80 || utf8[upper - 1] >= 0x80)
                    ? line.trimmingCharacters(in: " \t\u{FEFF}\u{A0}") : line
                lineCount += 1
                start = end + 1
                if !trimmed.isEmpty { return trimmed }
            }
            return nil
        }
    }

    static func isISODate(_ s: String) -> Bool {
        // ASCII (the usual case) is read byte by byte: each byte is a character, and only 0-9 are
        // ASCII numbers. A header line holds no CR, the one ASCII byte that joins the next.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // The parts between hyphens (empty ones dropped, as `split` does) must be three runs
            // of 4, 2 and 2 digits: counted and valued byte by byte, without making the parts.
            var lengths = (0, 0, 0), values = (0, 0, 0)
            var partCount = 0, length = 0, value = 0
            func endPart() -> Bool {
                guard length > 0 else { return true }
                partCount += 1
                switch partCount {
                case 1: (lengths.0, values.0) = (length, value)
                case 2: (lengths.1, values.1) = (length, value)
                case 3: (lengths.2, values.2) = (length, value)
                default: return false
                }
                (length, value) = (0, 0)
                return true
            }
            for byte in s.utf8 {
                if byte == UInt8(ascii: "-") {
                    guard endPart() else { return false }
                } else {
                    guard byte >= 0x30 && byte <= 0x39, length < 4 else { return false }
                    length += 1
                    value = value * 10 + Int(byte - 0x30)
                }
            }
            guard endPart(), partCount == 3, lengths == (4, 2, 2) else { return false }
            return (1...12).contains(values.1) && (1...31).contains(values.2)
        }
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func looksLikeHeadline(_ line: String) -> Bool {
        // A line whose first 161 bytes are ASCII is read byte by byte: each byte is a character
        // (a header line holds no CR, the one ASCII byte that joins the next).
        // A native string's bytes are read in place.
        if let answer = line.utf8.withContiguousStorageIfAvailable({ asciiLooksLikeHeadline($0) }) ?? asciiLooksLikeHeadline(line.utf8) {
            return answer
        }
        // The characters are counted up to 161 only: a longer line is no headline. A line of at
        // most 80 UTF-8 bytes has at most 80 characters: they need not be counted.
        var count = 0
        if line.utf8.count > 80 {
            var i = line.startIndex
            while i < line.endIndex, count <= 160 {
                i = line.index(after: i)
                count += 1
            }
        }
        guard count <= 160, let last = line.last else { return false }
        if ".!?\"”:".contains(last) && count > 80 { return false }
        return words(of: line, upTo: 2).count >= 2 && !line.hasSuffix(".")
    }

    /// ``looksLikeHeadline(_:)`` of a line whose UTF-8 is `utf8`, read byte by byte; nil when its
    /// first 161 bytes are not all ASCII.
    private static func asciiLooksLikeHeadline<Bytes: BidirectionalCollection>(_ utf8: Bytes) -> Bool? where Bytes.Element == UInt8 {
        let head = utf8.prefix(161)
        guard head.allSatisfy({ $0 < 0x80 }) else { return nil }
        // More than 160 characters, or none.
        guard head.count <= 160, let last = utf8.last else { return false }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ":")].contains(last) && head.count > 80 { return false }
        // At least two words: a non-space byte after a space that follows a non-space byte.
        var words = 0, inWord = false
        for byte in utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words >= 2 && last != UInt8(ascii: ".")
    }

    /// The first `limit` words of `line` (runs of characters other than " "): what
    /// `line.split(separator: " ").prefix(limit)` gives, without splitting the rest of the line.
    static func words(of line: String, upTo limit: Int) -> [Substring] {
        // Byte by byte while the line is ASCII: among ASCII bytes a space is a `Character` of its
        // own, since only a non-ASCII scalar (a combining mark) could join it. Character by
        // character otherwise (slower: each step finds a grapheme boundary).
        let utf8 = line.utf8
        // A native line's bytes are read in place (its words cut at byte offsets).
        if let contiguous = utf8.withContiguousStorageIfAvailable({ asciiWords(of: line, bytes: $0, upTo: limit) }) {
            return contiguous ?? words(of: line, in: line, upTo: limit) { line[$0] == " " ? .space : .inWord } ?? []
        }
        let ascii = words(of: line, in: utf8, upTo: limit) { i in
            let byte = utf8[i]
            guard byte < 0x80 else { return .unreadable }
            guard byte == 0x20 else { return .inWord }
            let next = utf8.index(after: i)
            return next < utf8.endIndex && utf8[next] >= 0x80 ? .unreadable : .space
        }
        return ascii ?? words(of: line, in: line, upTo: limit) { line[$0] == " " ? .space : .inWord } ?? []
    }

    /// The ASCII answer of ``words(of:upTo:)`` for `line`, whose UTF-8 is `bytes`, read byte by
    /// byte; nil as soon as a byte is not ASCII or a space is followed by one.
    private static func asciiWords(of line: String, bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> [Substring]? {
        let utf8 = line.utf8
        /// The line's bytes `start..<end`, which lie between ASCII characters.
        func word(_ start: Int, _ end: Int) -> Substring {
            line[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        var words: [Substring] = []
        words.reserveCapacity(limit)
        var wordStart: Int?
        var k = 0
        while k < bytes.count, words.count < limit {
            let byte = bytes[k]
            guard byte < 0x80 else { return nil }
            if byte == 0x20 {
                if k + 1 < bytes.count, bytes[k + 1] >= 0x80 { return nil }
                if let start = wordStart { words.append(word(start, k)) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = k
            }
            k += 1
        }
        if words.count < limit, let start = wordStart { words.append(word(start, bytes.count)) }
        return words
    }

    /// What the word split makes of one element of a line.
    private enum WordStep { case space, inWord, unreadable }

    /// ``words(of:upTo:)`` read through `view` (the line's characters or its UTF-8 bytes, which
    /// index the line alike), `step` telling what each element is; nil as soon as one is
    /// `.unreadable`.
    @inline(__always)
    private static func words<View: Collection>(of line: String, in view: View, upTo limit: Int,
                                                step: (String.Index) -> WordStep) -> [Substring]? where View.Index == String.Index {
        var words: [Substring] = []
        var wordStart: String.Index?
        var i = view.startIndex
        while i < view.endIndex, words.count < limit {
            switch step(i) {
            case .unreadable: return nil
            case .space:
                if let start = wordStart { words.append(line[start..<i]) }
                wordStart = nil
            case .inWord:
                if wordStart == nil { wordStart = i }
            }
            i = view.index(after: i)
        }
        if words.count < limit, let start = wordStart { words.append(line[start..<line.endIndex]) }
        return words
    }
}

extension String {
    /// The string without the scalars of `set` (and line feeds) at either end.
    func trimmingCharacters(in set: String) -> String {
        let view = unicodeScalars
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || set.unicodeScalars.contains(scalar) }
        var lower = view.startIndex, upper = view.endIndex
        while lower < upper, isTrimmed(view[lower]) { lower = view.index(after: lower) }
        while upper > lower, isTrimmed(view[view.index(before: upper)]) { upper = view.index(before: upper) }
        if lower == view.startIndex && upper == view.endIndex { return self }
        return String(view[lower..<upper])
    }
}
