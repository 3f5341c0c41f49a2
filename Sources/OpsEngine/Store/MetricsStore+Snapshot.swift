import OpsModel

extension MetricsStore {
    /// The sum of the buckets covering `window`, ending at the clock.
    package func bucket(for window: TimeWindow) -> MetricsBucket {
        guard let length = window.nanos, now != .min else { return allTimeBucket }
        return sum(lastNanos: length)
    }

    /// Everything since the start: ``allTime`` with the counts and histograms of the minutes still held.
    var allTimeBucket: MetricsBucket {
        var total = allTime
        minutes.forEachHeld { total.mergeCounts($0) }
        return total
    }

    /// The sum of the buckets covering the last `length` of event time; whole seconds up to a
    /// minute, whole minutes beyond, the newest bucket partly filled.
    func sum(lastNanos length: Int64) -> MetricsBucket {
        var total = MetricsBucket()
        visit(lastNanos: length) { total.merge($0) }
        return total
    }

    /// Visits the buckets covering the last `length` without summing them (for the figures
    /// that need one field: merging whole buckets would also merge histograms and trace lists).
    func visit(lastNanos length: Int64, _ body: (MetricsBucket) -> Void) {
        guard now != .min else { return }
        let window = window(lastNanos: length)
        if window.inSeconds {
            seconds.settled.forEach(count: window.count, endingAt: seconds.bucketNumber(of: now)) { _, bucket in body(bucket) }
        } else {
            minutes.forEach(count: window.count, endingAt: minutes.bucketNumber(of: now)) { _, bucket in body(bucket) }
        }
    }

    /// ``visit(lastNanos:_:)`` lending each bucket in place, for a reader that passes parts of a bucket
    /// on: given by value, each bucket is copied whole (every array retained).
    mutating func visitInPlace(lastNanos length: Int64, _ body: (inout MetricsBucket) -> Void) {
        guard now != .min else { return }
        let window = window(lastNanos: length)
        if window.inSeconds {
            seconds.forEachInPlace(count: window.count, endingAt: seconds.bucketNumber(of: now), body)
        } else {
            minutes.forEachInPlace(count: window.count, endingAt: minutes.bucketNumber(of: now), body)
        }
    }

    /// Which ring holds the last `length` (seconds up to a minute, else minutes) and how many of its buckets.
    private func window(lastNanos length: Int64) -> (inSeconds: Bool, width: Int64, count: Int) {
        let inSeconds = length <= 60 * Self.nanosPerSecond
        let width = inSeconds ? seconds.widthNanos : minutes.widthNanos
        return (inSeconds, width, Int(Swift.max(1, length / width)))
    }

    /// Cost over the last `length`, as USD per hour over the time that window actually covers.
    func burnPerHour(lastNanos length: Int64) -> Double {
        guard now != .min, firstEventNanos != nil else { return 0 }
        var cost = 0.0
        visit(lastNanos: length) { cost += $0.costUSD }
        return burnPerHour(cost: cost, lastNanos: length)
    }

    /// `cost`, spent over the last `length`, as USD per hour over the time that window actually covers.
    func burnPerHour(cost: Double, lastNanos length: Int64) -> Double {
        guard now != .min, let first = firstEventNanos else { return 0 }
        let width = window(lastNanos: length).width
        let windowStart = (now / width - length / width + 1) * width
        let covered = now - Swift.max(windowStart, first)
        let floor = Swift.min(length, 60 * Self.nanosPerSecond)
        let seconds = Double(Swift.max(covered, floor)) / Double(Self.nanosPerSecond)
        return cost / seconds * 3600
    }

    package var todayUSD: Double { now == .min ? 0 : costByDay[Self.day(of: now)] ?? 0 }

    /// Today's spend plus the last hour's burn over the hours left in the UTC day.
    package var projectedDayUSD: Double {
        projectedDayUSD(burnPerHour: burnPerHour(lastNanos: 3600 * Self.nanosPerSecond))
    }

    /// Today's spend plus `burn` (USD per hour) over the hours left in the UTC day.
    func projectedDayUSD(burnPerHour burn: Double) -> Double {
        guard now != .min else { return 0 }
        let endOfDay = (Self.day(of: now) + 1) * Self.nanosPerDay
        let hoursLeft = Double(endOfDay - now) / Double(3600 * Self.nanosPerSecond)
        return todayUSD + burn * hoursLeft
    }

    package func snapshot(window: TimeWindow) -> MetricsSnapshot {
        let bucket = bucket(for: window)
        let hour = 3600 * Self.nanosPerSecond
        let burn1h = burnPerHour(lastNanos: hour)
        let lastMinute = sum(lastNanos: 60 * Self.nanosPerSecond)
        let cost = CostSummary(
            windowUSD: bucket.costUSD, totalUSD: allTime.costUSD, todayUSD: todayUSD,
            burnPerHour1m: burnPerHour(lastNanos: 60 * Self.nanosPerSecond),
            burnPerHour15m: burnPerHour(lastNanos: 900 * Self.nanosPerSecond), burnPerHour1h: burn1h,
            projectedDayUSD: projectedDayUSD, projectedMonthUSD: burn1h * 24 * 30,
            dailyBudgetUSD: configuration.dailyBudgetUSD,
            byModel: modelShares(bucket), byUser: userShares(limit: 20), unpricedModels: unpricedModels.sorted(),
            tablePricedUSD: tablePricedUSD, perMinute: perMinute { $0.costUSD }, budgets: budgets.values.sorted { $0.name < $1.name })
        var snapshot = MetricsSnapshot(
            asOfNanos: now, window: window, firstEventNanos: firstEventNanos, lastEventNanos: lastEventNanos,
            spans: spanCount, traces: traces.tracesSeen, duplicateSpans: duplicateSpans,
            spansPerSecond: spansPerSecond(lastMinute), cost: cost, tokens: bucket.tokens,
            latency: latencyBreakdown(bucket), errors: errorSummary(bucket, window: window),
            breakers: breakers.breakers, alerts: alerts.all)
        snapshot.redacted = configuration.redactor != nil
        snapshot.duplicateEvaluations = duplicateEvaluations
        if hasSignals {
            let baseline = baselineSignals()
            snapshot.cache = cacheSummary(bucket, baseline: baseline)
            snapshot.guardrails = guardrailSummary(bucket, window: window, baseline: baseline)
            snapshot.quality = qualitySummary(bucket, window: window)
        } else {
            snapshot.cache = cacheSummary(bucket, baseline: SignalFigures())
        }
        return snapshot
    }

    private func spansPerSecond(_ lastMinute: MetricsBucket) -> Double {
        guard let first = firstEventNanos, now != .min else { return 0 }
        let covered = Swift.min(60 * Self.nanosPerSecond, Swift.max(Self.nanosPerSecond, now - first))
        return Double(lastMinute.spans) / (Double(covered) / Double(Self.nanosPerSecond))
    }

    private func modelShares(_ bucket: MetricsBucket) -> [CostSummary.Share] {
        let count = Swift.max(bucket.costByModel.values.count, bucket.spansByModel.values.count)
        return (0..<count).map { SeriesRegistry.ID($0) }
            .filter { bucket.costByModel[$0] != 0 || bucket.spansByModel[$0] != 0 }
            .map { id in
            CostSummary.Share(name: models.name(of: id), usd: bucket.costByModel[id], spans: bucket.spansByModel[id])
        }
        .sorted { ($0.usd, $0.spans, $1.name) > ($1.usd, $1.spans, $0.name) }
    }

    private func userShares(limit: Int) -> [CostSummary.Share] {
        costByUser.map { CostSummary.Share(name: $0.key.name, usd: $0.value, spans: 0) }
            .sorted { ($0.usd, $1.name) > ($1.usd, $0.name) }
            .prefix(limit).map { $0 }
    }

    /// One value per minute for the last 60 minutes ending at the clock, oldest first.
    func perMinute<Value>(_ value: (MetricsBucket) -> Value?) -> [Value?] where Value: Sendable {
        guard now != .min else { return [] }
        let last = minutes.bucketNumber(of: now)
        return (0..<minutes.capacity).map { offset in
            minutes.bucket(number: last - Int64(minutes.capacity - 1 - offset)).flatMap(value)
        }
    }

    func perMinute(_ value: (MetricsBucket) -> Double) -> [Double] {
        perMinute { Optional(value($0)) }.map { $0 ?? 0 }
    }

    private func latencyBreakdown(_ bucket: MetricsBucket) -> LatencyBreakdown {
        var byComponent: [Component: LatencySummary] = [:]
        for component in Component.allCases { byComponent[component] = LatencySummary(bucket.latency[component]) }
        let byModel = bucket.latencyByModel.enumerated { !$0.isEmpty }
            .map { LatencyBreakdown.Named(name: models.name(of: $0.id), summary: LatencySummary($0.value)) }
            .sorted { ($0.summary.count, $1.name) > ($1.summary.count, $0.name) }
        let byTool = bucket.latencyByTool.enumerated { !$0.isEmpty }
            .map { LatencyBreakdown.Named(name: tools.name(of: $0.id), summary: LatencySummary($0.value)) }
            .sorted { ($0.summary.count, $1.name) > ($1.summary.count, $0.name) }
        let p95PerMinute: [Double?] = perMinute { bucket -> Double? in
            bucket.latency.query.isEmpty ? nil : Double(bucket.latency.query.percentile(95)) / 1000
        }
        return LatencyBreakdown(
            byComponent: byComponent, byModel: byModel, byTool: byTool, queryP95PerMinute: p95PerMinute,
            targetsMs: configuration.latencyTargetsMs)
    }

    private func errorSummary(_ bucket: MetricsBucket, window: TimeWindow) -> ErrorSummary {
        var laterHalf: SeriesArray<Int>?
        if let length = window.nanos {
            var later = SeriesArray<Int>(empty: 0)
            visit(lastNanos: length / 2) { later.merge($0.errorsByType) { $0 += $1 } }
            laterHalf = later
        }
        let types = bucket.errorsByType.enumerated { $0 > 0 }.map { id, count in
            ErrorSummary.TypeCount(
                type: errorTypes.name(of: id), category: errorTypeCategory[id] ?? .system, count: count,
                earlierHalf: laterHalf.map { count - $0[id] }, laterHalf: laterHalf.map { $0[id] })
        }
        .sorted { ($0.count, $1.type) > ($1.count, $0.type) }
        return ErrorSummary(
            spans: bucket.spans, failedSpans: bucket.failedSpans, byCategory: bucket.errorsByCategory, byType: types,
            perMinute: perMinute { Double($0.failedSpans) }.map { Int($0) })
    }
}
