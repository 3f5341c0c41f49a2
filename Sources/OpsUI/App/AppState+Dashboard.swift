import OpsEngine

extension AppState {
    /// The dashboard's input for this state: its focus, selections and trace sort, around the frame's data.
    package func dashboardInput(
        snapshot: MetricsSnapshot, sources: [SourceLine] = [], mode: ClockMode = .live,
        flashingAlerts: Set<String> = [], recentTraces: [TraceSummary] = []
    ) -> DashboardInput {
        DashboardInput(
            snapshot: snapshot, sources: sources, mode: mode, focus: focus, selection: panelSelection,
            flashingAlerts: flashingAlerts, recentTraces: recentTraces, traceSortLabel: dashboardSort.label)
    }
}
