import Foundation
import OpsModel

/// A replay played while its log is indexed (`replay --speed max`): the index pass decodes each
/// block with its prompts and completions and hands the events, in replay's order, to the screen's
/// thread, which takes them in as a loading log's. The log is then read and decoded once, on every
/// core, instead of indexed first and read again on the screen's thread alone.
///
/// Only a log in time order (but for what a block or so of lines puts right) can be played so:
/// the pass abandons it at the first event that should have come before one already handed over,
/// and at the first record of another tool (whose events replay orders apart); so does a screen
/// that no longer plays at full speed. Once abandoned, nothing more is handed over, and the
/// events handed over do not count: replay starts again from the index, as it would have.
package final class ReplayPlayAhead: @unchecked Sendable {  // `abandoned` is guarded by `lock`
    private let events: Inbox<[Event]>
    private let lock = NSLock()
    private var abandoned = false
    /// Span events the screen's thread is done with (its trace store's evictions, or the arrays the
    /// events came in): the index pass's decoders build their next spans in those boxes and free the
    /// rest, off the screen's thread.
    package let spent = Recycler<[Event]>(limit: 8)
    /// A step of the index pass for the screen's thread to run while no events wait (the pass opens
    /// it while it has workers).
    package let help = LoadHelp()

    /// `capacity`: events handed over and not yet taken, at most (the index pass waits meanwhile);
    /// by default what a loading log's feed holds (`EventFeed.defaultLogsCapacity`), a few blocks.
    package init(capacity: Int = EventFeed.defaultLogsCapacity) {
        events = Inbox(capacity: Swift.max(1, capacity), policy: .block, weight: { $0.count })
    }

    /// Hands over events in replay's order, waiting for room; false once abandoned.
    func put(_ batch: [Event]) -> Bool {
        guard !batch.isEmpty else { return !isAbandoned }
        return events.put(batch)
    }

    /// No more events come: the pass is over (or failed; then it is abandoned first).
    func finish() {
        events.close()
    }

    /// Stops handing over: the screen will replay from the index.
    package func abandon() {
        lock.withLock { abandoned = true }
        events.close()
    }

    package var isAbandoned: Bool { lock.withLock { abandoned } }

    /// Every batch of events handed over and not yet taken, oldest first; never waits.
    package func drain() -> [[Event]] { events.drain() }

    /// Waits up to `timeout` for events to take, or for the end of the pass. While none wait, it
    /// first scans the pass's next block on this thread, when a slot is free, rather than sleep: on
    /// two cores the pass's one worker decodes more slowly than the screen's thread takes events in.
    package func waitForEvents(atMost timeout: Duration) {
        if events.count == 0, help.help() { return }
        events.waitUntilNotEmpty(atMost: timeout)
    }

    /// The pass handed over all it will and every batch was taken.
    package var isDone: Bool { events.isClosed && events.count == 0 }
}
