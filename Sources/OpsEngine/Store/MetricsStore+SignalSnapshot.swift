import OpsModel

extension MetricsStore {
    static let signalListLimit = 10

    /// Lookups, hits, checks and blocks over the rest of the last hour before the alert window (the
    /// minute ring holds an hour); the other fields stay empty.
    func baselineSignals() -> SignalFigures {
        var figures = SignalFigures()
        guard now != .min else { return figures }
        let windowMinutes = Int(Swift.max(1, configuration.alertWindowNanos / minutes.widthNanos))
        let last = minutes.bucketNumber(of: now) - Int64(windowMinutes)
        minutes.forEach(count: minutes.capacity - windowMinutes, endingAt: last) { _, bucket in
            figures.addRateCounts(bucket.signals)
        }
        return figures
    }

    func cacheSummary(_ bucket: MetricsBucket, baseline: SignalFigures) -> CacheSummary {
        let figures = bucket.signals
        let llmCalls = bucket.latency.llm.count
        let perCall = llmCalls == 0 ? 0 : bucket.costUSD / Double(llmCalls)
        let saved = figures.statedSavedUSD + figures.pricedSavedUSD + Double(figures.unpricedHits) * perCall
        return CacheSummary(
            lookups: figures.lookups, hits: figures.hits, savedUSD: saved, statedSavedUSD: figures.statedSavedUSD,
            hitLatency: LatencySummary(figures.hitLatency), missLatency: LatencySummary(figures.missLatency),
            inputTokens: bucket.tokens.input, cachedInputTokens: bucket.tokens.cacheRead,
            providerCacheSavedUSD: bucket.providerCacheSavedUSD,
            hitRatePerMinute: perMinute { bucket -> Double? in
                bucket.signals.lookups == 0 ? nil : Double(bucket.signals.hits) / Double(bucket.signals.lookups)
            },
            previousHourHitRate: baseline.lookups == 0 ? nil : Double(baseline.hits) / Double(baseline.lookups))
    }

    func guardrailSummary(_ bucket: MetricsBucket, window: TimeWindow, baseline: SignalFigures) -> GuardrailSummary {
        let figures = bucket.signals
        let rows = figures.byGuardrail.enumerated { $0.checked > 0 }.map { id, counts in
            GuardrailSummary.Row(
                name: guardrailNames.name(of: id), checked: counts.checked, blocked: counts.blocked, flagged: counts.flagged)
        }
        .sorted { ($0.triggered, $0.checked, $1.name) > ($1.triggered, $1.checked, $0.name) }
        let start = window.nanos.map { now - $0 } ?? .min
        return GuardrailSummary(
            checked: figures.checked, blocked: figures.blocked, flagged: figures.flagged,
            rateLimited: figures.rateLimited, byGuardrail: rows,
            byReason: Self.topCounts(figures.byReason, guardrailReasons),
            topUsers: Self.topCounts(figures.byUser, guardrailUsers),
            blockedPerMinute: perMinute { Double($0.signals.blocked) }.map { Int($0) },
            previousHourBlockRate: baseline.checked == 0 ? nil : Double(baseline.blocked) / Double(baseline.checked),
            recent: incidents.filter { $0.timeNanos > start }.reversed())
    }

    private static func topCounts(_ counts: SeriesArray<Int>, _ names: SeriesRegistry) -> [GuardrailSummary.Count] {
        counts.enumerated { $0 > 0 }.map { GuardrailSummary.Count(name: names.name(of: $0.id), count: $0.value) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
            .prefix(signalListLimit).map { $0 }
    }

    func qualitySummary(_ bucket: MetricsBucket, window: TimeWindow) -> QualitySummary {
        var laterHalf: SeriesArray<ScoreAccumulator>?
        if let length = window.nanos {
            var later = SeriesArray(empty: ScoreAccumulator())
            visit(lastNanos: length / 2) { bucket in
                later.merge(bucket.signals.quality) { total, part in
                    total.count += part.count
                    total.sum += part.sum
                }
            }
            laterHalf = later
        }
        let metrics = bucket.signals.quality.enumerated { !$0.isEmpty }.map { id, scores -> QualitySummary.Metric in
            let name = qualityMetrics.name(of: id)
            var earlier: Double?
            var later: Double?
            if let half = laterHalf?[id] {
                later = half.mean
                let count = scores.count - half.count
                earlier = count == 0 ? nil : (scores.sum - half.sum) / Double(count)
            }
            return QualitySummary.Metric(
                name: name, count: scores.count, unscored: scores.unscored, mean: scores.mean,
                p10: scores.sketch.percentile(10), threshold: configuration.qualityThresholds[name],
                belowThreshold: scores.below, earlierHalfMean: earlier, laterHalfMean: later,
                meanPerMinute: perMinute { bucket -> Double? in bucket.signals.quality[id].mean },
                lowest: scores.lowest)
        }
        .sorted { $0.name < $1.name }
        return QualitySummary(metrics: metrics)
    }
}
