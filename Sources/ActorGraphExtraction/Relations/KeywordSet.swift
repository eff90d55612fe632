/// The ``Keyword``s that occur in a run of tokens, one bit per keyword: a finder whose pattern
/// needs a keyword ("who", "between", "he") skips a sentence without it instead of scanning its
/// tokens for it.
struct KeywordSet {
    /// Bits of the keywords with raw values 0–63, 64–127, 128–191 and 192–255.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// No keyword.
    init() {}

    /// The keywords given (each numbered below 256, as all are).
    init(_ a: Keyword, _ b: Keyword, _ c: Keyword) {
        for keyword in [a, b, c] {
            assert(keyword.rawValue < 256, "KeywordSet holds the keywords numbered below 256")
            insert(id: keyword.rawValue)
        }
    }

    /// Adds the keyword whose raw value is the vocabulary id `id`; any other id (a word that is no
    /// keyword, or ``Vocabulary/unknown``) adds nothing.
    @inline(__always) mutating func insert(id: Int32) {
        let bit: UInt64 = 1 << UInt64(id & 63)
        switch id >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        case 3: words.3 |= bit
        default: break
        }
    }

    /// True when the vocabulary id `id` is that of a keyword of the set (false for any other id).
    @inline(__always) func contains(id: Int32) -> Bool { bit(ofID: id) ?? false }

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
