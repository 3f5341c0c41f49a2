/// Anything a source can deliver to the engine.
package enum Event: Sendable {
    case span(Span)
    /// Indirect, like the evaluation: every event is as big as its largest case, and with only
    /// references in its cases an event is one word (a span's box), which the decoder's events
    /// arrays copy and free per span; breaker and budget lines are rare.
    indirect case breaker(BreakerEvent)
    indirect case budget(BudgetEvent)
    /// Indirect: an evaluation is several times larger than the other cases, and every event is copied as
    /// big as its largest case (a memmove per span on the hot path).
    indirect case evaluation(Evaluation)

    /// When it happened: a span's end (when it was written), a breaker, budget or evaluation line's time.
    package var timeNanos: Int64 {
        switch self {
        case let .span(span): return span.endNanos
        case let .breaker(event): return event.timeNanos
        case let .budget(event): return event.timeNanos
        case let .evaluation(evaluation): return evaluation.timeNanos
        }
    }
}

/// A circuit breaker changed state, as the application reported it.
package struct BreakerEvent: Sendable, Hashable {
    package var timeNanos: Int64
    /// The tool, provider or model the breaker guards, else the breaker's own name.
    package var target: String
    /// `tool`, `provider`, `model`, … when the log says.
    package var targetType: String?
    package var state: BreakerState
    package var reason: String?

    package init(timeNanos: Int64, target: String, targetType: String? = nil, state: BreakerState, reason: String? = nil) {
        self.timeNanos = timeNanos
        self.target = target
        self.targetType = targetType
        self.state = state
        self.reason = reason
    }
}

/// A budget figure the application reported (for example from its own spend tracking).
package struct BudgetEvent: Sendable, Hashable {
    package var timeNanos: Int64
    package var name: String
    package var limitUSD: Double?
    package var spentUSD: Double?
    /// What happened, in the application's words (`threshold_crossed`, `exhausted`, …).
    package var event: String?

    package init(timeNanos: Int64, name: String, limitUSD: Double? = nil, spentUSD: Double? = nil, event: String? = nil) {
        self.timeNanos = timeNanos
        self.name = name
        self.limitUSD = limitUSD
        self.spentUSD = spentUSD
        self.event = event
    }
}
