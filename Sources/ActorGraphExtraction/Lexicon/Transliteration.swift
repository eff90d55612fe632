import Foundation

/// A loose spelling key for names transliterated from Arabic and other scripts, so that
/// Maksoud/Maqsoud, al-/el-, ou/u, ee/i and doubled letters meet.
///
/// ```swift
/// Transliteration.key("maqsoud") == Transliteration.key("maksoud")  // true
/// ```
enum Transliteration {
    private static let rules: [([UInt8], [UInt8])] = [
        ("ch", "sh"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("ei", "i"), ("ai", "i"), ("ay", "i"),
        ("ph", "f"), ("kh", "k"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"),
        ("y", "i"), ("w", "u"), ("o", "u"), ("e", "a"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func key(_ word: String) -> String {
        if word == "el" || word == "al" || word == "ul" { return "al" }
        var bytes = Array(word.utf8)
        for (from, to) in rules { bytes = replacing(from, with: to, in: bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes where b != UInt8(ascii: "'") && b != UInt8(ascii: "-") {
            if out.last != b { out.append(b) }
        }
        if out.count > 3, out.last == UInt8(ascii: "h") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func replacing(_ from: [UInt8], with to: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= from.count else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == from[0], i + from.count <= bytes.count, from.count == 1 || bytes[i + 1] == from[1] {
                out.append(contentsOf: to)
                i += from.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// The consonants of a word's key: a looser key for surnames ("Skeif"/"Skaff" → "skf").
    static func skeleton(_ word: String) -> String {
        String(key(word).filter { !"aeiou".contains($0) })
    }
}
