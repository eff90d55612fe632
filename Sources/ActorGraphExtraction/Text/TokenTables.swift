/// The per-token tables of one document, made in one pass of the tokenizer: the tokens, and for
/// each the vocabulary id, plural id and word classes of its key, and the key itself.
///
/// Each table is written in place, one element per token, into an array with room for one token
/// per scalar (the most there can be): no append, and no second pass over the tokens.
struct TokenTables {
    let tokens: [Token]
    /// See ``DocumentAnalysis/keyIDs``.
    let keyIDs: [Int32]
    /// See ``DocumentAnalysis/pluralID(_:)``.
    let pluralIDs: [Int32]
    /// See ``DocumentAnalysis/wordClasses``.
    let wordClasses: [WordClass]
    /// See ``DocumentAnalysis/keys``.
    let keys: TokenKeys
    /// The tokens the sentence splitter looks at, in order (see
    /// ``SentenceSplitter/sentences(of:keys:marks:)``): those that start a line, and the
    /// punctuation that can end a sentence.
    let sentenceMarks: [Int32]

    /// The tables of `document`, its keys looked up in `index`'s vocabulary.
    init(document: SourceDocument, index: LexiconIndex) {
        let capacity = document.scalars.count
        var keyIDs: [Int32] = [], pluralIDs: [Int32] = [], wordClasses: [WordClass] = [], references: [Int32] = []
        var unknownKeys: [String] = []
        var sentenceMarks: [Int32] = []
        // Five arrays of `capacity` elements, each initialized up to the token count the scan
        // returns (every element below it is written once by the scan or by the sink), and the
        // sentence marks, initialized up to the mark count the scan gives.
        let tokens = [Token](unsafeUninitializedCapacity: capacity) { tokenBuffer, tokenCount in
            keyIDs = [Int32](unsafeUninitializedCapacity: capacity) { ids, idCount in
                pluralIDs = [Int32](unsafeUninitializedCapacity: capacity) { plurals, pluralCount in
                    wordClasses = [WordClass](unsafeUninitializedCapacity: capacity) { classes, classCount in
                        references = [Int32](unsafeUninitializedCapacity: capacity) { refs, refCount in
                            let count = document.utf8.withUnsafeBufferPointer { bytes in
                                document.utf8Offsets.withUnsafeBufferPointer { offsets in
                                    document.scalars.withUnsafeBufferPointer { scalars in
                                        guard let idBase = ids.baseAddress, let pluralBase = plurals.baseAddress,
                                              let classBase = classes.baseAddress, let refBase = refs.baseAddress else { return 0 }
                                        return Self.withASCIILookup(of: index.vocabulary) { asciiLookup in
                                            var sink = KeySink(vocabulary: index.vocabulary, asciiLookup: asciiLookup, classesOfIDs: index.wordClasses,
                                                               bytes: bytes, offsets: offsets, scalars: scalars,
                                                               ids: idBase, plurals: pluralBase, classes: classBase, references: refBase)
                                            // Room for a mark per scalar, the most there can be (see `scan`).
                                            var count = 0
                                            sentenceMarks = [Int32](unsafeUninitializedCapacity: capacity) { marks, markCount in
                                                count = Tokenizer.scan(scalars, utf8: bytes, utf8Offsets: offsets, into: tokenBuffer, keys: &sink,
                                                                       sentenceMarks: marks.baseAddress, markCount: &markCount)
                                            }
                                            unknownKeys = sink.unknownKeys.takeArray()
                                            return count
                                        }
                                    }
                                }
                            }
                            (tokenCount, idCount, pluralCount, classCount, refCount) = (count, count, count, count, count)
                        }
                    }
                }
            }
        }
        self.tokens = tokens
        self.keyIDs = keyIDs
        self.pluralIDs = pluralIDs
        self.wordClasses = wordClasses
        self.keys = TokenKeys(references: references, vocabularyKeys: index.vocabulary.keys, unknownKeys: unknownKeys)
        self.sentenceMarks = sentenceMarks
    }

    /// Calls `body` with a look-up of `vocabulary`'s ASCII table (``ASCIIKeyTable/withLookup(_:)``),
    /// or with nil when it has none.
    private static func withASCIILookup<Result>(of vocabulary: Vocabulary, _ body: (ASCIIKeyTable<Vocabulary.Entry>.Lookup?) -> Result) -> Result {
        guard let table = vocabulary.asciiTable else { return body(nil) }
        return table.withLookup { body($0) }
    }

    /// Writes the id, plural id, word classes and key reference of each token into the tables as
    /// the tokenizer reads it. An ASCII key is looked up from the tokenizer's zero-padded scratch
    /// bytes, a key of one ASCII character in the vocabulary's table of them; only a key the
    /// vocabulary does not number is made as a string.
    private struct KeySink: Tokenizer.KeySink, ~Copyable {
        let vocabulary: Vocabulary
        /// ``LexiconIndex/wordClasses``.
        let classesOfIDs: [WordClass]
        /// A look-up of the vocabulary's ASCII table, if it has one (else every key is made and
        /// looked up as a string), valid while the scan runs.
        let asciiLookup: ASCIIKeyTable<Vocabulary.Entry>.Lookup?
        /// ``Vocabulary/asciiCharacterEntries``.
        let characterEntries: [Vocabulary.Entry]
        /// ``Vocabulary/punctuationEntries``.
        let punctuationEntries: [Vocabulary.Entry]
        /// The document's UTF-8, the UTF-8 offset of each scalar, and its scalars.
        let bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>, scalars: UnsafeBufferPointer<Unicode.Scalar>
        /// The tables, with room for every token.
        let ids: UnsafeMutablePointer<Int32>, plurals: UnsafeMutablePointer<Int32>
        let classes: UnsafeMutablePointer<WordClass>, references: UnsafeMutablePointer<Int32>
        /// The keys the vocabulary does not number, in token order (see ``TokenKeys``).
        var unknownKeys: KeyList

        init(vocabulary: Vocabulary, asciiLookup: ASCIIKeyTable<Vocabulary.Entry>.Lookup?, classesOfIDs: [WordClass],
             bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>,
             scalars: UnsafeBufferPointer<Unicode.Scalar>, ids: UnsafeMutablePointer<Int32>, plurals: UnsafeMutablePointer<Int32>,
             classes: UnsafeMutablePointer<WordClass>, references: UnsafeMutablePointer<Int32>) {
            self.vocabulary = vocabulary
            self.classesOfIDs = classesOfIDs
            self.asciiLookup = asciiLookup
            self.characterEntries = vocabulary.asciiCharacterEntries
            self.punctuationEntries = vocabulary.punctuationEntries
            (self.bytes, self.offsets, self.scalars) = (bytes, offsets, scalars)
            (self.ids, self.plurals, self.classes, self.references) = (ids, plurals, classes, references)
            // About one token in seven of news text has a key of its own (numbers, rare names):
            // room for that many without growing, in most documents.
            unknownKeys = KeyList(capacity: scalars.count / 24 + 8)
        }

        @inline(__always)
        mutating func take(token t: Int, start: Int, end: Int, shape: Tokenizer.KeyShape) {
            let entry: Vocabulary.Entry
            let reference: Int32
            if shape.isASCII, shape.count <= Tokenizer.KeyShape.scratchCapacity, let found = asciiEntry(of: shape.scratch, count: shape.count, hash: shape.hash) {
                entry = found
                // The table found these very bytes as a key: a numbered key is the vocabulary's string.
                reference = entry.id >= 0 ? entry.id : keepUnknownASCIIKey(shape.scratch, count: shape.count)
            } else if end - start == 1, let punctuation = Tokenizer.punctuationIndex(of: scalars[start]),
                      punctuationEntries.count == Tokenizer.punctuationKeyCount {
                // One curly quote, dash or other punctuation scalar: its key is
                // ``Tokenizer/punctuationKey(of:)`` (what ``takeKeyString(start:end:)`` makes of it),
                // kept as written.
                entry = punctuationEntries[punctuation]
                reference = keepUnknownKey(Tokenizer.punctuationKey(at: punctuation))
            } else {
                (entry, reference) = takeKeyString(start: start, end: end)
            }
            store(entry, reference: reference, at: t)
        }

        @inline(__always)
        mutating func take(token t: Int, start: Int, end: Int, asciiKey key: UnsafeMutablePointer<UInt8>, count: Int, hash: UInt32) {
            let entry: Vocabulary.Entry
            let reference: Int32
            if let found = asciiEntry(of: key, count: count, hash: hash) {
                entry = found
                // The table found these very bytes as a key: a numbered key is the vocabulary's string.
                reference = entry.id >= 0 ? entry.id : keepUnknownASCIIKey(key, count: count)
            } else {
                (entry, reference) = takeKeyString(start: start, end: end)
            }
            store(entry, reference: reference, at: t)
        }

        /// Writes the entry and key reference of token `t` into the tables.
        @inline(__always)
        func store(_ entry: Vocabulary.Entry, reference: Int32, at t: Int) {
            let id = entry.id
            // `t` is below the token count, which the tables have room for.
            ids[t] = id
            plurals[t] = entry.pluralID
            classes[t] = id >= 0 ? classesOfIDs[Int(id)] : WordClass()
            references[t] = reference
        }

        /// The entry of the ASCII key made of the `count` bytes at `key` (at most
        /// ``Tokenizer/KeyShape/scratchCapacity``), which are followed by eight zero bytes and
        /// hash to `hash`: ``Vocabulary/unknownEntry`` for one the vocabulary lacks, or nil without
        /// an ASCII table.
        @inline(__always)
        func asciiEntry(of key: UnsafeMutablePointer<UInt8>, count: Int, hash: @autoclosure () -> UInt32) -> Vocabulary.Entry? {
            guard let asciiLookup else { return nil }
            if count == 1, characterEntries.count == 128 { return characterEntries[Int(key[0])] }
            return asciiLookup.value(forZeroPadded: key, count: count, hash: hash()) ?? Vocabulary.unknownEntry
        }

        /// Keeps `key` as a key of the document's own and returns its reference (see ``TokenKeys/references``).
        @inline(__always)
        mutating func keepUnknownKey(_ key: String) -> Int32 {
            ~Int32(truncatingIfNeeded: unknownKeys.append(key))
        }

        /// Keeps the ASCII key made of the `count` bytes at `key` as a key of the document's own
        /// (``keepUnknownKey(_:)``) and returns its reference. Out of line: making the string costs
        /// far more than the call, and the tokenizer's loop, which every token takes, stays small.
        @inline(never)
        mutating func keepUnknownASCIIKey(_ key: UnsafeMutablePointer<UInt8>, count: Int) -> Int32 {
            keepUnknownKey(Tokenizer.asciiString(UnsafeBufferPointer(start: key, count: count)))
        }

        /// The entry and key reference of the token `start..<end` whose key is made as a string (a
        /// key not all ASCII, longer than the scratch buffer, or without an ASCII table). The key
        /// is always kept as the document's own, as written, even when the vocabulary numbers an
        /// equal string (String equality is canonical equivalence: the bytes may differ). Out of
        /// line: few tokens take it.
        @inline(never)
        mutating func takeKeyString(start: Int, end: Int) -> (Vocabulary.Entry, Int32) {
            let utf8 = UnsafeBufferPointer(rebasing: bytes[Int(offsets[start])..<Int(offsets[end])])
            let key = Tokenizer.key(ofUTF8: utf8) {
                Tokenizer.punctuatedKey(of: UnsafeBufferPointer(rebasing: scalars[start..<end])) ?? Tokenizer.normalizedKey($0)
            }
            return (vocabulary.entry(of: key), keepUnknownKey(key))
        }
    }

    /// A growing list of strings in memory of its own, appended to without the uniqueness check
    /// and capacity bookkeeping of `Array.append` (one in seven tokens appends to it), and moved
    /// into an array of exactly its strings at the end (``takeArray()``). Not copyable, so that
    /// its memory has one owner, which frees it.
    struct KeyList: ~Copyable {
        private var base: UnsafeMutablePointer<String>
        private var count = 0
        private var capacity: Int

        /// An empty list with room for `capacity` strings (at least one).
        init(capacity: Int) {
            self.capacity = max(capacity, 1)
            base = UnsafeMutablePointer<String>.allocate(capacity: self.capacity)
        }

        /// Appends `key` and returns its index.
        @inline(__always)
        mutating func append(_ key: String) -> Int {
            if count == capacity { grow() }
            // `count` is below `capacity`: the element is inside the memory.
            (base + count).initialize(to: key)
            count &+= 1
            return count &- 1
        }

        /// Doubles the room, moving the strings over.
        @inline(never)
        private mutating func grow() {
            let larger = UnsafeMutablePointer<String>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// The strings, moved into an array; the list is left empty.
        mutating func takeArray() -> [String] {
            let moved = [String](unsafeUninitializedCapacity: count) { buffer, initialized in
                // `buffer` has room for `count` strings.
                buffer.baseAddress?.moveInitialize(from: base, count: count)
                initialized = count
            }
            count = 0
            return moved
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }
}
