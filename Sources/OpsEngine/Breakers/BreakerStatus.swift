import OpsModel

/// The state and recent history of one target's circuit breaker.
package struct BreakerStatus: Sendable, Hashable {
    package var target: String
    package var kind: TargetKind
    package var state: BreakerState
    /// When the breaker entered ``state``, or when the target was first seen if it never changed.
    package var since: Int64
    /// Failed calls since the last successful one, whatever the state.
    package var consecutiveFailures: Int
    /// Transitions to open since the target was first seen; not limited by the history bound.
    package var openedCount: Int
    /// The most recent transitions, oldest first; older ones are dropped (``droppedTransitions``).
    package var transitions: [BreakerTransition]
    package var droppedTransitions: Int
    /// ``BreakerSource/explicit`` from the first breaker line for the target on; earlier inferred
    /// transitions stay in ``transitions``, marked inferred.
    package var source: BreakerSource

    package init(
        target: String, kind: TargetKind, state: BreakerState = .closed, since: Int64,
        consecutiveFailures: Int = 0, openedCount: Int = 0, transitions: [BreakerTransition] = [],
        droppedTransitions: Int = 0, source: BreakerSource
    ) {
        self.target = target
        self.kind = kind
        self.state = state
        self.since = since
        self.consecutiveFailures = consecutiveFailures
        self.openedCount = openedCount
        self.transitions = transitions
        self.droppedTransitions = droppedTransitions
        self.source = source
    }

    /// Transitions to open within `window` among the kept ``transitions``.
    package func opens(in window: ClosedRange<Int64>) -> Int {
        transitions.reduce(0) { count, transition in
            transition.to == .open && window.contains(transition.timeNanos) ? count + 1 : count
        }
    }
}
