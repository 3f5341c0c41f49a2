/// One change of a breaker's state.
public struct BreakerTransition: Sendable, Hashable {
    public var timeNanos: Int64
    public var from: BreakerState
    public var to: BreakerState
    /// The log's reason for a reported change; opstop's rule for an inferred one.
    public var reason: String?
    public var source: BreakerSource

    public init(timeNanos: Int64, from: BreakerState, to: BreakerState, reason: String?, source: BreakerSource) {
        self.timeNanos = timeNanos
        self.from = from
        self.to = to
        self.reason = reason
        self.source = source
    }
}
