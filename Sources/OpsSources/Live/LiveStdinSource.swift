import Foundation
import OpsModel
import OpsFormats

/// Reads a usage log from standard input (a pipe) on a thread of its own.
package final class LiveStdinSource: Sendable {
    package let name = "-"
    private let reader: StdinReader

    package init(fd: Int32 = 0) {
        reader = StdinReader(fd: fd)
    }

    package func start(into feed: EventFeed) {
        let thread = Thread { [self] in self.run(into: feed) }
        thread.name = "opstop stdin"
        thread.start()
    }

    package func stop() { reader.stop() }

    private func run(into feed: EventFeed) {
        var ingestor = LogIngestor(source: name)
        var status = SourceStatus(name: "stdin", health: .live)
        feed.statuses.report(status)
        do {
            try reader.run { bytes in
                var batch: [Event] = []
                bytes.withUnsafeBytes { buffer in ingestor.feed(buffer) { batch.append($0) } }
                status.bytesRead += bytes.count
                status.stats = ingestor.stats
                // Closed: the screen is stopping.
                guard feed.logs.put(contentsOf: batch) else {
                    reader.stop()
                    return
                }
                feed.statuses.report(status)
            }
            var batch: [Event] = []
            ingestor.finish { batch.append($0) }
            status.stats = ingestor.stats
            status.health = .finished
            feed.logs.put(contentsOf: batch)
            feed.statuses.report(status)
        } catch {
            status.health = .failed(error.description)
            feed.statuses.report(status)
        }
    }
}
