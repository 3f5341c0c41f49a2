import OpsEngine

/// The rows of a trace list and what the title says about them.
package struct TraceListResult: Sendable, Hashable {
    package var rows: [TraceSummary]
    /// What the list is: `failures of lookup_order around transitions at 12:04:05, 12:04:35`.
    package var title: String
    /// Traces that matched, before the row limit.
    package var matched: Int
    package var sort: TraceSort
    /// A quality drill-down's score of each row (its lowest of the metric; nil for labels only);
    /// empty for other lists.
    package var scores: [Double?]

    package init(
        rows: [TraceSummary] = [], title: String = "", matched: Int = 0, sort: TraceSort = .time,
        scores: [Double?] = []
    ) {
        self.rows = rows
        self.title = title
        self.matched = matched
        self.sort = sort
        self.scores = scores
    }

    package static let empty = TraceListResult()

    /// Whether the row limit cut the list.
    package var isTruncated: Bool { matched > rows.count }
}
