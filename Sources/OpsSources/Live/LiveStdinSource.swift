import Foundation
import OpsModel
import OpsFormats

/// Reads a usage log from standard input, or another pipe, on a thread of its own.
package final class LiveStdinSource: Sendable {
    /// `-` for standard input, else the path of the pipe.
    package let name: String
    /// Events older than this (unix nanos) are skipped; nil keeps everything.
    package let notBefore: Int64?
    private let reader: StdinReader
    /// A descriptor this source opened, closed when reading ends.
    private let ownedFD: Int32?

    package init(fd: Int32 = 0) {
        name = "-"
        notBefore = nil
        reader = StdinReader(fd: fd)
        ownedFD = nil
    }

    /// A pipe given as a path (`opstop <(cmd)`, a FIFO, a character device), read as a stream
    /// since it cannot be seeked; nil when it cannot be opened (the caller reports why).
    package init?(streamAt path: String, notBefore: Int64? = nil) {
        guard case let .success(fd) = POSIXFile.openStream(path) else { return nil }
        name = path
        self.notBefore = notBefore
        reader = StdinReader(fd: fd, name: path)
        ownedFD = fd
    }

    /// Whether `path` must be read as a stream (a FIFO or a character device), not followed.
    package static func isStream(_ path: String) -> Bool { POSIXFile.isStream(path) }

    package func start(into feed: EventFeed) {
        let thread = Thread { [self] in self.run(into: feed) }
        thread.name = "opstop stdin"
        thread.start()
    }

    package func stop() { reader.stop() }

    private func run(into feed: EventFeed) {
        var ingestor = LogIngestor(source: name)
        var status = SourceStatus(name: name == "-" ? "stdin" : name, health: .live)
        feed.statuses.report(status)
        let cutoff = notBefore ?? .min
        defer { if let ownedFD { POSIXFile.close(ownedFD) } }
        do {
            try reader.run { bytes in
                var batch: [Event] = []
                bytes.withUnsafeBytes { buffer in
                    ingestor.feed(buffer) { event in
                        if event.timeNanos >= cutoff { batch.append(event) } else { status.skippedOld += 1 }
                    }
                }
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
            ingestor.finish { event in if event.timeNanos >= cutoff { batch.append(event) } }
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
