import OpsCore

/// Everything the dashboard renders in one frame.
public struct DashboardInput: Sendable {
    public var snapshot: MetricsSnapshot
    public var sources: [SourceLine]
    public var mode: ClockMode
    /// The focused panel; nil when none is (for example in `snapshot` output).
    public var focus: PanelID?
    /// The selected row in each panel.
    public var selection: [PanelID: Int]
    /// Alert ids whose row flashes this frame (newly firing).
    public var flashingAlerts: Set<String>
    /// The recent traces the traces panel lists, newest first, already sorted as the user asked.
    public var recentTraces: [TraceSummary]
    /// The trace sort in effect, shown in the traces panel's title.
    public var traceSortLabel: String

    public init(
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
