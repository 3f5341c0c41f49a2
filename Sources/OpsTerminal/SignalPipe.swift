import OpsUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The write end of the pipe, for the signal handler. Written only while no handler is
/// installed (before `sigaction` installs them and after it removes them), read only by the
/// handler, so the accesses never overlap.
nonisolated(unsafe) private var signalWriteFD: Int32 = -1

/// Async-signal-safe: saves errno, writes one byte naming the signal, restores errno.
private func forwardSignal(_ signal: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalWriteFD, &byte, 1)
    errno = saved
}

/// Turns signals into bytes on a pipe that the input loop polls next to the terminal, so they
/// are handled on the thread that owns curses (the self-pipe trick), or by a headless loop that
/// looks between waits (`report --listen` ends early on Ctrl-C).
package final class SignalPipe {
    package let readFD: Int32
    private let writeFD: Int32
    private(set) var installed: [Int32] = []

    package init() throws(TerminalError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .notATerminal("cannot create a pipe for signals") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        uninstall()
        close(readFD)
        close(writeFD)
    }

    /// Unblocks every signal for this thread (a parent may have left most of them blocked)
    /// and routes `signals` to the pipe.
    package func install(_ signals: [Int32]) {
        var empty = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, nil)
        signalWriteFD = writeFD
        for signal in signals {
            route(signal, to: forwardSignal)
            installed.append(signal)
        }
    }

    /// Puts the default action back for every routed signal.
    package func uninstall() {
        for signal in installed { route(signal, to: nil) }
        installed = []
        signalWriteFD = -1
    }

    /// Gives `signal` its default action (for re-raising SIGTSTP), or routes it to the pipe again.
    func setDefault(_ signal: Int32, _ isDefault: Bool) {
        route(signal, to: isDefault ? nil : forwardSignal)
    }

    /// Signals that arrived since the last call, oldest first.
    package func drain() -> [Int32] {
        var received: [Int32] = []
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readFD, &bytes, bytes.count)
            guard count > 0 else { break }
            received += bytes[0..<count].map { Int32($0) }
        }
        return received
    }

    private func route(_ signal: Int32, to handler: (@convention(c) (Int32) -> Void)?) {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        #if canImport(Glibc)
            if let handler {
                action.__sigaction_handler.sa_handler = handler
            } else {
                action.__sigaction_handler.sa_handler = SIG_DFL
            }
        #else
            action.__sigaction_u.__sa_handler = handler ?? SIG_DFL
        #endif
        sigaction(signal, &action, nil)
    }
}
