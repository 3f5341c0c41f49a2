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

    /// Only the savings of ``add(to:latency:)``: its floating-point sums (see ``SpanFigures/add(to:sumsTo:)``).
    func addSums(to figures: inout SignalFigures) {
        figures.use()
        guard hit != nil else { return }
        figures.statedSavedUSD += statedSavedUSD
        figures.pricedSavedUSD += pricedSavedUSD
    }
}
