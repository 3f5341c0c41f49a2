/// Everything the engine can be told by a config file; the defaults are what the README documents.
public struct EngineConfiguration: Sendable {
    /// Daily budget in USD for the `budget_daily` and `budget_projected` alerts.
    public var dailyBudgetUSD: Double = 100
    /// Fraction of the daily budget at which `budget_daily` fires as a warning.
    public var budgetWarnFraction: Double = 0.8
    /// p95 targets (SLA) per component in milliseconds; the `latency_p95` alert watches `query`.
    public var latencyTargetsMs: [Component: Double] = [.query: 3000, .llm: 2000, .tool: 1000, .retrieval: 500]
    /// The window over which alert rules on rates and latencies look.
    public var alertWindowNanos: Int64 = 5 * 60 * 1_000_000_000
    /// `error_rate` fires above this fraction of failed spans…
    public var errorRateThreshold: Double = 0.05
    /// …when the window holds at least this many spans.
    public var errorRateMinimumSpans: Int = 20
    /// How long a rate or latency condition must hold before its alert fires.
    public var alertForNanos: Int64 = 60 * 1_000_000_000
    /// Whether an open breaker raises a `breaker_open` alert.
    public var alertOnOpenBreaker = true
    public var breakerInference = BreakerInferenceSettings()
    public var prices = PriceTable.builtIn
    public var errorClassifier = ErrorClassifier()
    /// How many recent traces the trace store keeps.
    public var maxTraces = 50_000
    /// Whether the trace store keeps whole spans for the trace views. Without them (`opstop report`)
    /// it keeps only what duplicate detection and roll-ups need: figures are the same, but trace
    /// records have no entries and windows have no notable traces.
    public var keepSpans = true
    /// How many bytes of prompts and completions the trace store keeps before dropping the oldest.
    public var maxContentBytes = 24 << 20
    /// How many distinct models, tools and error types get their own series; the rest are summed as "(other)".
    public var maxSeries = 256
    /// How many distinct users get their own cost total; the rest are summed as "(other)".
    public var maxUsers = 10_000
    /// How metric families map to panels: config mappings first, then ``MetricCatalog/builtIn``.
    public var metricMappings = MetricCatalog.builtIn

    public init() {}
}
