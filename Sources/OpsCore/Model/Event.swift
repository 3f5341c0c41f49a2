/// Anything a source can deliver to the engine.
public enum Event: Sendable {
    case span(Span)
    case breaker(BreakerEvent)
    case budget(BudgetEvent)

    /// When it happened: a span's end (when it was written), a breaker or budget line's time.
    public var timeNanos: Int64 {
        switch self {
        case let .span(span): return span.endNanos
        case let .breaker(event): return event.timeNanos
        case let .budget(event): return event.timeNanos
        }
    }
}

/// A circuit breaker changed state, as the application reported it.
public struct BreakerEvent: Sendable, Hashable {
    public var timeNanos: Int64
    /// The tool, provider or model the breaker guards, else the breaker's own name.
    public var target: String
    /// `tool`, `provider`, `model`, … when the log says.
    public var targetType: String?
    public var state: BreakerState
    public var reason: String?

    public init(timeNanos: Int64, target: String, targetType: String? = nil, state: BreakerState, reason: String? = nil) {
        self.timeNanos = timeNanos
        self.target = target
        self.targetType = targetType
        self.state = state
        self.reason = reason
    }
}

/// A budget figure the application reported (for example from its own spend tracking).
public struct BudgetEvent: Sendable, Hashable {
    public var timeNanos: Int64
    public var name: String
    public var limitUSD: Double?
    public var spentUSD: Double?
    /// What happened, in the application's words (`threshold_crossed`, `exhausted`, …).
    public var event: String?

    public init(timeNanos: Int64, name: String, limitUSD: Double? = nil, spentUSD: Double? = nil, event: String? = nil) {
        self.timeNanos = timeNanos
        self.name = name
        self.limitUSD = limitUSD
        self.spentUSD = spentUSD
        self.event = event
    }
}
