/// One source article that a graph was built from.
public struct Document: Sendable, Hashable, Comparable {
    /// The file name, which mentions and evidence refer to.
    public var id: String
    /// The headline, when the text starts with one.
    public var title: String?
    /// The publication date as `YYYY-MM-DD`, when the text gives one.
    public var date: String?
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String?

    /// Creates a document record.
    public init(id: String, title: String? = nil, date: String? = nil, sha256: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.sha256 = sha256
    }

    /// Orders documents by id.
    public static func < (lhs: Document, rhs: Document) -> Bool { lhs.id < rhs.id }
}
