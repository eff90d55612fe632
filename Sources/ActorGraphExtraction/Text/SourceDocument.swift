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

    /// The scalars of valid UTF-8 `bytes` with line ends normalised, the normalised UTF-8 and the
    /// UTF-8 offset of each scalar (plus the end), in one pass.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], utf8: [UInt8], offsets: [Int32]) {
        // "\r\n" and a lone "\r" become "\n"; both are ASCII, so this works on bytes.
        let utf8: [UInt8]
        if containsCarriageReturn(bytes) {
            var normalised: [UInt8] = []
            normalised.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D {
                    normalised.append(0x0A)
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    normalised.append(bytes[i])
                }
                i += 1
            }
            utf8 = normalised
        } else {
            utf8 = Array(bytes)
        }
        // At most one scalar per byte: both tables are written in place.
        var offsets: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalarBuffer, scalarCount in
            offsets = [Int32](unsafeUninitializedCapacity: utf8.count + 1) { offsetBuffer, offsetCount in
                // Local copies of the (inout) buffers: their bases need not be reloaded after each store.
                let scalarsOut = scalarBuffer, offsetsOut = offsetBuffer
                // 0 through 7: the offsets of eight bytes read at once from the first of them.
                let laneOffsets = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
                utf8.withUnsafeBufferPointer { b in
                    let n = b.count
                    var i = 0, k = 0
                    while i < n {
                        // Eight ASCII bytes at a time (most text is ASCII): one scalar and one
                        // offset per byte, widened and stored as two vectors of eight (k ≤ i and
                        // i + 8 ≤ n, so all sixteen stores stay inside the tables; a scalar is
                        // stored as its UInt32 value).
                        if n - i >= 8, let base = b.baseAddress, let scalarBase = scalarsOut.baseAddress,
                           let offsetBase = offsetsOut.baseAddress {
                            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 == 0 {
                                let bytes = unsafeBitCast(word, to: SIMD8<UInt8>.self)
                                UnsafeMutableRawPointer(scalarBase + k).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
                                UnsafeMutableRawPointer(offsetBase + k).storeBytes(of: SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: i)) &+ laneOffsets,
                                                                                   as: SIMD8<Int32>.self)
                                i &+= 8
                                k &+= 8
                                continue
                            }
                        }
                        let lead = b[i]
                        offsetsOut[k] = Int32(truncatingIfNeeded: i)
                        if lead < 0x80 {
                            scalarsOut[k] = Unicode.Scalar(lead)
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
                            var j = 1
                            while j < length && i + j < n {
                                value = value << 6 | UInt32(b[i + j] & 0x3F)
                                j += 1
                            }
                            scalarsOut[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                            i += length
                        }
                        k += 1
                    }
                    offsetsOut[k] = Int32(truncatingIfNeeded: n)
                    offsetCount = k + 1
                    scalarCount = k
                }
            }
        }
        return (scalars, utf8, offsets)
    }

    /// True when `bytes` hold a CR (0x0D), tested eight bytes at a time.
    static func containsCarriageReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        var i = 0
        while n - i >= 8 {
            // A CR byte becomes a zero byte, which the classic has-zero-byte test finds.
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ 0x0D0D_0D0D_0D0D_0D0D
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
            i += 8
        }
        while i < n {
            if base[i] == 0x0D { return true }
            i += 1
        }
        return false
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
        // Only the first two non-empty lines among the first seven are ever read: each line is cut
        // (at a "\n" byte: in UTF-8 no other scalar holds the byte 0x0A) and trimmed only until
        // they are found, not the whole text.
        var nonEmpty: [String] = []
        var start = 0
        var lineCount = 0
        while lineCount < 7, nonEmpty.count < 2, start < utf8.count {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.count
            let trimmed = String(decoding: utf8[start..<end], as: UTF8.self).trimmingCharacters(in: " \t\u{FEFF}\u{A0}")
            if !trimmed.isEmpty { nonEmpty.append(trimmed) }
            lineCount += 1
            start = end + 1
        }
        guard let first = nonEmpty.first else { return }
        var titleCandidate: String? = first
        // Only the first three words are ever read (the third to tell whether there is one).
        let words = Self.words(of: first, upTo: 3)
        if words.count >= 2, words[0].lowercased() == "date", Self.isISODate(String(words[1])) {
            date = String(words[1])
            // A date line may carry the first sentence on the same line ("date 2016-11-29 BEIRUT -- …").
            titleCandidate = words.count == 2 ? nonEmpty.dropFirst().first : nil
        }
        if let candidate = titleCandidate, Self.looksLikeHeadline(candidate) { title = candidate }
    }

    static func isISODate(_ s: String) -> Bool {
        // ASCII (the usual case) is read byte by byte: each byte is a character, and only 0-9 are
        // ASCII numbers. A header line holds no CR, the one ASCII byte that joins the next.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            let parts = s.utf8.split(separator: UInt8(ascii: "-"))
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
            func value(_ twoDigits: Substring.UTF8View) -> Int {
                twoDigits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            return (1...12).contains(value(parts[1])) && (1...31).contains(value(parts[2]))
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
        let utf8 = line.utf8
        let head = utf8.prefix(161)
        if head.allSatisfy({ $0 < 0x80 }) {
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
        // The characters are counted up to 161 only: a longer line is no headline.
        var count = 0
        var i = line.startIndex
        while i < line.endIndex, count <= 160 {
            i = line.index(after: i)
            count += 1
        }
        guard count <= 160, let last = line.last else { return false }
        if ".!?\"”:".contains(last) && count > 80 { return false }
        return words(of: line, upTo: 2).count >= 2 && !line.hasSuffix(".")
    }

    /// The first `limit` words of `line` (runs of characters other than " "): what
    /// `line.split(separator: " ").prefix(limit)` gives, without splitting the rest of the line.
    static func words(of line: String, upTo limit: Int) -> [Substring] {
        var words: [Substring] = []
        var wordStart: String.Index?
        var i = line.startIndex
        while i < line.endIndex, words.count < limit {
            let next = line.index(after: i)
            if line[i] == " " {
                if let start = wordStart { words.append(line[start..<i]) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = i
            }
            i = next
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
