import Glibc
import OpsModel
import Synchronization

/// Where source threads leave decoded events for the screen's thread to take in batches.
///
/// When the screen falls behind, producers wait (a log is never dropped): `deliver` blocks
/// while more than `capacity` events are waiting.
package final class EventInbox: Sendable {
    private struct State {
        var events: [Event] = []
        var statuses: [String: SourceStatus] = [:]
        var order: [String] = []
        var changed = false
    }

    private let state = Mutex(State())
    package let capacity: Int

    package init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    /// Adds a batch from `source`; waits while the inbox is full.
    package func deliver(_ events: [Event], status: SourceStatus) {
        var waited = 0
        while state.withLock({ $0.events.count }) > capacity && waited < 10_000 {
            usleep(1_000)
            waited += 1
        }
        state.withLock { state in
            state.events.append(contentsOf: events)
            update(&state, status)
        }
    }

    /// Adds a batch unless more than `capacity` events are waiting; never waits. For network receivers,
    /// which answer "try later" (HTTP 503) instead of holding a connection or growing memory.
    package func offer(_ events: [Event], status: SourceStatus) -> Bool {
        state.withLock { state in
            guard state.events.count <= capacity else {
                update(&state, status)
                return false
            }
            state.events.append(contentsOf: events)
            update(&state, status)
            return true
        }
    }

    /// Whether more than `capacity` events are waiting.
    package var isFull: Bool { state.withLock { $0.events.count > capacity } }

    package func report(_ status: SourceStatus) {
        state.withLock { update(&$0, status) }
    }

    private func update(_ state: inout State, _ status: SourceStatus) {
        if state.statuses[status.name] == nil { state.order.append(status.name) }
        if state.statuses[status.name] != status { state.changed = true }
        state.statuses[status.name] = status
    }

    /// Takes every waiting event, with the latest status of each source in the order they first reported.
    package func drain() -> (events: [Event], statuses: [SourceStatus], changed: Bool) {
        state.withLock { state in
            let events = state.events
            state.events = []
            state.events.reserveCapacity(Swift.min(events.count, 4096))
            let changed = state.changed || !events.isEmpty
            state.changed = false
            return (events, state.order.compactMap { state.statuses[$0] }, changed)
        }
    }
}
