/// What the reducer needs from the dashboard: how many rows each panel shows and what a row opens.
///
/// `DashboardModel` conforms; tests use a small stub.
package protocol PanelRows {
    func rowCount(_ panel: PanelID) -> Int
    func drillTarget(_ panel: PanelID, row: Int) -> DrillTarget?
}

/// A dashboard with no rows, for screens that have none yet.
package struct EmptyPanelRows: PanelRows, Sendable {
    package init() {}
    package func rowCount(_ panel: PanelID) -> Int { 0 }
    package func drillTarget(_ panel: PanelID, row: Int) -> DrillTarget? { nil }
}
