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
    /// Drained events not yet taken in, as the arrays they came in.
    private var pending = PendingEvents()
    package private(set) var dataVersion = 0

    package init(configuration: EngineConfiguration, inbox: EventFeed, stop: @escaping @Sendable () -> Void) {
        store = MetricsStore(configuration: configuration)
        // A loaded block's evicted spans go to the decoding workers (`PendingEvents`).
        store.holdEvictedSpans()
        self.inbox = inbox
        stopSources = stop
    }

    package var mode: ClockMode { .live }

    package mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        var changed = false
        if pending.isEmpty {
            // The loop pumps again at once while a log loads: decode its next block here, or wait for
            // its next events, briefly (keys are read between pumps), rather than spin or wait for the
            // next frame.
            if isLoading { inbox.waitForLogs(atMost: Self.loadingWait) }
            let drained = inbox.drainBatches()
            pending.add(drained.blocks, spent: inbox.spentBlocks)
            pending.add(drained.events, spent: nil)
            var lines = drained.statuses.map(SourceLine.init(status:))
            if !pending.isEmpty { keepLoading(&lines) }
            if lines != sources {
                sources = lines
                changed = true
            }
            changed = changed || drained.changed
            // Once no file loads, no worker takes spent blocks any more: what waits there is freed here.
            if !isLoading { while inbox.spentBlocks.take() != nil {} }
        }
        if !pending.isEmpty {
            pending.ingest(upTo: eventsPerPump, into: &store)
            dataVersion &+= 1
            changed = true
        }
        let before = store.now
        store.advanceClock(to: wallNanos)
        // The header clock ticks once a second even when nothing arrives.
        if before / 1_000_000_000 != store.now / 1_000_000_000 { changed = true }
        return changed
    }

    package mutating func prepareToDraw() {
        store.settle()
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
        !pending.isEmpty || inbox.hasEvents || isLoading
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
