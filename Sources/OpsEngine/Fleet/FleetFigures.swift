import OpsModel

/// What one fleet refresh learned, before it becomes a ``MetricsSnapshot``; nil parts were not on the server.
package struct FleetFigures: Sendable {
    package struct Cost: Sendable, Hashable {
        package var windowUSD: Double = 0
        package var totalUSD: Double = 0
        package var byModel: [CostSummary.Share] = []
        package var burnPerHour1m: Double = 0
        package var burnPerHour15m: Double = 0
        package var burnPerHour1h: Double = 0
    }

    /// The Unix time in nanoseconds the figures are as of.
    package var asOfNanos: Int64
    package var window: TimeWindow
    /// Which figures the server could give (from the families it has).
    package var coverage: SnapshotCoverage = []
    package var cost: Cost?
    package var tokens: TokenUsage?
    package var latency: [Component: LatencySummary] = [:]
    package var latencyByModel: [LatencyBreakdown.Named] = []
    /// Calls in the window: a requests counter, else the observations of the LLM (or first) latency family.
    package var requests: Int?
    /// Failures by type, most frequent first.
    package var errors: [ErrorSummary.TypeCount]?
    /// One row per instance and target.
    package var breakers: [BreakerStatus]?
    package var budgets: [BudgetEvent]?
    /// The last hour per minute, for the sparklines; empty until a range query answered.
    package var history = FleetHistory()
    /// Queries that failed or said something odd, first few only; the figures they would have filled stay empty.
    package var problems: [String] = []

    package init(asOfNanos: Int64, window: TimeWindow) {
        self.asOfNanos = asOfNanos
        self.window = window
    }

    package var failedCalls: Int { errors?.reduce(0) { $0 + $1.count } ?? 0 }
}

extension FleetFigures {
    /// Breakers in the same state as in `previous` keep its `since`: "for" counts from when opstop first saw the state.
    package mutating func keepBreakerSince(from previous: FleetFigures?) {
        guard let earlier = previous?.breakers, var breakers else { return }
        let since = Dictionary(
            earlier.map { ($0.target, ($0.state, $0.since)) }, uniquingKeysWith: { first, _ in first })
        for index in breakers.indices {
            if let (state, start) = since[breakers[index].target], state == breakers[index].state {
                breakers[index].since = Swift.min(start, breakers[index].since)
            }
        }
        self.breakers = breakers
    }
}
