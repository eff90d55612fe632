/// SHA-256 (FIPS 180-4), used for document fingerprints and stable statement ids.
///
/// ```swift
/// SHA256.hexDigest(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(of bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        withHashState(of: bytes) { state in
            [UInt8](unsafeUninitializedCapacity: 32) { out, count in
                for (i, v) in state.enumerated() {
                    out[4 * i] = UInt8(truncatingIfNeeded: v >> 24); out[4 * i + 1] = UInt8(truncatingIfNeeded: v >> 16)
                    out[4 * i + 2] = UInt8(truncatingIfNeeded: v >> 8); out[4 * i + 3] = UInt8(truncatingIfNeeded: v)
                }
                count = 32
            }
        }
    }

    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hexDigest<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        withHashState(of: bytes) { state in
            String(unsafeUninitializedCapacity: 64) { out in
                writeHex(of: UnsafeBufferPointer(state), digits: 64, into: out)
                return 64
            }
        }
    }

    /// `prefix` followed by the first `digits` (0 to 64) lower-case hex digits of the digest of
    /// `message`: `prefix + hexDigest(of: message).prefix(digits)` made as one string, with no
    /// array or string in between.
    ///
    /// ```swift
    /// Array("abc".utf8).withUnsafeBytes { SHA256.hexDigest(of: $0, digits: 6, after: "id-") }
    /// // "id-ba7816"
    /// ```
    package static func hexDigest(of message: UnsafeRawBufferPointer, digits: Int, after prefix: StaticString) -> String {
        let digits = min(max(digits, 0), 64)
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { state in
            hashState(ofBuffer: message, into: state)
            return prefix.withUTF8Buffer { head in
                String(unsafeUninitializedCapacity: head.count + digits) { out in
                    for i in 0..<head.count { out[i] = head[i] }
                    writeHex(of: UnsafeBufferPointer(state), digits: digits,
                             into: UnsafeMutableBufferPointer(rebasing: out[head.count...]))
                    return head.count + digits
                }
            }
        }
    }

    /// Writes the first `digits` lower-case hex digits of the hash state `state` (eight words,
    /// most significant nibble first) into the start of `out`, which holds at least `digits` bytes.
    private static func writeHex(of state: UnsafeBufferPointer<UInt32>, digits: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
        for n in 0..<digits {
            let word = state[n >> 3]
            let shift = UInt32(28 - 4 * (n & 7))
            let nibble = UInt8(truncatingIfNeeded: (word >> shift) & 15)
            out[n] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
        }
    }

    /// Calls `body` with the final hash state (eight words) of `bytes`, held in temporary storage.
    private static func withHashState<Bytes: Collection, Result>(
        of bytes: Bytes, _ body: (UnsafeMutableBufferPointer<UInt32>) -> Result
    ) -> Result where Bytes.Element == UInt8 {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { state in
            if bytes.withContiguousStorageIfAvailable({ hashState(ofBuffer: UnsafeRawBufferPointer($0), into: state) }) == nil {
                Array(bytes).withUnsafeBytes { hashState(ofBuffer: $0, into: state) }
            }
            return body(state)
        }
    }

    /// Writes the final hash state of a contiguous message into `state` (eight words): whole
    /// blocks are read in place, only the padded tail (one or two blocks) is copied.
    private static func hashState(ofBuffer message: UnsafeRawBufferPointer, into state: UnsafeMutableBufferPointer<UInt32>) {
        state[0] = 0x6a09e667; state[1] = 0xbb67ae85; state[2] = 0x3c6ef372; state[3] = 0xa54ff53a
        state[4] = 0x510e527f; state[5] = 0x9b05688c; state[6] = 0x1f83d9ab; state[7] = 0x5be0cd19
        let wholeBlocks = message.count / 64
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for block in 0..<wholeBlocks {
                    compress(UnsafeRawBufferPointer(rebasing: message[block * 64..<block * 64 + 64]), state: state, k: k, w: w)
                }
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    let rest = message.count - wholeBlocks * 64
                    let tailLength = rest < 56 ? 64 : 128
                    for i in 0..<rest { tail[i] = message[wholeBlocks * 64 + i] }
                    tail[rest] = 0x80
                    for i in rest + 1..<tailLength { tail[i] = 0 }
                    let bitLength = UInt64(message.count) &* 8
                    for i in 0..<8 { tail[tailLength - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8)) }
                    let padded = UnsafeRawBufferPointer(tail)
                    for offset in stride(from: 0, to: tailLength, by: 64) {
                        compress(UnsafeRawBufferPointer(rebasing: padded[offset..<offset + 64]), state: state, k: k, w: w)
                    }
                }
            }
        }
    }

    /// Runs the compression function on one 64-byte block.
    @inline(__always)
    private static func compress(_ block: UnsafeRawBufferPointer, state: UnsafeMutableBufferPointer<UInt32>,
                                 k: UnsafeBufferPointer<UInt32>, w: UnsafeMutableBufferPointer<UInt32>) {
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
        }
        for i in 16..<64 {
            w[i] = w[i - 16] &+ smallSigma0(w[i - 15]) &+ w[i - 7] &+ smallSigma1(w[i - 2])
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        // Eight rounds at a time, the working variables renamed from round to round instead of
        // shifted (after eight rounds the names line up again).
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
            round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
            round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
            round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
            round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
            round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
            round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
            round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
            i += 8
        }
        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
    }

    /// One round of the compression function on the working variables `a`…`h` (in the order the
    /// round sees them): the new `e` goes into `d` and the new `a` into `h`, and the caller names
    /// the variables one place on for the next round. `kw` is the round constant plus the
    /// schedule word.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ bigSigma1(e) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = bigSigma0(a) &+ ((a & b) ^ (a & c) ^ (b & c))
        d &+= t1
        h = t1 &+ t2
    }

    // The four sigma functions of FIPS 180-4, each written with its rotations nested (rotation
    // distributes over xor) so that it needs one copy of the word instead of three:
    // rotr(rotr(x, m) ^ x, n) = rotr(x, m + n) ^ rotr(x, n).

    /// Σ0(x) = rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22).
    @inline(__always) private static func bigSigma0(_ x: UInt32) -> UInt32 { rotr(rotr(rotr(x, 9) ^ x, 11) ^ x, 2) }
    /// Σ1(x) = rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25).
    @inline(__always) private static func bigSigma1(_ x: UInt32) -> UInt32 { rotr(rotr(rotr(x, 14) ^ x, 5) ^ x, 6) }
    /// σ0(x) = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3).
    @inline(__always) private static func smallSigma0(_ x: UInt32) -> UInt32 { rotr(rotr(x, 11) ^ x, 7) ^ (x >> 3) }
    /// σ1(x) = rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10).
    @inline(__always) private static func smallSigma1(_ x: UInt32) -> UInt32 { rotr(rotr(x, 2) ^ x, 17) ^ (x >> 10) }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
