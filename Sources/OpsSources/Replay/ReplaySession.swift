import OpsModel
import OpsFormats
import OpsEngine

/// Plays a log file into a `MetricsStore` in event-time order, to any point and back.
///
/// Holds the file's `ReplayIndex`, not its events: moving forward opens the blocks whose earliest
/// event is due (reads them again and holds an entry per event not yet applied) and reads back and
/// decodes only the lines due; moving back rebuilds the store from a checkpoint or the start (with
/// prompts and completions kept, so the trace view works). A block must read again as it was
/// indexed and a line must give an event at the time the block's reading gave; the events of a
/// block or line that changed since are counted in `unreadableLines` and skipped.
package struct ReplaySession: Sendable {
    /// Entries decoded together: read in offset order, ingested in time order.
    static let batchSize = 1024

    package let index: ReplayIndex
    package let configuration: EngineConfiguration
    /// The engine as of `position`: what every panel shows.
    package internal(set) var store: MetricsStore
    /// The event time the store was last advanced to; nil before the first advance.
    package private(set) var position: Int64?
    /// How many entries of the index, in time order, the store has been given (or skipped).
    package internal(set) var appliedCount = 0
    /// Lines up to `position` that could not be read back as indexed (the file changed, or a read failed).
    package internal(set) var unreadableLines = 0
    /// The last read error, if reading back failed.
    package internal(set) var lastReadError: SourceError?
    /// How many times going back made the store start again from the beginning of the log.
    package private(set) var rebuilds = 0

    let file: ReplayFile
    /// Who reads and decodes ahead of ingest (worker threads, or this thread when it needs to).
    let readAhead: ReplayReadAhead
    /// Blocks being opened ahead, by their place in `index.openingOrder`.
    var opening: [Int: ReplayAheadWork<Result<[ReplayIndex.Entry], SourceError>?>] = [:]
    /// Entries between checkpoints; `Int.max` without checkpoints.
    let checkpointStride: Int
    /// Copies of the store taken on the way forward, by `appliedCount`.
    var checkpoints: [Checkpoint] = []
    /// How many of `index.openingOrder`'s blocks have been opened.
    package internal(set) var openedBlocks = 0
    /// The entries of opened blocks and of other tools' records not yet applied, from `pendingStart`
    /// on, in the order replay applies them.
    var pending: [ReplayIndex.Entry]
    var pendingStart = 0
    /// The time of the last entry applied; nil before the first.
    var lastAppliedNanos: Int64?

    /// Replays an indexed file; throws when the file cannot be opened again.
    ///
    /// Up to `checkpoints` copies of the store are kept at evenly spaced points of the log as
    /// replay first passes them, so going back replays from the nearest one instead of from the
    /// start. Each costs up to the memory of the store (its recent traces, mostly).
    ///
    /// `workers` threads besides this one read blocks and decode lines ahead of ingest (0: this
    /// thread does it all); the store sees the same events in the same order whatever the number.
    package init(
        index: ReplayIndex, configuration: EngineConfiguration = EngineConfiguration(), checkpoints: Int = 4,
        workers: Int = 0
    ) throws(SourceError) {
        file = try ReplayFile(path: index.path)
        readAhead = ReplayReadAhead(
            workers: workers, syntheticSource: UsageLogDecoder.syntheticSourceKey(for: index.path),
            maxLineLength: index.maxLineLength)
        self.index = index
        self.configuration = configuration
        store = MetricsStore(configuration: configuration)
        pending = index.foreignEntries
        let count = Swift.min(Swift.max(0, checkpoints), 64)
        checkpointStride = count == 0 ? .max : Swift.max(Self.batchSize, index.count / (count + 1))
    }

    /// A replay at the end of the log, `store` holding every event of `index` as replay applies them:
    /// a play ahead's (`ReplayPlayAhead`) when it went through. Going back starts again from the start.
    package init(index: ReplayIndex, played store: MetricsStore, workers: Int = 0) throws(SourceError) {
        try self.init(index: index, configuration: store.configuration, checkpoints: 0, workers: workers)
        self.store = store
        // Spans it evicts from now on are freed as it evicts them, as in any other replay.
        _ = self.store.takeEvictedSpans()
        self.store.holdEvictedSpans(upTo: 0)
        appliedCount = index.count
        openedBlocks = index.openingOrder.count
        pending = []
        lastAppliedNanos = index.lastEventNanos
        if let end = index.lastEventNanos {
            self.store.advance(to: end)
            position = end
        }
    }

    /// Indexes `path` (with `workers` threads besides this one) and opens it for replay (read ahead by as many).
    package init(
        path: String, configuration: EngineConfiguration = EngineConfiguration(), checkpoints: Int = 4, workers: Int = 0
    ) throws(SourceError) {
        try self.init(
            index: ReplayIndex(path: path, workers: workers), configuration: configuration, checkpoints: checkpoints,
            workers: workers)
    }

    /// The earliest event time of the log (0 for a log without events).
    package var eventStart: Int64 { index.firstEventNanos ?? 0 }
    /// The latest event time of the log (0 for a log without events).
    package var eventEnd: Int64 { index.lastEventNanos ?? 0 }

    /// How far into the log's time the store is: 0 before any advance, 1 at the end.
    package var progress: Double {
        guard let position else { return 0 }
        let length = Double(eventEnd) - Double(eventStart)
        guard length > 0 else { return position >= eventEnd ? 1 : 0 }
        return Swift.min(1, Swift.max(0, (Double(position) - Double(eventStart)) / length))
    }

    /// A clock over this log's time span.
    package func makeClock(speed: ReplaySpeed = .factor(1), position: Int64? = nil, paused: Bool = false) -> ReplayClock {
        ReplayClock(eventStart: eventStart, eventEnd: eventEnd, speed: speed, position: position, paused: paused)
    }

    /// Brings the store to `eventTime`: every event at or before it ingested in time order, then
    /// the store advanced to it. Going back rebuilds the store from the nearest checkpoint before
    /// it, else from the start of the log.
    package mutating func advance(to eventTime: Int64) {
        advance(to: eventTime, maxEvents: .max)
    }

    /// Like `advance(to:)`, but applies at most `maxEvents` events (at least one) and returns the
    /// time it got to: `eventTime`, or the time of the last event applied when the limit cut it short.
    ///
    /// A screen replaying at full speed bounds its work per frame this way and settles its clock
    /// at the time returned.
    @discardableResult
    package mutating func advance(to eventTime: Int64, maxEvents: Int) -> Int64 {
        if let position, eventTime < position { restart(toward: eventTime) }
        openBlocks(through: eventTime, wanting: Swift.max(1, maxEvents))
        let due = pendingCount(through: eventTime)
        let limit = Swift.max(1, maxEvents)
        var reached = eventTime
        var goal = due
        // Exactly `limit` due with a block left closed that holds events up to `eventTime`: those
        // events come after the due ones, so the store only gets as far as the last one applied.
        if due > limit || (due == limit && nextClosedEarliest.map { $0 <= eventTime } == true) {
            goal = limit
            reached = pending[pendingStart + goal - 1].timeNanos
        }
        if goal > 0 { apply(goal) }
        store.advance(to: reached)
        position = reached
        return reached
    }

    /// Goes back to the latest checkpoint whose events are all at or before `eventTime`, else to an empty store.
    mutating func restart(toward eventTime: Int64) {
        rebuilds += 1
        if let checkpoint = checkpoints.last(where: { $0.lastAppliedNanos <= eventTime }) {
            store = checkpoint.store
            appliedCount = checkpoint.appliedCount
            unreadableLines = checkpoint.unreadableLines
            openedBlocks = checkpoint.openedBlocks
            pending = checkpoint.pending
            lastAppliedNanos = checkpoint.lastAppliedNanos
            position = store.now == .min ? nil : store.now
        } else {
            store = MetricsStore(configuration: configuration)
            appliedCount = 0
            unreadableLines = 0
            openedBlocks = 0
            pending = index.foreignEntries
            lastAppliedNanos = nil
            position = nil
        }
        pendingStart = 0
        opening = [:]
    }
}
