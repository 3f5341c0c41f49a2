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

    public struct Errors: Sendable, Hashable {
        public var byType: [(type: String, count: Int)] = []
        public var total: Int { byType.reduce(0) { $0 + $1.count } }

        public static func == (lhs: Errors, rhs: Errors) -> Bool {
            lhs.byType.map(\.type) == rhs.byType.map(\.type) && lhs.byType.map(\.count) == rhs.byType.map(\.count)
        }

        public func hash(into hasher: inout Hasher) {
            for entry in byType {
                hasher.combine(entry.type)
                hasher.combine(entry.count)
            }
        }
    }

    /// The Unix time in nanoseconds the figures are as of.
    public var asOfNanos: Int64
    public var window: TimeWindow
    public var cost: Cost?
    public var tokens: TokenUsage?
    public var latency: [Component: LatencySummary] = [:]
    public var latencyByModel: [LatencyBreakdown.Named] = []
    /// Calls counted by the LLM latency family (the base of the error rate).
    public var requests: Int?
    public var errors: Errors?
    /// One row per instance and target.
    public var breakers: [BreakerStatus]?
    /// Queries that failed or said something odd, first few only; the figures they would have filled stay empty.
    public var problems: [String] = []

    public init(asOfNanos: Int64, window: TimeWindow) {
        self.asOfNanos = asOfNanos
        self.window = window
    }
}
