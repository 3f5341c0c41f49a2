import Foundation
import OpsModel
import OpsFormats

/// Follows a usage log like `tail -F` on a thread of its own and delivers its events to a feed
/// (waiting while the screen is behind: a log is never dropped).
///
/// Read from its start, the file's existing bytes are loaded first by block workers
/// (``ParallelLogReader``) while the header shows the progress; the follower then goes on from the
/// seam (the same open file, offset, line numbers and unfinished last line), so growth, rotation or
/// truncation during the load loses and repeats nothing.
package final class LiveFileSource: Sendable {
    package let path: String
    /// Events older than this (unix nanos) are skipped; nil keeps everything.
    package let notBefore: Int64?
    /// Read from the file's start: the header shows loading progress until what was there is read.
    private let fromStart: Bool
    private let follower: FileFollower
    /// Reads the file's existing bytes when it is read from its start.
    private let loader: ParallelLogReader
    /// For a path that cannot be seeked (`opstop <(cmd)`, a FIFO): read as a stream, like stdin.
    private let stream: LiveStdinSource?

    /// `workers` decode the file's existing bytes beside this source's thread (which hands their
    /// events on in file order); `blockSize` is how much each takes at a time.
    package init(
        path: String, fromEnd: Bool = false, notBefore: Int64? = nil, pollInterval: Duration = .seconds(1),
        workers: Int = 1, blockSize: Int = LogBlockSplitter.defaultBlockSize
    ) {
        self.path = path
        self.notBefore = notBefore
        fromStart = !fromEnd
        follower = FileFollower(path: path, from: fromEnd ? .end : .beginning, pollInterval: pollInterval)
        loader = ParallelLogReader(workers: workers, options: UsageLogDecoder.Options(), blockSize: blockSize)
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
        var status = SourceStatus(name: path, health: .live)
        var decoder = FollowedLogDecoder(source: path, options: loader.options)
        var seam: FollowSeam?
        if fromStart, case let .success(file) = FileIdentity.of(path: path), file.size > 0 {
            status.loadingTotal = Int(file.size)
            feed.statuses.report(status)
            switch load(into: feed, status: &status) {
            case .stopped: return
            case .unopened: break
            case let .caughtUp(loadSeam, loadDecoder):
                seam = loadSeam
                decoder = loadDecoder
            }
        }
        status.loadingTotal = nil
        feed.statuses.report(status)
        follow(from: seam, decoder: decoder, into: feed, status: status)
    }

    /// Loads the file's existing bytes with the block workers, putting each block's array in the
    /// feed whole; the screen hands the arrays back for the workers to free their events, and decodes
    /// blocks itself while none waits for it (`feed.loadHelp`), this thread then decoding none.
    private func load(into feed: EventFeed, status: inout SourceStatus) -> ParallelLogReader.LoadOutcome {
        let cutoff = notBefore ?? .min
        return loader.load(following: path, spareEvents: feed.spentBlocks, help: feed.loadHelp) {
            events, endOffset, stats in
            var kept = events
            if cutoff > .min, Self.holdsAny(kept, before: cutoff) {
                // In place: the array is this thread's alone, so the kept events are not copied.
                let count = kept.count
                kept.removeAll { $0.timeNanos < cutoff }
                status.skippedOld += count - kept.count
            }
            status.bytesRead = Int(endOffset)
            // The file grew during the load: it is read to its new end.
            if let total = status.loadingTotal, total < status.bytesRead { status.loadingTotal = status.bytesRead }
            status.stats = stats
            // Closed: the screen is stopping.
            guard !follower.isStopped, kept.isEmpty || feed.loaded.put(kept) else { return false }
            feed.statuses.report(status)
            return true
        }
    }

    /// Whether an event is older than `cutoff`, read in place (iterating the array would copy each event).
    private static func holdsAny(_ events: borrowing [Event], before cutoff: Int64) -> Bool {
        events.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].timeNanos < cutoff { return true }
            return false
        }
    }

    /// Follows the file like `tail -F`, from the seam a load left, or from the start (or end) without one.
    private func follow(from seam: FollowSeam?, decoder: FollowedLogDecoder, into feed: EventFeed, status: SourceStatus) {
        var decoder = decoder
        var status = status
        let cutoff = notBefore ?? .min
        follower.run(resuming: seam) { event in
            switch event {
            case let .data(bytes):
                var batch: [Event] = []
                bytes.withUnsafeBytes { buffer in
                    decoder.feed(buffer) { event in
                        if event.timeNanos >= cutoff { batch.append(event) } else { status.skippedOld += 1 }
                    }
                }
                status.bytesRead += bytes.count
                status.stats = decoder.stats
                status.health = .live
                // Closed: the screen is stopping.
                guard feed.logs.put(contentsOf: batch) else {
                    follower.stop()
                    return
                }
                feed.statuses.report(status)
            case .rotated, .truncated, .reappeared:
                decoder.restart()
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
