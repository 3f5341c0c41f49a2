import CNCurses
import OpsUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ncurses terminal: draws ``ScreenBuffer`` frames on `/dev/tty` and decodes keys.
///
/// Works when standard input is a pipe of log lines, because the screen and the keyboard are
/// `/dev/tty`. Not thread-safe: create, use and restore it on one thread. SIGINT, SIGTERM,
/// SIGHUP and SIGQUIT surface as ``TerminalError/terminated(signal:)`` from ``readKey(timeout:)``,
/// so the caller restores the screen, prints what it must and exits; SIGTSTP suspends (the
/// screen is restored while stopped and redrawn on SIGCONT); SIGWINCH becomes ``Key/resize``.
package final class CursesBackend: TerminalBackend {
    package let colorDepth: ColorDepth
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let tty: UnsafeMutablePointer<FILE>
    let ttyFD: Int32
    let signals: SignalPipe
    var pairs: ColorPairs
    var styleCache: [Style: (attributes: attr_t, pair: Int32)] = [:]
    /// The style last looked up, and its curses look.
    var lastStyle: (style: Style, look: (attributes: attr_t, pair: Int32))?
    var cachedTheme: Theme?
    /// The frame last drawn: rows that did not change since are not handed to ncurses again.
    var lastFrame: ScreenBuffer?
    var pendingKeys: [Key] = []
    var emptyReads = 0
    var isActive = true
    /// Stopped, or continued without the terminal (in the background): nothing is drawn or written.
    var isSuspended = false

    static let terminatingSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Takes over the terminal. `noColor` is whether `NO_COLOR` is set and non-empty;
    /// `escapeDelay` is how long a lone Esc waits for the rest of a key sequence.
    package init(noColor: Bool = CursesBackend.noColorRequested(), escapeDelay: Duration = .milliseconds(25))
        throws(TerminalError)
    {
        if setlocale(LC_ALL, "") == nil || Self.isPlainCLocale() {
            _ = setlocale(LC_ALL, "C.UTF-8")
        }
        guard let tty = fopen("/dev/tty", "r+") else {
            throw .notATerminal("cannot open /dev/tty")
        }
        let fd = fileno(tty)
        guard isatty(fd) == 1 else {
            fclose(tty)
            throw .notATerminal("/dev/tty is not a terminal")
        }
        let signals: SignalPipe
        do {
            signals = try SignalPipe()
        } catch {
            fclose(tty)
            throw error
        }
        // Before newterm, so that ncurses, which only catches signals left at their default,
        // leaves these to us.
        signals.install(Self.terminatingSignals + [SIGTSTP, SIGCONT, SIGWINCH])
        guard let screen = newterm(nil, tty, tty) else {
            signals.uninstall()
            fclose(tty)
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw .notATerminal("ncurses does not know TERM=\(term)")
        }
        guard let window = opstop_stdscr() else {
            endwin()
            delscreen(screen)
            signals.uninstall()
            fclose(tty)
            throw .notATerminal("ncurses gave no screen")
        }
        self.tty = tty
        self.ttyFD = fd
        self.signals = signals
        self.screen = screen
        self.window = window
        let milliseconds =
            escapeDelay.components.seconds * 1000 + escapeDelay.components.attoseconds / 1_000_000_000_000_000
        set_escdelay(Int32(clamping: milliseconds))
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        curs_set(0)
        if !noColor, has_colors(), start_color() == OK {
            use_default_colors()
            // Direct-colour terminfo numbers colours differently; 256 is the most curses is asked for.
            colorDepth = ColorDepth(colorCount: Int(min(opstop_colors(), 256)))
        } else {
            colorDepth = .monochrome
        }
        pairs = ColorPairs(limit: colorDepth == .monochrome ? 0 : opstop_color_pairs())
        werase(window)
        wnoutrefresh(window)
        doupdate()
    }

    deinit {
        restore()
    }

    /// Whether `NO_COLOR` is set to something non-empty (see no-color.org).
    package static func noColorRequested() -> Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    private static func isPlainCLocale() -> Bool {
        guard let current = setlocale(LC_CTYPE, nil) else { return true }
        let name = String(cString: current)
        return name == "C" || name == "POSIX"
    }

    package var size: TerminalSize {
        var rows: Int32 = 0
        var cols: Int32 = 0
        opstop_getmaxyx(window, &rows, &cols)
        return TerminalSize(width: Int(cols), height: Int(rows))
    }

    package func restore() {
        guard isActive else { return }
        isActive = false
        // Suspended, the terminal was given back already (or belongs to the shell now).
        if !isSuspended {
            curs_set(1)
            endwin()
        }
        delscreen(screen)
        signals.uninstall()
        fclose(tty)
    }

    package func bell() {
        guard isActive, !isSuspended else { return }
        beep()
    }

    package func writeOSC52(_ text: String) {
        guard isActive, !isSuspended else { return }
        let bytes = Array(OSC52.sequence(for: text).utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(ttyFD, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
