import Foundation

/// A loose spelling key for names transliterated from Arabic and other scripts, so that
/// Maksoud/Maqsoud, al-/el-, ou/u, ee/i and doubled letters meet.
///
/// ```swift
/// Transliteration.key("maqsoud") == Transliteration.key("maksoud")  // true
/// ```
enum Transliteration {
    /// One rewriting rule: one or two ASCII bytes become one or two (never more than they were).
    /// Plain values, so walking the rules costs no reference counting.
    private struct Rule {
        var from: (UInt8, UInt8)
        var fromCount: Int
        var to: (UInt8, UInt8)
        var toCount: Int

        init(_ from: String, _ to: String) {
            let f = Array(from.utf8), t = Array(to.utf8)
            self.from = (f[0], f.count > 1 ? f[1] : 0)
            self.fromCount = f.count
            self.to = (t[0], t.count > 1 ? t[1] : 0)
            self.toCount = t.count
        }
    }

    private static let rules: [Rule] = [
        ("ch", "sh"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("ei", "i"), ("ai", "i"), ("ay", "i"),
        ("ph", "f"), ("kh", "k"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"),
        ("y", "i"), ("w", "u"), ("o", "u"), ("e", "a"),
    ].map { Rule($0.0, $0.1) }

    static func key(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let count = bytes.withUnsafeMutableBufferPointer { rewrite($0) }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }

    /// Rewrites the UTF-8 bytes of a word into the bytes of its ``key(_:)``, in place (the key is
    /// never longer), and returns how many bytes the key has. The bytes need not come from a
    /// `String`: the key of a token's key can be looked up without making either string.
    static func rewrite(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = bytes.count
        // "el", "al", "ul" → "al".
        if n == 2, bytes[1] == UInt8(ascii: "l"), bytes[0] == UInt8(ascii: "e") || bytes[0] == UInt8(ascii: "a") || bytes[0] == UInt8(ascii: "u") {
            bytes[0] = UInt8(ascii: "a")
            return 2
        }
        // Every rule shortens or keeps the text, so each pass rewrites the buffer in place. A rule
        // whose first byte the text lacks changes nothing and is skipped: `present` has a bit for
        // each byte value (modulo 64) that may be in the text, a superset as rules rewrite it.
        var present: UInt64 = 0
        for i in 0..<n { present |= 1 << (bytes[i] & 63) }
        rules.withUnsafeBufferPointer { rules in
            for rule in rules where present & (1 << (rule.from.0 & 63)) != 0 {
                n = replace(rule, in: bytes, count: n)
                present |= 1 << (rule.to.0 & 63)
                if rule.toCount > 1 { present |= 1 << (rule.to.1 & 63) }
            }
        }
        var count = 0
        for r in 0..<n {
            let b = bytes[r]
            guard b != UInt8(ascii: "'") && b != UInt8(ascii: "-") else { continue }
            if count == 0 || bytes[count - 1] != b { bytes[count] = b; count += 1 }
        }
        if count > 3, bytes[count - 1] == UInt8(ascii: "h") { count -= 1 }
        return count
    }

    /// Replaces each occurrence of the rule's bytes by its replacement (never longer), left to
    /// right without overlaps, in the first `n` bytes; returns how many bytes are left.
    private static func replace(_ rule: Rule, in bytes: UnsafeMutableBufferPointer<UInt8>, count n: Int) -> Int {
        let width = rule.fromCount
        guard n >= width else { return n }
        let first = rule.from.0, second = rule.from.1
        var read = 0, write = 0
        while read < n {
            let b = bytes[read]
            if b == first, read + width <= n, width == 1 || bytes[read + 1] == second {
                bytes[write] = rule.to.0
                write += 1
                if rule.toCount > 1 { bytes[write] = rule.to.1; write += 1 }
                read += width
            } else {
                bytes[write] = b
                write += 1
                read += 1
            }
        }
        return write
    }

    /// The consonants of a word's key: a looser key for surnames ("Skeif"/"Skaff" → "skf").
    static func skeleton(_ word: String) -> String {
        String(key(word).filter { !"aeiou".contains($0) })
    }
}
