/// An immutable hash table from ASCII keys to values, hashed with FNV-1a over the key's bytes
/// instead of Swift's seeded `Hasher`: built once when a lexicon is compiled, then only read, so it
/// is safe to share between threads. A class, so that copying the vocabulary that holds it costs
/// one retain rather than one per array.
///
/// For ASCII text, byte equality is string equality, so a lookup here answers exactly as a
/// `[String: Value]` of the same keys would.
final class ASCIIKeyTable<Value: Sendable>: Sendable {
    /// One slot of the table: a key's hash, where its bytes are and its value, side by side so
    /// that a lookup reads one slot and, on a matching hash, the key's bytes.
    private struct Slot: Sendable {
        /// The key's hash.
        var hash: UInt32
        /// Where the key's bytes start in ``bytes``, or -1 for an empty slot.
        var start: Int32
        /// How many bytes the key has.
        var count: Int32
        /// The key's value (nil for an empty slot).
        var value: Value?
    }

    /// The slots; the count is a power of two, at least twice the number of keys.
    private let slots: [Slot]
    /// The bytes of every key, one after another.
    private let bytes: [UInt8]

    /// A table of `pairs`, whose keys must be ASCII and distinct.
    init(_ pairs: [(key: String, value: Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(hash: 0, start: -1, count: 0, value: nil), count: capacity)
        var bytes = [UInt8]()
        for pair in pairs {
            let keyBytes = Array(pair.key.utf8)
            let hash = keyBytes.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(hash) & (capacity - 1)
            while slots[slot].start >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: hash, start: Int32(bytes.count), count: Int32(keyBytes.count), value: pair.value)
            bytes.append(contentsOf: keyBytes)
        }
        self.slots = slots
        self.bytes = bytes
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
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                let mask = slots.count - 1
                var slot = Int(hash) & mask
                while true {
                    let candidate = slots[slot]
                    if candidate.start < 0 { return nil }
                    if candidate.hash == hash, Int(candidate.count) == key.count {
                        let start = Int(candidate.start)
                        var same = true
                        var i = 0
                        while i < key.count {
                            if bytes[start + i] != key[i] { same = false; break }
                            i += 1
                        }
                        if same { return candidate.value }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
