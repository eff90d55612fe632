import Foundation

/// Writes files all at once: to a temporary file beside the target, then renamed over it.
///
/// A reader never sees a half-written file, and a failed write leaves no partial output behind.
public enum AtomicFile {
    /// Writes `data` to `url` atomically, creating missing parent folders.
    public static func write(_ data: Data, to url: URL) throws {
        try replace(url) { temporary in try data.write(to: temporary) }
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Writes `url` atomically from pieces: `writeContents` gets a handle on the temporary file
    /// and writes to it as it goes, so the contents never have to be held in memory at once.
    ///
    /// ```swift
    /// try AtomicFile.write(to: url) { file in
    ///     for chunk in chunks { try file.write(contentsOf: chunk) }
    /// }
    /// ```
    public static func write(to url: URL, _ writeContents: (FileHandle) throws -> Void) throws {
        try replace(url) { temporary in
            // Created empty as `Data.write` creates files (same permissions, same errors), then opened.
            try Data().write(to: temporary)
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try writeContents(handle)
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
        }
    }

    /// Creates missing parent folders, has `create` make a temporary file beside `url`, and
    /// renames it over `url`; on any error the temporary file is removed.
    private static func replace(_ url: URL, creatingTemporary create: (URL) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt64.random(in: 0...UInt64.max)).tmp")
        do {
            try create(temporary)
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
}
