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
}
