import OpsModel

extension MetricsStore {
    /// The cache, guardrail and provider-cache figures of a span that has any.
    ///
    /// A hit saves what the producer states (`saved_usd`), else what its own tokens cost on its model
    /// (the call it replaced); a hit with neither is priced at snapshot time at the window's cost per
    /// model call. Provider caching saves `cacheRead × (input − cachedInput)` of the model's price.
    mutating func spanSignal(_ span: Span, usage: TokenUsage) -> SpanSignal {
        hasSignals = true
        var signal = SpanSignal()
        if let lookup = span.cache {
            signal.hit = lookup.hit
            if lookup.hit {
                if let stated = lookup.savedUSD, stated.isFinite {
                    signal.statedSavedUSD = stated
                } else if !span.usage.isZero, let cost = tablePrice(of: span.usage, span) {
                    signal.pricedSavedUSD = cost
                } else {
                    signal.unpricedHit = true
                }
            }
        }
        if usage.cacheRead > 0, let model = span.requestModel ?? span.responseModel,
           let price = pricing.price(for: model) ?? span.responseModel.flatMap({ pricing.price(for: $0) }) {
            signal.providerSavedUSD = Double(usage.cacheRead) * Swift.max(0, price.input - price.cachedInput) / 1_000_000
        }
        if let verdict = span.guardrail {
            let triggered = verdict.outcome != .pass
            signal.verdict = SpanSignal.Verdict(
                guardrail: guardrailNames.id(for: verdict.guardrail),
                reason: triggered ? verdict.reason.map { guardrailReasons.id(for: $0) } : nil,
                user: triggered ? span.userID.map { guardrailUsers.id(for: $0) } : nil,
                outcome: verdict.outcome, isRateLimit: verdict.isRateLimit)
            if triggered { remember(verdict, of: span) }
        }
        return signal
    }

    private mutating func tablePrice(of usage: TokenUsage, _ span: Span) -> Double? {
        pricing.cost(of: usage, model: span.requestModel) ?? pricing.cost(of: usage, model: span.responseModel)
    }

    private mutating func remember(_ verdict: GuardrailVerdict, of span: Span) {
        if incidents.count >= Self.incidentLimit { incidents.removeFirst() }
        incidents.append(GuardrailSummary.Incident(
            traceID: span.traceID, spanID: span.spanID, timeNanos: span.endNanos, guardrail: verdict.guardrail,
            outcome: verdict.outcome, reason: verdict.reason, userID: span.userID, isRateLimit: verdict.isRateLimit))
    }

    /// Adds an evaluation score to the buckets of its time.
    mutating func addEvaluation(_ evaluation: Evaluation) {
        hasSignals = true
        let metric = qualityMetrics.id(for: evaluation.name)
        let threshold = configuration.qualityThresholds[evaluation.name]
        let body = { (bucket: inout MetricsBucket) in
            bucket.signals.use()
            bucket.signals.quality[metric].add(evaluation, threshold: threshold)
        }
        seconds.update(at: evaluation.timeNanos, body)
        minutes.update(at: evaluation.timeNanos, body)
        alertWindowCache.noteSpan(endingAt: evaluation.timeNanos)
        body(&allTime)
    }
}
