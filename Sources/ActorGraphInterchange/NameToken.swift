/// GraphML ids (`xs:NMTOKEN`) made from graph ids, one-to-one and reversible.
///
/// ASCII letters, digits and `-` are kept, so the kebab-case slugs ActorGraph makes are written
/// unchanged; every other character becomes `_` and the hex of its UTF-8 bytes (`é` → `_C3_A9`,
/// `_` → `_5F`, a space → `_20`), and the empty id is written `_`.
///
/// ```swift
/// NameToken.encode("al-Bab (town)")   // "al-Bab_20_28town_29"
/// NameToken.decode("al-Bab_20_28town_29")   // "al-Bab (town)"
/// ```
enum NameToken {
    /// The token for `id`.
    static func encode(_ id: String) -> String {
        if id.isEmpty { return "_" }
        var out = ""
        for byte in id.utf8 {
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

    /// The id a token made by ``encode(_:)`` stands for; `nil` when `token` is not such a token.
    static func decode(_ token: String) -> String? {
        if token == "_" { return "" }
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
        case let b? where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b): b - UInt8(ascii: "0")
        case let b? where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
