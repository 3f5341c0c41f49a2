/// What the reducer needs from the dashboard: how many rows each panel shows, what a row opens,
/// and which panels have something to show.
///
/// `DashboardModel` conforms; tests use a small stub.
package protocol PanelRows {
    func rowCount(_ panel: PanelID) -> Int
    func drillTarget(_ panel: PanelID, row: Int) -> DrillTarget?
    /// Whether the panel has its place on the dashboard (an optional panel only with data).
    func hasData(_ panel: PanelID) -> Bool
}

extension PanelRows {
    package func hasData(_ panel: PanelID) -> Bool { !panel.isOptional || rowCount(panel) > 0 }
}

/// A dashboard with no rows, for screens that have none yet.
package struct EmptyPanelRows: PanelRows, Sendable {
    package init() {}
    package func rowCount(_ panel: PanelID) -> Int { 0 }
    package func drillTarget(_ panel: PanelID, row: Int) -> DrillTarget? { nil }
}
