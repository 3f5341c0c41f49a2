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
    /// Which figures the source can know; the span store knows them all.
    public var coverage: SnapshotCoverage = .all
    /// Set when a source's last attempt failed and these are its last good figures.
    public var stale: StaleInfo?
    /// A word about the figures as a whole, e.g. "waiting for a second scrape"; nil when none.
    public var notice: String?

    public init(
        asOfNanos: Int64, window: TimeWindow, firstEventNanos: Int64? = nil, lastEventNanos: Int64? = nil,
        spans: Int = 0, traces: Int = 0, duplicateSpans: Int = 0, spansPerSecond: Double = 0,
        cost: CostSummary = CostSummary(), tokens: TokenUsage = TokenUsage(), latency: LatencyBreakdown = LatencyBreakdown(),
        errors: ErrorSummary = ErrorSummary(), breakers: [BreakerStatus] = [], alerts: [Alert] = [],
        notable: NotableTraces = NotableTraces(limit: 0, failedLimit: 0), coverage: SnapshotCoverage = .all, stale: StaleInfo? = nil,
        notice: String? = nil
    ) {
        self.asOfNanos = asOfNanos
        self.window = window
        self.firstEventNanos = firstEventNanos
        self.lastEventNanos = lastEventNanos
        self.spans = spans
        self.traces = traces
        self.duplicateSpans = duplicateSpans
        self.spansPerSecond = spansPerSecond
        self.cost = cost
        self.tokens = tokens
        self.latency = latency
        self.errors = errors
        self.breakers = breakers
        self.alerts = alerts
        self.notable = notable
        self.coverage = coverage
        self.stale = stale
        self.notice = notice
    }
}

public struct CostSummary: Sendable {
    public struct Share: Sendable, Hashable {
        public var name: String
        public var usd: Double
        public var spans: Int

        public init(name: String, usd: Double, spans: Int) {
            self.name = name
            self.usd = usd
            self.spans = spans
        }
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

    public init(
        windowUSD: Double = 0, totalUSD: Double = 0, todayUSD: Double = 0, burnPerHour1m: Double = 0,
        burnPerHour15m: Double = 0, burnPerHour1h: Double = 0, projectedDayUSD: Double = 0,
        projectedMonthUSD: Double = 0, dailyBudgetUSD: Double = 0, byModel: [Share] = [], byUser: [Share] = [],
        unpricedModels: [String] = [], perMinute: [Double] = [], budgets: [BudgetEvent] = []
    ) {
        self.windowUSD = windowUSD
        self.totalUSD = totalUSD
        self.todayUSD = todayUSD
        self.burnPerHour1m = burnPerHour1m
        self.burnPerHour15m = burnPerHour15m
        self.burnPerHour1h = burnPerHour1h
        self.projectedDayUSD = projectedDayUSD
        self.projectedMonthUSD = projectedMonthUSD
        self.dailyBudgetUSD = dailyBudgetUSD
        self.byModel = byModel
        self.byUser = byUser
        self.unpricedModels = unpricedModels
        self.perMinute = perMinute
        self.budgets = budgets
    }
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

        public init(name: String, summary: LatencySummary) {
            self.name = name
            self.summary = summary
        }
    }

    public var byComponent: [Component: LatencySummary]
    /// LLM latency per model, busiest first.
    public var byModel: [Named]
    /// Tool latency per tool, busiest first.
    public var byTool: [Named]
    /// p95 of queries (root spans) per minute for the last 60 minutes, oldest first; nil where none.
    public var queryP95PerMinute: [Double?]
    public var targetsMs: [Component: Double]
    /// Traces behind the figures (metrics sources with exemplars); empty for spans.
    public var exemplars: [LatencyExemplars] = []

    public init(
        byComponent: [Component: LatencySummary] = [:], byModel: [Named] = [], byTool: [Named] = [],
        queryP95PerMinute: [Double?] = [], targetsMs: [Component: Double] = [:], exemplars: [LatencyExemplars] = []
    ) {
        self.byComponent = byComponent
        self.byModel = byModel
        self.byTool = byTool
        self.queryP95PerMinute = queryP95PerMinute
        self.targetsMs = targetsMs
        self.exemplars = exemplars
    }

    /// The exemplars of a latency row, if the source has any.
    public func exemplars(kind: LatencyExemplars.Kind, name: String) -> LatencyExemplars? {
        exemplars.first { $0.kind == kind && $0.name == name }
    }

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

        public init(type: String, category: ErrorCategory, count: Int, earlierHalf: Int? = nil, laterHalf: Int? = nil) {
            self.type = type
            self.category = category
            self.count = count
            self.earlierHalf = earlierHalf
            self.laterHalf = laterHalf
        }
    }

    public var spans: Int
    public var failedSpans: Int
    public var byCategory: CategoryCounts
    /// Most frequent first.
    public var byType: [TypeCount]
    /// Failed spans per minute for the last 60 minutes, oldest first.
    public var perMinute: [Int]

    public init(
        spans: Int = 0, failedSpans: Int = 0, byCategory: CategoryCounts = CategoryCounts(), byType: [TypeCount] = [],
        perMinute: [Int] = []
    ) {
        self.spans = spans
        self.failedSpans = failedSpans
        self.byCategory = byCategory
        self.byType = byType
        self.perMinute = perMinute
    }

    /// Failed spans over all spans in the window (0 when there were none).
    public var rate: Double { spans == 0 ? 0 : Double(failedSpans) / Double(spans) }
}
