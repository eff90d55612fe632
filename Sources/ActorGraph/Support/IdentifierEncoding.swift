/// A one-to-one, reversible encoding of graph ids into tokens that are safe as XML names, SVG and
/// HTML ids, URL fragments and GraphML `NMTOKEN`s.
///
/// ASCII letters, digits and `-` are kept, so the kebab-case slugs ActorGraph makes pass unchanged;
/// every other character becomes `_` and the hex of its UTF-8 bytes (`é` → `_C3_A9`, `_` → `_5F`,
/// a space → `_20`).
///
/// ```swift
/// IdentifierEncoding.encode("al-Bab (town)")        // "al-Bab_20_28town_29"
/// IdentifierEncoding.decode("al-Bab_20_28town_29")  // "al-Bab (town)"
/// ```
public enum IdentifierEncoding {
    /// `text` with every character outside `[A-Za-z0-9-]` hex-encoded.
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "_" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// The text a token made by ``encode(_:)`` stands for; `nil` when `token` is not such a token.
    public static func decode(_ token: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(token.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "_") {
                guard utf8.count >= 2, let high = hexValue(utf8.popFirst()), let low = hexValue(utf8.popFirst()) else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8?) -> UInt8? {
        switch byte {
        case .some(let b) where b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case .some(let b) where b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        case .some(let b) where b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
