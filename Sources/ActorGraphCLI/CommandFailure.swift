import ActorGraph
import Foundation

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

extension ActorGraph {
    /// The graph in the actorgraph-1 file at `path`, for a command: a file that cannot be read or
    /// decoded becomes a one-line ``CommandFailure`` naming the file and the problem.
    static func loadForCommand(_ path: String) throws(CommandFailure) -> ActorGraph {
        do {
            return try ActorGraph(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(error)
        }
    }
}
