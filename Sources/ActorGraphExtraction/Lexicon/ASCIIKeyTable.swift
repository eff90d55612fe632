/// An immutable hash table from ASCII keys to values, hashed eight bytes at a time
/// (``hash(zeroPadded:count:)``) instead of with Swift's seeded `Hasher`: built once when a lexicon
/// is compiled, then only read, so it is safe to share between threads. A class, so that copying
/// the vocabulary that holds it costs one retain rather than one per array.
///
/// For ASCII text, byte equality is string equality, so a lookup here answers exactly as a
/// `[String: Value]` of the same keys would.
final class ASCIIKeyTable<Value: Sendable>: Sendable {
    /// Each slot's key hash (see ``storedHash(_:)``, 0 when the slot is empty) and length, its
    /// key's first eight bytes (zero-padded), where its key's bytes are in ``bytes``, and its
    /// value: a probe of a key of up to eight bytes reads one slot and nothing else.
    private let slots: [Slot]

    /// What ``slots`` holds of one slot.
    fileprivate struct Slot: Sendable {
        var prefix: UInt64
        /// The key's stored hash in the low 32 bits and its byte count in the high 32
        /// (``hashAndCount(_:count:)``): both are compared at once, and 0 marks an empty slot.
        var hashAndCount: UInt64
        var start: Int32
        var value: Value?
    }

    /// A key's stored hash and byte count as ``Slot/hashAndCount`` holds them: never 0, since a
    /// stored hash is not (``storedHash(_:)``).
    @inline(__always) private static func hashAndCount(_ hash: UInt32, count: Int) -> UInt64 {
        UInt64(storedHash(hash)) | UInt64(truncatingIfNeeded: count) &<< 32
    }

    /// The bytes of every key, one after another, each key starting at a multiple of eight and
    /// followed by zeros up to the next multiple of eight: keys are compared eight bytes at a time
    /// (``value(forZeroPadded:count:hash:)``).
    private let bytes: [UInt8]

    /// A table of `pairs`, whose keys must be ASCII and distinct.
    init(_ pairs: [(key: String, value: Value)]) {
        // At most a quarter full: a probe reads few slots, and a key the table lacks (about one
        // word in six of news text) soon meets an empty one.
        var capacity = 16
        while capacity < pairs.count * 4 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(prefix: 0, hashAndCount: 0, start: 0, value: nil), count: capacity)
        var bytes = [UInt8]()
        for pair in pairs {
            let keyBytes = Array(pair.key.utf8)
            let padded = keyBytes + [UInt8](repeating: 0, count: 8)
            let (hash, prefix) = padded.withUnsafeBytes { raw -> (UInt32, UInt64) in
                // `padded` holds the key and eight zero bytes more: every word read lies inside it.
                guard let base = raw.baseAddress else { return (0, 0) }
                return (Self.storedHash(Self.hash(zeroPadded: base, count: keyBytes.count)), base.loadUnaligned(as: UInt64.self))
            }
            var slot = Int(hash) & (capacity - 1)
            while slots[slot].hashAndCount != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(prefix: prefix, hashAndCount: Self.hashAndCount(hash, count: keyBytes.count), start: Int32(bytes.count), value: pair.value)
            bytes.append(contentsOf: keyBytes)
            while bytes.count % 8 != 0 { bytes.append(0) }
        }
        self.slots = slots
        self.bytes = bytes
    }

    /// The hash of the `count` bytes at `key`, which the caller follows with at least eight
    /// readable zero bytes: a multiply-and-shift mix of each little-endian eight-byte word of the
    /// key (the last padded with zeros). One multiply per eight bytes, rather than one per byte.
    @inline(__always)
    static func hash(zeroPadded key: UnsafeRawPointer, count: Int) -> UInt32 {
        var hash = hashSeed
        var offset = 0
        repeat {
            hash = Self.hash(hash, adding: key.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        } while offset < count
        return finished(hash)
    }

    /// The state ``hash(zeroPadded:count:)`` starts from: each of the key's words is then added
    /// in turn (``hash(_:adding:)``, the last padded with zeros) and the result is
    /// ``finished(_:)``. For callers that have the words at hand. The key's length is not mixed
    /// in, so that a reader can hash words before it knows where the key ends: keys hold no zero
    /// byte (tokens hold no control characters), so distinct keys have distinct padded words.
    @inline(__always) static var hashSeed: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// `hash` with the key's next eight-byte word (little-endian) added.
    @inline(__always) static func hash(_ hash: UInt64, adding word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ (mixed >> 29)
    }

    /// The hash of a key once all its words are added.
    @inline(__always) static func finished(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) }

    /// ``hash(zeroPadded:count:)`` of `key`'s bytes, lower-cased first (A-Z only) with `lowercasing`.
    static func hash(_ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool = false) -> UInt32 {
        var hash = hashSeed
        var offset = 0
        repeat {
            // The next eight bytes as a little-endian word, zeros past the key's end: a whole
            // word is loaded at once when it lies inside the key.
            var word: UInt64 = 0
            if offset + 8 <= key.count, let base = key.baseAddress {
                word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                if lowercasing {
                    // A-Z (0x41-0x5A) get 0x20 added: the high bit of each byte of `upper` marks them.
                    let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
                    let upper = (low7 &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low7 &+ 0x2525_2525_2525_2525) & ~word & 0x8080_8080_8080_8080
                    word |= upper >> 2
                }
            } else {
                var i = key.count
                while i > offset {
                    i -= 1
                    let b = key[i]
                    word = word << 8 | UInt64(lowercasing && b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
            }
            hash = Self.hash(hash, adding: word)
            offset += 8
        } while offset < key.count
        return finished(hash)
    }

    /// The value of the key whose bytes are those of `key` lower-cased (A-Z only; `key` is ASCII),
    /// or nil when the table lacks it: a look-up of the lower-cased key, without making it.
    func value(forLowercased key: UnsafeBufferPointer<UInt8>) -> Value? {
        probe(Self.hash(key, lowercasing: true), count: key.count) { matches(key, slot: $0, lowercasing: true) }
    }

    /// The value of the key whose bytes are the `count` bytes at `key`, which the caller follows
    /// with at least eight readable zero bytes, where `hash` is ``hash(zeroPadded:count:)`` of
    /// them; nil when the table lacks the key (see ``Lookup/value(forZeroPadded:count:hash:)``).
    @inline(__always)
    func value(forZeroPadded key: UnsafePointer<UInt8>, count: Int, hash: UInt32) -> Value? {
        withLookup { $0.value(forZeroPadded: key, count: count, hash: hash) }
    }

    /// The table's slots and key bytes as pointers, for a loop that looks up many keys (a
    /// document's tokens): a look-up then reads no array header and makes no bounds check. Valid
    /// only inside ``withLookup(_:)``.
    struct Lookup {
        fileprivate let slots: UnsafePointer<Slot>
        /// The slot count less one (the count is a power of two).
        fileprivate let mask: Int
        fileprivate let bytes: UnsafeRawPointer

        /// The value of the key whose bytes are the `count` bytes at `key`, which the caller
        /// follows with at least eight readable zero bytes, where `hash` is
        /// ``ASCIIKeyTable/hash(zeroPadded:count:)`` of them; nil when the table lacks the key.
        /// Keys are compared eight bytes at a time: both sides are zero after their last byte, and
        /// the first eight bytes are in the slot itself.
        @inline(__always)
        func value(forZeroPadded key: UnsafePointer<UInt8>, count: Int, hash: UInt32) -> Value? {
            let probedKey = UnsafeRawPointer(key)
            let prefix = probedKey.loadUnaligned(as: UInt64.self)
            return probe(hash, count: count) { slot in
                slot.prefix == prefix && (count <= 8 || matchesPastPrefix(probedKey, count: count, slot: slot))
            }
        }

        /// The value in the first slot of `hash`'s probe sequence whose key has `count` bytes and
        /// `matches`, or nil at an empty slot (linear probing).
        @inline(__always)
        fileprivate func probe(_ hash: UInt32, count: Int, _ matches: (Slot) -> Bool) -> Value? {
            let wanted = ASCIIKeyTable.hashAndCount(hash, count: count)
            // The slot count is a power of two: a masked index is always inside the slots.
            var index = Int(ASCIIKeyTable.storedHash(hash)) & mask
            while true {
                let slotHashAndCount = slots[index].hashAndCount
                if slotHashAndCount == wanted, matches(slots[index]) { return slots[index].value }
                if slotHashAndCount == 0 { return nil }
                index = (index &+ 1) & mask
            }
        }

        /// True when the stored key of `slot`, which has `count` bytes (more than eight) and the
        /// same first eight as `key`, has the same bytes after them.
        @inline(__always)
        private func matchesPastPrefix(_ key: UnsafeRawPointer, count: Int, slot: Slot) -> Bool {
            // The stored key starts at a multiple of eight and is zero-padded to one, and `key`
            // is followed by eight zero bytes: every word read lies inside both.
            let storedKey = bytes + Int(slot.start)
            var offset = 8
            while offset < count,
                  storedKey.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == key.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                offset &+= 8
            }
            return offset >= count
        }
    }

    /// Calls `body` with a ``Lookup`` of the table.
    @inline(__always)
    func withLookup<Result>(_ body: (Lookup) throws -> Result) rethrows -> Result {
        try slots.withUnsafeBufferPointer { slots in
            try bytes.withUnsafeBytes { bytes in
                // The table has at least 16 slots (see `init`), and a key longer than eight bytes
                // has bytes stored: both bases are there. (An empty byte store is only read for
                // a key longer than eight bytes, which a table without one never matches.)
                guard let slotBase = slots.baseAddress else { preconditionFailure("an ASCIIKeyTable has slots") }
                let byteBase = bytes.baseAddress ?? UnsafeRawPointer(slotBase)
                return try body(Lookup(slots: slotBase, mask: slots.count - 1, bytes: byteBase))
            }
        }
    }

    /// A hash as stored in ``slots``: 0 marks an empty slot, so a key hashing to 0 is stored as 1.
    @inline(__always) private static func storedHash(_ hash: UInt32) -> UInt32 { hash == 0 ? 1 : hash }

    /// The answer for `key`: `.some(value)`, `.some(nil)` when the table lacks an ASCII key, or
    /// nil when `key` is not ASCII (or its bytes are not contiguous) and the table cannot tell.
    ///
    /// The key is read eight bytes at a time: its words are tested for non-ASCII bytes, hashed
    /// (as ``hash(zeroPadded:count:)`` would hash them zero-padded) and compared with the stored
    /// key's words in one go, without a padded copy.
    func lookup(_ key: String) -> Value?? {
        key.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            let count = bytes.count
            guard count > 0, let base = bytes.baseAddress else {
                return .some(probe(Self.hash(bytes), count: count) { matches(bytes, slot: $0, lowercasing: false) })
            }
            let key = UnsafeRawPointer(base)
            // The key's whole words come first (`wholeBytes` bytes), then `tail` bytes.
            let tail = count & 7, wholeBytes = count &- tail
            // The last, partial word: the key's last `tail` bytes, zeros above them. A key of eight
            // bytes or more has it as the top of the word that ends where the key ends (inside the
            // key); a shorter key is read byte by byte (`i` stays below `count`).
            var last: UInt64 = 0
            if tail > 0 {
                if count >= 8 {
                    last = key.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) &>> UInt64(truncatingIfNeeded: (8 &- tail) &<< 3)
                } else {
                    var i = count
                    while i > 0 {
                        i &-= 1
                        last = last &<< 8 | UInt64(base[i])
                    }
                }
            }
            // Whole words are read only below `wholeBytes`, inside the key.
            var high = last
            var hash = Self.hashSeed
            var offset = 0
            while offset < wholeBytes {
                let word = key.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                high |= word
                hash = Self.hash(hash, adding: word)
                offset &+= 8
            }
            if tail > 0 { hash = Self.hash(hash, adding: last) }
            guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
            let prefix = wholeBytes > 0 ? key.loadUnaligned(as: UInt64.self) : last
            return .some(probe(Self.finished(hash), count: count) { slot in
                guard slot.prefix == prefix else { return false }
                return count <= 8 || self.bytes.withUnsafeBytes { stored in
                    guard let storedBase = stored.baseAddress else { return false }
                    // The stored key has `count` bytes, zero-padded to a multiple of eight: its
                    // words up to `wholeBytes` and the one after (when `tail` > 0) lie inside it.
                    let storedKey = storedBase + Int(slot.start)
                    var offset = 8
                    while offset < wholeBytes {
                        guard storedKey.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == key.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
                        offset &+= 8
                    }
                    return tail == 0 || storedKey.loadUnaligned(fromByteOffset: wholeBytes, as: UInt64.self) == last
                }
            })
        } ?? nil
    }

    /// The value in the first slot of `hash`'s probe sequence whose key has `count` bytes and
    /// `matches`, or nil at an empty slot (linear probing).
    @inline(__always) private func probe(_ hash: UInt32, count: Int, _ matches: (Slot) -> Bool) -> Value? {
        withLookup { $0.probe(hash, count: count, matches) }
    }

    /// True when the key of `slot`, which has as many bytes as `key`, has the bytes `key`,
    /// lower-cased first (A-Z only) with `lowercasing`.
    @inline(__always) private func matches(_ key: UnsafeBufferPointer<UInt8>, slot: Slot, lowercasing: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
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
