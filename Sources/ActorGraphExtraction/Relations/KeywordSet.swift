/// The ``Keyword``s that occur in a run of tokens, one bit per keyword: a finder whose pattern
/// needs a keyword ("who", "between", "he") skips a sentence without it instead of scanning its
/// tokens for it.
struct KeywordSet {
    /// Bits of the keywords with raw values 0–63, 64–127, 128–191 and 192–255.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// No keyword.
    init() {}

    /// Adds the keyword whose raw value is the vocabulary id `id`; any other id (a word that is no
    /// keyword, or ``Vocabulary/unknown``) adds nothing.
    @inline(__always) mutating func insert(id: Int32) {
        // One store into the word of bits `id >> 6`, addressed directly rather than through a switch
        // (an indirect jump per token in the callers' loops): `id` is in 0..<256 once the unsigned
        // test passes, so `id >> 6` is 0...3, a word inside the four of `words`.
        guard UInt32(bitPattern: id) < 256 else { return }
        withUnsafeMutableBytes(of: &words) { bytes in
            let offset = Int(id >> 6) &* 8
            bytes.storeBytes(of: bytes.load(fromByteOffset: offset, as: UInt64.self) | 1 << UInt64(id & 63), toByteOffset: offset, as: UInt64.self)
        }
    }

    /// True when the vocabulary id `id` is that of a keyword of the set (false for any other id).
    @inline(__always) func contains(id: Int32) -> Bool {
        // (Read like ``insert(id:)`` writes: `id >> 6` is 0...3 once `id` is known to be below 256.)
        guard UInt32(bitPattern: id) < 256 else { return false }
        return withUnsafeBytes(of: words) { bytes in
            bytes.load(fromByteOffset: Int(id >> 6) &* 8, as: UInt64.self) >> UInt64(id & 63) & 1 != 0
        }
    }

    /// True when `keyword` occurs. (A keyword numbered past the four words of bits, should there
    /// ever be one, is never known to be absent: true.)
    @inline(__always) func contains(_ keyword: Keyword) -> Bool { bit(ofID: keyword.rawValue) ?? true }

    /// Whether the bit of `id` is set, or nil for an id past the four words of bits.
    @inline(__always) private func bit(ofID id: Int32) -> Bool? {
        let bit: UInt64 = 1 << UInt64(id & 63)
        switch id >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        case 3: return words.3 & bit != 0
        default: return nil
        }
    }
}
