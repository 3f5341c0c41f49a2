import OpsEngine

/// The data behind the non-dashboard screens for one frame (the dashboard draws itself).
package struct ScreenInput: Sendable {
    package var mode: ClockMode
    /// The rows of the trace list on top of the stack.
    package var list: TraceListResult
    /// The trace of the trace or span screen, when the store still has it.
    package var trace: TraceRecord?
    /// The status bar's right end when there is no message (the event clock, say).
    package var clock: String
    /// Under `--redact`: the status bar of the screens without the header says REDACTED.
    package var redacted: Bool

    package init(
        mode: ClockMode = .live, list: TraceListResult = .empty, trace: TraceRecord? = nil, clock: String = "",
        redacted: Bool = false
    ) {
        self.mode = mode
        self.list = list
        self.trace = trace
        self.clock = clock
        self.redacted = redacted
    }

    package var isReplaying: Bool {
        if case .replay = mode { return true }
        return false
    }
}
