import OpsEngine

/// What the reducer may read besides the state: the rows behind the current screen.
///
/// The runtime builds it each frame from the same data it renders, so clamping and drilling
/// agree with what is on screen.
package struct ReduceContext {
    /// The dashboard's rows and drill targets.
    package var panels: any PanelRows
    /// Whether a recorded log is replaying (replay keys do nothing otherwise).
    package var isReplaying: Bool
    /// The rows of the trace list on top of the stack (empty elsewhere).
    package var list: TraceListResult
    /// The trace the trace or span screen shows, when the store still has it.
    package var trace: TraceRecord?
    package var themeCount: Int
    /// How many ticks a status message stays.
    package var messageLifetimeTicks: Int
    /// Ring the bell once for each alert that starts firing (`--bell`).
    package var ringsBellOnNewAlert: Bool

    package init(
        panels: any PanelRows = EmptyPanelRows(), isReplaying: Bool = false, list: TraceListResult = .empty,
        trace: TraceRecord? = nil, themeCount: Int = Theme.builtIn.count, messageLifetimeTicks: Int = 20,
        ringsBellOnNewAlert: Bool = false
    ) {
        self.panels = panels
        self.isReplaying = isReplaying
        self.list = list
        self.trace = trace
        self.themeCount = themeCount
        self.messageLifetimeTicks = messageLifetimeTicks
        self.ringsBellOnNewAlert = ringsBellOnNewAlert
    }
}
