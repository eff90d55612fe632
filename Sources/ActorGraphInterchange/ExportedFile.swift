import Foundation

/// One file of an export: a name (without folder) and its bytes.
public struct ExportedFile: Sendable, Hashable {
    /// The file name, e.g. `nodes.csv` or `graph.graphml`.
    public var name: String
    /// The file's contents.
    public var data: Data

    /// Creates a file from bytes.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// Creates a file from text, encoded as UTF-8.
    public init(name: String, text: String) {
        self.init(name: name, data: Data(text.utf8))
    }
}
