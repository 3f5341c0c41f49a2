import OpsEngine

/// Everything the dashboard renders in one frame.
package struct DashboardInput: Sendable {
    package var snapshot: MetricsSnapshot
    package var sources: [SourceLine]
    package var mode: ClockMode
    /// The focused panel; nil when none is (for example in `snapshot` output).
    package var focus: PanelID?
    /// The selected row in each panel.
    package var selection: [PanelID: Int]
    /// Alert ids whose row flashes this frame (newly firing).
    package var flashingAlerts: Set<String>
    /// The recent traces the traces panel lists, newest first, already sorted as the user asked.
    package var recentTraces: [TraceSummary]
    /// The trace sort in effect, shown in the traces panel's title.
    package var traceSortLabel: String

    package init(
        snapshot: MetricsSnapshot, sources: [SourceLine] = [], mode: ClockMode = .live, focus: PanelID? = .cost,
        selection: [PanelID: Int] = [:], flashingAlerts: Set<String> = [], recentTraces: [TraceSummary] = [],
        traceSortLabel: String = "time"
    ) {
        self.snapshot = snapshot
        self.sources = sources
        self.mode = mode
        self.focus = focus
        self.selection = selection
        self.flashingAlerts = flashingAlerts
        self.recentTraces = recentTraces
        self.traceSortLabel = traceSortLabel
    }
}
