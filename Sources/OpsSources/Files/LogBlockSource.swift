import Foundation
import Glibc
import OpsFormats

/// The blocks of several logs, in order, handed out one at a time with their tickets to whichever
/// thread asks: the worker that takes a block is the one that reads it from the file, so no thread
/// does nothing but read (on two cores, one worker and the engine's thread share the machine).
///
/// Each call reads at most one chunk, under a lock; decoding happens outside it.
///
/// Following a file (``init(following:blockSize:spares:)``), the source reads what the file holds
/// and, at its end, cuts the whole lines held and hands out `.caughtUp` instead of finishing the
/// file: the open file, the offset and the unfinished last line go to the follower (``handOver()``).
final class LogBlockSource: @unchecked Sendable {  // every stored var is guarded by `lock`
    private let lock = NSLock()
    private let paths: [String]
    private let blockSize: Int
    private let spares: Recycler<[UInt8]>
    private let buffer: ReadBuffer
    private var pathIndex = 0
    private var fd: Int32 = -1
    private var splitter: LogBlockSplitter
    private var ready: [ParallelLogReader.Work] = []
    private var readyIndex = 0
    private var nextTicket = 0
    private var ended = false
    /// Reading a followed file's existing bytes: its end is a seam, not the end of the log.
    private let following: Bool

    /// `spares` holds decoded blocks' buffers, given back to hold later blocks.
    convenience init(paths: [String], blockSize: Int, spares: Recycler<[UInt8]>) {
        self.init(paths: paths, blockSize: blockSize, spares: spares, following: false)
    }

    /// The source of a followed file's existing bytes, ending with `.caughtUp` at the file's end.
    convenience init(following path: String, blockSize: Int, spares: Recycler<[UInt8]>) {
        self.init(paths: [path], blockSize: blockSize, spares: spares, following: true)
    }

    private init(paths: [String], blockSize: Int, spares: Recycler<[UInt8]>, following: Bool) {
        self.following = following
        self.paths = paths
        self.blockSize = blockSize
        self.spares = spares
        buffer = ReadBuffer(size: Swift.max(blockSize, 64 << 10))
        splitter = Self.splitter(for: paths.first, blockSize: blockSize)
    }

    /// A splitter whose blocks carry the log's key for ids made up for lines without ids.
    private static func splitter(for path: String?, blockSize: Int) -> LogBlockSplitter {
        LogBlockSplitter(
            blockSize: blockSize, syntheticSource: path.map(UsageLogDecoder.syntheticSourceKey(for:)) ?? 0)
    }

    deinit {
        if fd > 0 { POSIXFile.close(fd) }
    }

    /// The next piece of work and its ticket (0, 1, 2, …); nil after `.end` was handed out.
    func next() -> (ticket: Int, work: ParallelLogReader.Work)? {
        lock.lock()
        defer { lock.unlock() }
        while readyIndex == ready.count {
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            guard !ended else { return nil }
            readMore()
        }
        // Taken out of `ready`, so the block's bytes have one owner and come back to be reused.
        let work = ready[readyIndex]
        ready[readyIndex] = .end
        readyIndex += 1
        nextTicket += 1
        return (nextTicket - 1, work)
    }

    /// Reads one chunk of the current file (opening it first), or ends it and moves to the next.
    private func readMore() {
        guard pathIndex < paths.count else {
            ready.append(.end)
            ended = true
            return
        }
        let path = paths[pathIndex]
        if fd < 0 {
            if path == "-" {
                fd = 0
            } else {
                switch POSIXFile.openForReading(path) {
                case let .failure(error): return fail(error.description)
                case let .success(opened):
                    fd = opened
                    _ = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
                }
            }
        }
        while let spare = spares.take() { splitter.recycle(spare) }
        let read = splitter.read(into: buffer.bytes, { POSIXFile.read(fd, into: $0) }) { ready.append(.block($0)) }
        if following, case .success(0) = read { return catchUp() }
        // A read error too ends a load at the seam: the follower reads on from it and says why it cannot.
        if following, case .failure = read { return catchUp() }
        switch read {
        case let .failure(failure):
            fail(SourceError(operation: .read, path: path, code: failure.code).description)
        case .success(0):
            splitter.finish { ready.append(.block($0)) }
            ready.append(.finished(path: path))
            if fd > 0 { POSIXFile.close(fd) }
            fd = -1
            pathIndex += 1
            splitter = Self.splitter(for: pathIndex < paths.count ? paths[pathIndex] : nil, blockSize: blockSize)
        case .success:
            break
        }
    }

    /// Ends a followed file's load at what it holds now: its whole lines, then the seam.
    private func catchUp() {
        splitter.cutWholeLines { ready.append(.block($0)) }
        ready.append(.caughtUp(offset: splitter.bytesFed, nextLineNumber: splitter.nextLine))
        ready.append(.end)
        ended = true
    }

    /// After `.caughtUp`: the open file and the splitter holding its unfinished last line, for the
    /// follower to go on with (the source no longer closes the file). nil before, or when not following.
    func handOver() -> (descriptor: Int32, splitter: LogBlockSplitter)? {
        lock.lock()
        defer { lock.unlock() }
        guard following, ended, fd >= 0 else { return nil }
        let descriptor = fd
        fd = -1
        return (descriptor, splitter)
    }

    /// Hands out `.end` next instead of what was not handed out yet: the reader stops early.
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !ended else { return }
        ready.removeSubrange(readyIndex...)
        ready.append(.end)
        ended = true
    }

    /// Ends the work after a file that cannot be read: nothing of the files after it is read.
    private func fail(_ message: String) {
        ready.append(.failed(message))
        ready.append(.end)
        ended = true
    }
}
