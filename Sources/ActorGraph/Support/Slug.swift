import Foundation

/// Stable kebab-case ids made from names.
public enum Slug {
    /// The kebab-case slug of `name`: diacritics folded, ASCII letters and digits lower-cased,
    /// every other run of characters turned into one hyphen.
    ///
    /// ```swift
    /// Slug.make(from: "Nour al-Din al-Zinki")  // "nour-al-din-al-zinki"
    /// Slug.make(from: "Türkiye")               // "turkiye"
    /// ```
    /// A name with no ASCII letter or digit (e.g. `حزب الله`) gets `x-` and a short hash instead.
    public static func make(from name: String) -> String {
        if let slug = asciiSlug(of: name) { return slug }
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isDigit = (0x30...0x39).contains(v)
            let isUpper = (0x41...0x5A).contains(v)
            let isLower = (0x61...0x7A).contains(v)
            if isDigit || isUpper || isLower {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 32)! : scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        if out.isEmpty { return "x-" + SHA256.hexDigest(of: Array(name.utf8)).prefix(10) }
        return out
    }

    /// ``make(from:)`` for an all-ASCII name, which folding leaves as it is, worked out on bytes;
    /// `nil` for other names.
    static func asciiSlug(of name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for b in name.utf8 {
            if b >= 0x80 { return nil }
            let isDigit = b >= 0x30 && b <= 0x39
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = b >= 0x61 && b <= 0x7A
            if isDigit || isUpper || isLower {
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(isUpper ? b | 0x20 : b)
            } else if b != 0x27 {
                pendingHyphen = true
            }
        }
        if out.isEmpty { return "x-" + SHA256.hexDigest(of: Array(name.utf8)).prefix(10) }
        return String(decoding: out, as: UTF8.self)
    }
}
