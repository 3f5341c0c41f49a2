import OpsSources
import OpsTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Waits that Ctrl-C (or SIGTERM) cuts short, for the headless commands that run for a set time
/// (`report URL --for 30s`): the first signal ends the wait and puts the default action back, so a
/// second one ends opstop at once.
final class InterruptibleWait {
    private let signals: SignalPipe?
    /// Whether a signal has cut a wait short.
    private(set) var interrupted = false

    init() {
        signals = try? SignalPipe()
        signals?.install([SIGINT, SIGTERM])
    }

    deinit { signals?.uninstall() }

    /// Sleeps until `deadline` on the monotonic clock; true when a signal came first (or had come).
    func wait(untilMonotonic deadline: Int64) -> Bool {
        while !interrupted {
            let left = deadline - MonotonicTime.nanos()
            if left <= 0 { return false }
            guard let signals else {
                var rest = timespec(tv_sec: Int(left / 1_000_000_000), tv_nsec: Int(left % 1_000_000_000))
                _ = nanosleep(&rest, nil)
                continue
            }
            var fds = [pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0)]
            let milliseconds = Int32(clamping: (left + 999_999) / 1_000_000)
            _ = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, 1, milliseconds) }
            if !signals.drain().isEmpty {
                interrupted = true
                signals.uninstall()
            }
        }
        return true
    }
}
