import OpsModel

/// What one span adds to a bucket's ``SignalFigures``, worked out once and added to each bucket.
struct SpanSignal: Sendable {
    struct Verdict: Sendable {
        var guardrail: SeriesRegistry.ID
        var reason: SeriesRegistry.ID?
        var user: SeriesRegistry.ID?
        var outcome: GuardrailVerdict.Outcome
        var isRateLimit: Bool
    }

    /// Whether the lookup hit; nil when the span made none.
    var hit: Bool?
    var statedSavedUSD = 0.0
    var pricedSavedUSD = 0.0
    var unpricedHit = false
    var verdict: Verdict?

    func add(to figures: inout SignalFigures, latency: LatencyHistogram.Sample) {
        figures.use()
        if let hit {
            figures.lookups += 1
            if hit {
                figures.hits += 1
                figures.hitLatency.record(latency)
            } else {
                figures.missLatency.record(latency)
            }
            figures.statedSavedUSD += statedSavedUSD
            figures.pricedSavedUSD += pricedSavedUSD
            if unpricedHit { figures.unpricedHits += 1 }
        }
        guard let verdict else { return }
        figures.checked += 1
        figures.byGuardrail[verdict.guardrail].checked += 1
        switch verdict.outcome {
        case .pass:
            return
        case .blocked:
            figures.blocked += 1
            figures.byGuardrail[verdict.guardrail].blocked += 1
            if verdict.isRateLimit { figures.rateLimited += 1 }
        case .flagged:
            figures.flagged += 1
            figures.byGuardrail[verdict.guardrail].flagged += 1
        }
        if let reason = verdict.reason { figures.byReason[reason] += 1 }
        if let user = verdict.user { figures.byUser[user] += 1 }
    }

    /// ``add(to:latency:)`` to two buckets' figures at once (see ``SpanFigures/add(to:and:)``).
    func add(to first: inout SignalFigures, and second: inout SignalFigures, latency: LatencyHistogram.Sample) {
        first.use()
        second.use()
        if let hit {
            first.lookups += 1
            second.lookups += 1
            if hit {
                first.hits += 1
                second.hits += 1
                first.hitLatency.record(latency)
                second.hitLatency.record(latency)
            } else {
                first.missLatency.record(latency)
                second.missLatency.record(latency)
            }
            first.statedSavedUSD += statedSavedUSD
            second.statedSavedUSD += statedSavedUSD
            first.pricedSavedUSD += pricedSavedUSD
            second.pricedSavedUSD += pricedSavedUSD
            if unpricedHit {
                first.unpricedHits += 1
                second.unpricedHits += 1
            }
        }
        guard let verdict else { return }
        first.checked += 1
        second.checked += 1
        first.byGuardrail[verdict.guardrail].checked += 1
        second.byGuardrail[verdict.guardrail].checked += 1
        switch verdict.outcome {
        case .pass:
            return
        case .blocked:
            first.blocked += 1
            second.blocked += 1
            first.byGuardrail[verdict.guardrail].blocked += 1
            second.byGuardrail[verdict.guardrail].blocked += 1
            if verdict.isRateLimit {
                first.rateLimited += 1
                second.rateLimited += 1
            }
        case .flagged:
            first.flagged += 1
            second.flagged += 1
            first.byGuardrail[verdict.guardrail].flagged += 1
            second.byGuardrail[verdict.guardrail].flagged += 1
        }
        if let reason = verdict.reason {
            first.byReason[reason] += 1
            second.byReason[reason] += 1
        }
        if let user = verdict.user {
            first.byUser[user] += 1
            second.byUser[user] += 1
        }
    }
}
