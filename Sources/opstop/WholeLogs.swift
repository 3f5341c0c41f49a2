import Foundation
import OpsCore
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

    /// `metrics` receives the OTLP metrics lines (`{"resourceMetrics":[…]}`), in input order.
    static func read(
        _ paths: [String], options: UsageLogDecoder.Options = UsageLogDecoder.Options(),
        metrics: (MetricsLine) -> Void = { _ in }, into sink: (Event) -> Void
    ) -> [(path: String, stats: IngestStats)] {
        if AvailableCores.count < 2 {
            return paths.map { path in readOne(path, options: options, metrics: metrics, into: sink) }
        }
        let channel = EventBatchChannel()
        let reader = Thread { decode(paths, options: options, into: channel) }
        reader.stackSize = 1 << 20
        reader.start()
        var results: [(path: String, stats: IngestStats)] = []
        while results.count < paths.count {
            switch channel.take() {
            case let .events(batch):
                for event in batch { sink(event) }
            case let .metrics(lines):
                for line in lines { metrics(line) }
            case let .finished(path, stats):
                results.append((path, stats))
            case let .failed(message):
                CommandFailure(message: message, code: CommandFailure.unreadableInput).exit()
            }
        }
        return results
    }

    /// One input on the caller's thread.
    private static func readOne(
        _ path: String, options: UsageLogDecoder.Options, metrics: (MetricsLine) -> Void, into sink: (Event) -> Void
    ) -> (path: String, stats: IngestStats) {
        var ingestor = LogIngestor(options: options)
        do {
            try WholeFileReader(path: path).forEachChunk { chunk in
                ingestor.feed(chunk, sink)
                for line in ingestor.takeMetrics() { metrics(line) }
            }
        } catch {
            CommandFailure(message: failure(error, path: path), code: CommandFailure.unreadableInput).exit()
        }
        ingestor.finish(sink)
        for line in ingestor.takeMetrics() { metrics(line) }
        return (path, ingestor.stats)
    }

    private static func failure(_ error: any Error, path: String) -> String {
        (error as? SourceError)?.description ?? "cannot read '\(path)': \(error)"
    }

    private static func decode(_ paths: [String], options: UsageLogDecoder.Options, into channel: EventBatchChannel) {
        var batch: [Event] = []
        batch.reserveCapacity(batchSize)
        let collect: (Event) -> Void = { event in
            batch.append(event)
            if batch.count >= batchSize {
                channel.put(.events(batch))
                batch.removeAll(keepingCapacity: true)
            }
        }
        for path in paths {
            var ingestor = LogIngestor(options: options)
            do {
                try WholeFileReader(path: path).forEachChunk { chunk in
                    ingestor.feed(chunk, collect)
                    let lines = ingestor.takeMetrics()
                    if !lines.isEmpty {
                        // Events decoded before these lines go first, so the order is the input's.
                        if !batch.isEmpty {
                            channel.put(.events(batch))
                            batch.removeAll(keepingCapacity: true)
                        }
                        channel.put(.metrics(lines))
                    }
                }
            } catch {
                channel.put(.failed(failure(error, path: path)))
                return
            }
            ingestor.finish(collect)
            if !batch.isEmpty {
                channel.put(.events(batch))
                batch.removeAll(keepingCapacity: true)
            }
            let lines = ingestor.takeMetrics()
            if !lines.isEmpty { channel.put(.metrics(lines)) }
            channel.put(.finished(path: path, stats: ingestor.stats))
        }
    }
}
