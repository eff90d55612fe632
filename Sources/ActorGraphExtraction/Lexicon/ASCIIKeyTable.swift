/// An immutable hash table from ASCII keys to values, hashed with FNV-1a over the key's bytes
/// instead of Swift's seeded `Hasher`: built once when a lexicon is compiled, then only read, so it
/// is safe to share between threads. A class, so that copying the vocabulary that holds it costs
/// one retain rather than one per array.
///
/// For ASCII text, byte equality is string equality, so a lookup here answers exactly as a
/// `[String: Value]` of the same keys would.
final class ASCIIKeyTable<Value: Sendable>: Sendable {
    /// Where a slot's key bytes are in ``bytes``.
    private struct KeyBounds: Sendable {
        var start: Int32
        var count: Int32
    }

    /// Each slot's key hash (see ``storedHash(_:)``), or 0 for an empty slot: a probe reads these
    /// four bytes per slot alone, which keeps the probed table small enough to stay in cache.
    private let hashes: [UInt32]
    /// Each slot's key bounds.
    private let keys: [KeyBounds]
    /// Each slot's value (nil for an empty slot).
    private let values: [Value?]
    /// Each slot's key hash (0 when empty), key bounds and value together, for
    /// ``value(forZeroPadded:count:hash:)``: one load of a slot instead of one from each array.
    private let slots: [Slot]

    /// What ``slots`` holds of one slot.
    private struct Slot: Sendable {
        var hash: UInt32
        var count: Int32
        var start: Int32
        var value: Value?
    }

    /// The bytes of every key, one after another, each key starting at a multiple of eight and
    /// followed by zeros up to the next multiple of eight: keys are compared eight bytes at a time
    /// (``value(forZeroPadded:count:hash:)``).
    private let bytes: [UInt8]

    /// A table of `pairs`, whose keys must be ASCII and distinct.
    init(_ pairs: [(key: String, value: Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var hashes = [UInt32](repeating: 0, count: capacity)
        var keys = [KeyBounds](repeating: KeyBounds(start: 0, count: 0), count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var bytes = [UInt8]()
        for pair in pairs {
            let keyBytes = Array(pair.key.utf8)
            let hash = Self.storedHash(keyBytes.withUnsafeBufferPointer { Self.hash($0) })
            var slot = Int(hash) & (capacity - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            keys[slot] = KeyBounds(start: Int32(bytes.count), count: Int32(keyBytes.count))
            values[slot] = pair.value
            bytes.append(contentsOf: keyBytes)
            while bytes.count % 8 != 0 { bytes.append(0) }
        }
        self.hashes = hashes
        self.keys = keys
        self.values = values
        self.bytes = bytes
        self.slots = (0..<capacity).map { Slot(hash: hashes[$0], count: keys[$0].count, start: keys[$0].start, value: values[$0]) }
    }

    /// The FNV-1a hash of `key`'s bytes.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = hashStart
        for byte in key { hash = hashStep(hash, byte) }
        return hash
    }

    /// The FNV-1a hash of no bytes, which ``hashStep(_:_:)`` extends byte by byte.
    static var hashStart: UInt32 { 0x811C_9DC5 }

    /// `hash` extended by `byte` (FNV-1a).
    @inline(__always) static func hashStep(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 0x0100_0193 }

    /// The value of the key whose bytes are those of `key` lower-cased (A-Z only; `key` is ASCII),
    /// where `hash` is the FNV-1a hash of those lower-cased bytes (``hashStep(_:_:)`` from
    /// ``hashStart``), or nil when the table lacks it: a look-up of the lower-cased key, without making it.
    func value(forLowercased key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Value? {
        probe(hash) { matches(key, slot: $0, lowercasing: true) }
    }

    /// The value of the key whose bytes are the `count` bytes at `key`, which the caller follows
    /// with at least eight readable zero bytes, where `hash` is the FNV-1a hash of those bytes
    /// (``hashStep(_:_:)`` from ``hashStart``); nil when the table lacks the key. Keys are
    /// compared eight bytes at a time: both sides are zero after their last byte.
    @inline(__always)
    func value(forZeroPadded key: UnsafePointer<UInt8>, count: Int, hash: UInt32) -> Value? {
        let hash = Self.storedHash(hash)
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBytes { stored in
                // The slot count is a power of two: a masked index is always inside the slots.
                let mask = slots.count - 1
                var index = Int(hash) & mask
                while true {
                    let slotHash = slots[index].hash
                    if slotHash == 0 { return nil }
                    if slotHash == hash, Int(slots[index].count) == count, let base = stored.baseAddress {
                        // The stored key starts at a multiple of eight and is zero-padded to one,
                        // and `key` is followed by eight zero bytes: every word read lies inside both.
                        let storedKey = base + Int(slots[index].start)
                        let probedKey = UnsafeRawPointer(key)
                        var offset = 0
                        while offset < count,
                              storedKey.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == probedKey.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                            offset &+= 8
                        }
                        if offset >= count { return slots[index].value }
                    }
                    index = (index &+ 1) & mask
                }
            }
        }
    }

    /// A hash as stored in ``hashes``: 0 marks an empty slot, so a key hashing to 0 is stored as 1.
    @inline(__always) private static func storedHash(_ hash: UInt32) -> UInt32 { hash == 0 ? 1 : hash }

    /// The answer for `key`: `.some(value)`, `.some(nil)` when the table lacks an ASCII key, or
    /// nil when `key` is not ASCII (or its bytes are not contiguous) and the table cannot tell.
    func lookup(_ key: String) -> Value?? {
        key.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            var hash = Self.hashStart, high: UInt8 = 0
            for byte in bytes {
                hash = Self.hashStep(hash, byte)
                high |= byte
            }
            guard high < 0x80 else { return nil }
            return .some(probe(hash) { matches(bytes, slot: $0, lowercasing: false) })
        } ?? nil
    }

    /// The value in the first slot of `hash`'s probe sequence that `matches`, or nil at an empty
    /// slot (linear probing).
    @inline(__always) private func probe(_ hash: UInt32, _ matches: (Int) -> Bool) -> Value? {
        let hash = Self.storedHash(hash)
        return hashes.withUnsafeBufferPointer { hashes in
            let mask = hashes.count - 1
            var slot = Int(hash) & mask
            while true {
                let stored = hashes[slot]
                if stored == 0 { return nil }
                if stored == hash, matches(slot) { return values[slot] }
                slot = (slot + 1) & mask
            }
        }
    }

    /// True when the key in `slot` has the bytes `key`, lower-cased first (A-Z only) with `lowercasing`.
    @inline(__always) private func matches(_ key: UnsafeBufferPointer<UInt8>, slot: Int, lowercasing: Bool) -> Bool {
        let bounds = keys[slot]
        guard Int(bounds.count) == key.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            let start = Int(bounds.start)
            var i = 0
            while i < key.count {
                let b = key[i]
                if bytes[start + i] != (lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b) { return false }
                i += 1
            }
            return true
        }
    }
}
