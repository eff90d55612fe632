/// The key of each token of a document (``Tokenizer/normalizedKey(_:)`` of its text), without a
/// string per token: a key the vocabulary numbers is the vocabulary's own string, found by its id
/// (``Vocabulary/key(of:)``); only the other keys (and those not all ASCII) are strings of the
/// document, one per token.
///
/// A class, so that handing the keys to a finder costs one retain; read like an array of keys:
/// `keys[i]`, `keys.count`.
final class TokenKeys: RandomAccessCollection, Sendable {
    /// For each token, its key's vocabulary id when its key is the vocabulary's string, else `~n`
    /// (below zero) for the key `unknownKeys[n]`.
    let references: [Int32]
    /// The vocabulary's keys by id (``Vocabulary/keys``).
    private let vocabularyKeys: [String]
    /// The keys that are not the vocabulary's strings, in the order of their tokens.
    let unknownKeys: [String]

    /// The keys given by `references` into `vocabularyKeys` and `unknownKeys`.
    init(references: [Int32], vocabularyKeys: [String], unknownKeys: [String]) {
        self.references = references
        self.vocabularyKeys = vocabularyKeys
        self.unknownKeys = unknownKeys
    }

    var startIndex: Int { 0 }
    var endIndex: Int { references.count }

    /// The key of token `i`.
    @inline(__always) subscript(i: Int) -> String {
        let reference = references[i]
        return reference >= 0 ? vocabularyKeys[Int(reference)] : unknownKeys[Int(~reference)]
    }

    /// The index in ``unknownKeys`` of token `i`'s key, or nil when it is the vocabulary's string.
    @inline(__always) func unknownIndex(of i: Int) -> Int? {
        let reference = references[i]
        return reference >= 0 ? nil : Int(~reference)
    }
}
