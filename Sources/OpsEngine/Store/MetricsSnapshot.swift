import OpsModel

/// Everything a screen or a report shows, as of one moment and for one window.
package struct MetricsSnapshot: Sendable {
    package var asOfNanos: Int64
    package var window: TimeWindow
    package var firstEventNanos: Int64?
    package var lastEventNanos: Int64?
    package var spans: Int
    package var traces: Int
    package var duplicateSpans: Int
    /// Evaluations read again, counted once (see ``MetricsStore/duplicateEvaluations``).
    package var duplicateEvaluations = 0
    /// Spans per second over the last minute.
    package var spansPerSecond: Double
    package var cost: CostSummary
    package var tokens: TokenUsage
    package var latency: LatencyBreakdown
    package var errors: ErrorSummary
    package var breakers: [BreakerStatus]
    package var alerts: [Alert]
    /// Semantic-cache lookups and provider prompt caching.
    package var cache = CacheSummary()
    /// Guardrail checks and the application's own rate limiter.
    package var guardrails = GuardrailSummary()
    /// Evaluation scores per metric.
    package var quality = QualitySummary()
    /// Which figures the source can know; the span store knows them all.
    package var coverage: SnapshotCoverage = .all
    /// Set when a source's last attempt failed and these are its last good figures.
    package var stale: StaleInfo?
    /// A word about the figures as a whole, e.g. "waiting for a second scrape"; nil when none.
    package var notice: String?
    /// Set when the figures come from spans masked by `--redact` (the header says REDACTED).
    package var redacted = false

    package init(
        asOfNanos: Int64, window: TimeWindow, firstEventNanos: Int64? = nil, lastEventNanos: Int64? = nil,
        spans: Int = 0, traces: Int = 0, duplicateSpans: Int = 0, spansPerSecond: Double = 0,
        cost: CostSummary = CostSummary(), tokens: TokenUsage = TokenUsage(), latency: LatencyBreakdown = LatencyBreakdown(),
        errors: ErrorSummary = ErrorSummary(), breakers: [BreakerStatus] = [], alerts: [Alert] = [],
        coverage: SnapshotCoverage = .all, stale: StaleInfo? = nil,
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
        self.coverage = coverage
        self.stale = stale
        self.notice = notice
    }
}

package struct CostSummary: Sendable {
    package struct Share: Sendable, Hashable {
        package var name: String
        package var usd: Double
        package var spans: Int

        package init(name: String, usd: Double, spans: Int) {
            self.name = name
            self.usd = usd
            self.spans = spans
        }
    }

    /// Spent in the snapshot's window.
    package var windowUSD: Double
    /// Spent over everything the engine has seen.
    package var totalUSD: Double
    /// Spent on the UTC day of the clock.
    package var todayUSD: Double
    /// USD per hour over the last 1 minute, 15 minutes and hour.
    package var burnPerHour1m: Double
    package var burnPerHour15m: Double
    package var burnPerHour1h: Double
    /// Today plus the last hour's rate times the hours left in the UTC day.
    package var projectedDayUSD: Double
    /// The last hour's rate over 30 days.
    package var projectedMonthUSD: Double
    package var dailyBudgetUSD: Double
    /// Models by cost in the window, most expensive first.
    package var byModel: [Share]
    /// Users by cost over everything seen, most expensive first (top 20).
    package var byUser: [Share]
    package var unpricedModels: [String]
    /// The part of ``totalUSD`` opstop priced from its table; the rest is the producers' stated cost.
    package var tablePricedUSD: Double
    /// Spend per minute for the last 60 minutes, oldest first.
    package var perMinute: [Double]
    package var budgets: [BudgetEvent]

    package init(
        windowUSD: Double = 0, totalUSD: Double = 0, todayUSD: Double = 0, burnPerHour1m: Double = 0,
        burnPerHour15m: Double = 0, burnPerHour1h: Double = 0, projectedDayUSD: Double = 0,
        projectedMonthUSD: Double = 0, dailyBudgetUSD: Double = 0, byModel: [Share] = [], byUser: [Share] = [],
        unpricedModels: [String] = [], tablePricedUSD: Double = 0, perMinute: [Double] = [],
        budgets: [BudgetEvent] = []
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
        self.tablePricedUSD = tablePricedUSD
        self.perMinute = perMinute
        self.budgets = budgets
    }
}

package struct LatencySummary: Sendable, Hashable {
    package var count: UInt64
    package var p50Ms: Double
    package var p90Ms: Double
    package var p95Ms: Double
    package var p99Ms: Double
    package var maxMs: Double
    package var meanMs: Double

    package static let empty = LatencySummary(count: 0, p50Ms: 0, p90Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0)

    package init(count: UInt64, p50Ms: Double, p90Ms: Double, p95Ms: Double, p99Ms: Double, maxMs: Double, meanMs: Double) {
        self.count = count
        self.p50Ms = p50Ms
        self.p90Ms = p90Ms
        self.p95Ms = p95Ms
        self.p99Ms = p99Ms
        self.maxMs = maxMs
        self.meanMs = meanMs
    }

    package init(_ histogram: LatencyHistogram) {
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

package struct LatencyBreakdown: Sendable {
    package struct Named: Sendable, Hashable {
        package var name: String
        package var summary: LatencySummary

        package init(name: String, summary: LatencySummary) {
            self.name = name
            self.summary = summary
        }
    }

    package var byComponent: [Component: LatencySummary]
    /// LLM latency per model, busiest first.
    package var byModel: [Named]
    /// Tool latency per tool, busiest first.
    package var byTool: [Named]
    /// p95 of queries (root spans) per minute for the last 60 minutes, oldest first; nil where none.
    package var queryP95PerMinute: [Double?]
    package var targetsMs: [Component: Double]
    /// Traces behind the figures (metrics sources with exemplars); empty for spans.
    package var exemplars: [LatencyExemplars] = []

    package init(
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
    package func exemplars(kind: LatencyExemplars.Kind, name: String) -> LatencyExemplars? {
        exemplars.first { $0.kind == kind && $0.name == name }
    }

    package subscript(component: Component) -> LatencySummary { byComponent[component] ?? .empty }
}

package struct ErrorSummary: Sendable {
    package struct TypeCount: Sendable, Hashable {
        package var type: String
        package var category: ErrorCategory
        package var count: Int
        /// Count in the first half of the window, for a trend arrow; nil when unknown.
        package var earlierHalf: Int?
        package var laterHalf: Int?

        package init(type: String, category: ErrorCategory, count: Int, earlierHalf: Int? = nil, laterHalf: Int? = nil) {
            self.type = type
            self.category = category
            self.count = count
            self.earlierHalf = earlierHalf
            self.laterHalf = laterHalf
        }
    }

    package var spans: Int
    package var failedSpans: Int
    package var byCategory: CategoryCounts
    /// Most frequent first.
    package var byType: [TypeCount]
    /// Failed spans per minute for the last 60 minutes, oldest first.
    package var perMinute: [Int]

    package init(
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
    package var rate: Double { spans == 0 ? 0 : Double(failedSpans) / Double(spans) }
}
