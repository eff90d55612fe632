/// The distinct token keys a compiled lexicon knows, each numbered once, so that matching compares
/// small integers instead of hashing strings at every step.
///
/// A key the vocabulary does not hold has the id ``unknown``, which no trie edge carries. Each key
/// also knows the id of its singular ("councils" → "council", see ``singular(of:)``), and keys
/// that are only plurals of known keys are held for that alone, so a token's key is hashed once.
struct Vocabulary: Sendable {
    /// The id of a key the lexicon never uses.
    static let unknown: Int32 = -1

    /// What the vocabulary knows of one key.
    struct Entry: Sendable {
        /// The key's id, or ``Vocabulary/unknown`` for a key held only as a plural.
        var id: Int32
        /// The id of the key's singular when the key reads as a plural, else the key's own id.
        var pluralID: Int32
    }

    private var entries: [String: Entry] = [:]
    /// The key of each id, as first added: the string a token whose key the ASCII table finds
    /// shares instead of making its own (see ``key(of:)``).
    private var keysOfIDs: [String] = []
    /// The ASCII keys of ``entries`` in a table hashed without `Hasher`, once
    /// ``compilePlurals()`` has run (nil before, or when a non-ASCII key could equal an ASCII one).
    private var asciiEntries: ASCIIKeyTable<Entry>?

    /// The entries of the keys of one ASCII character, by byte (the key is the byte lower-cased),
    /// once ``compilePlurals()`` has run (empty before): a punctuation mark's entry is one load.
    private(set) var asciiCharacterEntries: [Entry] = []
    /// The entries of the keys of ``Tokenizer/punctuationKey(at:)``, by index, once
    /// ``compilePlurals()`` has run (empty before): a curly quote's entry is one load.
    private(set) var punctuationEntries: [Entry] = []

    /// How many keys are numbered.
    private(set) var count = 0

    /// The entry of a key the vocabulary does not hold.
    static let unknownEntry = Entry(id: unknown, pluralID: unknown)

    /// Every numbered key, by id (see ``key(of:)``).
    var keys: [String] { keysOfIDs }

    /// The table of the ASCII keys, which ``entry(ofZeroPaddedASCII:count:hash:)`` reads, if the
    /// vocabulary has one.
    var asciiTable: ASCIIKeyTable<Entry>? { asciiEntries }

    /// The id of `key`, numbering it if it is new.
    mutating func add(_ key: String) -> Int32 {
        if let entry = entries[key], entry.id >= 0 { return entry.id }
        asciiEntries = nil
        asciiCharacterEntries = []
        punctuationEntries = []
        let id = Int32(count)
        count += 1
        entries[key] = Entry(id: id, pluralID: id)
        keysOfIDs.append(key)
        return id
    }

    /// The key numbered `id` (an id of this vocabulary, not ``unknown``), as it was added.
    @inline(__always) func key(of id: Int32) -> String { keysOfIDs[Int(id)] }

    /// The id of `key`, or ``unknown``.
    func id(of key: String) -> Int32 { entry(of: key).id }

    /// The id and plural id of `key` (both ``unknown`` for a key the vocabulary does not hold).
    func entry(of key: String) -> Entry {
        // An ASCII key is looked up in the table alone.
        if let found = asciiEntries?.lookup(key) { return found ?? Entry(id: Self.unknown, pluralID: Self.unknown) }
        return entries[key] ?? Entry(id: Self.unknown, pluralID: Self.unknown)
    }

    /// ``entry(of:)`` of the key made of the ASCII bytes `bytes` lower-cased (see
    /// ``ASCIIKeyTable/value(forLowercased:)``), without making the key; nil when the vocabulary
    /// has no ASCII table to answer from (ask ``entry(of:)`` then).
    func entry(ofLowercasedASCII bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let asciiEntries else { return nil }
        return asciiEntries.value(forLowercased: bytes) ?? Entry(id: Self.unknown, pluralID: Self.unknown)
    }

    /// ``entry(ofLowercasedASCII:)`` of the `count` lower-case ASCII bytes at `key`, which are
    /// followed by eight zero bytes and hash to `hash` (see ``ASCIIKeyTable/value(forZeroPadded:count:hash:)``).
    @inline(__always)
    func entry(ofZeroPaddedASCII key: UnsafePointer<UInt8>, count: Int, hash: UInt32) -> Entry? {
        guard let asciiEntries else { return nil }
        return asciiEntries.value(forZeroPadded: key, count: count, hash: hash) ?? Entry(id: Self.unknown, pluralID: Self.unknown)
    }

    /// Builds ``asciiEntries`` from ``entries``, unless a non-ASCII key holds a scalar whose
    /// canonical decomposition is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA), which
    /// `String` equality would match against an ASCII key.
    private mutating func compileASCIIEntries() {
        var pairs: [(key: String, value: Entry)] = []
        for (key, entry) in entries {
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                pairs.append((key, entry))
            } else if key.unicodeScalars.contains(where: { [0x212A, 0x037E, 0x1FEF].contains($0.value) }) {
                asciiEntries = nil
                return
            }
        }
        asciiEntries = ASCIIKeyTable(pairs)
    }

    /// `key` without a plural "s" when it reads as a plural: longer than four characters and
    /// ending in "s".
    static func singular(of key: String) -> String? {
        let utf8 = key.utf8
        let isPlural: Bool
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (no line breaks in a key): one character per byte.
            isPlural = utf8.count > 4 && utf8.last == UInt8(ascii: "s")
        } else {
            isPlural = key.count > 4 && key.hasSuffix("s")
        }
        return isPlural ? String(key.dropLast()) : nil
    }

    /// Fills in the plural ids, once every key is added: each key's singular, and an entry for the
    /// plural of each key the vocabulary lacks.
    mutating func compilePlurals() {
        var compiled = entries
        for (key, entry) in entries where entry.id >= 0 {
            if let singular = Self.singular(of: key) { compiled[key]?.pluralID = id(of: singular) }
        }
        for (key, entry) in entries where entry.id >= 0 {
            let plural = key + "s"
            guard compiled[plural] == nil, Self.singular(of: plural) == key else { continue }
            compiled[plural] = Entry(id: Self.unknown, pluralID: entry.id)
        }
        entries = compiled
        compileASCIIEntries()
        asciiCharacterEntries = (0..<128).map { (byte: UInt8) in
            entry(of: String(decoding: [byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte], as: UTF8.self))
        }
        punctuationEntries = (0..<Tokenizer.punctuationKeyCount).map { entry(of: Tokenizer.punctuationKey(at: $0)) }
    }

    /// For each id, the id of `transform` applied to its key (or ``unknown``).
    func mapped(by transform: (String) -> String) -> [Int32] {
        var out = [Int32](repeating: Self.unknown, count: count)
        for (key, entry) in entries where entry.id >= 0 { out[Int(entry.id)] = self.id(of: transform(key)) }
        return out
    }
}
