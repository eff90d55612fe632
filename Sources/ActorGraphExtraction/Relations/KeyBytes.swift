extension String {
    /// The last UTF-8 byte of the string (nil when it is empty), read in place from its contiguous
    /// storage (native and small strings have one) rather than through the generic `UTF8View.last`,
    /// which costs about 75 instructions a call on the finders' short keys.
    @inline(__always) var lastUTF8Byte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }

    /// True when the string is at least `minimumCount` UTF-8 bytes long and its last two bytes are
    /// `penultimate` and `last` ("-ly": `l`, `y`), read in place like ``lastUTF8Byte``.
    @inline(__always) func endsInUTF8(_ penultimate: UInt8, _ last: UInt8, minimumCount: Int) -> Bool {
        // (`minimumCount` is at least 2, so both indices are inside the buffer.)
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= max(minimumCount, 2) && bytes[bytes.count - 1] == last && bytes[bytes.count - 2] == penultimate
        } ?? (utf8.count >= max(minimumCount, 2) && utf8.last == last && utf8.dropLast().last == penultimate)
    }
}
