/// Builds JSON text as UTF-8 bytes: the low-level pieces (literals, integers, indentation,
/// quoted strings) that ``JSONValue`` and the graph writer put together.
///
/// Strings are escaped exactly as ``JSONValue/appendQuoted(_:to:)`` describes: quotes,
/// backslashes and control characters, and `<`, `>`, `&`, U+2028 and U+2029 so the text is safe
/// inside HTML `<script>`. Runs of bytes that need no escape are copied in one go.
///
/// ```swift
/// var writer = JSONByteWriter()
/// writer.appendQuoted("a<b")   // "a\u003cb"
/// writer.bytes                 // the UTF-8 bytes of the text
/// ```
struct JSONByteWriter {
    /// The text written so far.
    var bytes: [UInt8] = []

    /// Creates an empty writer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends ASCII or UTF-8 text as it is, unescaped (punctuation, keys known to be plain).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `count` spaces.
    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Appends `value` in decimal, as `String(value)` writes it (a small string: no allocation).
    mutating func appendInt(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `text` as its UTF-8 bytes, unescaped.
    mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `text` as a JSON string literal (see the type's description for what is escaped).
    mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Native strings are contiguous UTF-8: read in place, without the copy `withUTF8` needs.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = text
            copy.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the bytes of `utf8` (valid UTF-8) with the escapes of ``appendQuoted(_:)``.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        let count = utf8.count
        // Every read is at an index below `count`; the E2 check reads i + 2 only after testing it.
        while i < count {
            let byte = utf8[i]
            switch Self.byteClass[Int(byte)] {
            case 0:
                i += 1
                continue
            case 2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard i + 2 < count, utf8[i + 1] == 0x80, utf8[i + 2] & 0xFE == 0xA8 else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                append(utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 3
                runStart = i
                continue
            default:
                break
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case UInt8(ascii: "<"): append("\\u003c")
            case UInt8(ascii: ">"): append("\\u003e")
            case UInt8(ascii: "&"): append("\\u0026")
            default:
                // Other control characters and DEL: \u00XX in lower-case hex.
                append("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
            i += 1
            runStart = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// For each byte: 0 copied as it is, 1 escaped, 2 the lead byte E2 of U+2028 and U+2029.
    private static let byteClass: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0..<0x20, 0x7F: 1
        case 0x22, 0x5C, 0x3C, 0x3E, 0x26: 1  // " \ < > &
        case 0xE2: 2
        default: 0
        }
    }
}
