/// A file that cannot be imported, naming the file, where in it, and what is wrong.
///
/// ```swift
/// print(error)   // graph.graphml: line 12: <edge>: no node has the id "russsia"
/// ```
public struct InterchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or source name) being read.
    public var file: String
    /// The 1-based line at fault, when known.
    public var line: Int?
    /// The element or column at fault, e.g. `<edge>` or `column kind`, when known.
    public var location: String?
    /// What is wrong.
    public var message: String

    /// Creates the error.
    public init(file: String, line: Int? = nil, location: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.location = location
        self.message = message
    }

    /// `file: line N: location: message`, leaving out what is unknown.
    public var description: String {
        [file, line.map { "line \($0)" }, location, message].compactMap { $0 }.joined(separator: ": ")
    }
}
