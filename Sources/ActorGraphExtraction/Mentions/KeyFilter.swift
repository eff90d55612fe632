/// A small Bloom filter over token keys (one FNV-1a hash, 1,024 bits): it answers "certainly
/// absent" for most keys never inserted, so a dictionary keyed by `String` is hashed with
/// `Hasher` only for keys that may be in it.
///
/// A key may be a run of keys joined by spaces ("haj bakri"): its hash is made from the hashes of
/// its keys (``run(_:then:)``), without making the joined string; so a key of the vocabulary is
/// hashed once for all documents (``LexiconIndex/keyFilterHashes``).
struct KeyFilter {
    private var bits = [UInt64](repeating: 0, count: 16)

    /// The FNV-1a hash of no bytes.
    static var start: UInt32 { 0x811C_9DC5 }

    /// `hash` extended by the UTF-8 bytes of `key` (FNV-1a).
    static func hash(of key: String, continuing hash: UInt32 = start) -> UInt32 {
        // The bytes are read in place where the string stores them contiguously (every native
        // string), which is much cheaper than stepping its UTF-8 view.
        if let hashed = key.utf8.withContiguousStorageIfAvailable({ hashBytes($0, continuing: hash) }) { return hashed }
        var hash = hash
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// `hash` extended by `bytes` (FNV-1a).
    @inline(__always) private static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>, continuing hash: UInt32) -> UInt32 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// The hash of a run of keys whose first keys hash to `run` (see below), followed by a key
    /// whose ``hash(of:continuing:)`` is `key`. A run's hash is its first key's, extended so by each
    /// next key: two runs of the same keys, in the same order, hash alike.
    @inline(__always) static func run(_ run: UInt32, then key: UInt32) -> UInt32 { (run &* 0x0100_0193) ^ (key &* 0x9E37_79B1) }

    /// Notes a key by its hash.
    mutating func insert(_ hash: UInt32) {
        let bit = Int(hash >> 7 ^ hash) & 1023
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when no key of this hash was inserted; true when one may have been.
    func mayContain(_ hash: UInt32) -> Bool {
        let bit = Int(hash >> 7 ^ hash) & 1023
        return bits[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }
}
