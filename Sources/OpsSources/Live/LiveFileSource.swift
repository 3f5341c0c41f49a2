import Foundation
import OpsModel
import OpsFormats

/// Follows a usage log like `tail -F` on a thread of its own and delivers its events to an inbox.
package final class LiveFileSource: Sendable {
    package let path: String
    /// Events older than this (unix nanos) are skipped; nil keeps everything.
    package let notBefore: Int64?
    private let follower: FileFollower

    package init(path: String, fromEnd: Bool = false, notBefore: Int64? = nil, pollInterval: Duration = .seconds(1)) {
        self.path = path
        self.notBefore = notBefore
        follower = FileFollower(path: path, from: fromEnd ? .end : .beginning, pollInterval: pollInterval)
    }

    /// Starts the thread; returns at once.
    package func start(into inbox: EventInbox) {
        let thread = Thread { [self] in self.run(into: inbox) }
        thread.name = "opstop follow \(path)"
        thread.start()
    }

    package func stop() { follower.stop() }

    private func run(into inbox: EventInbox) {
        var ingestor = LogIngestor()
        var status = SourceStatus(name: path, health: .live)
        inbox.report(status)
        let cutoff = notBefore ?? .min
        follower.run { event in
            switch event {
            case let .data(bytes):
                var batch: [Event] = []
                bytes.withUnsafeBytes { buffer in
                    ingestor.feed(buffer) { event in
                        if event.timeNanos >= cutoff { batch.append(event) } else { status.skippedOld += 1 }
                    }
                }
                status.bytesRead += bytes.count
                status.stats = ingestor.stats
                status.health = .live
                inbox.deliver(batch, status: status)
            case .rotated, .truncated, .reappeared:
                ingestor.discardPartialLine()
                status.health = .live
                inbox.report(status)
            case .missing:
                status.health = .waiting("waiting for \(path) to appear")
                inbox.report(status)
            case let .unreadable(error):
                status.health = .waiting(error.description)
                inbox.report(status)
            }
        }
    }
}
