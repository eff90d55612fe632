@testable import ActorGraphExtraction
import Testing

/// The small hash tables and bit sets the extractor uses instead of `Set<String>` and
/// `[String: Value]` in its hot loops: each must answer exactly as the standard collection would.
@Suite("Lookup tables of the extractor")
struct LookupTableTests {
    @Test func indexTableNumbersKeysInOrderAndFindsThemAgain() {
        var table = IndexTable<Int>(capacity: 2)
        // Every key gets the same hash: all of them collide and are told apart by equality,
        // through several doublings of the table.
        for key in 0..<100 {
            let (number, inserted) = table.number(of: key * 7, hash: 42)
            #expect(number == key)
            #expect(inserted)
        }
        for key in (0..<100).reversed() {
            let (number, inserted) = table.number(of: key * 7, hash: 42)
            #expect(number == key)
            #expect(!inserted)
        }
        #expect(table.keys == (0..<100).map { $0 * 7 })
    }

    @Test func indexTableKeepsKeysWithDistinctHashesApart() {
        var table = IndexTable<String>(capacity: 4)
        let words = (0..<500).map { "word\($0)" }
        for word in words { _ = table.number(of: word, hash: UInt64(truncatingIfNeeded: word.hashValue)) }
        for (n, word) in words.enumerated() {
            #expect(table.number(of: word, hash: UInt64(truncatingIfNeeded: word.hashValue)) == (n, false))
        }
    }

    @Test func keyFilterNeverForgetsAKeyAndHashesRunsByTheirKeys() {
        var filter = KeyFilter()
        let names = ["assad", "haj bakri", "abu omar", "zakaria malahifji"]
        for name in names { filter.insert(KeyFilter.hash(of: name)) }
        for name in names { #expect(filter.mayContain(KeyFilter.hash(of: name))) }
        // A run is hashed from its keys' hashes: the same keys in the same order hash alike,
        // whichever way the run is put together; the other order (here) does not.
        func run(_ keys: [String]) -> UInt32 {
            keys.dropFirst().reduce(KeyFilter.hash(of: keys[0])) { KeyFilter.run($0, then: KeyFilter.hash(of: $1)) }
        }
        #expect(run(["haj", "bakri"]) == KeyFilter.run(KeyFilter.hash(of: "haj"), then: KeyFilter.hash(of: "bakri")))
        #expect(run(["haj", "bakri"]) != run(["bakri", "haj"]))
        filter.insert(run(["mustafa", "haj", "bakri"]))
        #expect(filter.mayContain(run(["mustafa", "haj", "bakri"])))
        // Most keys never inserted are known to be absent (1,024 bits, four keys).
        let absent = (0..<1000).filter { !filter.mayContain(KeyFilter.hash(of: "unknown\($0)")) }.count
        #expect(absent > 950)
    }

    @Test func keywordSetHoldsTheKeywordsInsertedAndNoOthers() {
        var set = KeywordSet()
        let inserted: [Keyword] = [.and, .by, .of]
        for keyword in inserted { set.insert(id: keyword.rawValue) }
        for keyword in Keyword.allCases {
            #expect(set.contains(keyword) == inserted.contains(keyword))
            #expect(set.contains(id: keyword.rawValue) == inserted.contains(keyword))
        }
        // Ids that are no keyword's: unknown words, and ids past the set's bits.
        set.insert(id: Vocabulary.unknown)
        set.insert(id: 10_000)
        #expect(!set.contains(id: Vocabulary.unknown))
        #expect(!set.contains(id: 10_000))
    }

    @Test func asciiKeyTableFindsZeroPaddedKeysOfEveryLength() {
        // Keys of 1 to 20 bytes, each a prefix of the next: a key must match on its length as
        // well as on its bytes, across the eight-byte words it is compared in.
        let alphabet = Array("abcdefghijklmnopqrst".utf8)
        let keys = (1...alphabet.count).map { String(decoding: alphabet[..<$0], as: UTF8.self) }
        let table = ASCIIKeyTable(keys.enumerated().map { (key: $0.element, value: $0.offset) })
        func find(_ text: String) -> Int? {
            let count = text.utf8.count
            let bytes = Array(text.utf8) + [UInt8](repeating: 0, count: 8)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    // The zero-padded hash is the hash of the bytes alone.
                    let hash = ASCIIKeyTable<Int>.hash(zeroPadded: base, count: count)
                    #expect(hash == ASCIIKeyTable<Int>.hash(UnsafeBufferPointer(rebasing: buffer[..<count])))
                    return table.value(forZeroPadded: base, count: count, hash: hash)
                }
            }
        }
        for (n, key) in keys.enumerated() {
            #expect(find(key) == n)
            #expect(table.lookup(key) == .some(n))
        }
        #expect(find("abcdefghx") == nil)
        #expect(find("abcdefghijklmnopqrstu") == nil)
        #expect(table.lookup("zzz") == .some(nil))
    }
}
