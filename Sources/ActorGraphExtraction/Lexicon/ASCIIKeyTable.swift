/// An immutable hash table from ASCII keys to values, hashed with FNV-1a over the key's bytes
/// instead of Swift's seeded `Hasher`: built once when a lexicon is compiled, then only read, so it
/// is safe to share between threads. A class, so that copying the vocabulary that holds it costs
/// one retain rather than one per array.
///
/// For ASCII text, byte equality is string equality, so a lookup here answers exactly as a
/// `[String: Value]` of the same keys would.
final class ASCIIKeyTable<Value: Sendable>: Sendable {
    /// Each slot's key hash (see ``storedHash(_:)``, 0 when the slot is empty), where its key's
    /// bytes are in ``bytes``, and its value: a probe reads one slot in one load.
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
        var slots = [Slot](repeating: Slot(hash: 0, count: 0, start: 0, value: nil), count: capacity)
        var bytes = [UInt8]()
        for pair in pairs {
            let keyBytes = Array(pair.key.utf8)
            let hash = Self.storedHash(keyBytes.withUnsafeBufferPointer { Self.hash($0) })
            var slot = Int(hash) & (capacity - 1)
            while slots[slot].hash != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: hash, count: Int32(keyBytes.count), start: Int32(bytes.count), value: pair.value)
            bytes.append(contentsOf: keyBytes)
            while bytes.count % 8 != 0 { bytes.append(0) }
        }
        self.slots = slots
        self.bytes = bytes
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
        bytes.withUnsafeBytes { stored in
            probe(hash) { slot in
                guard Int(slot.count) == count, let base = stored.baseAddress else { return false }
                // The stored key starts at a multiple of eight and is zero-padded to one, and `key`
                // is followed by eight zero bytes: every word read lies inside both.
                let storedKey = base + Int(slot.start)
                let probedKey = UnsafeRawPointer(key)
                var offset = 0
                while offset < count,
                      storedKey.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == probedKey.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    offset &+= 8
                }
                return offset >= count
            }
        }
    }

    /// A hash as stored in ``slots``: 0 marks an empty slot, so a key hashing to 0 is stored as 1.
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
    @inline(__always) private func probe(_ hash: UInt32, _ matches: (Slot) -> Bool) -> Value? {
        let hash = Self.storedHash(hash)
        return slots.withUnsafeBufferPointer { slots in
            // The slot count is a power of two: a masked index is always inside the slots.
            let mask = slots.count - 1
            var index = Int(hash) & mask
            while true {
                let slotHash = slots[index].hash
                if slotHash == 0 { return nil }
                if slotHash == hash, matches(slots[index]) { return slots[index].value }
                index = (index &+ 1) & mask
            }
        }
    }

    /// True when the key of `slot` has the bytes `key`, lower-cased first (A-Z only) with `lowercasing`.
    @inline(__always) private func matches(_ key: UnsafeBufferPointer<UInt8>, slot: Slot, lowercasing: Bool) -> Bool {
        guard Int(slot.count) == key.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            let start = Int(slot.start)
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
