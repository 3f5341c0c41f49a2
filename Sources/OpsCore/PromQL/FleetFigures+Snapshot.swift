extension FleetFigures {
    /// The figures as the screen and the report take them; parts the server did not have are zero (see `covered`).
    public func snapshot(configuration: EngineConfiguration = EngineConfiguration()) -> MetricsSnapshot {
        let cost = self.cost ?? Cost()
        let costSummary = CostSummary(
            windowUSD: cost.windowUSD, totalUSD: cost.totalUSD, todayUSD: 0, burnPerHour1m: cost.burnPerHour1m,
            burnPerHour15m: cost.burnPerHour15m, burnPerHour1h: cost.burnPerHour1h,
            projectedDayUSD: 0, projectedMonthUSD: cost.burnPerHour1h * 24 * 30,
            dailyBudgetUSD: configuration.dailyBudgetUSD, byModel: cost.byModel, byUser: [], unpricedModels: [],
            perMinute: [], budgets: [])
        var categories = CategoryCounts()
        var types: [ErrorSummary.TypeCount] = []
        for entry in errors?.byType ?? [] {
            let category = configuration.errorClassifier.category(ofType: entry.type)
            categories[category] += entry.count
            types.append(.init(type: entry.type, category: category, count: entry.count, earlierHalf: nil, laterHalf: nil))
        }
        let failed = errors?.total ?? 0
        let latency = LatencyBreakdown(
            byComponent: self.latency, byModel: latencyByModel, byTool: [], queryP95PerMinute: [],
            targetsMs: configuration.latencyTargetsMs)
        return MetricsSnapshot(
            asOfNanos: asOfNanos, window: window, firstEventNanos: nil, lastEventNanos: asOfNanos,
            spans: Swift.max(requests ?? 0, failed), traces: 0, duplicateSpans: 0, spansPerSecond: 0, cost: costSummary,
            tokens: tokens ?? TokenUsage(), latency: latency,
            errors: ErrorSummary(
                spans: Swift.max(requests ?? 0, failed), failedSpans: failed, byCategory: categories, byType: types,
                perMinute: []),
            breakers: breakers ?? [], alerts: [], notable: NotableTraces(limit: 0, failedLimit: 0))
    }
}
