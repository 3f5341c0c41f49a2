import Foundation
import OpsModel
import OpsFormats

/// Reads whole usage logs with several worker threads: each worker takes the next block of whole
/// lines from the files (``LogBlockSource``, which cuts them with ``LogBlockSplitter``), decodes it
/// apart from the others (``BlockDecoder``), and the caller's thread takes the decoded blocks back
/// in file order (``BlockSequencer``).
///
/// The caller's sink sees the same events in the same order, and each file the same counts, as
/// ``LogIngestor`` gives reading line by line on one thread, whatever the number of workers; so
/// the engine fed by the sink, with its order-dependent parts (trace roll-ups, breakers, alerts),
/// gives the same figures. With no workers everything runs on the caller's thread.
///
/// The caller's thread runs the engine alone, and decodes blocks itself while the one it needs next
/// is not ready (on two cores one worker decodes more slowly than the engine ingests), which is why
/// `--threads N` means N - 1 workers. The events of a block are freed by a worker, not by the engine.
///
/// Loading a followed file (``load(following:spareEvents:help:block:)``), the engine runs on the
/// screen's thread instead: the caller's thread only hands the blocks on, and the screen's thread
/// decodes a block while none waits for it (``LoadHelp``), so the busy threads are as many as `report`'s.
package struct ParallelLogReader: Sendable {
    /// Blocks read but not yet taken by the engine: three more than the workers, so none waits for
    /// work while the engine takes a block or decodes one, and at most 8 (a few megabytes each with
    /// their events): the engine's thread sets the pace, and more blocks would only wait for it.
    static func blocksInFlight(workers: Int) -> Int { Swift.min(workers + 3, 8) }

    /// Decoding threads beside the caller's; 0 decodes on the caller's thread.
    package let workers: Int
    package let options: UsageLogDecoder.Options
    package let blockSize: Int

    package init(workers: Int, options: UsageLogDecoder.Options, blockSize: Int = LogBlockSplitter.defaultBlockSize) {
        self.workers = Swift.max(0, workers)
        self.options = options
        self.blockSize = Swift.max(1, blockSize)
    }

    /// What the workers take from the files, each with its ticket (the order of delivery).
    enum Work: Sendable {
        case block(LogBlock)
        case finished(path: String)
        /// A followed file read to its end (``LogBlockSource/init(following:blockSize:spares:)``):
        /// the offset after its last whole line's bytes read, and that line's number plus one.
        case caughtUp(offset: Int64, nextLineNumber: Int)
        case failed(String)
        /// Nothing follows.
        case end
    }

    /// What the workers hand back to the caller's thread.
    enum Done: Sendable {
        /// A decoded block and where its bytes end in the file.
        case block(DecodedBlock, endOffset: Int64)
        case finished(path: String)
        case caughtUp(offset: Int64, nextLineNumber: Int)
        case failed(String)
        case end
    }

    /// What the caller's thread did with a result: whether it wants more, and the events array of
    /// the block it took, for a worker to empty (freeing any events left in it, off the caller's
    /// thread) and reuse.
    struct Taken {
        var wantsMore: Bool
        var spentEvents: [Event] = []
    }

    /// Reads `paths` in turn: `events` receives every event in file order, `metrics` the OTLP
    /// metrics lines after the block that held them, `finished` each file's counts after its last
    /// event. Returns the message of the first file that cannot be read; nothing read after the
    /// error is delivered.
    ///
    /// `letGo`, asked after each block, gives the events the sink has let go of since (a trace store's
    /// evicted spans): they go to a decoding worker instead of the block's array, which is released
    /// here, so the worker frees them, or builds its spans in their boxes, off this thread.
    package func read(
        _ paths: [String], events: (Event) -> Void, metrics: ([MetricsLine]) -> Void = { _ in },
        finished: (String, IngestStats) -> Void, letGo: () -> [Event] = { [] }
    ) -> String? {
        let spares = Recycler<[UInt8]>(limit: Self.blocksInFlight(workers: workers))
        let source = LogBlockSource(paths: paths, blockSize: blockSize, spares: spares)
        var delivery = Delivery(options: options)
        drive(source, spares: spares) { done in
            delivery.take(done, events: events, metrics: metrics, finished: finished, letGo: letGo)
        }
        return delivery.failure
    }

    /// Runs the workers over `source` (or, with none, decodes on this thread) and hands each result
    /// to `deliver` on this thread in ticket order, up to `.end`. Once `deliver` wants no more, the
    /// source is stopped and the results still in flight are dropped.
    ///
    /// `deliver` owns each result, so a block's arrays reach it uniquely referenced: it may move the
    /// events out without copying them, and the array it gives back is the only reference left.
    /// `spareEvents` holds the events arrays given back, which the decoding threads empty and refill;
    /// `deliver` may keep a block's array and give it back there later, from any thread.
    ///
    /// With `help`, the thread that takes the delivered events in elsewhere (the screen's) decodes
    /// blocks while it waits for them, and this thread, which only hands them on, decodes none; without
    /// it, this thread decodes a block while the one it needs is not ready.
    func drive(
        _ source: LogBlockSource, spares: Recycler<[UInt8]>, spareEvents: Recycler<[Event]>? = nil,
        help: LoadHelp? = nil, _ deliver: (consuming Done) -> Taken
    ) {
        let inFlight = Self.blocksInFlight(workers: workers)
        let spareEvents = spareEvents ?? Recycler<[Event]>(limit: inFlight)
        guard workers > 0 else {
            var decoder = BlockDecoder(options: options)
            while let (_, work) = source.next() {
                let taken = deliver(
                    Self.perform(work, with: &decoder, events: spareEvents.take() ?? [], spares: spares))
                if taken.spentEvents.capacity > 0 { spareEvents.put(taken.spentEvents) }
                guard taken.wantsMore else {
                    source.stop()
                    return
                }
            }
            return
        }
        let done = OrderedResults<Done>()
        let slots = DispatchSemaphore(value: inFlight)
        let next: @Sendable () -> (Int, Work)? = { source.next().map { ($0.ticket, $0.work) } }
        let perform: @Sendable (inout BlockDecoder, consuming Work) -> Done = { decoder, work in
            Self.perform(work, with: &decoder, events: spareEvents.take() ?? [], spares: spares)
        }
        // A ticket is taken only with a free slot, so at most `inFlight` wait for the engine.
        for _ in 0..<workers {
            done.startWorker(
                slots: slots, state: { [options] in BlockDecoder(options: options) }, next: next, perform: perform)
        }
        if let help {
            var stepper = Helper(done: done, slots: slots, next: next, perform: perform, options: options)
            help.open { stepper.decodeNext() ?? false }
        }
        // Closed before the slots can go: no step is under way once it returns.
        defer { help?.close() }
        var ticket = 0
        var delivering = true
        var helper = Helper(done: done, slots: slots, next: next, perform: perform, options: options)
        while true {
            let result = helper.result(ticket, helping: delivering && help == nil)
            ticket += 1
            slots.signal()
            // Every ticket up to `.end` is taken, so each slot is given back before the workers end
            // (a semaphore must not be let go with a slot taken); after a stop only `.end` follows.
            if case .end = result {
                if delivering { _ = deliver(result) }
                return
            }
            guard delivering else { continue }
            let taken = deliver(consume result)
            if taken.spentEvents.capacity > 0 { spareEvents.put(taken.spentEvents) }
            if !taken.wantsMore {
                delivering = false
                source.stop()
            }
        }
    }

    /// The caller's thread waiting for a result: while the one it needs is not ready, it decodes the
    /// next block itself, taking a slot as a worker does, rather than sleep. On two cores the one
    /// worker decodes and frees events more slowly than the engine ingests them, so the engine's
    /// thread would otherwise idle part of the time.
    private struct Helper {
        let done: OrderedResults<Done>
        let slots: DispatchSemaphore
        /// A worker's `next` and `perform`.
        let next: @Sendable () -> (Int, Work)?
        let perform: @Sendable (inout BlockDecoder, consuming Work) -> Done
        let options: UsageLogDecoder.Options
        /// Made when first needed: when the workers keep ahead of the engine, never.
        var decoder: BlockDecoder?
        /// Whether the source may still hand out work.
        var sourceOpen = true

        /// The result of `ticket`; `helping` false only waits for it (after a stop).
        mutating func result(_ ticket: Int, helping: Bool) -> Done {
            while true {
                if let result = done.takeIfReady(ticket) { return result }
                // With every slot taken, `ticket` is being decoded (the tickets in flight are the ones
                // from `ticket` on), so waiting for it cannot wait for nothing.
                guard helping, sourceOpen, let decoded = decodeNext() else { return done.take(ticket) }
                sourceOpen = decoded
            }
        }

        /// With a slot free, decodes the next block as a worker does, with this helper's own decoder
        /// kept for its next step: nil when no slot was free, else whether the source handed out work.
        /// Also another thread's step of help in a load (``LoadHelp``).
        mutating func decodeNext() -> Bool? {
            done.helpWithNext(
                keeping: &decoder, makeState: { BlockDecoder(options: options) }, slots: slots, next: next,
                perform: perform)
        }
    }

    /// A worker's part: decodes a block (giving its buffer back), passes the rest on. `events` is
    /// a spent events array: emptying it here frees what it still holds on this thread.
    private static func perform(
        _ work: consuming Work, with decoder: inout BlockDecoder, events: consuming [Event], spares: Recycler<[UInt8]>
    ) -> Done {
        switch consume work {
        case let .block(block):
            let decoded = decoder.decode(block, reusing: events)
            let endOffset = block.offset + Int64(block.bytes.count)
            // The block let go first, so its buffer comes back with one owner and is refilled in place.
            let bytes = (consume block).bytes
            spares.put(consume bytes)
            return .block(decoded, endOffset: endOffset)
        case let .finished(path): return .finished(path: path)
        case let .caughtUp(offset, line): return .caughtUp(offset: offset, nextLineNumber: line)
        case let .failed(message): return .failed(message)
        case .end: return .end
        }
    }

    /// The caller's part: takes the results in ticket order and hands them on.
    private struct Delivery {
        let options: UsageLogDecoder.Options
        var sequencer: BlockSequencer
        /// The message of the file that could not be read, which stopped the read.
        var failure: String?

        init(options: UsageLogDecoder.Options) {
            self.options = options
            sequencer = BlockSequencer(options: options)
        }

        /// Hands a block's events to `events` and gives back its events array, still holding
        /// them, for a worker to free, or else what `letGo` gives; wants no more after the end or a failure.
        mutating func take(
            _ done: consuming Done, events: (Event) -> Void, metrics: ([MetricsLine]) -> Void,
            finished: (String, IngestStats) -> Void, letGo: () -> [Event]
        ) -> Taken {
            switch consume done {
            case .block(var block, _):
                sequencer.lend(&block, events)
                let lines = sequencer.takeMetrics()
                if !lines.isEmpty { metrics(lines) }
                var spent: [Event] = []
                swap(&spent, &block.events)
                var letGone = letGo()
                // The block's own events, kept by the sink when it lets others go (a trace store
                // keeping spans), are only released here: a count each, on boxes this thread touched last.
                if !letGone.isEmpty { swap(&spent, &letGone) }
                return Taken(wantsMore: true, spentEvents: spent)
            case let .finished(path):
                finished(path, sequencer.stats)
                sequencer = BlockSequencer(options: options)
                return Taken(wantsMore: true)
            case let .failed(message):
                failure = message
                return Taken(wantsMore: false)
            case .end, .caughtUp:
                return Taken(wantsMore: false)
            }
        }
    }
}
