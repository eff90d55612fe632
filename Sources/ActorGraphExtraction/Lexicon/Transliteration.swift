import Foundation

/// A loose spelling key for names transliterated from Arabic and other scripts, so that
/// Maksoud/Maqsoud, al-/el-, ou/u, ee/i and doubled letters meet.
///
/// ```swift
/// Transliteration.key("maqsoud") == Transliteration.key("maksoud")  // true
/// ```
enum Transliteration {
    static func key(_ word: String) -> String {
        if word == "el" || word == "al" || word == "ul" { return "al" }
        var s = word
        for (from, to) in [("ch", "sh"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("ei", "i"), ("ai", "i"), ("ay", "i"),
                           ("ph", "f"), ("kh", "k"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"),
                           ("y", "i"), ("w", "u"), ("o", "u"), ("e", "a")] {
            s = s.replacingAll(from, with: to)
        }
        var out = ""
        var last: Character?
        for c in s where c != "'" && c != "-" {
            if c != last { out.append(c) }
            last = c
        }
        if out.count > 3, out.hasSuffix("h") { out.removeLast() }
        return out
    }

    /// The consonants of a word's key: a looser key for surnames ("Skeif"/"Skaff" → "skf").
    static func skeleton(_ word: String) -> String {
        String(key(word).filter { !"aeiou".contains($0) })
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
