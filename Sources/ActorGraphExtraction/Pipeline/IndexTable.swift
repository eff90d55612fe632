/// The distinct keys added so far, numbered 0, 1, 2… in the order first added, in an
/// open-addressing hash table: finding a key, or adding it, costs one multiply-and-shift of a
/// 64-bit hash the caller computes and a few probes, with no `Hasher`.
///
/// The graph builder's tables are keyed by a few integers (edge ends, span bounds), for which
/// `Hasher`'s SipHash costs more than the rest of the look-up.
struct IndexTable<Key: Equatable> {
    /// The keys, by number.
    private(set) var keys: [Key] = []
    /// The hash of each key, by number (compared before the keys, and used when the table grows).
    private var hashes: [UInt64] = []
    /// For each bucket, the number of the key stored there, or -1 when the bucket is empty.
    private var buckets: [Int32]
    /// How far a multiplied hash is shifted right to give a bucket: 64 less log2 of the bucket count.
    private var shift: UInt64

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 8
        while size < 2 * capacity { size *= 2 }
        buckets = [Int32](repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        keys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The number of `key` (whose hash is `hash`), which is added under the next number when it
    /// is new (`inserted` is then true).
    mutating func number(of key: Key, hash: UInt64) -> (number: Int, inserted: Bool) {
        if 2 * (keys.count + 1) > buckets.count { grow() }
        let mask = buckets.count - 1
        var bucket = self.bucket(of: hash)
        while true {
            let stored = Int(buckets[bucket])
            if stored < 0 {
                let number = keys.count
                buckets[bucket] = Int32(truncatingIfNeeded: number)
                keys.append(key)
                hashes.append(hash)
                return (number, true)
            }
            if hashes[stored] == hash && keys[stored] == key { return (stored, false) }
            bucket = (bucket + 1) & mask
        }
    }

    /// The first bucket to try for `hash`: Fibonacci hashing, whose high bits of the product
    /// depend on every bit of the hash.
    @inline(__always) private func bucket(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Doubles the buckets and puts every key number back.
    private mutating func grow() {
        let size = buckets.count * 2
        buckets = [Int32](repeating: -1, count: size)
        shift -= 1
        let mask = size - 1
        for (number, hash) in hashes.enumerated() {
            var bucket = self.bucket(of: hash)
            while buckets[bucket] >= 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = Int32(truncatingIfNeeded: number)
        }
    }
}
