import OpsModel

extension ScrapeStore {
    static let nanosPerDay: Int64 = 86_400 * 1_000_000_000

    /// The figures over `window` ending at each target's newest scrape; `asOfNanos` is the clock shown.
    package func snapshot(window: TimeWindow, asOfNanos: Int64) -> MetricsSnapshot {
        let figures = windowFigures(lengthNanos: window.nanos)
        let hasPair = histories.values.contains { $0.frames.count >= 2 }
        var coverage: SnapshotCoverage = []
        var seen = figures.seen
        if histories.values.contains(where: { !$0.breakers.isEmpty }) { seen.insert(.breakers) }
        if histories.values.contains(where: { !$0.budgets.isEmpty }) { seen.insert(.budgets) }
        if hasPair { coverage = seen } else { coverage = seen.intersection([.breakers, .budgets]) }

        let burn1m = burnPerHour(lengthNanos: 60 * 1_000_000_000)
        let burn15m = burnPerHour(lengthNanos: 900 * 1_000_000_000)
        let burn1h = burnPerHour(lengthNanos: 3600 * 1_000_000_000)
        let today = todayUSD()
        if today != nil, coverage.contains(.cost) { coverage.insert(.today) }
        let endOfDayHours = Double((asOfNanos / Self.nanosPerDay + 1) * Self.nanosPerDay - asOfNanos) / 3.6e12
        let budgets = allBudgets()
        let cost = CostSummary(
            windowUSD: figures.costUSD, totalUSD: windowFigures(lengthNanos: nil).costUSD, todayUSD: today ?? .nan,
            burnPerHour1m: burn1m, burnPerHour15m: burn15m, burnPerHour1h: burn1h,
            projectedDayUSD: today.map { $0 + burn1h * endOfDayHours } ?? .nan, projectedMonthUSD: burn1h * 24 * 30,
            dailyBudgetUSD: configuration.dailyBudgetUSD,
            byModel: figures.costByModel.map { CostSummary.Share(name: $0.key, usd: $0.value, spans: 0) }
                .sorted { ($0.usd, $1.name) > ($1.usd, $0.name) },
            perMinute: perMinute(\.costTotal), budgets: budgets)

        let errorCount = figures.errorsByType.values.reduce(0) { $0 + $1.count }
        var byCategory = CategoryCounts()
        for entry in figures.errorsByType.values { byCategory[entry.category] += Int(entry.count.rounded()) }
        let errors = ErrorSummary(
            spans: Int(figures.requests.rounded()), failedSpans: Int(errorCount.rounded()), byCategory: byCategory,
            byType: figures.errorsByType.map {
                ErrorSummary.TypeCount(type: $0.key, category: $0.value.category, count: Int($0.value.count.rounded()))
            }.sorted { ($0.count, $1.type) > ($1.count, $0.type) },
            perMinute: perMinute(\.errorTotal).map { Int($0.rounded()) })

        let oneMinute = windowFigures(lengthNanos: 60 * 1_000_000_000)
        let requestRate =
            coverage.contains(.requests) && oneMinute.seconds > 0 ? oneMinute.requests / oneMinute.seconds : Double.nan
        let breakers = mergedBreakers()

        var snapshot = MetricsSnapshot(
            asOfNanos: asOfNanos, window: window, firstEventNanos: firstScrapeNanos, lastEventNanos: lastScrapeNanos,
            spansPerSecond: requestRate, cost: cost, tokens: figures.tokens, latency: latency(figures), errors: errors,
            breakers: breakers, coverage: coverage, stale: sources.lazy.compactMap { staleness(of: $0) }.first,
            notice: notice(hasPair: hasPair))
        if coverage.contains(.cache) { snapshot.cache = Self.cache(figures) }
        if coverage.contains(.guardrails) { snapshot.guardrails = Self.guardrails(figures) }
        return snapshot
    }

    /// Lookups and hits a cache counter gained; savings and latencies are not in such counters.
    static func cache(_ figures: WindowFigures) -> CacheSummary {
        let hits = Int(figures.cacheHits.rounded())
        return CacheSummary(lookups: hits + Int(figures.cacheMisses.rounded()), hits: hits)
    }

    /// Checks, blocks and flags per guardrail a guardrail counter gained; reasons and users are not in such counters.
    static func guardrails(_ figures: WindowFigures) -> GuardrailSummary {
        let rows = figures.guardrails.map { name, counts in
            GuardrailSummary.Row(name: name, checked: Int(counts.checked.rounded()), blocked: Int(counts.blocked.rounded()),
                                 flagged: Int(counts.flagged.rounded()))
        }.sorted { ($0.checked, $1.name) > ($1.checked, $0.name) }
        return GuardrailSummary(
            checked: rows.reduce(0) { $0 + $1.checked }, blocked: rows.reduce(0) { $0 + $1.blocked },
            flagged: rows.reduce(0) { $0 + $1.flagged }, byGuardrail: rows)
    }

    private func notice(hasPair: Bool) -> String? {
        if histories.isEmpty { return sources.isEmpty ? nil : "waiting for the first scrape" }
        if !histories.values.contains(where: \.hasMappedSeries) {
            return "no family opstop knows in these metrics; map them with [[metrics.mapping]]"
        }
        return hasPair ? nil : "waiting for a second scrape"
    }

    /// Every target's increases over the last `length` (nil: since its first scrape), summed.
    func windowFigures(lengthNanos length: Int64?) -> WindowFigures {
        var total = WindowFigures()
        for history in histories.values {
            guard let end = history.latest else { continue }
            let start: ScrapeFrame?
            if let length {
                start = history.baseline(atOrBefore: end.timeNanos - length)
            } else {
                start = history.first
            }
            guard let start, let figures = figures(of: history, from: start) else { continue }
            total.merge(figures)
        }
        return total
    }

    /// USD per hour over the last `length`, or over what history covers when shorter; NaN without two scrapes.
    func burnPerHour(lengthNanos length: Int64) -> Double {
        var usdPerSecond = 0.0
        var known = false
        for history in histories.values {
            guard let end = history.latest, let start = history.baseline(atOrBefore: end.timeNanos - length),
                end.timeNanos > start.timeNanos, let figures = figures(of: history, from: start)
            else { continue }
            guard figures.seen.contains(.cost) else { continue }
            usdPerSecond += figures.costUSD / figures.seconds
            known = true
        }
        return known ? usdPerSecond * 3600 : .nan
    }

    /// Spend since midnight UTC, when knowable: history reaches back past midnight.
    func todayUSD() -> Double? {
        var total = 0.0
        var known = false
        for history in histories.values {
            guard let end = history.latest, let first = history.first else { continue }
            let midnight = end.timeNanos / Self.nanosPerDay * Self.nanosPerDay
            guard first.timeNanos <= midnight, let start = history.baseline(atOrBefore: midnight),
                let figures = figures(of: history, from: start)
            else { return nil }
            total += figures.costUSD
            known = known || figures.seen.contains(.cost)
        }
        return known ? total : nil
    }

    private func figures(of history: ScrapeHistory, from start: ScrapeFrame) -> WindowFigures? {
        history.figures(from: start, mappings: configuration.metricMappings, classifier: configuration.errorClassifier)
    }

    /// One breaker per target name across endpoints (replicas report the same breaker): the most
    /// severe state wins; opens add up.
    func mergedBreakers() -> [BreakerStatus] {
        func severity(_ state: BreakerState) -> Int {
            switch state {
            case .open: return 2
            case .halfOpen: return 1
            case .closed: return 0
            }
        }
        var merged: [String: BreakerStatus] = [:]
        for source in sources {
            guard let history = histories[source] else { continue }
            for status in history.breakers.values {
                guard var existing = merged[status.target] else {
                    merged[status.target] = status
                    continue
                }
                existing.openedCount += status.openedCount
                if severity(status.state) > severity(existing.state) {
                    existing.state = status.state
                    existing.since = status.since
                }
                existing.transitions = (existing.transitions + status.transitions).sorted {
                    $0.timeNanos < $1.timeNanos
                }
                .suffix(ScrapeHistory.maxBreakerTransitions).map { $0 }
                merged[status.target] = existing
            }
        }
        return merged.values.sorted { $0.target < $1.target }
    }

    private func allBudgets() -> [BudgetEvent] {
        var events: [BudgetEvent] = []
        for source in sources {
            guard let history = histories[source] else { continue }
            for (name, budget) in history.budgets.sorted(by: { $0.key < $1.key }) {
                let spent = budget.limit.flatMap { limit in budget.remaining.map { limit - $0 } }
                events.append(
                    BudgetEvent(
                        timeNanos: history.latest?.timeNanos ?? 0, name: name, limitUSD: budget.limit, spentUSD: spent))
            }
        }
        return events
    }

    /// Increase per minute of a frame total over the last 60 minutes, oldest first (summed over targets).
    private func perMinute(_ total: KeyPath<ScrapeFrame, Double>) -> [Double] {
        guard let last = lastScrapeNanos else { return [] }
        let minute: Int64 = 60 * 1_000_000_000
        let currentMinute = last / minute
        var values = [Double](repeating: 0, count: 60)
        for history in histories.values where history.frames.count >= 2 {
            for offset in 0..<60 {
                let minuteStart = (currentMinute - Int64(59 - offset)) * minute
                guard let start = history.frames.last(where: { $0.timeNanos <= minuteStart }) ?? history.frames.first,
                    let end = history.frames.last(where: { $0.timeNanos < minuteStart + minute }),
                    end.timeNanos > start.timeNanos
                else { continue }
                values[offset] += Swift.max(0, end[keyPath: total] - start[keyPath: total])
            }
        }
        return values
    }

    private func latency(_ figures: WindowFigures) -> LatencyBreakdown {
        var byComponent: [Component: LatencySummary] = [:]
        var byModel: [LatencyBreakdown.Named] = []
        var byTool: [LatencyBreakdown.Named] = []
        var exemplars: [LatencyExemplars] = []
        for (key, accumulator) in figures.latency {
            let summary = accumulator.summary
            switch key.kind {
            case .component: byComponent[key.component] = summary
            case .model: byModel.append(LatencyBreakdown.Named(name: key.name, summary: summary))
            case .tool: byTool.append(LatencyBreakdown.Named(name: key.name, summary: summary))
            }
            if !accumulator.exemplars.isEmpty {
                exemplars.append(
                    LatencyExemplars(
                        kind: key.kind, component: key.component, name: key.name,
                        buckets: accumulator.sortedBuckets.map { (upperMs: $0.upperBound, count: $0.count) },
                        exemplars: accumulator.exemplars))
            }
        }
        func busiest(_ lhs: LatencyBreakdown.Named, _ rhs: LatencyBreakdown.Named) -> Bool {
            (lhs.summary.count, rhs.name) > (rhs.summary.count, lhs.name)
        }
        return LatencyBreakdown(
            byComponent: byComponent, byModel: byModel.sorted(by: busiest), byTool: byTool.sorted(by: busiest),
            queryP95PerMinute: [], targetsMs: configuration.latencyTargetsMs,
            exemplars: exemplars.sorted { ($0.kind.rawValue, $0.name) < ($1.kind.rawValue, $1.name) })
    }
}
