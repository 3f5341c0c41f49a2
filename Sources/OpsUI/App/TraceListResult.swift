import OpsCore

/// The rows of a trace list and what the title says about them.
public struct TraceListResult: Sendable, Hashable {
    public var rows: [TraceSummary]
    /// What the list is: `failures of lookup_order around transitions at 12:04:05, 12:04:35`.
    public var title: String
    /// Traces that matched, before the row limit.
    public var matched: Int
    public var sort: TraceSort

    public init(rows: [TraceSummary] = [], title: String = "", matched: Int = 0, sort: TraceSort = .time) {
        self.rows = rows
        self.title = title
        self.matched = matched
        self.sort = sort
    }

    public static let empty = TraceListResult()

    /// Whether the row limit cut the list.
    public var isTruncated: Bool { matched > rows.count }
}
