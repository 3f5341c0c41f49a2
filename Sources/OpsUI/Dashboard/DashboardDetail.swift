/// How much the dashboard shows, from the terminal size.
enum DashboardDetail: Int, Sendable, Hashable, Comparable {
    /// 80×24 up to the full layout: every panel, fewer rows and columns.
    case compact
    /// 120×40 and up.
    case full
    /// 200×60 and up: per-model rows, longer sparklines, more traces.
    case extended

    static func < (lhs: DashboardDetail, rhs: DashboardDetail) -> Bool { lhs.rawValue < rhs.rawValue }
}
