import Foundation
import OpsModel
import OpsFormats
import OpsSources

/// Reads whole usage logs (`-` is standard input) into a sink, for the commands that read to
/// the end: `report` and `snapshot`. An unreadable input ends the command with status 2.
///
/// With two cores or more, a second thread reads and decodes while the caller's thread runs the
/// sink (the engine), so a report takes about as long as the slower of the two halves, not their
/// sum. Events reach the sink in input order either way, exactly as one thread delivers them.
enum WholeLogs {
    /// Events handed over at a time: large enough that the hand-over costs nothing per event.
    static let batchSize = 4096

    /// What the reading thread hands to the engine's thread.
    enum Item: Sendable {
        case events([Event])
        /// OTLP metrics lines, for the scrape store.
        case metrics([MetricsLine])
        /// One input was read to its end.
        case finished(path: String, stats: IngestStats)
        /// An input could not be read; nothing follows.
        case failed(String)

        /// What it keeps alive, in events (a metrics line counts as one).
        var weight: Int {
            switch self {
            case let .events(batch): return Swift.max(1, batch.count)
            case let .metrics(lines): return Swift.max(1, lines.count)
            case .finished, .failed: return 1
            }
        }
    }

    /// The hand-over between the threads: the reader waits while four batches' worth of events
    /// wait, so it cannot run ahead of the engine and memory stays bounded whatever the input's size.
    static func handOver() -> Inbox<Item> {
        Inbox(capacity: 4 * batchSize, policy: .block, weight: { $0.weight })
    }

    /// `metrics` receives the OTLP metrics lines (`{"resourceMetrics":[…]}`); they feed a store of
    /// their own, so they are handed over chunk by chunk rather than interleaved with the events.
    static func read(
        _ paths: [String], options: UsageLogDecoder.Options = UsageLogDecoder.Options(),
        metrics: (MetricsLine) -> Void = { _ in }, into sink: (Event) -> Void
    ) -> [(path: String, stats: IngestStats)] {
        if AvailableCores.count < 2 {
            var results: [(path: String, stats: IngestStats)] = []
            let failure = decode(
                paths, options: options, events: sink, metrics: { $0.forEach(metrics) },
                finished: { results.append(($0, $1)) })
            if let failure { CommandFailure(message: failure, code: CommandFailure.unreadableInput).exit() }
            return results
        }
        let inbox = handOver()
        let reader = Thread { decodeInBatches(paths, options: options, into: inbox) }
        reader.stackSize = 1 << 20
        reader.start()
        var results: [(path: String, stats: IngestStats)] = []
        while results.count < paths.count {
            switch inbox.take() {
            case nil:
                // The reader closed the inbox after its last item: it cannot end early, but were
                // it to, what it read is reported rather than waited on forever.
                return results
            case let .events(batch)?:
                for event in batch { sink(event) }
            case let .metrics(lines)?:
                for line in lines { metrics(line) }
            case let .finished(path, stats)?:
                results.append((path, stats))
            case let .failed(message)?:
                CommandFailure(message: message, code: CommandFailure.unreadableInput).exit()
            }
        }
        return results
    }

    /// The reading thread: events in batches through the inbox.
    private static func decodeInBatches(
        _ paths: [String], options: UsageLogDecoder.Options, into inbox: Inbox<Item>
    ) {
        defer { inbox.close() }
        var batch: [Event] = []
        batch.reserveCapacity(batchSize)
        func flush() {
            guard !batch.isEmpty else { return }
            inbox.put(.events(batch))
            batch.removeAll(keepingCapacity: true)
        }
        let failure = decode(
            paths, options: options,
            events: { event in
                batch.append(event)
                if batch.count >= batchSize { flush() }
            },
            metrics: { inbox.put(.metrics($0)) },
            finished: { path, stats in
                flush()
                inbox.put(.finished(path: path, stats: stats))
            })
        if let failure { inbox.put(.failed(failure)) }
    }

    /// Decodes each input in turn; the message of the first one that cannot be read, if any.
    private static func decode(
        _ paths: [String], options: UsageLogDecoder.Options, events: (Event) -> Void,
        metrics: ([MetricsLine]) -> Void, finished: (String, IngestStats) -> Void
    ) -> String? {
        for path in paths {
            var ingestor = LogIngestor(options: options, source: path)
            func takeMetrics() {
                let lines = ingestor.takeMetrics()
                if !lines.isEmpty { metrics(lines) }
            }
            do {
                try WholeFileReader(path: path).forEachChunk { chunk in
                    ingestor.feed(chunk, events)
                    takeMetrics()
                }
            } catch {
                return (error as? SourceError)?.description ?? "cannot read '\(path)': \(error)"
            }
            ingestor.finish(events)
            takeMetrics()
            finished(path, ingestor.stats)
        }
        return nil
    }
}
