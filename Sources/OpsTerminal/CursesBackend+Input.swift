import CNCurses
import OpsUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesBackend {
    /// Polls the terminal and the signal pipe together, so a hang-up or a signal is noticed
    /// at once instead of `wget_wch` returning ERR forever.
    package func readKey(timeout: Duration) throws(TerminalError) -> Key? {
        guard isActive else { throw .inputClosed }
        // Running in the background: `fg` of a running job sends no SIGCONT, so look each time.
        if isSuspended { resume() }
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        var fds = [
            // In the background a read would stop the process (SIGTTIN): only signals then.
            pollfd(fd: isSuspended ? -1 : ttyFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, 2, Self.milliseconds(timeout))
        if ready < 0, errno != EINTR { throw .inputClosed }
        for signal in signals.drain() {
            try handle(signal)
        }
        if ready > 0 {
            let events = Int32(fds[0].revents)
            if events & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 { throw .inputClosed }
            if events & Int32(POLLIN) != 0 { try readAvailableKeys() }
        }
        return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    private func readAvailableKeys() throws(TerminalError) {
        var code: wint_t = 0
        var decoded = 0
        while true {
            let status = wget_wch(window, &code)
            if status == ERR { break }
            decoded += 1
            guard let key = CursesKeyDecoder.decode(status: status, code: UInt32(code)) else { continue }
            if key == .resize {
                werase(window)
                clearok(window, true)
                lastFrame = nil
            }
            pendingKeys.append(key)
        }
        // Readable but nothing to read, again and again: the terminal is gone.
        emptyReads = decoded == 0 ? emptyReads + 1 : 0
        if emptyReads > 50 { throw .inputClosed }
    }

    private func handle(_ signal: Int32) throws(TerminalError) {
        switch signal {
        case SIGWINCH:
            resizeToTerminal()
            pendingKeys.append(.resize)
        case SIGTSTP:
            suspend()
        case SIGCONT:
            // After our own suspend, or a stop by something else (`kill -STOP`).
            resume()
        default:
            throw .terminated(signal: signal)
        }
    }

    /// Gives the terminal back, stops like any job, and on SIGCONT takes it again.
    private func suspend() {
        curs_set(1)
        endwin()
        isSuspended = true
        signals.setDefault(SIGTSTP, true)
        kill(getpid(), SIGTSTP)
        // Stopped here until SIGCONT.
        signals.setDefault(SIGTSTP, false)
        resume()
    }

    /// Takes the terminal back after a stop and redraws it whole, but only as the terminal's
    /// foreground job. Continued in the background (`bg`, `kill -CONT`), the shell owns the
    /// terminal: nothing is written to it, not even the cursor, and no key is read, until `fg`
    /// makes us the foreground job again (``readKey(timeout:)`` looks each time it is called).
    private func resume() {
        guard tcgetpgrp(ttyFD) == getpgrp() else {
            isSuspended = true
            return
        }
        isSuspended = false
        curs_set(0)
        resizeToTerminal()
        pendingKeys.append(.resize)
    }

    private func resizeToTerminal() {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if opstop_window_size(ttyFD, &rows, &cols) == 0, rows > 0, cols > 0 {
            resize_term(rows, cols)
        }
        werase(window)
        // The terminal reflowed or cleared itself; ncurses' idea of it is stale.
        clearok(window, true)
        lastFrame = nil
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return 0 }
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
