import Synchronization

/// The latest status of each source, in the order the sources first reported, for the header.
///
/// Beside the inboxes rather than in them: a status is a latest value, not a queue entry, so it
/// is never refused, dropped or made to wait (a source waiting on a full inbox still says so).
package final class SourceStatusBoard: Sendable {
    private struct State {
        var statuses: [String: SourceStatus] = [:]
        var order: [String] = []
        var changed = false
    }

    private let state = Mutex(State())

    package init() {}

    package func report(_ status: SourceStatus) {
        state.withLock { state in
            if state.statuses[status.name] == nil { state.order.append(status.name) }
            if state.statuses[status.name] != status { state.changed = true }
            state.statuses[status.name] = status
        }
    }

    /// Every source's latest status, and whether any changed since the last call.
    package func read() -> (statuses: [SourceStatus], changed: Bool) {
        state.withLock { state in
            let changed = state.changed
            state.changed = false
            return (state.order.compactMap { state.statuses[$0] }, changed)
        }
    }
}
