/// The reducer clamps selections and drills down through the dashboard's rows.
extension DashboardModel: PanelRows {}
