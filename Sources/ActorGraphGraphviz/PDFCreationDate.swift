import Foundation

/// Makes cairo's PDF output repeatable by fixing its creation timestamp.
///
/// cairo 1.16 writes `/CreationDate (D:20240131120000Z)` (sometimes with a `+01'00` offset)
/// into the document information dictionary, so the bytes change every second and
/// `SOURCE_DATE_EPOCH` is ignored. The digits are overwritten in place with
/// `19700101000000` (and the offset with `00'00`): the length does not change, so the byte
/// offsets in the xref table stay valid.
enum PDFCreationDate {
    /// The digits written in place of the real date.
    static let constant = Array("19700101000000".utf8)

    /// `pdf` with every `/CreationDate (D:…` and `/ModDate (D:…` stamp set to ``constant``.
    static func fixed(in pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let marker = Array(key.utf8)
            var searchFrom = 0
            while let start = firstIndex(of: marker, in: bytes, from: searchFrom) {
                var index = start + marker.count
                var digit = 0
                while index < bytes.count, digit < constant.count, isDigit(bytes[index]) {
                    bytes[index] = constant[digit]
                    index += 1
                    digit += 1
                }
                // An optional time-zone offset: +HH'mm' or -HH'mm'.
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                    while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "'") {
                        if isDigit(bytes[index]) { bytes[index] = UInt8(ascii: "0") }
                        index += 1
                    }
                }
                searchFrom = index
            }
        }
        return Data(bytes)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
