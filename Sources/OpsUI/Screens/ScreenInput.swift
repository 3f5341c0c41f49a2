import OpsCore

/// The data behind the non-dashboard screens for one frame (the dashboard draws itself).
public struct ScreenInput: Sendable {
    public var mode: ClockMode
    /// The rows of the trace list on top of the stack.
    public var list: TraceListResult
    /// The trace of the trace or span screen, when the store still has it.
    public var trace: TraceRecord?
    /// The status bar's right end when there is no message (the event clock, say).
    public var clock: String

    public init(mode: ClockMode = .live, list: TraceListResult = .empty, trace: TraceRecord? = nil, clock: String = "") {
        self.mode = mode
        self.list = list
        self.trace = trace
        self.clock = clock
    }

    public var isReplaying: Bool {
        if case .replay = mode { return true }
        return false
    }
}
