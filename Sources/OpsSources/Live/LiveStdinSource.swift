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

    package func start(into inbox: EventInbox) {
        let thread = Thread { [self] in self.run(into: inbox) }
        thread.name = "opstop stdin"
        thread.start()
    }

    package func stop() { reader.stop() }

    private func run(into inbox: EventInbox) {
        var ingestor = LogIngestor()
        var status = SourceStatus(name: "stdin", health: .live)
        inbox.report(status)
        do {
            try reader.run { bytes in
                var batch: [Event] = []
                bytes.withUnsafeBytes { buffer in ingestor.feed(buffer) { batch.append($0) } }
                status.bytesRead += bytes.count
                status.stats = ingestor.stats
                inbox.deliver(batch, status: status)
            }
            var batch: [Event] = []
            ingestor.finish { batch.append($0) }
            status.stats = ingestor.stats
            status.health = .finished
            inbox.deliver(batch, status: status)
        } catch {
            status.health = .failed(error.description)
            inbox.report(status)
        }
    }
}
