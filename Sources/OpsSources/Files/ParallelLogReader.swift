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
/// The caller's thread runs the engine alone and so sets the pace: on two cores one worker keeps up
/// with it, which is why `--threads N` means N - 1 workers.
package struct ParallelLogReader: Sendable {
    /// Blocks read but not yet taken by the engine: two more than the workers, so none waits for
    /// work while the engine takes a block, and at most 8 (a few megabytes each with their events):
    /// the engine's thread sets the pace, and more blocks in flight would only wait for it.
    static func blocksInFlight(workers: Int) -> Int { Swift.min(workers + 2, 8) }

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
        case failed(String)
        /// Nothing follows.
        case end
    }

    /// What the workers hand back to the caller's thread.
    enum Done: Sendable {
        case block(DecodedBlock)
        case finished(path: String)
        case failed(String)
        case end
    }

    /// Reads `paths` in turn: `events` receives every event in file order, `metrics` the OTLP
    /// metrics lines after the block that held them, `finished` each file's counts after its last
    /// event. Returns the message of the first file that cannot be read; nothing read after the
    /// error is delivered.
    package func read(
        _ paths: [String], events: (Event) -> Void, metrics: ([MetricsLine]) -> Void = { _ in },
        finished: (String, IngestStats) -> Void
    ) -> String? {
        workers == 0
            ? readOnThisThread(paths, events: events, metrics: metrics, finished: finished)
            : readWithWorkers(paths, events: events, metrics: metrics, finished: finished)
    }

    private func readOnThisThread(
        _ paths: [String], events: (Event) -> Void, metrics: ([MetricsLine]) -> Void,
        finished: (String, IngestStats) -> Void
    ) -> String? {
        let spareBytes = Recycler<[UInt8]>(limit: 2)
        let source = LogBlockSource(paths: paths, blockSize: blockSize, spares: spareBytes)
        var decoder = BlockDecoder(options: options)
        var delivery = Delivery(options: options)
        var spareEvents: [Event] = []
        while let (_, work) = source.next() {
            let done = Self.perform(work, with: &decoder, events: spareEvents, spares: spareBytes)
            let stop = delivery.take(done, events: events, metrics: metrics, finished: finished)
            if let stop { return stop.failure }
            spareEvents = delivery.emptied
        }
        return nil
    }

    private func readWithWorkers(
        _ paths: [String], events: (Event) -> Void, metrics: ([MetricsLine]) -> Void,
        finished: (String, IngestStats) -> Void
    ) -> String? {
        let inFlight = Self.blocksInFlight(workers: workers)
        let done = OrderedResults<Done>()
        let slots = DispatchSemaphore(value: inFlight)
        let spareBytes = Recycler<[UInt8]>(limit: inFlight)
        let spareEvents = Recycler<[Event]>(limit: inFlight)
        let source = LogBlockSource(paths: paths, blockSize: blockSize, spares: spareBytes)
        for _ in 0..<workers {
            let worker = Thread { [options] in
                var decoder = BlockDecoder(options: options)
                while true {
                    // A ticket is taken only with a free slot, so at most `inFlight` wait for the engine.
                    slots.wait()
                    guard let (ticket, work) = source.next() else {
                        slots.signal()
                        return
                    }
                    let reused = spareEvents.take() ?? []
                    done.put(Self.perform(work, with: &decoder, events: reused, spares: spareBytes), ticket: ticket)
                }
            }
            worker.stackSize = 1 << 20
            worker.start()
        }
        var delivery = Delivery(options: options)
        var ticket = 0
        var failure: String?
        while true {
            let result = done.take(ticket)
            ticket += 1
            slots.signal()
            // Every ticket up to `.end` is taken, so each slot is given back before the workers end
            // (a semaphore must not be let go with a slot taken); after a failure only `.end` follows.
            if case .end = result { return failure }
            guard failure == nil else { continue }
            failure = delivery.take(result, events: events, metrics: metrics, finished: finished)?.failure
            spareEvents.put(delivery.emptied)
        }
    }

    /// A worker's part: decodes a block (giving its buffer back), passes the rest on.
    private static func perform(
        _ work: Work, with decoder: inout BlockDecoder, events: [Event], spares: Recycler<[UInt8]>
    ) -> Done {
        switch work {
        case let .block(block):
            let decoded = decoder.decode(block, reusing: events)
            spares.put(block.bytes)
            return .block(decoded)
        case let .finished(path): return .finished(path: path)
        case let .failed(message): return .failed(message)
        case .end: return .end
        }
    }

    /// The caller's part: takes the results in ticket order and hands them on.
    private struct Delivery {
        /// Why the read stopped: at the end, or at a file that could not be read.
        struct Stop {
            var failure: String?
        }

        let options: UsageLogDecoder.Options
        var sequencer: BlockSequencer
        /// The events array of the last block, emptied, for the workers to reuse.
        var emptied: [Event] = []

        init(options: UsageLogDecoder.Options) {
            self.options = options
            sequencer = BlockSequencer(options: options)
        }

        mutating func take(
            _ done: Done, events: (Event) -> Void, metrics: ([MetricsLine]) -> Void,
            finished: (String, IngestStats) -> Void
        ) -> Stop? {
            switch done {
            case var .block(block):
                sequencer.deliver(&block, events)
                emptied = block.events
                let lines = sequencer.takeMetrics()
                if !lines.isEmpty { metrics(lines) }
            case let .finished(path):
                finished(path, sequencer.stats)
                sequencer = BlockSequencer(options: options)
            case let .failed(message):
                return Stop(failure: message)
            case .end:
                return Stop(failure: nil)
            }
            return nil
        }
    }
}
