import ActorGraph
import Foundation
import Testing

@Suite("Support")
struct SupportTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The ASCII shortcut of `Slug.make` equals the folding path for every ASCII character,
    /// alone, between letters and doubled.
    @Test func asciiSlugsEqualFoldedSlugs() {
        func folded(_ name: String) -> String {
            let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            var out = ""
            var pendingHyphen = false
            for scalar in folded.unicodeScalars {
                let v = scalar.value
                let isDigit = (0x30...0x39).contains(v), isUpper = (0x41...0x5A).contains(v), isLower = (0x61...0x7A).contains(v)
                if isDigit || isUpper || isLower {
                    if pendingHyphen && !out.isEmpty { out.append("-") }
                    pendingHyphen = false
                    out.append(String(isUpper ? Character(Unicode.Scalar(UInt8(v + 32))) : Character(scalar)))
                } else if scalar == "'" || scalar == "\u{2019}" {
                    continue
                } else {
                    pendingHyphen = true
                }
            }
            return out.isEmpty ? "x-" + SHA256.hexDigest(of: Array(name.utf8)).prefix(10) : out
        }
        for value in UInt8(0)..<0x80 {
            let c = String(Character(Unicode.Scalar(value)))
            for name in [c, "Ab\(c)Cd", "\(c)\(c)x\(c)", " Nour al-Din \(c)9"] {
                #expect(Slug.make(from: name) == folded(name), "\(Array(name.utf8))")
            }
        }
    }

    /// Every message length from 0 to 199 bytes (each padding case: tails of 0–63 bytes, one or
    /// two padded blocks), checked against Python's hashlib through one digest of all the digests.
    @Test func sha256OfEveryLengthUpTo199MatchesHashlib() {
        var all = ""
        for n in 0..<200 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
            let hex = SHA256.hexDigest(of: bytes)
            let digestHex: [String] = SHA256.digest(of: bytes).map { byte in String(byte >> 4, radix: 16) + String(byte & 15, radix: 16) }
            #expect(digestHex.joined() == hex)
            // A non-contiguous collection takes the copying path.
            #expect(SHA256.hexDigest(of: bytes.lazy.map { $0 }) == hex)
            all += hex
        }
        #expect(SHA256.hexDigest(of: Array(all.utf8)) == "466ee381bbc4a6de34133ad71e2d19bd7ac1efe7fbd78829b39564fb7a8e7d20")
    }

    /// The portable path gives the standard digests on any machine, so CI without SHA
    /// instructions checks the code it runs; and so does the fastest path where it differs.
    @Test(arguments: [SHA256.Implementation.portable, .fastest])
    func sha256ImplementationsGiveTheStandardVectors(implementation: SHA256.Implementation) {
        #expect(SHA256.hexDigest(of: [UInt8](), using: implementation) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8), using: implementation) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let millionAs = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: millionAs, using: implementation) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The fastest path (the CPU's SHA instructions where it has them) and the portable one give
    /// the same digest for random messages of every length from 0 to 300 bytes (one to six
    /// blocks, each padding case), at every start offset modulo 8 (unaligned reads).
    @Test func sha256FastestAndPortablePathsAgree() {
        // A fixed-seed xorshift generator: the same messages on every run.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return UInt8(truncatingIfNeeded: seed >> 32)
        }
        for length in 0...300 {
            let offset = length % 8
            let buffer = (0..<(length + offset)).map { _ in next() }
            let message = buffer[offset...]
            let portable = SHA256.digest(of: message, using: .portable)
            #expect(SHA256.digest(of: message, using: .fastest) == portable, "length \(length), accelerated: \(SHA256.isAccelerated)")
            #expect(SHA256.hexDigest(of: message, using: .fastest) == SHA256.hexDigest(of: message, using: .portable))
        }
    }

    @Test(arguments: [
        ("Nour al-Din al-Zinki", "nour-al-din-al-zinki"),
        ("Türkiye", "turkiye"),
        ("Assad's forces", "assads-forces"),
        ("  U.N. Office  ", "u-n-office"),
        ("1070 Apartments", "1070-apartments"),
    ])
    func slugsAreKebabCase(name: String, slug: String) {
        #expect(Slug.make(from: name) == slug)
    }

    @Test func slugOfANonLatinNameIsStable() {
        let slug = Slug.make(from: "حزب الله")
        #expect(slug.hasPrefix("x-") && slug == Slug.make(from: "حزب الله"))
    }

    @Test func markupEscapingNeutralisesTags() {
        #expect(MarkupEscaping.escape("<script>alert('x') & \"y\"</script>\u{1}") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    @Test func atomicWriteLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.json")
        try AtomicFile.write("first", to: file)
        try AtomicFile.write("second", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    @Test func atomicWriteInPiecesKeepsTheOldFileOnError() throws {
        struct Interrupted: Error {}
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.json")
        try AtomicFile.write(to: file) { handle in
            for piece in ["fir", "st"] { try handle.write(contentsOf: Array(piece.utf8)) }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "first")
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: file) { handle in
                try handle.write(contentsOf: Array("half".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }
}
