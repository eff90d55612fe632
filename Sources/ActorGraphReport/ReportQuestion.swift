import ActorGraphQuery

/// A question answered in a report: its title, the query and the answer, shown as a table
/// whose rows link to the report's actors, places and relations, with their evidence.
///
/// ```swift
/// let saved = SavedQuery(text: try String(contentsOfFile: "backers.aq", encoding: .utf8), name: "backers.aq")
/// report.questions.append(ReportQuestion(title: saved.title, query: saved.queryText,
///                                        answer: try graph.query(saved.text)))
/// ```
public struct ReportQuestion: Sendable, Hashable {
    /// The heading.
    public var title: String
    /// The query as shown.
    public var query: String
    /// The rows.
    public var answer: QueryResult

    /// Creates a question.
    public init(title: String, query: String, answer: QueryResult) {
        self.title = title
        self.query = query
        self.answer = answer
    }
}
