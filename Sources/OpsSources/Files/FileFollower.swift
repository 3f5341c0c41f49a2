import Synchronization

/// Follows a file like `tail -F`: reads what is there, then whatever is appended, across
/// rotation, truncation, deletion and re-creation.
///
/// `run` blocks the calling thread (give it a dedicated `Thread`) and calls the sink on that
/// thread; `stop()` may be called from any thread and makes `run` return promptly.
/// Wake-ups come from inotify on the file's directory, with a poll every `pollInterval` as a
/// safety net (and as the only mechanism when inotify is unavailable). Files are read with
/// `pread` into one reused buffer, never mapped: a truncated mapping would raise SIGBUS.
package final class FileFollower: Sendable {
    /// Where reading starts in the file found at start-up.
    package enum StartPosition: Sendable, Hashable {
        /// Read the whole file, then follow.
        case beginning
        /// Skip what is there and deliver only new data. Files appearing later are read whole.
        case end
    }

    package static let defaultChunkSize = 1 << 20

    package let path: String
    package let startPosition: StartPosition
    package let pollInterval: Duration
    package let chunkSize: Int
    private let stopped = Atomic<Bool>(false)
    private let wake = WakePipe()

    package init(
        path: String, from startPosition: StartPosition = .beginning,
        pollInterval: Duration = .seconds(1), chunkSize: Int = FileFollower.defaultChunkSize
    ) {
        self.path = path
        self.startPosition = startPosition
        self.pollInterval = pollInterval
        self.chunkSize = Swift.max(4096, chunkSize)
    }

    /// Asks `run` to return; safe to call from any thread, more than once.
    package func stop() {
        stopped.store(true, ordering: .releasing)
        wake?.signal()
    }

    package var isStopped: Bool { stopped.load(ordering: .acquiring) }

    /// Follows the path until `stop()`, calling `sink` on this thread with data and events.
    package func run(_ sink: (FollowEvent) -> Void) {
        run(resuming: nil, sink)
    }

    /// Follows the path from a seam (the file a load read, from where it stopped; it closes that
    /// file when it moves on), or as `run(_:)` does without one.
    func run(resuming seam: FollowSeam?, _ sink: (FollowEvent) -> Void) {
        let buffer = ReadBuffer(size: chunkSize)
        let watch = DirectoryWatch(directory: Self.directory(of: path))
        var tail = seam.map { PathTail(path: path, resuming: $0) } ?? PathTail(path: path, startAtEnd: startPosition == .end)
        defer { tail.close() }
        let shouldStop = { self.isStopped }
        while !isStopped {
            tail.check(buffer: buffer, shouldStop: shouldStop, sink: sink)
            watch.retry()
            let timeout = watch.isActive ? pollInterval : Swift.min(pollInterval, .milliseconds(200))
            watch.wait(timeoutMilliseconds: Self.milliseconds(timeout), wake: wake)
        }
    }

    /// The directory to watch: everything before the last `/`, or `.`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = path[..<slash]
        return directory.isEmpty ? "/" : String(directory)
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = Swift.min(seconds, 86_400) * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: Swift.max(1, total))
    }
}
