import ActorGraph
import Foundation

/// Reads article files: UTF-8 text (a BOM is kept as the first scalar, as Python keeps it),
/// into ``SourceDocument`` values.
///
/// ```swift
/// let doc = try DocumentReader().read(URL(fileURLWithPath: "examples/01-hanano.txt"))
/// ```
public struct DocumentReader: Sendable {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    public var isLossy: Bool
    /// The largest text, in UTF-8 bytes, the reader accepts: a longer one is refused with
    /// ``DocumentReadError/Problem/tooLarge(byteCount:limit:)``. The default, just under 2 GiB, is
    /// what the extractor's 32-bit text offsets can address.
    public var maximumByteCount: Int

    /// The default ``maximumByteCount``: offsets into a document are stored in 32 bits.
    public static let addressableByteCount = Int(Int32.max) - 1

    /// Creates a reader; `lossy` replaces invalid UTF-8 instead of throwing, and texts longer than
    /// `maximumByteCount` UTF-8 bytes are refused.
    public init(lossy: Bool = false, maximumByteCount: Int = DocumentReader.addressableByteCount) {
        self.isLossy = lossy
        self.maximumByteCount = min(maximumByteCount, Self.addressableByteCount)
    }

    /// Reads one file. The document id is the file name.
    public func read(_ url: URL) throws(DocumentReadError) -> SourceDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw DocumentReadError(file: url.path, problem: missing ? .missing : .unreadable(String(describing: error)))
        }
        return try decode(data, id: url.lastPathComponent, path: url.path)
    }

    /// Decodes bytes as a document called `id`; `path` names it in errors.
    public func decode(_ data: Data, id: String, path: String? = nil) throws(DocumentReadError) -> SourceDocument {
        let bytes = [UInt8](data)
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else if isLossy {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            throw DocumentReadError(file: path ?? id, problem: .invalidUTF8(byteOffset: Self.firstInvalidUTF8Offset(bytes)))
        }
        // Checked on the decoded text: a lossy decoding can be longer than the bytes read.
        let byteCount = text.utf8.count
        guard byteCount <= maximumByteCount else {
            throw DocumentReadError(file: path ?? id, problem: .tooLarge(byteCount: byteCount, limit: maximumByteCount))
        }
        return SourceDocument(id: id, text: text, sha256: SHA256.hexDigest(of: bytes))
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            var slice = Array(bytes[i..<i + length])
            if String(validating: slice, as: UTF8.self) == nil { return i }
            slice.removeAll()
            i += length
        }
        return bytes.count
    }

    /// The `.txt` files at the given paths: files as given, folders searched recursively,
    /// sorted by path so runs are reproducible.
    public static func textFiles(at paths: [String]) throws(DocumentReadError) -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw DocumentReadError(file: path, problem: .missing)
            }
            if isFolder.boolValue {
                let root = URL(fileURLWithPath: path)
                guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                    throw DocumentReadError(file: path, problem: .unreadable("cannot list the folder"))
                }
                let found = walker.compactMap { $0 as? URL }.filter { $0.pathExtension.lowercased() == "txt" }
                files.append(contentsOf: found.sorted { $0.path < $1.path })
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return files
    }
}

/// A file that cannot be read as an article.
public struct DocumentReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Equatable {
        /// No file or folder at the path.
        case missing
        /// The file exists but could not be read.
        case unreadable(String)
        /// The bytes are not UTF-8; the offset of the first bad byte.
        case invalidUTF8(byteOffset: Int)
        /// The text has `byteCount` UTF-8 bytes, more than the reader's `limit`.
        case tooLarge(byteCount: Int, limit: Int)
    }

    /// The path of the file.
    public var file: String
    /// The problem.
    public var problem: Problem

    /// `file: problem`, one line.
    public var description: String {
        switch problem {
        case .missing: "\(file): no such file or folder"
        case .unreadable(let why): "\(file): cannot read the file (\(why))"
        case .invalidUTF8(let offset): "\(file): not valid UTF-8 (first bad byte at offset \(offset)); use --lossy to replace invalid bytes"
        case .tooLarge(let count, let limit): "\(file): too large to extract (\(count) bytes of text, at most \(limit)); split it into several files"
        }
    }
}
