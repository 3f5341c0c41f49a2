import OpsModel

/// What one span adds to a ``MetricsBucket``, worked out once (series numbers, the latency sample)
/// and added to its second, its minute and the all-time bucket.
struct SpanFigures: Sendable {
    var costUSD: Double
    var usage: TokenUsage
    var model: SeriesRegistry.ID?
    var tool: SeriesRegistry.ID?
    var errorType: SeriesRegistry.ID?
    /// Set when the span failed and the failure is not a guardrail's refusal.
    var category: ErrorCategory?
    var isRoot: Bool
    var isError: Bool
    var component: Component
    var latency: LatencyHistogram.Sample
    var providerCacheSavedUSD: Double
    var signal: SpanSignal?

    func add(to bucket: inout MetricsBucket) {
        bucket.costUSD += costUSD
        bucket.tokens += usage
        bucket.spans += 1
        if let model {
            if costUSD != 0 { bucket.costByModel[model] += costUSD }
            bucket.spansByModel[model] += 1
        }
        if isRoot {
            bucket.roots += 1
            if isError { bucket.failedRoots += 1 }
        }
        if let category {
            bucket.failedSpans += 1
            bucket.errorsByCategory[category] += 1
            if let errorType { bucket.errorsByType[errorType] += 1 }
        }
        if isRoot {
            bucket.latency.query.record(latency)
            if component != .query && component != .other { bucket.latency.record(component, latency) }
        } else {
            bucket.latency.record(component == .query ? .other : component, latency)
        }
        if component == .llm {
            if let model { bucket.latencyByModel[model].record(latency) }
        } else if let tool {
            bucket.latencyByTool[tool].record(latency)
        }
        bucket.providerCacheSavedUSD += providerCacheSavedUSD
        if let signal { signal.add(to: &bucket.signals, latency: latency) }
    }

    /// ``add(to:)`` to a span's minute, and to all time only the floating-point sums, whose totals depend on
    /// the order they are added in: all time takes the minute's other figures in one merge
    /// (``MetricsBucket/mergeCounts(_:)``) when the minute's slot is reused or all time is read. The same
    /// figures, sums added in the same order, as adding the span to both (a test holds it to that).
    func add(to minute: inout MetricsBucket, sumsTo allTime: inout MetricsBucket) {
        add(to: &minute)
        allTime.costUSD += costUSD
        if let model, costUSD != 0 { allTime.costByModel[model] += costUSD }
        allTime.providerCacheSavedUSD += providerCacheSavedUSD
        if let signal { signal.addSums(to: &allTime.signals) }
    }
}
