/// Everything a screen or a report shows, as of one moment and for one window.
public struct MetricsSnapshot: Sendable {
    public var asOfNanos: Int64
    public var window: TimeWindow
    public var firstEventNanos: Int64?
    public var lastEventNanos: Int64?
    public var spans: Int
    public var traces: Int
    public var duplicateSpans: Int
    /// Spans per second over the last minute.
    public var spansPerSecond: Double
    public var cost: CostSummary
    public var tokens: TokenUsage
    public var latency: LatencyBreakdown
    public var errors: ErrorSummary
    public var breakers: [BreakerStatus]
    public var alerts: [Alert]
    public var notable: NotableTraces
}

public struct CostSummary: Sendable {
    public struct Share: Sendable, Hashable {
        public var name: String
        public var usd: Double
        public var spans: Int
    }

    /// Spent in the snapshot's window.
    public var windowUSD: Double
    /// Spent over everything the engine has seen.
    public var totalUSD: Double
    /// Spent on the UTC day of the clock.
    public var todayUSD: Double
    /// USD per hour over the last 1 minute, 15 minutes and hour.
    public var burnPerHour1m: Double
    public var burnPerHour15m: Double
    public var burnPerHour1h: Double
    /// Today plus the last hour's rate times the hours left in the UTC day.
    public var projectedDayUSD: Double
    /// The last hour's rate over 30 days.
    public var projectedMonthUSD: Double
    public var dailyBudgetUSD: Double
    /// Models by cost in the window, most expensive first.
    public var byModel: [Share]
    /// Users by cost over everything seen, most expensive first (top 20).
    public var byUser: [Share]
    public var unpricedModels: [String]
    /// Spend per minute for the last 60 minutes, oldest first.
    public var perMinute: [Double]
    public var budgets: [BudgetEvent]
}

public struct LatencySummary: Sendable, Hashable {
    public var count: UInt64
    public var p50Ms: Double
    public var p90Ms: Double
    public var p95Ms: Double
    public var p99Ms: Double
    public var maxMs: Double
    public var meanMs: Double

    public static let empty = LatencySummary(count: 0, p50Ms: 0, p90Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0)

    public init(count: UInt64, p50Ms: Double, p90Ms: Double, p95Ms: Double, p99Ms: Double, maxMs: Double, meanMs: Double) {
        self.count = count
        self.p50Ms = p50Ms
        self.p90Ms = p90Ms
        self.p95Ms = p95Ms
        self.p99Ms = p99Ms
        self.maxMs = maxMs
        self.meanMs = meanMs
    }

    public init(_ histogram: LatencyHistogram) {
        guard histogram.count > 0 else {
            self = .empty
            return
        }
        let values = histogram.percentiles([50, 90, 95, 99])
        self.init(
            count: histogram.count, p50Ms: Double(values[0]) / 1000, p90Ms: Double(values[1]) / 1000,
            p95Ms: Double(values[2]) / 1000, p99Ms: Double(values[3]) / 1000, maxMs: Double(histogram.max) / 1000,
            meanMs: histogram.mean / 1000)
    }
}

public struct LatencyBreakdown: Sendable {
    public struct Named: Sendable, Hashable {
        public var name: String
        public var summary: LatencySummary
    }

    public var byComponent: [Component: LatencySummary]
    /// LLM latency per model, busiest first.
    public var byModel: [Named]
    /// Tool latency per tool, busiest first.
    public var byTool: [Named]
    /// p95 of queries (root spans) per minute for the last 60 minutes, oldest first; nil where none.
    public var queryP95PerMinute: [Double?]
    public var targetsMs: [Component: Double]

    public subscript(component: Component) -> LatencySummary { byComponent[component] ?? .empty }
}

public struct ErrorSummary: Sendable {
    public struct TypeCount: Sendable, Hashable {
        public var type: String
        public var category: ErrorCategory
        public var count: Int
        /// Count in the first half of the window, for a trend arrow; nil when unknown.
        public var earlierHalf: Int?
        public var laterHalf: Int?
    }

    public var spans: Int
    public var failedSpans: Int
    public var byCategory: CategoryCounts
    /// Most frequent first.
    public var byType: [TypeCount]
    /// Failed spans per minute for the last 60 minutes, oldest first.
    public var perMinute: [Int]

    /// Failed spans over all spans in the window (0 when there were none).
    public var rate: Double { spans == 0 ? 0 : Double(failedSpans) / Double(spans) }
}
