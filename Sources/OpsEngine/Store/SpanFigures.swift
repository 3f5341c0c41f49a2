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

    /// ``add(to:)`` to two buckets at once (a span's minute and all time): each of the span's conditions
    /// is decided once and its figures read once, for the two buckets. The same sums, in the same order
    /// for each bucket, as adding to each in turn (a test holds it to that).
    func add(to first: inout MetricsBucket, and second: inout MetricsBucket) {
        first.costUSD += costUSD
        second.costUSD += costUSD
        first.tokens += usage
        second.tokens += usage
        first.spans += 1
        second.spans += 1
        if let model {
            if costUSD != 0 {
                first.costByModel[model] += costUSD
                second.costByModel[model] += costUSD
            }
            first.spansByModel[model] += 1
            second.spansByModel[model] += 1
        }
        if isRoot {
            first.roots += 1
            second.roots += 1
            if isError {
                first.failedRoots += 1
                second.failedRoots += 1
            }
        }
        if let category {
            first.failedSpans += 1
            second.failedSpans += 1
            first.errorsByCategory[category] += 1
            second.errorsByCategory[category] += 1
            if let errorType {
                first.errorsByType[errorType] += 1
                second.errorsByType[errorType] += 1
            }
        }
        if isRoot {
            first.latency.query.record(latency)
            second.latency.query.record(latency)
            if component != .query && component != .other {
                first.latency.record(component, latency)
                second.latency.record(component, latency)
            }
        } else {
            let histogram = component == .query ? Component.other : component
            first.latency.record(histogram, latency)
            second.latency.record(histogram, latency)
        }
        if component == .llm {
            if let model {
                first.latencyByModel[model].record(latency)
                second.latencyByModel[model].record(latency)
            }
        } else if let tool {
            first.latencyByTool[tool].record(latency)
            second.latencyByTool[tool].record(latency)
        }
        first.providerCacheSavedUSD += providerCacheSavedUSD
        second.providerCacheSavedUSD += providerCacheSavedUSD
        if let signal { signal.add(to: &first.signals, and: &second.signals, latency: latency) }
    }
}
