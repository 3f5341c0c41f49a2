import OpsCore

/// What the fleet screen is looking at: a window, and optionally one model or instance.
public struct FleetView: Sendable, Hashable {
    public var window: TimeWindow
    /// Equality matchers added to `--match` for a drill-down (`model="gpt-4o"`, `instance="10.0.0.7:8000"`).
    public var narrowing: [LabelMatcher]

    public init(window: TimeWindow = .fiveMinutes, narrowing: [LabelMatcher] = []) {
        self.window = window
        self.narrowing = narrowing
    }
}
