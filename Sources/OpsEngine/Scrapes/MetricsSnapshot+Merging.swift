extension MetricsSnapshot {
    /// Metrics-source figures with a span store's for what they do not cover.
    ///
    /// Used when `opstop` watches logs and endpoints together: the figures the endpoints report
    /// come from them; traces, alerts and anything else the endpoints cannot know come from the
    /// logs (`spans`). Coverage is the union.
    package func filling(from spans: MetricsSnapshot) -> MetricsSnapshot {
        var merged = self
        let mine = coverage
        if !mine.contains(.cost) {
            merged.cost = spans.cost
        } else if !mine.contains(.today), spans.coverage.contains(.today) {
            merged.cost.todayUSD = spans.cost.todayUSD
            merged.cost.projectedDayUSD = spans.cost.projectedDayUSD
        }
        if !mine.contains(.budgets) { merged.cost.budgets = spans.cost.budgets }
        if !mine.contains(.tokens) { merged.tokens = spans.tokens }
        if !mine.contains(.latency) {
            merged.latency = spans.latency
        } else if merged.latency.queryP95PerMinute.isEmpty {
            merged.latency.queryP95PerMinute = spans.latency.queryP95PerMinute
        }
        if !mine.contains(.errors) { merged.errors = spans.errors }
        if !mine.contains(.breakers) { merged.breakers = spans.breakers }
        if !mine.contains(.cache) { merged.cache = spans.cache }
        if !mine.contains(.guardrails) { merged.guardrails = spans.guardrails }
        if !mine.contains(.quality) { merged.quality = spans.quality }
        merged.alerts = spans.alerts
        merged.spans = spans.spans
        merged.traces = spans.traces
        merged.duplicateSpans = spans.duplicateSpans
        merged.duplicateEvaluations = spans.duplicateEvaluations
        if !mine.contains(.requests) { merged.spansPerSecond = spans.spansPerSecond }
        merged.firstEventNanos = [firstEventNanos, spans.firstEventNanos].compactMap { $0 }.min()
        merged.lastEventNanos = [lastEventNanos, spans.lastEventNanos].compactMap { $0 }.max()
        merged.coverage = mine.union(spans.coverage)
        merged.redacted = redacted || spans.redacted
        return merged
    }
}
