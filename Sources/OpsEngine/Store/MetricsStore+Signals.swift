import OpsModel

extension MetricsStore {
    /// The cache and guardrail figures of a span that has any.
    ///
    /// A hit saves what the producer states (`saved_usd`), else what its own tokens cost on its model
    /// (the call it replaced); a hit with neither is priced at snapshot time at the window's cost per
    /// model call.
    mutating func spanSignal(_ span: Span) -> SpanSignal {
        hasSignals = true
        var signal = SpanSignal()
        // The lookup is copied (with its cache name) only for a hit.
        if let hit = span.cacheHit {
            signal.hit = hit
            if hit {
                if let stated = span.cache?.savedUSD, stated.isFinite {
                    signal.statedSavedUSD = stated
                } else if !span.usage.isZero, let price = tablePrice(of: span) {
                    signal.pricedSavedUSD = price.cost(of: span.usage)
                } else {
                    signal.unpricedHit = true
                }
            }
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

    /// What reading `usage.cacheRead` tokens from the provider's prompt cache saved against the input
    /// price: `cacheRead × (input − cachedInput)` of the model's price; 0 for a model without one.
    mutating func providerCacheSaving(_ span: Span, usage: TokenUsage) -> Double {
        guard let price = tablePrice(of: span) else { return 0 }
        return Double(usage.cacheRead) * Swift.max(0, price.input - price.cachedInput) / 1_000_000
    }

    /// The table's price of the span's model: the one asked for, else the one that answered.
    ///
    /// A recent model is found by its name's identity: the name is not copied (its reference count,
    /// which the decoding thread writes too, stays untouched).
    mutating func tablePrice(of span: Span) -> ModelPrice? {
        if let model = span.requestModelIdentity, let price = pricing.price(for: model, name: { span.requestModel }) {
            return price
        }
        if let model = span.responseModelIdentity, let price = pricing.price(for: model, name: { span.responseModel }) {
            return price
        }
        return nil
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
        let change = ScoreChange(metric: metric, threshold: threshold, evaluation: evaluation)
        seconds.score(at: evaluation.timeNanos, change)
        minutes.update(at: evaluation.timeNanos, evicting: { allTime.mergeCounts($0) }) { change.add(to: &$0) }
        alertWindowCache.noteChange(at: evaluation.timeNanos)
        hourCostCache.noteChange(at: evaluation.timeNanos)
        // A score is a floating-point sum: straight to all time (minutes' merges leave scores alone).
        change.add(to: &allTime)
    }
}
