import OpsModel

/// Everything the engine can be told by a config file; the defaults are what the README documents.
package struct EngineConfiguration: Sendable {
    /// Daily budget in USD for the `budget_daily` and `budget_projected` alerts.
    package var dailyBudgetUSD: Double = 100
    /// Fraction of the daily budget at which `budget_daily` fires as a warning.
    package var budgetWarnFraction: Double = 0.8
    /// p95 targets (SLA) per component in milliseconds; the `latency_p95` alert watches `query`.
    package var latencyTargetsMs: [Component: Double] = [.query: 3000, .llm: 2000, .tool: 1000, .retrieval: 500]
    /// The window over which alert rules on rates and latencies look.
    package var alertWindowNanos: Int64 = 5 * 60 * 1_000_000_000
    /// `error_rate` fires above this fraction of failed spans…
    package var errorRateThreshold: Double = 0.05
    /// …when the window holds at least this many spans.
    package var errorRateMinimumSpans: Int = 20
    /// How long a rate or latency condition must hold before its alert fires.
    package var alertForNanos: Int64 = 60 * 1_000_000_000
    /// Whether an open breaker raises a `breaker_open` alert.
    package var alertOnOpenBreaker = true
    /// `[quality]`: the score each evaluation metric should stay at or above (`faithfulness = 0.90`).
    package var qualityThresholds: [String: Double] = [:]
    /// `cache_hit_rate` fires when the hit rate in the alert window falls below this fraction of its
    /// level over the rest of the last hour…
    package var cacheHitRateDropFraction: Double = 0.5
    /// …with at least this many lookups in the window and in the rest of the hour.
    package var cacheHitRateMinimumLookups: Int = 50
    /// `guardrail_block_rate` fires when the block rate in the alert window exceeds both this multiple of
    /// the rest of the last hour's rate…
    package var guardrailBlockRateFactor: Double = 3
    /// …and that rate plus this many percentage points (as a fraction)…
    package var guardrailBlockRateMinimumIncrease: Double = 0.10
    /// …with at least this many checks in the window.
    package var guardrailBlockRateMinimumChecks: Int = 20
    /// `quality_below_threshold` needs at least this many scores of the metric in the alert window.
    package var qualityMinimumScores: Int = 5
    package var breakerInference = BreakerInferenceSettings()
    package var prices = PriceTable.builtIn
    package var errorClassifier = ErrorClassifier()
    /// How many recent traces the trace store keeps.
    package var maxTraces = 50_000
    /// Whether the trace store keeps whole spans for the trace views. Without them (`opstop report`)
    /// it keeps only what duplicate detection and roll-ups need: figures are the same, but trace
    /// records have no entries.
    package var keepSpans = true
    /// How many bytes of prompts and completions the trace store keeps before dropping the oldest.
    package var maxContentBytes = 24 << 20
    /// How many distinct models, tools and error types get their own series; the rest are summed as "(other)".
    package var maxSeries = 256
    /// How many distinct users get their own cost total; the rest are summed as "(other)".
    package var maxUsers = 10_000
    /// How metric families map to panels: config mappings first, then ``MetricCatalog/builtIn``.
    package var metricMappings = MetricCatalog.builtIn

    /// Set by `--redact` or `[privacy] redact = true`: every span is masked as it enters the store.
    package var redactor: Redactor?

    package init() {}
}
