import Foundation

/// Writes files all at once: to a temporary file beside the target, then renamed over it.
///
/// A reader never sees a half-written file, and a failed write leaves no partial output behind.
public enum AtomicFile {
    /// Writes `data` to `url` atomically, creating missing parent folders.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt64.random(in: 0...UInt64.max)).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let code = errno
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
                    NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `bytes` to `url` atomically (see ``write(_:to:)-(Data,_)``), without copying them
    /// into a `Data` first.
    public static func write(bytes: [UInt8], to url: URL) throws {
        try bytes.withUnsafeBytes { buffer in
            // The Data borrows the array's storage only while the array is alive (this closure).
            guard let base = buffer.baseAddress else { return try write(Data(), to: url) }
            try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
                           deallocator: .none), to: url)
        }
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
