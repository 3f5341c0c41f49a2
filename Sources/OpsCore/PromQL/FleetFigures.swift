/// What one fleet refresh learned, before it becomes a ``MetricsSnapshot``; nil parts were not on the server.
public struct FleetFigures: Sendable {
    public struct Cost: Sendable, Hashable {
        public var windowUSD: Double = 0
        public var totalUSD: Double = 0
        public var byModel: [CostSummary.Share] = []
        public var burnPerHour1m: Double = 0
        public var burnPerHour15m: Double = 0
        public var burnPerHour1h: Double = 0
    }

    /// The Unix time in nanoseconds the figures are as of.
    public var asOfNanos: Int64
    public var window: TimeWindow
    /// Which figures the server could give (from the families it has).
    public var coverage: SnapshotCoverage = []
    public var cost: Cost?
    public var tokens: TokenUsage?
    public var latency: [Component: LatencySummary] = [:]
    public var latencyByModel: [LatencyBreakdown.Named] = []
    /// Calls in the window: a requests counter, else the observations of the LLM (or first) latency family.
    public var requests: Int?
    /// Failures by type, most frequent first.
    public var errors: [ErrorSummary.TypeCount]?
    /// One row per instance and target.
    public var breakers: [BreakerStatus]?
    public var budgets: [BudgetEvent]?
    /// The last hour per minute, for the sparklines; empty until a range query answered.
    public var history = FleetHistory()
    /// Queries that failed or said something odd, first few only; the figures they would have filled stay empty.
    public var problems: [String] = []

    public init(asOfNanos: Int64, window: TimeWindow) {
        self.asOfNanos = asOfNanos
        self.window = window
    }

    public var failedCalls: Int { errors?.reduce(0) { $0 + $1.count } ?? 0 }
}

extension FleetFigures {
    /// Breakers in the same state as in `previous` keep its `since`: "for" counts from when opstop first saw the state.
    public mutating func keepBreakerSince(from previous: FleetFigures?) {
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
