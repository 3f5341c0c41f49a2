import OpsModel

extension MetricsStore {
    /// The `cache_hit_rate`, `guardrail_block_rate` and `quality_below_threshold` conditions; none until
    /// a lookup, verdict or score has been seen, so logs without them evaluate exactly as before.
    ///
    /// - `cache_hit_rate`: hit rate in the alert window < `cacheHitRateDropFraction` × the rate over the
    ///   rest of the last hour, with at least `cacheHitRateMinimumLookups` lookups in each (warning).
    /// - `guardrail_block_rate`: blocked / checked in the window > both `guardrailBlockRateFactor` × the
    ///   rest of the hour's rate and that rate + `guardrailBlockRateMinimumIncrease`, with at least
    ///   `guardrailBlockRateMinimumChecks` checks in the window (warning; critical at half of all checks).
    /// - `quality_below_threshold:METRIC`: the metric's mean in the window < its `[quality]` threshold,
    ///   with at least `qualityMinimumScores` scores (warning).
    mutating func signalConditions() -> [AlertCondition] {
        guard hasSignals, now != .min else { return [] }
        let config = configuration
        var window = SignalFigures()
        visitInPlace(lastNanos: config.alertWindowNanos) { window.addAlertFigures($0.signals) }
        let baseline = baselineSignals()
        var conditions: [AlertCondition] = []
        if window.lookups > 0 || baseline.lookups > 0 {
            let rate = window.lookups == 0 ? 0 : Double(window.hits) / Double(window.lookups)
            let previous = baseline.lookups == 0 ? 0 : Double(baseline.hits) / Double(baseline.lookups)
            let floor = previous * config.cacheHitRateDropFraction
            let enough = window.lookups >= config.cacheHitRateMinimumLookups
                && baseline.lookups >= config.cacheHitRateMinimumLookups
            conditions.append(AlertCondition(
                rule: .cacheHitRate, active: enough && rate < floor, severity: .warning,
                text: .cacheHitRate(rate: rate, previousRate: previous, lookups: window.lookups, windowNanos: config.alertWindowNanos),
                value: rate, threshold: floor, forNanos: config.alertForNanos))
        }
        if window.checked > 0 || baseline.checked > 0 {
            let rate = window.checked == 0 ? 0 : Double(window.blocked) / Double(window.checked)
            let previous = baseline.checked == 0 ? 0 : Double(baseline.blocked) / Double(baseline.checked)
            let limit = Swift.max(previous * config.guardrailBlockRateFactor, previous + config.guardrailBlockRateMinimumIncrease)
            conditions.append(AlertCondition(
                rule: .guardrailBlockRate,
                active: window.checked >= config.guardrailBlockRateMinimumChecks && rate > limit,
                severity: rate >= 0.5 ? .critical : .warning,
                text: .guardrailBlockRate(
                    rate: rate, previousRate: previous, blocked: window.blocked, checked: window.checked,
                    windowNanos: config.alertWindowNanos),
                value: rate, threshold: limit, forNanos: config.alertForNanos))
        }
        for (name, threshold) in config.qualityThresholds.sorted(by: { $0.key < $1.key }) {
            guard let id = qualityMetrics.existingID(for: name) else { continue }
            let scores = window.quality[id]
            let mean = scores.mean ?? threshold
            conditions.append(AlertCondition(
                rule: .qualityBelowThreshold, key: name,
                active: scores.count >= config.qualityMinimumScores && mean < threshold, severity: .warning,
                text: .qualityBelowThreshold(
                    metric: name, mean: mean, threshold: threshold, scores: scores.count, windowNanos: config.alertWindowNanos),
                value: mean, threshold: threshold, forNanos: config.alertForNanos))
        }
        return conditions
    }
}
