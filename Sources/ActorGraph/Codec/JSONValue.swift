import Foundation

/// A JSON value whose objects keep their keys in the order given, so output is byte-stable.
///
/// ```swift
/// let value: JSONValue = .object([("format", .string("actorgraph-1")), ("nodes", .array([]))])
/// value.serialized()   // {\n  "format": "actorgraph-1",\n  "nodes": []\n}\n
/// ```
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Two values are equal when they have the same shape and contents, keys compared in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Serialises the value as UTF-8 JSON text, indented with two spaces, ending in a newline.
    /// Objects whose values are all scalars are written on one line to keep files compact.
    public func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// ``serialized()`` as UTF-8 bytes, built without an intermediate `String`.
    public func serializedBytes() -> [UInt8] {
        var writer = JSONByteWriter()
        write(into: &writer)
        return writer.bytes
    }

    /// Appends ``serialized()`` (with its final newline) to `writer`.
    func write(into writer: inout JSONByteWriter) {
        write(into: &writer, indent: 0)
        writer.append(byte: UInt8(ascii: "\n"))
    }

    /// Serialises the value on one line, with no spaces.
    public func compactSerialized() -> String {
        var writer = JSONByteWriter()
        writeCompact(into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Appends the value indented by `indent` spaces (the first line's indent is the caller's).
    func write(into out: inout JSONByteWriter, indent: Int) {
        switch self {
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            if items.allSatisfy(\.isScalar) { writeCompact(into: &out); return }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.appendSpaces(indent + 2)
                item.write(into: &out, indent: indent + 2)
                out.append(i + 1 < items.count ? ",\n" : "\n")
            }
            out.appendSpaces(indent)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            if members.allSatisfy({ $0.1.isScalar }) && members.count <= 6 {
                writeCompact(into: &out, spaced: true); return
            }
            out.append("{\n")
            for (i, (key, value)) in members.enumerated() {
                out.appendSpaces(indent + 2)
                out.appendQuoted(key)
                out.append(": ")
                value.write(into: &out, indent: indent + 2)
                out.append(i + 1 < members.count ? ",\n" : "\n")
            }
            out.appendSpaces(indent)
            out.append("}")
        default:
            writeCompact(into: &out)
        }
    }

    /// Appends the value on one line: `spaced` puts a space after each comma and colon.
    func writeCompact(into out: inout JSONByteWriter, spaced: Bool = false) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.appendInt(i)
        case .double(let d): out.appendRaw(Self.format(d))
        case .string(let s): out.appendQuoted(s)
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(spaced ? ", " : ",") }
                item.writeCompact(into: &out, spaced: spaced)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(spaced ? ", " : ",") }
                out.appendQuoted(key)
                out.append(spaced ? ": " : ":")
                value.writeCompact(into: &out, spaced: spaced)
            }
            out.append("}")
        }
    }

    /// Formats a double deterministically: integers without a fraction, others with up to
    /// 12 significant digits; NaN and infinities (not JSON) become `null`.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        var s = String(format: "%.12g", d)
        if s.contains("e") { return s }
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// and `<`, `>`, `&`, U+2028 and U+2029 too, so the text is safe to inline in HTML `<script>`.
    public static func appendQuoted(_ s: String, to out: inout String) {
        var writer = JSONByteWriter(capacity: s.utf8.count + 2)
        writer.appendQuoted(s)
        out.append(String(decoding: writer.bytes, as: UTF8.self))
    }
}
