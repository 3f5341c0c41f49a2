import Foundation
import OpsModel
import OpsFormats

/// Reads whole usage logs with several worker threads: a reading thread cuts each file into blocks
/// of whole lines (``LogBlockSplitter``), the workers decode blocks apart (``BlockDecoder``), and
/// the caller's thread takes the decoded blocks back in file order (``BlockSequencer``).
///
/// The caller's sink sees the same events in the same order, and each file the same counts, as
/// ``LogIngestor`` gives reading line by line on one thread, whatever the number of workers; so
/// the engine fed by the sink, with its order-dependent parts (trace roll-ups, breakers, alerts),
/// gives the same figures. With no workers everything runs on the caller's thread.
///
/// The caller's thread runs the engine alone and so sets the pace: on two cores one worker (and the
/// light reading thread) keep up with it, which is why `--threads N` means N - 1 workers.
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

    /// What the reading thread hands to the workers, each with its ticket (the order of delivery).
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
        var decoder = BlockDecoder(options: options)
        let spareBytes = Recycler<[UInt8]>(limit: 2)
        var spareEvents: [Event] = []
        for path in paths {
            var sequencer = BlockSequencer(options: options)
            let failure = split(path, recycling: spareBytes) { block in
                var decoded = decoder.decode(block, reusing: spareEvents)
                spareBytes.put(block.bytes)
                sequencer.deliver(&decoded, events)
                spareEvents = decoded.events
                let lines = sequencer.takeMetrics()
                if !lines.isEmpty { metrics(lines) }
            }
            if let failure { return failure }
            finished(path, sequencer.stats)
        }
        return nil
    }

    private func readWithWorkers(
        _ paths: [String], events: (Event) -> Void, metrics: ([MetricsLine]) -> Void,
        finished: (String, IngestStats) -> Void
    ) -> String? {
        let inFlight = Self.blocksInFlight(workers: workers)
        let work = Inbox<(ticket: Int, work: Work)>(capacity: inFlight, policy: .block)
        let done = OrderedResults<Done>()
        let slots = DispatchSemaphore(value: inFlight)
        let spareBytes = Recycler<[UInt8]>(limit: inFlight)
        let spareEvents = Recycler<[Event]>(limit: inFlight)
        let reader = Thread { [self] in
            defer { work.close() }
            var ticket = 0
            func hand(_ item: Work) {
                slots.wait()
                work.put((ticket, item))
                ticket += 1
            }
            for path in paths {
                if let failure = split(path, recycling: spareBytes, { hand(.block($0)) }) {
                    hand(.failed(failure))
                    break
                }
                hand(.finished(path: path))
            }
            hand(.end)
        }
        reader.stackSize = 1 << 20
        reader.start()
        for _ in 0..<workers {
            let worker = Thread { [options] in
                var decoder = BlockDecoder(options: options)
                while let (ticket, item) = work.take() {
                    switch item {
                    case let .block(block):
                        let decoded = decoder.decode(block, reusing: spareEvents.take() ?? [])
                        spareBytes.put(block.bytes)
                        done.put(.block(decoded), ticket: ticket)
                    case let .finished(path): done.put(.finished(path: path), ticket: ticket)
                    case let .failed(message): done.put(.failed(message), ticket: ticket)
                    case .end: done.put(.end, ticket: ticket)
                    }
                }
            }
            worker.stackSize = 1 << 20
            worker.start()
        }
        var sequencer = BlockSequencer(options: options)
        var ticket = 0
        var failure: String?
        while true {
            let result = done.take(ticket)
            ticket += 1
            slots.signal()
            if failure != nil, case .end = result { return failure }
            if failure != nil { continue }  // the reader stops after a failure; take what it sent before
            switch result {
            case var .block(block):
                sequencer.deliver(&block, events)
                spareEvents.put(block.events)
                let lines = sequencer.takeMetrics()
                if !lines.isEmpty { metrics(lines) }
            case let .finished(path):
                finished(path, sequencer.stats)
                sequencer = BlockSequencer(options: options)
            case let .failed(message):
                failure = message
            case .end:
                return nil
            }
        }
    }

    /// Cuts one file into blocks; the message when it cannot be read.
    private func split(_ path: String, recycling spares: Recycler<[UInt8]>, _ emit: (LogBlock) -> Void) -> String? {
        var splitter = LogBlockSplitter(blockSize: blockSize)
        do {
            try WholeFileReader(path: path, chunkSize: Swift.max(blockSize, 64 << 10)).forEachChunk { chunk in
                while let spare = spares.take() { splitter.recycle(spare) }
                splitter.feed(chunk, emit)
            }
        } catch {
            return (error as? SourceError)?.description ?? "cannot read '\(path)': \(error)"
        }
        splitter.finish(emit)
        return nil
    }
}
