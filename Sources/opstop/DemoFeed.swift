import Foundation
import OpsModel
import OpsRuntime
import OpsFormats
import OpsDemo
import OpsSources

/// The built-in traffic generator, fed in real time into a feed on a thread of its own.
final class DemoFeed: Sendable {
    private let seed: UInt64
    private let rate: Double
    private let startNanos: Int64
    private let stopped = StopSignal()

    /// Starts the traffic `leadSeconds` in the past so the screen opens with some history.
    init(seed: UInt64, rate: Double, nowNanos: Int64, leadSeconds: Int64 = 30) {
        self.seed = seed
        self.rate = rate
        startNanos = nowNanos - leadSeconds * 1_000_000_000
    }

    func start(into feed: EventFeed) {
        let thread = Thread { [self] in self.run(into: feed) }
        thread.name = "opstop demo"
        thread.start()
    }

    func stop() { stopped.stop() }

    private func run(into feed: EventFeed) {
        var generator = DemoGenerator(seed: seed, start: startNanos, minutes: 24 * 60, queriesPerSecond: rate)
        generator.writesSignals = true
        var ingestor = LogIngestor()
        var status = SourceStatus(name: "demo", health: .live)
        var buffer: [UInt8] = []
        while !stopped.isStopped && !generator.isFinished {
            buffer.removeAll(keepingCapacity: true)
            generator.write(upTo: WallClock.nowNanos(), into: &buffer)
            var batch: [Event] = []
            buffer.withUnsafeBytes { bytes in ingestor.feed(bytes) { batch.append($0) } }
            status.bytesRead += buffer.count
            status.stats = ingestor.stats
            // Closed: the screen is stopping.
            guard feed.logs.put(contentsOf: batch) else { return }
            feed.statuses.report(status)
            // The next tenth of a second of traffic, unless the screen stops first.
            if stopped.wait(for: .milliseconds(100)) { return }
        }
    }
}
