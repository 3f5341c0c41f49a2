import OpsModel

/// What one target's series gained over a window: the increases between two frames, grouped the
/// way the panels show them. Figures of several targets add up.
struct WindowFigures: Sendable {
    struct LatencyKey: Hashable, Sendable {
        var kind: LatencyExemplars.Kind
        var component: Component
        var name: String
    }

    struct LatencyAccumulator: Sendable {
        /// Upper bound in milliseconds → increase of the cumulative count.
        var buckets: [Double: Double] = [:]
        var sumMs = 0.0
        var count = 0.0
        /// Summaries: quantile → value in milliseconds, from the series with the most observations.
        var quantiles: [Double: Double] = [:]
        var quantileWeight = -1.0
        var exemplars: [TraceExemplar] = []
    }

    /// Seconds between the two frames; 0 when they are the same frame.
    var seconds = 0.0
    var costUSD = 0.0
    var costByModel: [String: Double] = [:]
    var tokens = TokenUsage()
    var requests = 0.0
    var errorsByType: [String: (category: ErrorCategory, count: Double)] = [:]
    var latency: [LatencyKey: LatencyAccumulator] = [:]
    /// Semantic-cache lookups a cache counter gained, by outcome.
    var cacheHits = 0.0
    var cacheMisses = 0.0
    /// Guardrail checks per guardrail name.
    var guardrails: [String: GuardrailCounts] = [:]
    var seen: SnapshotCoverage = []

    struct GuardrailCounts: Sendable {
        var checked = 0.0
        var blocked = 0.0
        var flagged = 0.0
    }

    /// The increases from `start` to `end`. A series missing from `start` is looked up in earlier
    /// frames (`earlier`: its last reading at or before `start`, when a scrape skipped it); one never
    /// seen by then was born in the window and counts from zero.
    init(
        from start: ScrapeFrame, to end: ScrapeFrame, mappings: [MetricMapping], classifier: ErrorClassifier,
        earlier: (String) -> SeriesReading? = { _ in nil }
    ) {
        seconds = Double(end.timeNanos - start.timeNanos) / 1e9
        for (key, reading) in end.readings {
            guard reading.mapping < mappings.count else { continue }
            add(
                reading, before: start.readings[key] ?? earlier(key), mapping: mappings[reading.mapping],
                classifier: classifier, start: start.timeNanos)
        }
    }

    init() {}

    private mutating func add(
        _ reading: SeriesReading, before: SeriesReading?, mapping: MetricMapping, classifier: ErrorClassifier,
        start: Int64
    ) {
        let labels = reading.labels
        let increase = Swift.max(0, (reading.value ?? 0) - (before?.value ?? 0))
        let countIncrease = Swift.max(0, (reading.count ?? 0) - (before?.count ?? 0))
        switch mapping.role {
        case .cost:
            seen.insert(.cost)
            let usd = increase * mapping.scale
            costUSD += usd
            costByModel[MetricLabels.first(mapping.labels.model, in: labels) ?? "(unlabelled)", default: 0] += usd
        case .tokens(let fixed):
            seen.insert(.tokens)
            let amount = reading.sum != nil ? Swift.max(0, (reading.sum ?? 0) - (before?.sum ?? 0)) : increase
            let kind = fixed ?? MetricLabels.first(mapping.labels.tokenType, in: labels).flatMap(TokenKind.init(label:))
            guard let kind else { return }
            let whole = Int64(amount.rounded())
            switch kind {
            case .input: tokens.input += whole
            case .output: tokens.output += whole
            case .cacheRead: tokens.cacheRead += whole
            case .cacheCreation: tokens.cacheCreation += whole
            case .reasoning: tokens.reasoning += whole
            }
        case .requests:
            seen.insert(.requests)
            let calls = reading.value != nil ? increase : countIncrease
            requests += calls
            if let outcome = MetricLabels.first(mapping.labels.outcome, in: labels),
                mapping.labels.failureValues.contains(outcome)
            {
                seen.insert(.errors)
                let target = MetricLabels.first(mapping.labels.target, in: labels)
                addError(
                    type: target.map { "\($0): \(outcome) call" } ?? "\(outcome) call", stated: nil, status: nil,
                    count: calls, classifier: classifier)
            }
        case .errors:
            seen.insert(.errors)
            let type = MetricLabels.first(mapping.labels.errorType, in: labels) ?? mapping.labels.fixedErrorType
            let status = MetricLabels.first(mapping.labels.status, in: labels)
            if let status, mapping.labels.successValues.contains(status) { return }
            let stated = MetricLabels.first(mapping.labels.category, in: labels).flatMap {
                ErrorCategory(rawValue: $0.lowercased())
            }
            addError(type: type, stated: stated, status: status, count: increase, classifier: classifier)
        case .latency(let defaultComponent):
            seen.insert(.latency)
            let component =
                MetricLabels.first(mapping.labels.component, in: labels).flatMap(Component.init(rawValue:))
                ?? defaultComponent
            addLatency(reading, before: before, mapping: mapping, component: component, start: start)
            if mapping.countsCalls {
                seen.insert(.requests)
                seen.insert(.errors)
                requests += countIncrease
                if let type = MetricLabels.first(mapping.labels.errorType, in: labels) {
                    addError(type: type, stated: nil, status: nil, count: countIncrease, classifier: classifier)
                }
            }
        case .cacheLookups(let fixed):
            let outcome = MetricLabels.first(mapping.labels.outcome, in: labels)?.lowercased()
            guard let hit = fixed ?? outcome.flatMap({ $0 == "hit" ? true : $0 == "miss" ? false : nil }) else { return }
            seen.insert(.cache)
            if hit { cacheHits += increase } else { cacheMisses += increase }
        case .guardrailChecks:
            seen.insert(.guardrails)
            let name = MetricLabels.first(mapping.labels.target, in: labels) ?? "(unlabelled)"
            var row = guardrails[name] ?? GuardrailCounts()
            row.checked += increase
            switch GuardrailOutcomeLabel.outcome(MetricLabels.first(mapping.labels.outcome, in: labels)) {
            case .blocked: row.blocked += increase
            case .flagged: row.flagged += increase
            case .pass: break
            }
            guardrails[name] = row
        case .breakerState, .breakerOpen, .breakerTrips, .budgetRemaining, .budgetLimit:
            break
        }
    }

    private mutating func addError(
        type: String?, stated: ErrorCategory?, status: String?, count: Double, classifier: ErrorClassifier
    ) {
        guard count > 0 else { return }
        let name = type ?? status.map { "HTTP \($0)" } ?? "error"
        var category = stated ?? classifier.category(ofType: name)
        if stated == nil, type != nil, category == .system, let code = status.flatMap({ Int($0) }) {
            category = BuiltInErrorNames.category(ofStatus: code)
        }
        var entry = errorsByType[name] ?? (category, 0)
        entry.count += count
        errorsByType[name] = entry
    }

    private mutating func addLatency(
        _ reading: SeriesReading, before: SeriesReading?, mapping: MetricMapping, component: Component, start: Int64
    ) {
        var keys = [LatencyKey(kind: .component, component: component, name: component.rawValue)]
        if component == .llm, let model = MetricLabels.first(mapping.labels.model, in: reading.labels) {
            keys.append(LatencyKey(kind: .model, component: component, name: model))
        }
        if component == .tool, let tool = MetricLabels.first(mapping.labels.tool, in: reading.labels) {
            keys.append(LatencyKey(kind: .tool, component: component, name: tool))
        }
        let toMs = mapping.scale * 1000
        let countIncrease = Swift.max(0, (reading.count ?? 0) - (before?.count ?? 0))
        let sumIncrease = (reading.sum ?? 0) - (before?.sum ?? 0)
        var exemplars: [TraceExemplar] = []
        for (bucket, exemplar) in reading.exemplars {
            guard let traceID = exemplar.traceID, !traceID.isEmpty else { continue }
            // Only exemplars recorded in the window (by timestamp, else those not already there at its start).
            if let stamp = exemplar.timestamp {
                guard Int64(stamp * 1e9) > start else { continue }
            } else if let before, before.exemplars.contains(where: { $0.exemplar == exemplar }) {
                continue
            }
            exemplars.append(
                TraceExemplar(
                    traceID: traceID, spanID: exemplar.spanID, valueMs: exemplar.value * toMs,
                    timeNanos: exemplar.timestamp.map { Int64($0 * 1e9) }, bucketUpperMs: reading.bounds[bucket] * toMs)
            )
        }
        for key in keys {
            var accumulator = latency[key] ?? LatencyAccumulator()
            for (index, bound) in reading.bounds.enumerated() {
                let increase = Swift.max(0, reading.counts[index] - (before?.count(atBound: bound) ?? 0))
                accumulator.buckets[bound * toMs, default: 0] += increase
            }
            accumulator.count += countIncrease
            accumulator.sumMs += sumIncrease * toMs
            if !reading.quantiles.isEmpty, countIncrease > accumulator.quantileWeight {
                accumulator.quantileWeight = countIncrease
                accumulator.quantiles = Dictionary(
                    reading.quantiles.map { ($0.quantile, $0.value * toMs) }, uniquingKeysWith: { $1 })
            }
            accumulator.exemplars += exemplars
            latency[key] = accumulator
        }
    }

    /// Adds another target's figures (a fleet of endpoints sums).
    mutating func merge(_ other: WindowFigures) {
        seconds = Swift.max(seconds, other.seconds)
        costUSD += other.costUSD
        costByModel.merge(other.costByModel, uniquingKeysWith: +)
        tokens.input += other.tokens.input
        tokens.output += other.tokens.output
        tokens.cacheRead += other.tokens.cacheRead
        tokens.cacheCreation += other.tokens.cacheCreation
        tokens.reasoning += other.tokens.reasoning
        requests += other.requests
        cacheHits += other.cacheHits
        cacheMisses += other.cacheMisses
        for (name, theirs) in other.guardrails {
            var mine = guardrails[name] ?? GuardrailCounts()
            mine.checked += theirs.checked
            mine.blocked += theirs.blocked
            mine.flagged += theirs.flagged
            guardrails[name] = mine
        }
        for (type, entry) in other.errorsByType {
            var mine = errorsByType[type] ?? (entry.category, 0)
            mine.count += entry.count
            errorsByType[type] = mine
        }
        for (key, theirs) in other.latency {
            var mine = latency[key] ?? LatencyAccumulator()
            mine.buckets.merge(theirs.buckets, uniquingKeysWith: +)
            mine.count += theirs.count
            mine.sumMs += theirs.sumMs
            if theirs.quantileWeight > mine.quantileWeight {
                mine.quantiles = theirs.quantiles
                mine.quantileWeight = theirs.quantileWeight
            }
            mine.exemplars += theirs.exemplars
            latency[key] = mine
        }
        seen.formUnion(other.seen)
    }
}

extension WindowFigures.LatencyAccumulator {
    /// The buckets ascending, cumulative, as `histogram_quantile` reads them.
    var sortedBuckets: [(upperBound: Double, count: Double)] {
        buckets.sorted { $0.key < $1.key }.map { (upperBound: $0.key, count: $0.value) }
    }

    var summary: LatencySummary {
        let observations = count > 0 ? count : (sortedBuckets.last?.count ?? 0)
        let mean = observations > 0 ? sumMs / observations : Double.nan
        if buckets.isEmpty {
            func quantile(_ q: Double) -> Double { quantiles[q] ?? .nan }
            return LatencySummary(
                count: UInt64(observations.rounded()), p50Ms: quantile(0.5), p90Ms: quantile(0.9),
                p95Ms: quantile(0.95),
                p99Ms: quantile(0.99), maxMs: quantiles[1] ?? .nan, meanMs: mean)
        }
        let sorted = sortedBuckets
        func quantile(_ q: Double) -> Double { HistogramQuantile.compute(q, buckets: sorted) }
        return LatencySummary(
            count: UInt64(observations.rounded()), p50Ms: quantile(0.5), p90Ms: quantile(0.9), p95Ms: quantile(0.95),
            p99Ms: quantile(0.99), maxMs: .nan, meanMs: mean)
    }
}
