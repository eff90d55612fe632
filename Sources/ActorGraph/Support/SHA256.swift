internal import CSHA256

/// SHA-256 (FIPS 180-4), used for document fingerprints and stable statement ids.
///
/// ```swift
/// SHA256.hexDigest(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
///
/// The hashing itself is done by the C target `CSHA256`, with the CPU's SHA instructions where
/// it has them (x86-64 SHA-NI) and in portable C elsewhere; both give the same digest.
public enum SHA256 {
    /// Which compression function hashes: the fastest this CPU runs, or the portable one (for
    /// tests that compare the two, and to exercise the portable path on any machine).
    package enum Implementation: Sendable {
        case fastest, portable
    }

    /// Whether ``Implementation/fastest`` uses the CPU's SHA instructions on this machine.
    package static var isAccelerated: Bool { csha256_is_accelerated() }

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(of bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        digest(of: bytes, using: .fastest)
    }

    /// ``digest(of:)`` computed by `implementation`.
    package static func digest<Bytes: Collection>(of bytes: Bytes, using implementation: Implementation) -> [UInt8] where Bytes.Element == UInt8 {
        withHashState(of: bytes, using: implementation) { state in
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
        hexDigest(of: bytes, using: .fastest)
    }

    /// ``hexDigest(of:)`` computed by `implementation`.
    package static func hexDigest<Bytes: Collection>(of bytes: Bytes, using implementation: Implementation) -> String where Bytes.Element == UInt8 {
        withHashState(of: bytes, using: implementation) { state in
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
            hashState(ofBuffer: message, into: state, using: .fastest)
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
        of bytes: Bytes, using implementation: Implementation, _ body: (UnsafeMutableBufferPointer<UInt32>) -> Result
    ) -> Result where Bytes.Element == UInt8 {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { state in
            if bytes.withContiguousStorageIfAvailable({
                hashState(ofBuffer: UnsafeRawBufferPointer($0), into: state, using: implementation)
            }) == nil {
                Array(bytes).withUnsafeBytes { hashState(ofBuffer: $0, into: state, using: implementation) }
            }
            return body(state)
        }
    }

    /// Writes the final hash state of a contiguous message into `state` (eight words), hashed
    /// in place by `CSHA256` (only the padded tail is copied).
    private static func hashState(ofBuffer message: UnsafeRawBufferPointer, into state: UnsafeMutableBufferPointer<UInt32>,
                                  using implementation: Implementation) {
        // `state` is a temporary allocation of eight words, so its base address is never nil.
        guard let words = state.baseAddress, state.count >= 8 else { return }
        csha256_hash_state(message.baseAddress, message.count, words, implementation == .portable)
    }
}
