import OpsModel

/// One change of a breaker's state.
package struct BreakerTransition: Sendable, Hashable {
    package var timeNanos: Int64
    package var from: BreakerState
    package var to: BreakerState
    /// The log's reason for a reported change; opstop's rule for an inferred one.
    package var reason: String?
    package var source: BreakerSource

    package init(timeNanos: Int64, from: BreakerState, to: BreakerState, reason: String?, source: BreakerSource) {
        self.timeNanos = timeNanos
        self.from = from
        self.to = to
        self.reason = reason
        self.source = source
    }
}
