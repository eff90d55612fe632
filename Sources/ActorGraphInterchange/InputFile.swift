import Foundation

/// Reading input files with errors that name the file and say why, in one line.
enum InputFile {
    /// The bytes of the file at `url`.
    static func read(_ url: URL) throws(InterchangeError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw InterchangeError(file: url.path, message: "cannot read the file (\(reason(error)))")
        }
    }

    /// A short reason for a file system error, e.g. `no such file`.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
