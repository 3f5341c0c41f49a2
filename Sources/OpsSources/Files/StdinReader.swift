import Glibc
import Synchronization

/// Reads a descriptor (standard input by default) until end of file, delivering chunks.
///
/// `run` blocks the calling thread; `stop()` from another thread makes it return even while
/// no data arrives, because the read waits in `poll` together with a wake-up pipe.
package final class StdinReader: Sendable {
    package let fd: Int32
    package let chunkSize: Int
    /// What errors call the descriptor: `-` for standard input, else the pipe's path.
    package let name: String
    private let stopped = Atomic<Bool>(false)
    private let wake = WakePipe()

    package init(fd: Int32 = 0, chunkSize: Int = FileFollower.defaultChunkSize, name: String = "-") {
        self.fd = fd
        self.name = name
        self.chunkSize = Swift.max(4096, chunkSize)
    }

    /// Asks `run` to return; safe from any thread.
    package func stop() {
        stopped.store(true, ordering: .releasing)
        wake?.signal()
    }

    package var isStopped: Bool { stopped.load(ordering: .acquiring) }

    /// Delivers chunks until end of file or `stop()`; throws when the descriptor cannot be read.
    package func run(_ sink: ([UInt8]) -> Void) throws(SourceError) {
        let buffer = ReadBuffer(size: chunkSize)
        while !isStopped {
            guard waitReadable() else { continue }
            switch POSIXFile.read(fd, into: buffer.bytes) {
            case let .failure(failure) where failure.code == EAGAIN || failure.code == EWOULDBLOCK:
                continue
            case let .failure(failure):
                throw SourceError(operation: .read, path: name, code: failure.code)
            case .success(0):
                return
            case let .success(count):
                sink(Array(UnsafeRawBufferPointer(rebasing: buffer.bytes[..<count])))
            }
        }
    }

    /// Waits until the descriptor is readable (or hung up) or the reader is stopped.
    private func waitReadable() -> Bool {
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
        if let wake { fds.append(pollfd(fd: wake.readFD, events: Int16(POLLIN), revents: 0)) }
        let ready = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), 1000) }
        // A failed poll (other than EINTR) lets `read` report the error.
        if ready < 0 { return errno != EINTR }
        return fds[0].revents != 0
    }
}
