import OpsModel

/// The engine: takes events in any order, keeps bounded time-bucketed aggregates, breakers,
/// alerts and recent traces, and answers snapshots for any window.
///
/// It never reads the clock: time moves with the events and with `advance(to:)`, which the
/// live screen calls with wall time, replay with its virtual clock, tests with a fixed one.
package struct MetricsStore: Sendable {
    package static let nanosPerSecond: Int64 = 1_000_000_000
    static let nanosPerDay: Int64 = 86_400 * nanosPerSecond

    package let configuration: EngineConfiguration
    var seconds = SecondRing()
    /// Updated only through `update(at:evicting:_:)` handing a reused slot's bucket to
    /// `allTime.mergeCounts`: every minute's counts and histograms reach all time once.
    var minutes: TimeRing<MetricsBucket>
    /// Every floating-point sum, added event by event in order; the counts and histograms of only the
    /// minutes that left ``minutes`` (and of events older than it). ``allTimeBucket`` adds the rest.
    var allTime = MetricsBucket()
    var costByDay = DailyCosts()
    var costByUser: [NameKey: Double] = [:]
    /// Where recent users' costs lie in ``costByUser``; forgotten whenever a user is added (which may move them).
    var recentUsers = RecentNames<[NameKey: Double].Index>()
    var models: SeriesRegistry
    var tools: SeriesRegistry
    var errorTypes: SeriesRegistry
    var errorTypeCategory: [SeriesRegistry.ID: ErrorCategory] = [:]
    var guardrailNames: SeriesRegistry
    var guardrailReasons: SeriesRegistry
    var guardrailUsers: SeriesRegistry
    var qualityMetrics: SeriesRegistry
    /// The newest blocked or flagged requests, oldest first (at most ``incidentLimit``).
    var incidents: [GuardrailSummary.Incident] = []
    static let incidentLimit = 50
    /// Whether any cache lookup, guardrail verdict or evaluation has been seen (alerts on them wait for one).
    package internal(set) var hasSignals = false
    package private(set) var unpricedModels: Set<String> = []
    /// The part of everything counted that opstop priced from its table (the rest was stated by the producer).
    package private(set) var tablePricedUSD: Double = 0
    package internal(set) var traces: TraceStore
    package private(set) var breakers: BreakerBoard
    package internal(set) var alerts = AlertBook()
    package private(set) var budgets: [String: BudgetEvent] = [:]
    var pricing: PriceLookup
    var classifier: ErrorClassifier

    /// The engine's clock: the latest event time seen or advanced to.
    package private(set) var now: Int64 = .min
    package private(set) var firstEventNanos: Int64?
    package private(set) var lastEventNanos: Int64?
    package private(set) var spanCount = 0
    package private(set) var duplicateSpans = 0
    package private(set) var breakerEventCount = 0
    package private(set) var budgetEventCount = 0
    package private(set) var evaluationCount = 0
    /// Evaluations read again (same trace, span, metric, evaluator, time and result), not counted again.
    package private(set) var duplicateEvaluations = 0
    /// The keys of the latest evaluations, to tell a duplicate (at most ``evaluationKeyLimit``).
    var recentEvaluations = RecentKeys<EvaluationKey>(capacity: evaluationKeyLimit)
    static let evaluationKeyLimit = 100_000
    var nextAlertEvaluation: Int64 = .min
    var alertWindowCache = OlderMinutesSum<AlertWindowFigures>()
    var hourCostCache = OlderMinutesSum<Double>()
    static let alertEvaluationStep: Int64 = 5 * nanosPerSecond

    package init(configuration: EngineConfiguration = EngineConfiguration()) {
        self.configuration = configuration
        minutes = TimeRing(widthNanos: 60 * Self.nanosPerSecond, capacity: 60, empty: MetricsBucket())
        models = SeriesRegistry(limit: configuration.maxSeries)
        tools = SeriesRegistry(limit: configuration.maxSeries)
        errorTypes = SeriesRegistry(limit: configuration.maxSeries)
        guardrailNames = SeriesRegistry(limit: configuration.maxSeries)
        guardrailReasons = SeriesRegistry(limit: configuration.maxSeries)
        guardrailUsers = SeriesRegistry(limit: configuration.maxSeries)
        qualityMetrics = SeriesRegistry(limit: configuration.maxSeries)
        traces = TraceStore(
            capacity: configuration.maxTraces, maxContentBytes: configuration.maxContentBytes,
            keepsSpans: configuration.keepSpans)
        breakers = BreakerBoard(settings: configuration.breakerInference)
        pricing = PriceLookup(table: configuration.prices)
        classifier = configuration.errorClassifier
    }

    package mutating func ingest<Events: Sequence>(_ events: Events) where Events.Element == Event {
        for event in events { ingest(event) }
    }

    package mutating func ingest(_ event: Event) {
        if let redactor = configuration.redactor {
            ingestAsGiven(redactor.redact(event))
        } else {
            ingestAsGiven(event)
        }
    }

    /// Everything past the one place `--redact` applies, so no view sees the original text.
    private mutating func ingestAsGiven(_ event: Event) {
        switch event {
        case let .span(span): ingest(span)
        case let .breaker(breaker):
            breakerEventCount += 1
            noteEventTime(breaker.timeNanos)
            breakers.record(breaker)
            moveClock(to: breaker.timeNanos)
        case let .budget(budget):
            budgetEventCount += 1
            noteEventTime(budget.timeNanos)
            budgets[budget.name] = budget
            moveClock(to: budget.timeNanos)
        case let .evaluation(evaluation):
            guard recentEvaluations.insert(EvaluationKey(evaluation)) else {
                duplicateEvaluations += 1
                return
            }
            evaluationCount += 1
            traces.attach(evaluation)
            noteEventTime(evaluation.timeNanos)
            addEvaluation(evaluation)
            moveClock(to: evaluation.timeNanos)
        }
    }

    /// Moves the clock forward (never back) and lets breakers cool down and alerts evaluate.
    ///
    /// Also applies the second buckets' waiting changes, so a screen that reads the store between
    /// two calls finds them in place instead of applying them to a copy at every read.
    package mutating func advance(to nanos: Int64) {
        seconds.settle()
        moveClock(to: nanos)
    }

    /// ``advance(to:)`` leaving the second buckets' waiting changes waiting, for a screen that takes
    /// events in several times a frame: it settles them once, before it draws (``settle()``).
    package mutating func advanceClock(to nanos: Int64) {
        moveClock(to: nanos)
    }

    /// Applies the second buckets' waiting changes, so the reads that follow find them in place.
    package mutating func settle() {
        seconds.settle()
    }

    /// Span figures and scores waiting for their second bucket (``settle()`` applies them).
    package var waitingSecondChanges: Int { seconds.pendingCount }

    /// ``advance(to:)`` as each event moves the clock: the second buckets' changes keep waiting.
    private mutating func moveClock(to nanos: Int64) {
        guard nanos >= now else { return }
        now = nanos
        seconds.advance(to: nanos)
        minutes.advance(to: nanos)
        breakers.advance(to: nanos)
        if nanos >= nextAlertEvaluation {
            evaluateAlerts()
            nextAlertEvaluation = nanos - nanos % Self.alertEvaluationStep + Self.alertEvaluationStep
        }
    }

    /// Evaluates the alert rules now, whatever the evaluation step (for a final report).
    package mutating func evaluateAlertsNow() {
        evaluateAlerts()
    }

    mutating func noteEventTime(_ nanos: Int64) {
        if let first = firstEventNanos { firstEventNanos = Swift.min(first, nanos) } else { firstEventNanos = nanos }
        if let last = lastEventNanos { lastEventNanos = Swift.max(last, nanos) } else { lastEventNanos = nanos }
    }

    private mutating func ingest(_ span: Span) {
        let (cost, priced, fromTable) = price(span)
        // A guardrail's refusal is the guardrail at work, counted among the guardrails: it stays out of
        // the error figures of providers and tools (the failed root query still counts).
        let refused = span.guardrailOutcome.map { $0 != .pass } ?? false
        let category = span.isError && !refused ? span.error.map { classifier.classify($0) } ?? .system : nil
        let hasUsage = !span.usage.isZero || cost > 0
        // nil until a roll-up is found (rare): an empty array would be retained and released per span.
        var retracted: [TraceRecord.Contribution]?
        let maxSpansPerTrace = traces.maxSpansPerTrace
        // A recent model's series, found without copying its name: a contribution holds it instead of the name.
        let modelSeries = span.modelIdentity.flatMap { models.recentID(for: $0) }
        let outcome = traces.update(span.traceID, span) { record, span -> (duplicate: Bool, counts: Bool) in
            if record.contains(span.spanID) { return (true, false) }
            let usageBelow = record.hasUsage(below: span.spanID)
            let counts = hasUsage && !usageBelow
            if hasUsage || usageBelow {
                // Ancestors of a span with usage are roll-ups: take back any usage they were counted with.
                var parent = span.parentID
                while let id = parent, record.markUsage(below: id) {
                    guard let index = record.index(of: id) else { break }
                    if record.countsUsage(at: index) {
                        if let contribution = record.contribution(at: index) {
                            if retracted == nil { retracted = [] }
                            retracted?.append(contribution)
                        }
                        record.setCountsUsage(false, at: index)
                    }
                    parent = record.parentID(at: index)
                }
            }
            guard record.spanCount < maxSpansPerTrace else { return (false, counts) }
            record.append(span, costUSD: cost, countsUsage: counts, errorCategory: category, modelSeries: modelSeries)
            return (false, counts)
        }
        if outcome.duplicate {
            duplicateSpans += 1
            return
        }
        let counts = outcome.counts
        spanCount += 1
        noteEventTime(span.startNanos)
        noteEventTime(span.endNanos)
        if counts && !priced && unpricedModels.count < 1000 { unpricedModels.insert(span.model ?? "(no model)") }
        if counts && fromTable { tablePricedUSD += cost }
        addToBuckets(span, cost: counts ? cost : 0, usage: counts ? span.usage : .zero, category: category)
        if let retracted { for contribution in retracted { takeBack(contribution) } }
        breakers.recordOutcome(of: span)
        moveClock(to: span.endNanos)
    }

    /// The span's own cost, whether it could be known (false: tokens of a model with no price), and whether
    /// opstop's table priced it (the producer stated no cost).
    private mutating func price(_ span: Span) -> (cost: Double, priced: Bool, fromTable: Bool) {
        if let stated = span.reportedCostUSD { return (stated.isFinite ? stated : 0, true, false) }
        // A cache hit never reached the model: what its tokens would have cost is a saving, not spend.
        if span.cacheHit == true { return (0, true, false) }
        guard !span.usage.isZero else { return (0, true, false) }
        if let price = tablePrice(of: span) { return (price.cost(of: span.usage), true, true) }
        return (0, false, false)
    }

    /// Adds a span's figures.
    ///
    /// Recent names are found by their identity, without copying them (see ``RecentNames``).
    private mutating func addToBuckets(_ span: Span, cost: Double, usage: TokenUsage, category: ErrorCategory?) {
        let model = span.modelIdentity.flatMap { models.recentID(for: $0) } ?? span.model.map { models.id(for: $0) }
        // An LLM span's tool is registered too, though only other spans' latency goes under their tool.
        let tool = span.toolIdentity.flatMap { tools.recentID(for: $0) } ?? span.tool.map { tools.id(for: $0) }
        let errorType = category == nil ? nil : span.error.map { errorTypes.id(for: $0.type) }
        if let errorType, let category { errorTypeCategory[errorType] = category }
        let signal: SpanSignal? = span.cacheHit != nil || span.guardrailOutcome != nil ? spanSignal(span) : nil
        // A constant worked out once, so each bucket's closure captures it by value (no box per span).
        let figures = SpanFigures(
            costUSD: cost, usage: usage, model: model, tool: span.component == .llm ? nil : tool,
            errorType: errorType, category: category, isRoot: span.isRoot, isError: span.isError,
            component: span.component, latency: LatencyHistogram.Sample(nanos: span.durationNanos),
            providerCacheSavedUSD: usage.cacheRead > 0 ? providerCacheSaving(span, usage: usage) : 0,
            signal: signal)
        let end = span.endNanos
        seconds.update(at: end, figures)
        // The minute, and all time's sums in the same pass; all time alone when the minute has left the ring.
        let inRing = minutes.update(at: end, evicting: { allTime.mergeCounts($0) }) {
            figures.add(to: &$0, sumsTo: &allTime)
        }
        if !inRing { figures.add(to: &allTime) }
        alertWindowCache.noteChange(at: end)
        hourCostCache.noteChange(at: end)
        addCost(cost, at: end, of: span)
    }

    /// Takes a roll-up's cost and tokens back out of the buckets they were added to.
    private mutating func takeBack(_ contribution: TraceRecord.Contribution) {
        let cost = -contribution.costUSD
        let takenBack = TakenBack(
            costUSD: cost, usage: .zero - contribution.usage,
            model: contribution.modelSeries ?? contribution.modelName.map { models.id(for: $0) })
        seconds.updateAfterWaiting(at: contribution.endNanos) { takenBack.add(to: &$0) }
        let inRing = minutes.update(at: contribution.endNanos, evicting: { allTime.mergeCounts($0) }) {
            takenBack.add(to: &$0)
        }
        hourCostCache.noteChange(at: contribution.endNanos)
        if inRing { takenBack.addSums(to: &allTime) } else { takenBack.add(to: &allTime) }
        if !contribution.statedCost { tablePricedUSD -= contribution.costUSD }
        addCost(cost, at: contribution.endNanos, user: contribution.userID)
    }

    /// ``addCost(_:at:user:)`` for a span's user: a recent one is found by its name's identity, without
    /// copying the name. (The span is passed, not captured by a closure: a capture retained its box.)
    private mutating func addCost(_ cost: Double, at nanos: Int64, of span: Span) {
        guard cost != 0 else { return }
        if let user = span.userIDIdentity, let index = recentUsers.value(for: user) {
            costByDay.add(cost, day: Self.day(of: nanos))
            costByUser.values[index] += cost
        } else {
            addCost(cost, at: nanos, user: span.userID)
        }
    }

    private mutating func addCost(_ cost: Double, at nanos: Int64, user: String?) {
        guard cost != 0 else { return }
        costByDay.add(cost, day: Self.day(of: nanos))
        guard let user else { return }
        if let index = recentUsers.value(for: user) {
            costByUser.values[index] += cost
            return
        }
        let key = NameKey(user)
        let users = costByUser.count
        if let index = costByUser.index(forKey: key) {
            costByUser.values[index] += cost
            recentUsers.remember(index, for: user)
        } else if users < configuration.maxUsers {
            costByUser[key] = cost
        } else {
            costByUser[NameKey(SeriesRegistry.overflowName), default: 0] += cost
        }
        if costByUser.count != users { recentUsers = RecentNames() }
    }

    static func day(of nanos: Int64) -> Int64 {
        nanos >= 0 ? nanos / nanosPerDay : (nanos - nanosPerDay + 1) / nanosPerDay
    }
}
