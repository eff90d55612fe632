/// A failure the command line reports as one line on stderr with a non-zero exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    init(_ error: any Error) {
        self.description = String(describing: error)
    }
}
