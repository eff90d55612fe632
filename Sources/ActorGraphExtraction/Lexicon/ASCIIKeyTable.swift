/// An immutable hash table from ASCII keys to values, hashed with FNV-1a over the key's bytes
/// instead of Swift's seeded `Hasher`: built once when a lexicon is compiled, then only read, so it
/// is safe to share between threads. A class, so that copying the vocabulary that holds it costs
/// one retain rather than one per array.
///
/// For ASCII text, byte equality is string equality, so a lookup here answers exactly as a
/// `[String: Value]` of the same keys would.
final class ASCIIKeyTable<Value: Sendable>: Sendable {
    /// For each slot, the index of the key held there, or -1; the count is a power of two.
    private let slots: [Int32]
    /// The hash of each key.
    private let hashes: [UInt32]
    /// Where each key's bytes start in ``bytes``; one more element than there are keys.
    private let starts: [Int32]
    /// The bytes of every key, one after another.
    private let bytes: [UInt8]
    /// The value of each key.
    private let values: [Value]

    /// A table of `pairs`, whose keys must be ASCII and distinct.
    init(_ pairs: [(key: String, value: Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var hashes = [UInt32](), starts: [Int32] = [0], bytes = [UInt8](), values = [Value]()
        hashes.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (n, pair) in pairs.enumerated() {
            let keyBytes = Array(pair.key.utf8)
            let hash = keyBytes.withUnsafeBufferPointer { Self.hash($0) }
            hashes.append(hash)
            bytes.append(contentsOf: keyBytes)
            starts.append(Int32(bytes.count))
            values.append(pair.value)
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(n)
        }
        self.slots = slots
        self.hashes = hashes
        self.starts = starts
        self.bytes = bytes
        self.values = values
    }

    /// The FNV-1a hash of `key`'s bytes.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// The answer for `key`: `.some(value)`, `.some(nil)` when the table lacks an ASCII key, or
    /// nil when `key` is not ASCII (or its bytes are not contiguous) and the table cannot tell.
    func lookup(_ key: String) -> Value?? {
        key.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            var hash: UInt32 = 0x811C_9DC5, high: UInt8 = 0
            for byte in bytes {
                hash = (hash ^ UInt32(byte)) &* 0x0100_0193
                high |= byte
            }
            guard high < 0x80 else { return nil }
            return .some(value(forUTF8: bytes, hash: hash))
        } ?? nil
    }

    /// The value of the key whose UTF-8 bytes are `key`, or nil when the table lacks it.
    private func value(forUTF8 key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Value? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let n = Int(slots[slot])
            if n < 0 { return nil }
            if hashes[n] == hash {
                let start = Int(starts[n]), end = Int(starts[n + 1])
                if end - start == key.count {
                    var same = true
                    var i = 0
                    while i < key.count {
                        if bytes[start + i] != key[i] { same = false; break }
                        i += 1
                    }
                    if same { return values[n] }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
