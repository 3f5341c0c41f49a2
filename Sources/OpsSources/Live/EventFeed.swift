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
    /// Whole decoded blocks of a followed file being loaded from its start, each handed over as
    /// the array its decoding worker filled (nothing copied on the way), weighed by its events, under
    /// ``InboxPolicy/block`` with the followed sources' capacity.
    package let loaded: Inbox<[Event]>
    /// Blocks the screen took in, handed back for the loading file's decoding workers to empty and
    /// refill: their events are freed off the screen's thread (``ParallelLogReader``), or, once the
    /// trace store is full, the spans it evicted instead. Few: a spent block holds its events until a
    /// worker takes it (more are freed by the screen); enough for the blocks one drain takes in (up to
    /// ``defaultLogsCapacity`` events, about six blocks) and those in flight.
    package let spentBlocks = Recycler<[Event]>(limit: 8)
    package let statuses = SourceStatusBoard()
    /// A followed file's load under way, for the screen's thread to decode its next block while no
    /// loaded block waits to be taken in (``waitForLogs(atMost:)``).
    package let loadHelp = LoadHelp()

    /// Events the followed sources may leave waiting: a few blocks of a log being loaded (about
    /// 1 300 spans with text each), enough that the loader rarely waits for the screen, few enough
    /// that what waits costs little memory beside the engine's.
    package static let defaultLogsCapacity = 8_192

    /// `capacity` is in events, for the receiver's inbox, and for the followed sources' unless
    /// `logsCapacity` says otherwise (default: the smaller of `capacity` and ``defaultLogsCapacity``).
    package init(capacity: Int = 200_000, logsCapacity: Int? = nil) {
        let logsCapacity = logsCapacity ?? Swift.min(capacity, Self.defaultLogsCapacity)
        logs = Inbox(capacity: logsCapacity, policy: .block)
        loaded = Inbox(capacity: logsCapacity, policy: .block) { $0.count }
        received = Inbox(capacity: capacity, policy: .refuse)
    }

    /// Waits up to `timeout` until a followed source leaves an event, without taking it; returns at
    /// once when one waits. For the screen while a log loads: it takes the events in as they come
    /// rather than at its next frame, without spinning.
    ///
    /// While a file loads and no block waits, it first decodes the load's next block on this thread,
    /// when a slot is free, rather than sleep.
    package func waitForLogs(atMost timeout: Duration) {
        if loaded.count == 0, loadHelp.help() { return }
        loaded.waitUntilNotEmpty(atMost: timeout)
    }

    /// Events waiting in any inbox.
    package var hasEvents: Bool { loaded.count > 0 || logs.count > 0 || received.count > 0 }

    /// Every waiting event (followed sources' first), with each source's latest status in the
    /// order they first reported; `changed` when an event arrived or a status changed.
    package func drain() -> (events: [Event], statuses: [SourceStatus], changed: Bool) {
        let drained = drainBatches()
        let arrays = drained.blocks + drained.events
        // One array is handed on as it is: joining copies (retains) every event.
        let events = arrays.count == 1 ? arrays[0] : Array(arrays.joined())
        return (events, drained.statuses, drained.changed)
    }

    /// Every waiting event as the arrays they came in: the loaded blocks, then the followed sources'
    /// events, then the received ones, each in order; with the statuses as ``drain()`` gives them.
    ///
    /// A file's loaded blocks all come before the events it follows with, so the followed events are
    /// taken before the blocks: any block put before them is then taken in the same drain, ahead of them.
    package func drainBatches() -> (blocks: [[Event]], events: [[Event]], statuses: [SourceStatus], changed: Bool) {
        let (statuses, statusChanged) = statuses.read()
        let followed = logs.drain()
        let pushed = received.drain()
        let blocks = loaded.drain().filter { !$0.isEmpty }
        let events = [followed, pushed].filter { !$0.isEmpty }
        return (blocks, events, statuses, statusChanged || !blocks.isEmpty || !events.isEmpty)
    }

    /// Releases sources waiting on a full inbox and turns later events away; for shutdown.
    package func close() {
        loaded.close()
        logs.close()
        received.close()
    }
}
