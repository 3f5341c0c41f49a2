import Foundation
import OpsModel
import OpsFormats

/// Follows a usage log like `tail -F` on a thread of its own and delivers its events to a feed
/// (waiting while the screen is behind: a log is never dropped).
package final class LiveFileSource: Sendable {
    package let path: String
    /// Events older than this (unix nanos) are skipped; nil keeps everything.
    package let notBefore: Int64?
    /// Read from the file's start: the header shows loading progress until what was there is read.
    private let fromStart: Bool
    private let follower: FileFollower
    /// For a path that cannot be seeked (`opstop <(cmd)`, a FIFO): read as a stream, like stdin.
    private let stream: LiveStdinSource?

    package init(path: String, fromEnd: Bool = false, notBefore: Int64? = nil, pollInterval: Duration = .seconds(1)) {
        self.path = path
        self.notBefore = notBefore
        fromStart = !fromEnd
        follower = FileFollower(path: path, from: fromEnd ? .end : .beginning, pollInterval: pollInterval)
        stream = LiveStdinSource.isStream(path) ? LiveStdinSource(streamAt: path, notBefore: notBefore) : nil
    }

    /// Starts the thread; returns at once.
    package func start(into feed: EventFeed) {
        if let stream {
            stream.start(into: feed)
            return
        }
        let thread = Thread { [self] in self.run(into: feed) }
        thread.name = "opstop follow \(path)"
        thread.start()
    }

    package func stop() {
        stream?.stop()
        follower.stop()
    }

    private func run(into feed: EventFeed) {
        var ingestor = LogIngestor(source: path)
        var status = SourceStatus(name: path, health: .live)
        if fromStart, case let .success(file) = FileIdentity.of(path: path), file.size > 0 {
            status.loadingTotal = Int(file.size)
        }
        feed.statuses.report(status)
        let cutoff = notBefore ?? .min
        follower.run { event in
            if case .data = event {} else { status.loadingTotal = nil }
            switch event {
            case let .data(bytes):
                var batch: [Event] = []
                bytes.withUnsafeBytes { buffer in
                    ingestor.feed(buffer) { event in
                        if event.timeNanos >= cutoff { batch.append(event) } else { status.skippedOld += 1 }
                    }
                }
                status.bytesRead += bytes.count
                if let total = status.loadingTotal, status.bytesRead >= total { status.loadingTotal = nil }
                status.stats = ingestor.stats
                status.health = .live
                // Closed: the screen is stopping.
                guard feed.logs.put(contentsOf: batch) else {
                    follower.stop()
                    return
                }
                feed.statuses.report(status)
            case .rotated, .truncated, .reappeared:
                ingestor.discardPartialLine()
                status.health = .live
                feed.statuses.report(status)
            case .missing:
                status.health = .waiting("waiting for \(path) to appear")
                feed.statuses.report(status)
            case let .unreadable(error):
                status.health = .waiting(error.description)
                feed.statuses.report(status)
            }
        }
    }
}
