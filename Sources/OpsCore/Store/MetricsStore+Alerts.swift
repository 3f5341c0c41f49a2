extension MetricsStore {
    /// The alert conditions as of the clock.
    func alertConditions() -> [AlertCondition] {
        let config = configuration
        var conditions: [AlertCondition] = []
        let budget = config.dailyBudgetUSD
        if budget > 0 {
            let today = todayUSD
            let fraction = today / budget
            conditions.append(AlertCondition(
                rule: .budgetDaily, active: fraction >= config.budgetWarnFraction,
                severity: fraction >= 1 ? .critical : .warning,
                text: .budgetDaily(spentUSD: today, budgetUSD: budget),
                value: today, threshold: budget * config.budgetWarnFraction, forNanos: 0))
            let projected = projectedDayUSD
            conditions.append(AlertCondition(
                rule: .budgetProjected, active: projected > budget, severity: .warning,
                text: .budgetProjected(projectedUSD: projected, budgetUSD: budget),
                value: projected, threshold: budget, forNanos: config.alertForNanos))
        }
        var window = (spans: 0, failedSpans: 0, query: LatencyHistogram())
        visit(lastNanos: config.alertWindowNanos) { bucket in
            window.spans += bucket.spans
            window.failedSpans += bucket.failedSpans
            window.query.merge(bucket.latency.query)
        }
        let rate = window.spans == 0 ? 0 : Double(window.failedSpans) / Double(window.spans)
        conditions.append(AlertCondition(
            rule: .errorRate, active: window.spans >= config.errorRateMinimumSpans && rate > config.errorRateThreshold,
            severity: .critical,
            text: .errorRate(
                rate: rate, windowNanos: config.alertWindowNanos, failedSpans: window.failedSpans, spans: window.spans),
            value: rate, threshold: config.errorRateThreshold, forNanos: config.alertForNanos))
        if let target = config.latencyTargetsMs[.query], target > 0 {
            let histogram = window.query
            let p95 = Double(histogram.percentile(95)) / 1000
            conditions.append(AlertCondition(
                rule: .latencyP95, active: histogram.count >= 5 && p95 > target, severity: .warning,
                text: .latencyP95(p95Ms: p95, targetMs: target, windowNanos: config.alertWindowNanos),
                value: p95, threshold: target, forNanos: config.alertForNanos))
        }
        if config.alertOnOpenBreaker {
            for breaker in breakers.breakers {
                conditions.append(AlertCondition(
                    rule: .breakerOpen, key: breaker.target, active: breaker.state == .open, severity: .critical,
                    text: .breakerOpen(target: breaker.target),
                    value: Double(breaker.consecutiveFailures), threshold: 0, forNanos: 0))
            }
        }
        return conditions
    }

    mutating func evaluateAlerts() {
        guard now != .min else { return }
        alerts.evaluate(alertConditions(), at: now)
    }
}
