import Foundation

/// Splits a document's scalars into ``Token``s in one linear pass.
///
/// ```swift
/// let scalars = Array("Assad's forces, Russian-backed.".unicodeScalars)
/// Tokenizer.tokens(of: scalars).map { $0.text(in: scalars) }
/// // ["Assad", "'s", "forces", ",", "Russian", "-", "backed", "."]
/// ```
public enum Tokenizer {
    /// The tokens of a document, in order, with the matching key of each (``normalizedKey(_:)``
    /// of its text).
    public static func keyedTokens(of document: SourceDocument) -> (tokens: [Token], keys: [String]) {
        document.utf8.withUnsafeBufferPointer { bytes in
            document.utf8Offsets.withUnsafeBufferPointer { offsets in
                document.scalars.withUnsafeBufferPointer { scalars in
                    let keyed = tokens(of: scalars) { start, end, _, keys in
                        keys.append(key(ofUTF8: UnsafeBufferPointer(rebasing: bytes[Int(offsets[start])..<Int(offsets[end])])) {
                            punctuatedKey(of: UnsafeBufferPointer(rebasing: scalars[start..<end])) ?? normalizedKey($0)
                        })
                    }
                    return (keyed.tokens, keyed.keys)
                }
            }
        }
    }

    /// The tokens of a document, in order.
    public static func tokens(of document: SourceDocument) -> [Token] {
        keyedTokens(of: document).tokens
    }

    /// The tokens of `scalars`, in order, with the matching key of each.
    public static func keyedTokens(of scalars: [Unicode.Scalar]) -> (tokens: [Token], keys: [String]) {
        scalars.withUnsafeBufferPointer { buffer in
            let keyed = tokens(of: buffer) { start, end, _, keys in
                // The token's text, decoded from its scalar values (a `Unicode.Scalar` is its
                // `UInt32` value; valid scalars decode unchanged).
                let text = UnsafeBufferPointer(rebasing: buffer[start..<end]).withMemoryRebound(to: UInt32.self) {
                    String(decoding: $0, as: UTF32.self)
                }
                keys.append(normalizedKey(text))
            }
            return (keyed.tokens, keyed.keys)
        }
    }

    /// The tokens of `scalars`, in order.
    public static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { buffer in tokens(of: buffer) { (_, _, _, keys: inout [Void]) in keys.append(()) }.tokens }
    }

    /// A token's key (``normalizedKey(_:)``) read off its UTF-8 bytes: for ASCII, the bytes
    /// lower-cased, without making the token's text first. `nonASCIIKey` gives the key of a token
    /// that is not all ASCII from its text.
    @inline(__always)
    static func key(ofUTF8 utf8: UnsafeBufferPointer<UInt8>, nonASCIIKey: (String) -> String) -> String {
        // One ASCII character (punctuation, "a", "I"): its key is made once, not per token.
        if utf8.count == 1 && utf8[0] < 0x80 { return asciiCharacterKeys[Int(utf8[0])] }
        var ascii = true, upper = false
        for b in utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        guard ascii else { return nonASCIIKey(String(decoding: utf8, as: UTF8.self)) }
        guard upper else { return String(decoding: utf8, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            for (n, b) in utf8.enumerated() { buffer[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            return utf8.count
        }
    }

    /// The string of `bytes`, which are all ASCII (below 0x80): for up to 15 bytes copied straight
    /// into a small string, whose ASCII check is two word tests, rather than decoded and validated
    /// as UTF-8 (``String/init(decoding:as:)``), which longer keys still are.
    @inline(__always)
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= 15, let source = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            // `buffer` holds at least `bytes.count` bytes (its capacity). For so few bytes two
            // overlapping words (the first and the last eight or four bytes) cost less than a call
            // of `memmove`; every word read or written lies inside both.
            guard let target = buffer.baseAddress else { return 0 }
            let count = bytes.count
            let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
            if count >= 8 {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self), toByteOffset: count &- 8, as: UInt64.self)
            } else if count >= 4 {
                to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self), toByteOffset: count &- 4, as: UInt32.self)
            } else {
                for k in 0..<count { target[k] = source[k] }
            }
            return count
        }
    }

    /// The key of a one-scalar token in Latin-1 punctuation and symbols (U+00A0–U+00BF) or
    /// General Punctuation (U+2000–U+206F), such as curly quotes and dashes: looked up rather than
    /// folded each time. Other scalars give `nil`.
    @inline(__always)
    static func punctuationKey(of scalar: Unicode.Scalar) -> String? {
        punctuationIndex(of: scalar).map { punctuationKeys[$0] }
    }

    /// Where the key of `scalar` is among the keys of ``punctuationKey(of:)`` (see
    /// ``punctuationKey(at:)``), or nil for a scalar outside U+00A0–U+00BF and U+2000–U+206F.
    @inline(__always)
    static func punctuationIndex(of scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v >= 0x2000 && v < 0x2070 { return Int(v - 0x2000) + 0x20 }
        if v >= 0xA0 && v < 0xC0 { return Int(v - 0xA0) }
        return nil
    }

    /// The key at `index` (below ``punctuationKeyCount``) among those of ``punctuationKey(of:)``.
    @inline(__always) static func punctuationKey(at index: Int) -> String { punctuationKeys[index] }

    /// How many keys ``punctuationKey(of:)`` has.
    static var punctuationKeyCount: Int { punctuationKeys.count }

    /// The key of a token made of ASCII and the punctuation of ``punctuationKey(of:)`` only (a
    /// curly quote, "Assad’s", "don’t"): each scalar's key in turn, which is what
    /// ``normalizedKey(_:)`` gives when no scalar combines with another. `nil` for other tokens.
    static func punctuatedKey(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String? {
        if scalars.count == 1 { return punctuationKey(of: scalars[0]) }
        var key = ""
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                key.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v | 0x20)) : scalar)
            } else if let punctuation = punctuationKey(of: scalar) {
                key += punctuation
            } else {
                return nil
            }
        }
        return key
    }

    /// The key of each one-character ASCII token, by its byte: the character lower-cased.
    private static let asciiCharacterKeys: [String] = (0..<128).map { byte in
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return String(decoding: [UInt8(lower)], as: UTF8.self)
    }

    /// ``normalizedKey(_:)`` of U+00A0–U+00BF, then of U+2000–U+206F, computed once.
    private static let punctuationKeys: [String] = (Array(0xA0..<0xC0) + Array(0x2000..<0x2070)).map { value in
        normalizedKey(Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? "")
    }

    /// What a token's scalars tell of its key, gathered while the token is read: whether they are
    /// all ASCII, and their bytes lower-cased (A-Z only) in the tokenizer's scratch buffer.
    struct KeyShape {
        /// Room for ``scratchCapacity`` bytes and eight more.
        let scratch: UnsafeMutablePointer<UInt8>
        var isASCII = true
        /// How many ASCII bytes the token has (those past ``scratchCapacity`` are not stored).
        var count = 0

        /// How many bytes of a token the scratch buffer holds: a longer token is keyed from its text.
        static let scratchCapacity = 120

        init(scratch: UnsafeMutablePointer<UInt8>) { self.scratch = scratch }

        /// Takes in the token's next scalar.
        @inline(__always) mutating func add(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            guard v < 0x80 else { isASCII = false; return }
            let lower = UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
            if count < Self.scratchCapacity { scratch[count] = lower }
            count += 1
        }

        /// The token's bytes lower-cased, followed in memory by eight zero bytes, once the token is
        /// read: nil when it is not all ASCII or too long for the scratch buffer.
        var lowercasedASCII: UnsafeBufferPointer<UInt8>? {
            guard isASCII, count <= Self.scratchCapacity else { return nil }
            return UnsafeBufferPointer(start: scratch, count: count)
        }

        /// Zeroes the eight bytes after the token's bytes (inside the scratch buffer's room).
        @inline(__always) func padWithZeros() {
            guard count <= Self.scratchCapacity else { return }
            UnsafeMutableRawPointer(scratch + count).storeBytes(of: 0, as: UInt64.self)
        }

        /// Stores the key of a token made of ASCII letters and digits only, ``count`` of them
        /// (at most ``scratchCapacity``), byte by byte from its scalars `scalars[start...]`.
        @inline(__always) func storeLettersAndDigits(of scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) {
            for k in 0..<count {
                // A letter's lower case has the bit 0x20 set, and every digit has it already.
                scratch[k] = UInt8(truncatingIfNeeded: scalars[start + k].value | 0x20)
            }
        }

        /// Reads the run of ASCII letters that starts a word at `utf8`, at most
        /// ``scratchCapacity`` bytes of it, eight bytes at a time (``letterBytes(_:)``):
        /// stores its bytes lower-cased in `scratch` followed by eight zero bytes, and returns its
        /// length, the hash of the key so stored (``ASCIIKeyTable/hash(zeroPadded:count:)``), all
        /// in one pass over the words, and whether the run is the whole word: true when the byte
        /// after it, read with it, is ASCII and neither a digit nor an apostrophe (so the scalar
        /// after the run does not go on the word; see ``continuesWord(_:at:)``). Digits are left
        /// out of the run (a word that has them is read again scalar by scalar): few words hold
        /// any, and the range test of eight bytes costs half as much without them. The caller
        /// has checked that `scratchCapacity` + 8 bytes from `utf8` on are readable (the words read
        /// start below `scratchCapacity`). Each word is written whole, at a multiple of eight, so
        /// reading it back whole (the table compares keys so) is forwarded from the store at once,
        /// where a word gathered from single bytes just stored waits for them to reach the cache.
        @inline(__always)
        static func readLetters(fromUTF8 utf8: UnsafeRawPointer, into scratch: UnsafeMutablePointer<UInt8>) -> (count: Int, hash: UInt32, endsWord: Bool) {
            typealias Table = ASCIIKeyTable<Vocabulary.Entry>
            let out = UnsafeMutableRawPointer(scratch)
            var hash = Table.hashSeed
            var offset = 0
            while true {
                let bytes = utf8.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // The high bit of each byte that is not a letter; the run is the bytes before the
                // first of them (8 when there is none).
                let others = ~letterBytes(bytes) & 0x8080_8080_8080_8080
                let run = others.trailingZeroBitCount &>> 3
                // A letter's lower case has the bit 0x20 set. The bytes from the first other one
                // on become zeros: its lowest high bit, moved down
                // to the bottom of its byte, less one is the mask of the bytes below it (all bytes
                // when there is no other one).
                let word = (bytes | 0x2020_2020_2020_2020) & (((others & (0 &- others)) &>> 7) &- 1)
                // `offset` is at most `scratchCapacity` - 8: the word lies inside the buffer.
                out.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
                if run == 8 && offset &+ 8 < Self.scratchCapacity {
                    hash = Table.hash(hash, adding: word)
                    offset &+= 8
                    continue
                }
                // The key ends inside this word, or ended with the word before (`run` 0: the word
                // stored is zeros, and the key has no word more to hash).
                if run > 0 { hash = Table.hash(hash, adding: word) }
                // `offset` + 8 is at most `scratchCapacity`, and the buffer has eight bytes of room
                // after that.
                out.storeBytes(of: 0, toByteOffset: offset &+ 8, as: UInt64.self)
                // The byte after the run, when it is in this word (`run` below 8; a run that
                // fills the scratch buffer is not known to end).
                let next = UInt8(truncatingIfNeeded: bytes &>> UInt64(truncatingIfNeeded: run &<< 3))
                return (offset &+ run, Table.finished(hash), run < 8 && next < 0x80 && next != 0x27 && next &- 0x30 >= 10)
            }
        }

        /// The hash of the lower-cased bytes, when it is known already (see
        /// ``KeySink/take(token:start:end:asciiKey:count:hash:)``).
        var storedHash: UInt32?

        /// The hash of the lower-cased bytes (``ASCIIKeyTable/hash(zeroPadded:count:)``), once
        /// they are padded with zeros (``padWithZeros()``, or by
        /// ``readLetters(fromUTF8:into:)``); meaningful for ASCII tokens that fit the
        /// scratch buffer only.
        var hash: UInt32 { storedHash ?? ASCIIKeyTable<Vocabulary.Entry>.hash(zeroPadded: scratch, count: min(count, Self.scratchCapacity)) }
    }

    /// Receives the key of each token as ``scan(_:utf8:utf8Offsets:into:keys:)`` reads it.
    protocol KeySink: ~Copyable {
        /// Takes in the key of token number `token`, which covers the scalars `start..<end` and
        /// whose key's shape is `shape`.
        mutating func take(token: Int, start: Int, end: Int, shape: KeyShape)

        /// Takes in the key of token number `token`, which covers the scalars `start..<end`: a
        /// word of ASCII letters only (or one ASCII mark), whose key is the `count` bytes at `key`
        /// (at most ``KeyShape/scratchCapacity``), followed by eight zero bytes, with the hash
        /// `hash` (``ASCIIKeyTable/hash(zeroPadded:count:)``). Most tokens are such words: the
        /// tokenizer hands them over without gathering a ``KeyShape``.
        mutating func take(token: Int, start: Int, end: Int, asciiKey key: UnsafeMutablePointer<UInt8>, count: Int, hash: UInt32)
    }

    /// A ``KeySink`` that appends each token's key with a closure and keeps what it returns.
    private struct ClosureSink<Key, Extra>: KeySink {
        let keyOf: (Int, Int, KeyShape, inout [Key]) -> Extra
        var keys: [Key] = []
        var extras: [Extra] = []

        mutating func take(token: Int, start: Int, end: Int, shape: KeyShape) {
            extras.append(keyOf(start, end, shape, &keys))
        }

        mutating func take(token: Int, start: Int, end: Int, asciiKey key: UnsafeMutablePointer<UInt8>, count: Int, hash: UInt32) {
            var shape = KeyShape(scratch: key)
            (shape.count, shape.storedHash) = (count, hash)
            take(token: token, start: start, end: end, shape: shape)
        }
    }

    /// The tokens of `scalars`, with the key `keyOf` appends to the keys for each from its scalar
    /// bounds and its ``KeyShape`` (a `String`, or what stands for one; appended in place, so a
    /// shared string is retained once), and the extra value it returns.
    static func tokens<Key, Extra>(of scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                   key keyOf: (Int, Int, KeyShape, inout [Key]) -> Extra) -> (tokens: [Token], keys: [Key], extras: [Extra]) {
        withoutActuallyEscaping(keyOf) { keyOf in
            var sink = ClosureSink(keyOf: keyOf)
            let estimate = scalars.count / 5 + 16
            sink.keys.reserveCapacity(estimate)
            sink.extras.reserveCapacity(estimate)
            // One token per scalar at most: the buffer has room for every token.
            let tokens = [Token](unsafeUninitializedCapacity: scalars.count) { buffer, count in
                var markCount = 0
                count = scan(scalars, into: buffer, keys: &sink, markCount: &markCount)
            }
            return (tokens, sink.keys, sink.extras)
        }
    }

    /// Reads the tokens of `scalars` into `tokens`, which must have room for one token per scalar
    /// (the most there can be), hands the key of each to `sink` as it is read, joins the lines of
    /// hard-wrapped text (``joinWrappedLines(_:singleBreaks:)``) and returns how many tokens there
    /// are. Every token below the count returned is initialized.
    ///
    /// `utf8` and `utf8Offsets`, when given, are the scalars' UTF-8 and the offset in it of each
    /// scalar (``SourceDocument``): the key of a word of ASCII letters and digits is then read
    /// from them eight bytes at a time.
    ///
    /// `sentenceMarks`, when given, must have room for one element per scalar: the indices of the
    /// tokens the sentence splitter must look at are written there, in order (see
    /// ``SentenceSplitter/sentences(of:keys:marks:)``), and `markCount` tells how many. (There are
    /// at most as many as scalars: each token takes a scalar, and a token that starts a line is
    /// marked twice at most, once more after the line break before it, which is no token's.)
    static func scan<Sink: KeySink & ~Copyable>(_ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                    utf8: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0),
                                    utf8Offsets: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0),
                                    into tokens: UnsafeMutableBufferPointer<Token>, keys sink: inout Sink,
                                    sentenceMarks: UnsafeMutablePointer<Int32>? = nil, markCount: inout Int) -> Int {
        // Every offset fits the tokens' 32 bits (checked once here, not per token).
        precondition(tokens.count >= scalars.count && scalars.count < Int(Int32.max))
        markCount = 0
        guard let out = tokens.baseAddress else { return 0 }
        // The UTF-8 is used only when there is an offset for every scalar; a word's key is read
        // from it when it starts at least `scratchCapacity` + 8 bytes before its end, so that every
        // word read (up to the multiple of eight after the key's at most `scratchCapacity` bytes)
        // lies inside it.
        let utf8Base = utf8Offsets.count > scalars.count ? utf8.baseAddress : nil
        let lastWordStart = utf8.count &- (KeyShape.scratchCapacity + 8)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: KeyShape.scratchCapacity + 8)
        defer { scratch.deallocate() }
        var i = 0
        let n = scalars.count
        var spaced = true
        var newline = true
        var breaks = 0
        var singleBreaks: [Int] = []
        var tokenCount = 0
        while i < n {
            let s = scalars[i]
            let v0 = s.value
            // Every ASCII scalar up to the space is white space (see ``isSpace(_:)``).
            if v0 <= 0x20 || v0 >= 0x80 && isSpace(s) {
                if s == "\n" || s == "\u{2028}" || s == "\u{2029}" { newline = true; breaks += 1 }
                spaced = true
                i += 1
                continue
            }
            let start = i
            let kind: Token.Kind
            // Each branch reads one token; its key goes to the sink once, after them, except for
            // a word of ASCII letters read from the UTF-8 (and one ASCII mark), whose key is
            // handed over as it stands.
            reading: do {
                // An ASCII letter starts most tokens, and most words are a run of ASCII letters and
                // nothing else. Where the word lies inside the UTF-8 (not within its
                // last 128 bytes), the run is read there eight bytes at a time, its key stored and
                // hashed as it goes; when it is the whole word, its key goes to the sink as it
                // stands. (Otherwise the word is read again below, scalar by scalar.)
                if (v0 | 0x20) &- 0x61 < 26, let utf8Base, case let first = Int(utf8Offsets[start]), first <= lastWordStart {
                    let run = KeyShape.readLetters(fromUTF8: UnsafeRawPointer(utf8Base + first), into: scratch)
                    if run.endsWord {
                        kind = .word
                        // Letters are ASCII: as many scalars as bytes.
                        i = start &+ run.count
                        sink.take(token: tokenCount, start: start, end: i, asciiKey: scratch, count: run.count, hash: run.hash)
                        break reading
                    }
                }
                // One ASCII mark (no letter, digit or apostrophe, and no white space: that was
                // taken above) is a punctuation token of its own, as the last branch below would
                // read it, and its key is the mark itself (only A-Z change when lower-cased): it
                // goes to the sink as a one-byte key, zero-padded and hashed as one word.
                if v0 < 0x80, (v0 | 0x20) &- 0x61 >= 26, v0 &- 0x30 >= 10, v0 != 0x27 {
                    kind = .punctuation
                    i = start &+ 1
                    let word = UInt64(truncatingIfNeeded: v0)
                    UnsafeMutableRawPointer(scratch).storeBytes(of: word, as: UInt64.self)
                    UnsafeMutableRawPointer(scratch).storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
                    if let sentenceMarks, SentenceSplitter.isSentenceEnd(s) {
                        sentenceMarks[markCount] = Int32(truncatingIfNeeded: tokenCount)
                        markCount &+= 1
                    }
                    typealias Table = ASCIIKeyTable<Vocabulary.Entry>
                    sink.take(token: tokenCount, start: start, end: i, asciiKey: scratch, count: 1,
                              hash: Table.finished(Table.hash(Table.hashSeed, adding: word)))
                    break reading
                }
                // The key's shape is gathered scalar by scalar as the token is read.
                var shape = KeyShape(scratch: scratch)
                if (v0 | 0x20) &- 0x61 < 26 {
                    // The word's run of ASCII letters and digits, in a loop of its own. It stops
                    // where the scratch buffer would be full (the rest is read after it).
                    kind = .word
                    let fastEnd = min(n, i + KeyShape.scratchCapacity)
                    while i < fastEnd {
                        let v = scalars[i].value
                        // (Only letters have their lower case in a-z.)
                        guard (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 else { break }
                        i &+= 1
                    }
                    shape.count = i - start
                    shape.storeLettersAndDigits(of: scalars, from: start)
                    // Then anything else a word holds: other letters, marks, inner apostrophes (or
                    // ASCII letters past a full scratch buffer).
                    if continuesWord(scalars, at: i) { readWordRest(scalars, from: &i, shape: &shape) }
                } else if isDigit(s) {
                    shape.add(s)
                    var numberKind = Token.Kind.number
                    i += 1
                    while i < n {
                        let c = scalars[i]
                        if isDigit(c) || isLetter(c) { if isLetter(c) { numberKind = .word }; shape.add(c); i += 1; continue }
                        if (c == "," || c == ".") && i + 1 < n && isDigit(scalars[i + 1]) && numberKind == .number {
                            shape.add(c); shape.add(scalars[i + 1])
                            i += 2
                            continue
                        }
                        break
                    }
                    kind = numberKind
                } else if v0 >= 0x80 && !isGeneralPunctuation(v0) && isLetter(s) {
                    shape.add(s)
                    kind = .word
                    i += 1
                    readWordRest(scalars, from: &i, shape: &shape)
                } else if isApostrophe(s), i + 1 < n, (scalars[i + 1] == "s" || scalars[i + 1] == "S"),
                          !(i + 2 < n && isLetter(scalars[i + 2])), tokenCount > 0,
                          out[tokenCount - 1].end == i, out[tokenCount - 1].kind == .word || endsAbbreviation(out, at: tokenCount - 1) {
                    kind = .possessive
                    shape.add(s)
                    shape.add(scalars[i + 1])
                    i += 2
                } else {
                    shape.add(s)
                    kind = .punctuation
                    i += 1
                    if let sentenceMarks, SentenceSplitter.isSentenceEnd(s) {
                        sentenceMarks[markCount] = Int32(truncatingIfNeeded: tokenCount)
                        markCount &+= 1
                    }
                }
                shape.padWithZeros()
                sink.take(token: tokenCount, start: start, end: i, shape: shape)
            }
            let first = scalars[start]
            let capitalised = first.value < 0x80 ? (first.value &- 0x41 < 26) : !isGeneralPunctuation(first.value) && first.properties.isUppercase
            if newline {
                if breaks == 1 && tokenCount > 0 { singleBreaks.append(tokenCount) }
                // A token that starts a line is one the sentence splitter must look at.
                if let sentenceMarks {
                    sentenceMarks[markCount] = Int32(truncatingIfNeeded: tokenCount)
                    markCount &+= 1
                }
            }
            // Each token takes at least one scalar: `tokenCount` < `start` + 1 ≤ n ≤ `tokens.count`.
            (out + tokenCount).initialize(to: Token(kind: kind, offsets: Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: i), first: first,
                                                    isCapitalized: capitalised, isSpaced: spaced, startsLine: newline))
            tokenCount &+= 1
            spaced = false
            newline = false
            breaks = 0
            // A single space after a token (most often) is taken here, as the loop's white space
            // test would take it: the next token is spaced.
            if i < n && scalars[i].value == 0x20 {
                spaced = true
                i &+= 1
            }
        }
        if singleBreaks.count >= 2 { joinWrappedLines(UnsafeMutableBufferPointer(rebasing: tokens[..<tokenCount]), singleBreaks: singleBreaks) }
        return tokenCount
    }

    /// True when token `t` of `tokens` is the period of an abbreviation, right after a word:
    /// "U.N.'s". (Read back from the tokens when a possessive may follow, rather than kept up to
    /// date for every token.)
    static func endsAbbreviation(_ tokens: UnsafeMutablePointer<Token>, at t: Int) -> Bool {
        let token = tokens[t]
        return token.first == "." && token.end == token.start + 1 && t > 0 && tokens[t - 1].kind == .word && tokens[t - 1].end == token.start
    }

    /// True when the scalar at `i` (if any) goes on a word whose run of ASCII letters and digits
    /// ends before it: another letter, a mark or an apostrophe (see ``readWordRest(_:from:shape:)``),
    /// or an ASCII letter or digit past a full scratch buffer. Most words end at ASCII space or
    /// punctuation, which none of those is.
    @inline(__always)
    static func continuesWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        let next = i < scalars.count ? scalars[i].value : 0x20
        return next >= 0x80 || next == 0x27 || (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10
    }

    /// The bytes of `word` that are ASCII letters (`(b | 0x20) - 0x61 < 26`), each marked by its
    /// high bit: a range test on the eight bytes at once. A byte's low seven bits (with 0x20 set)
    /// plus a constant below 0x81 never carry into the next byte, and its high bit is then set
    /// exactly when those bits are at least 0x80 less the constant.
    @inline(__always)
    static func letterBytes(_ word: UInt64) -> UInt64 {
        let folded = word & 0x7F7F_7F7F_7F7F_7F7F | 0x2020_2020_2020_2020
        // 0x61 ≤ folded ≤ 0x7A: at least 0x61, and not at least 0x7B.
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        // Bytes with the high bit set (not ASCII) are no letters.
        return letters & ~word & 0x8080_8080_8080_8080
    }

    /// Reads the rest of a word from `i`, after its run of ASCII letters and digits: other
    /// letters, marks and inner apostrophes (and any ASCII letters after them), taking each into
    /// `shape`; leaves `i` just past the word. Out of line: most words end at a space.
    @inline(never)
    static func readWordRest(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from i: inout Int, shape: inout KeyShape) {
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            // ASCII letters and digits first: most words are made of nothing else.
            if c.value < 0x80 {
                let v = c.value
                if (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10 { shape.add(c); i += 1; continue }
            } else if isLetter(c) || isMark(c) {
                shape.add(c)
                i += 1
                continue
            }
            if isApostrophe(c), i + 1 < n, isLetter(scalars[i + 1]) {
                // Split a possessive 's (or s'), keep contractions and names like O'Brien.
                let next = scalars[i + 1]
                let afterNext = i + 2 < n ? scalars[i + 2] : " "
                if (next == "s" || next == "S") && !isLetter(afterNext) { break }
                shape.add(c); shape.add(next)
                i += 2
                continue
            }
            break
        }
    }

    /// Joins the lines of hard-wrapped text: where a document breaks its paragraphs into lines of
    /// about one width ("…Iraqi militias were⏎deployed near Nairab."), a single line break inside
    /// a sentence is white space, and only blank lines, and breaks after a sentence's end or after
    /// a short line (a title, a byline), start a new line.
    ///
    /// A document counts as wrapped when at least two single breaks fall between a word (or a
    /// comma) and a lower-case word; the wrap width is the longest such line. A document with one
    /// paragraph per line has no such breaks and keeps every line break.
    static func joinWrappedLines(_ tokens: UnsafeMutableBufferPointer<Token>, singleBreaks: [Int]) {
        // The start offset of the line each single break ends.
        var lineStarts: [Int] = []
        lineStarts.reserveCapacity(singleBreaks.count)
        var lineStart = 0
        var next = 0
        for t in tokens.indices where tokens[t].startsLine {
            if next < singleBreaks.count, singleBreaks[next] == t { lineStarts.append(lineStart); next += 1 }
            lineStart = tokens[t].start
        }
        func continues(_ b: Int) -> Bool {
            let previous = tokens[b - 1]
            return previous.kind == .word || previous.kind == .number || previous.isMark(",")
        }
        var evidence = 0
        var width = 0
        for (n, b) in singleBreaks.enumerated() where continues(b) && tokens[b].kind == .word && !tokens[b].isCapitalized && tokens[b].first.properties.isLowercase {
            evidence += 1
            width = max(width, tokens[b - 1].end - lineStarts[n])
        }
        guard evidence >= 2 else { return }
        for (n, b) in singleBreaks.enumerated() {
            let previous = tokens[b - 1]
            // A sentence's end ("…Nairab.⏎", "…on.”⏎") or a colon keeps the break.
            if previous.kind == .punctuation, !previous.isMark(","), !previous.isMark("-") { continue }
            guard (tokens[b - 1].end - lineStarts[n]) * 10 >= width * 6 else { continue }
            tokens[b].startsLine = false
        }
    }

    /// Lower-cases, folds diacritics and unifies apostrophes and dashes: the key names are matched on.
    public static func normalizedKey(_ text: String) -> String {
        var ascii = true, upper = false
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        if ascii {
            // Most words are lower-case ASCII already: the key is the text itself. Otherwise only
            // A-Z change, byte for byte.
            guard upper else { return text }
            let utf8 = text.utf8
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var n = 0
                for b in utf8 {
                    buffer[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                }
                return n
            }
        }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": out.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": out.append("-")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased()
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2028, 0x2029, 0x200B, 0xFEFF, 0x3000: return true
        case 0x2000...0x200A: return true
        case 0..<0x20: return true
        default: return false
        }
    }

    /// True for U+2000–U+206F (General Punctuation: dashes, curly quotes, spaces), none of which is
    /// a letter or upper-case: the Unicode properties of the most common non-ASCII scalars of news
    /// text need not be looked up.
    @inline(__always) static func isGeneralPunctuation(_ value: UInt32) -> Bool { value &- 0x2000 < 0x70 }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }
}
