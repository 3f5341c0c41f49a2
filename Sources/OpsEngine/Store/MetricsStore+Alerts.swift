import OpsModel

extension MetricsStore {
    /// The alert conditions as of the clock, given the figures over the alert window.
    func alertConditions(window: AlertWindowFigures, hourBurnPerHour: Double) -> [AlertCondition] {
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
            let projected = projectedDayUSD(burnPerHour: hourBurnPerHour)
            conditions.append(AlertCondition(
                rule: .budgetProjected, active: projected > budget, severity: .warning,
                text: .budgetProjected(projectedUSD: projected, budgetUSD: budget),
                value: projected, threshold: budget, forNanos: config.alertForNanos))
        }
        let rate = window.spans == 0 ? 0 : Double(window.failedSpans) / Double(window.spans)
        conditions.append(AlertCondition(
            rule: .errorRate, active: window.spans >= config.errorRateMinimumSpans && rate > config.errorRateThreshold,
            severity: .critical,
            text: .errorRate(
                rate: rate, windowNanos: config.alertWindowNanos, failedSpans: window.failedSpans, spans: window.spans),
            value: rate, threshold: config.errorRateThreshold, forNanos: config.alertForNanos))
        if let target = config.latencyTargetsMs[.query], target > 0 {
            let p95 = Double(window.queryPercentile(95)) / 1000
            conditions.append(AlertCondition(
                rule: .latencyP95, active: window.queryCount >= 5 && p95 > target, severity: .warning,
                text: .latencyP95(p95Ms: p95, targetMs: target, windowNanos: config.alertWindowNanos),
                value: p95, threshold: target, forNanos: config.alertForNanos))
        }
        if config.alertOnOpenBreaker {
            // Only open breakers: a breaker alert with no condition this round counts as inactive,
            // so closed breakers need no condition built, hashed and looked up every evaluation.
            for breaker in breakers.openBreakers {
                conditions.append(AlertCondition(
                    rule: .breakerOpen, key: breaker.target, active: true, severity: .critical,
                    text: .breakerOpen(target: breaker.target),
                    value: Double(breaker.consecutiveFailures), threshold: 0, forNanos: 0))
            }
        }
        return conditions
    }

    mutating func evaluateAlerts() {
        guard now != .min else { return }
        // The window first: a mutating call among the arguments of a method on `self` copied the whole store.
        let window = alertWindowFigures()
        let hourBurn = configuration.dailyBudgetUSD > 0 ? alertHourBurnPerHour() : 0
        let spanConditions = alertConditions(window: window, hourBurnPerHour: hourBurn)
        let conditions = spanConditions + signalConditions()
        alerts.evaluate(conditions, at: now)
    }

    /// Spans, failed spans and query latency over the alert window ending at the clock: the
    /// same sum as ``visit(lastNanos:_:)`` gives, with the older minutes taken from the cache.
    mutating func alertWindowFigures() -> AlertWindowFigures {
        let length = configuration.alertWindowNanos
        guard now != .min, length > 60 * Self.nanosPerSecond else {
            var window = AlertWindowFigures()
            visit(lastNanos: length) { window.add($0) }
            return window
        }
        var window = Self.olderMinutes(
            of: &minutes, lastNanos: length, endingAt: now, from: AlertWindowFigures(), cache: &alertWindowCache
        ) {
            (older: inout AlertWindowFigures, bucket: inout MetricsBucket) in older.add(bucket)
        }
        minutes.withBucketInPlace(number: minutes.bucketNumber(of: now)) { window.addNewest($0) }
        return window
    }

    /// ``burnPerHour(lastNanos:)`` over the last hour, the older minutes' cost taken from the cache.
    mutating func alertHourBurnPerHour() -> Double {
        let length = 3600 * Self.nanosPerSecond
        guard now != .min, firstEventNanos != nil else { return 0 }
        var cost = Self.olderMinutes(of: &minutes, lastNanos: length, endingAt: now, from: 0.0, cache: &hourCostCache) {
            (older: inout Double, bucket: inout MetricsBucket) in older += bucket.costUSD
        }
        minutes.withBucketInPlace(number: minutes.bucketNumber(of: now)) { cost += $0.costUSD }
        return burnPerHour(cost: cost, lastNanos: length)
    }

    /// What `add` sums, from `empty`, over the minute buckets of the last `length` ending at
    /// `now` other than the newest: `cache`'s sum when it still holds, else summed and kept there.
    static func olderMinutes<Sum: Sendable>(
        of minutes: inout TimeRing<MetricsBucket>, lastNanos length: Int64, endingAt now: Int64, from empty: Sum,
        cache: inout OlderMinutesSum<Sum>, add: (inout Sum, inout MetricsBucket) -> Void
    ) -> Sum {
        let count = Int(Swift.max(1, length / minutes.widthNanos))
        let last = minutes.bucketNumber(of: now)
        if let older = cache.older(newest: last, head: minutes.head, count: count) { return older }
        var older = empty
        minutes.forEachInPlace(count: count - 1, endingAt: last - 1) { add(&older, &$0) }
        cache.keep(older, newest: last, head: minutes.head, count: count,
                   newestStartNanos: startNanos(ofMinute: last, width: minutes.widthNanos))
        return older
    }

    /// Where minute bucket `number` starts; `.max` when that overflows, so that every span
    /// then counts as late and the cache is never trusted.
    static func startNanos(ofMinute number: Int64, width: Int64) -> Int64 {
        let (start, overflow) = number.multipliedReportingOverflow(by: width)
        return overflow ? .max : start
    }
}
