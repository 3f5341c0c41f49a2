import OpsModel
import OpsEngine
import OpsSources
import OpsUI

/// Live sources (followed files, stdin, the demo, the receiver) delivering into a feed; the clock is wall time.
package struct LiveDriver: EngineDriver {
    package private(set) var store: MetricsStore
    package private(set) var sources: [SourceLine] = []
    package let inbox: EventFeed
    private let stopSources: @Sendable () -> Void
    /// At most this many events are taken in per frame, so keys stay responsive under a flood.
    package let eventsPerPump = 50_000
    private var pending: [Event] = []
    /// The first event of `pending` not yet taken in (an index, so taking a slice moves nothing).
    private var pendingStart = 0
    package private(set) var dataVersion = 0

    package init(configuration: EngineConfiguration, inbox: EventFeed, stop: @escaping @Sendable () -> Void) {
        store = MetricsStore(configuration: configuration)
        self.inbox = inbox
        stopSources = stop
    }

    package var mode: ClockMode { .live }

    package mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        var changed = false
        if pendingStart == pending.count {
            // The loop pumps again at once while a log loads: wait here for its next events, briefly
            // (keys are read between pumps), rather than spin or wait for the next frame.
            if isLoading { inbox.waitForLogs(atMost: Self.loadingWait) }
            let drained = inbox.drain()
            pending = drained.events
            pendingStart = 0
            var lines = drained.statuses.map(SourceLine.init(status:))
            if !pending.isEmpty { keepLoading(&lines) }
            if lines != sources {
                sources = lines
                changed = true
            }
            changed = changed || drained.changed
        }
        if pendingStart < pending.count {
            let end = pendingStart + Swift.min(pending.count - pendingStart, eventsPerPump)
            // One event at a time through the engine's non-generic entry: its generic `ingest(_:)` runs
            // unspecialised from this module, and iterating a slice copied each event: 30 % of the
            // instructions this loop spent taking a log in.
            for index in pendingStart..<end { store.ingest(pending[index]) }
            pendingStart = end
            if pendingStart == pending.count {
                pending = []
                pendingStart = 0
            }
            dataVersion &+= 1
            changed = true
        }
        let before = store.now
        store.advance(to: wallNanos)
        // The header clock ticks once a second even when nothing arrives.
        if before / 1_000_000_000 != store.now / 1_000_000_000 { changed = true }
        return changed
    }

    /// A source that has read all it held at start is caught up only once the screen took its
    /// events in: until the events of that drain are taken in, its line still says loading (at 100 %).
    private func keepLoading(_ lines: inout [SourceLine]) {
        for index in lines.indices where lines[index].loading == nil {
            // Only the drain that brought the last of the load: a kept 100 % is never kept again.
            guard let earlier = sources.first(where: { $0.name == lines[index].name })?.loading,
                earlier.readBytes < earlier.totalBytes
            else { continue }
            lines[index].loading = LoadProgress(readBytes: earlier.totalBytes, totalBytes: earlier.totalBytes)
        }
    }

    /// Events drained but not taken in yet, or waiting in the feed, or a log still loading.
    package var hasBacklog: Bool {
        pendingStart < pending.count || inbox.logs.count > 0 || inbox.received.count > 0 || isLoading
    }

    /// A source is still loading what its file held (its header line says `loading`).
    private var isLoading: Bool { sources.contains { $0.loading != nil } }

    /// How long a pump waits for a loading log's next events: what a key may wait while a log loads.
    static let loadingWait = Duration.milliseconds(20)

    package mutating func handle(_ command: ReplayCommand, monotonicNanos: Int64) {}

    /// Closing the feed first releases any source waiting for room.
    package func stop() {
        inbox.close()
        stopSources()
    }
}

extension SourceLine {
    package init(status: SourceStatus) {
        let health: SourceLine.Health
        var detail = ""
        switch status.health {
        case .starting, .live:
            health = .live
            detail = status.note
        case .finished: health = .finished
        case let .waiting(why):
            health = .waiting
            detail = why
        case let .failed(why):
            health = .failed
            detail = why
        }
        self.init(
            name: status.name, health: health, detail: detail, malformedLines: status.stats.malformed,
            ignoredLines: status.stats.ignored,
            loading: status.loadingTotal.map { LoadProgress(readBytes: status.bytesRead, totalBytes: $0) })
    }
}
