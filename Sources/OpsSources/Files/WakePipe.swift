import Glibc

/// A self-pipe that lets another thread interrupt a `poll` (Linux Glibc exposes no `eventfd`).
final class WakePipe: Sendable {
    let readFD: Int32
    let writeFD: Int32

    /// nil when the process is out of descriptors; callers then rely on their poll timeout.
    init?() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        readFD = fds[0]
        writeFD = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFL, O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
    }

    deinit {
        _ = close(readFD)
        _ = close(writeFD)
    }

    /// Makes the read end readable; safe from any thread.
    func signal() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    func drain() {
        var scratch = [UInt8](repeating: 0, count: 64)
        while scratch.withUnsafeMutableBytes({ read(readFD, $0.baseAddress, $0.count) }) > 0 {}
    }
}
