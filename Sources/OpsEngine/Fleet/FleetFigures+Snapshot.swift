import OpsModel

extension FleetFigures {
    /// The figures as the screen and the report take them; what the server lacked is outside `coverage`.
    package func snapshot(configuration: EngineConfiguration = EngineConfiguration(), stale: StaleInfo? = nil)
        -> MetricsSnapshot
    {
        let cost = self.cost ?? Cost()
        let costSummary = CostSummary(
            windowUSD: cost.windowUSD, totalUSD: cost.totalUSD, burnPerHour1m: cost.burnPerHour1m,
            burnPerHour15m: cost.burnPerHour15m, burnPerHour1h: cost.burnPerHour1h,
            projectedMonthUSD: cost.burnPerHour1h * 24 * 30, dailyBudgetUSD: configuration.dailyBudgetUSD,
            byModel: cost.byModel, perMinute: history.costPerMinute, budgets: budgets ?? [])
        var categories = CategoryCounts()
        for entry in errors ?? [] { categories[entry.category] += entry.count }
        let failed = failedCalls
        let calls = requests ?? 0
        let latency = LatencyBreakdown(
            byComponent: self.latency, byModel: latencyByModel, queryP95PerMinute: history.queryP95PerMinute,
            targetsMs: configuration.latencyTargetsMs)
        let seconds = window.nanos.map { Double($0) / 1e9 }
        var notice: String?
        if coverage.isEmpty {
            notice = "none of opstop's metric families is on this server"
        } else if let problem = problems.first {
            notice = "\(problems.count) quer\(problems.count == 1 ? "y" : "ies") failed: \(problem)"
        }
        return MetricsSnapshot(
            asOfNanos: asOfNanos, window: window, lastEventNanos: asOfNanos, spans: calls,
            spansPerSecond: seconds.map { Double(calls) / $0 } ?? .nan, cost: costSummary,
            tokens: tokens ?? TokenUsage(),
            latency: latency,
            errors: ErrorSummary(
                spans: Swift.max(calls, failed), failedSpans: failed, byCategory: categories, byType: errors ?? [],
                perMinute: history.failedPerMinute),
            breakers: breakers ?? [], coverage: coverage, stale: stale, notice: notice)
    }
}
