import OpsModel

/// Where live sources leave decoded events and their statuses for the screen's thread (or
/// `report --listen`) to take in.
///
/// Two inboxes with different policies, because their producers can do different things when
/// the consumer falls behind (see `docs/inboxes.md`). A producer puts its events first and then
/// reports its status, and `drain` reads the statuses first, so a status never counts lines whose
/// events have not been handed over.
package final class EventFeed: Sendable {
    /// Followed files, standard input and the demo: ``InboxPolicy/block`` — the source waits
    /// while the screen is behind, so a log is never dropped.
    package let logs: Inbox<Event>
    /// Spans from the OTLP receiver: ``InboxPolicy/refuse`` — the receiver answers 503 with
    /// `Retry-After`, and the sender retries; it never holds an event-loop thread.
    package let received: Inbox<Event>
    package let statuses = SourceStatusBoard()

    /// Events the followed sources may leave waiting: a few blocks of a log being loaded (about
    /// 1 300 spans with text each), enough that the loader rarely waits for the screen, few enough
    /// that what waits costs little memory beside the engine's.
    package static let defaultLogsCapacity = 8_192

    /// `capacity` is in events, for the receiver's inbox, and for the followed sources' unless
    /// `logsCapacity` says otherwise (default: the smaller of `capacity` and ``defaultLogsCapacity``).
    package init(capacity: Int = 200_000, logsCapacity: Int? = nil) {
        logs = Inbox(capacity: logsCapacity ?? Swift.min(capacity, Self.defaultLogsCapacity), policy: .block)
        received = Inbox(capacity: capacity, policy: .refuse)
    }

    /// Waits up to `timeout` until a followed source leaves an event, without taking it; returns at
    /// once when one waits. For the screen while a log loads: it takes the events in as they come
    /// rather than at its next frame, without spinning.
    package func waitForLogs(atMost timeout: Duration) {
        logs.waitUntilNotEmpty(atMost: timeout)
    }

    /// Every waiting event (followed sources' first), with each source's latest status in the
    /// order they first reported; `changed` when an event arrived or a status changed.
    package func drain() -> (events: [Event], statuses: [SourceStatus], changed: Bool) {
        let (statuses, statusChanged) = statuses.read()
        let followed = logs.drain()
        let pushed = received.drain()
        let events = pushed.isEmpty ? followed : followed.isEmpty ? pushed : followed + pushed
        return (events, statuses, statusChanged || !events.isEmpty)
    }

    /// Releases sources waiting on a full inbox and turns later events away; for shutdown.
    package func close() {
        logs.close()
        received.close()
    }
}
