/// Why a terminal backend cannot go on.
package enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is no terminal to draw on (not a tty, or it could not be opened).
    case notATerminal(String)
    /// The terminal hung up or input reached its end; the screen cannot be used any more.
    case inputClosed
    /// SIGINT, SIGTERM or SIGHUP arrived: restore the terminal and exit with 128 + signal.
    case terminated(signal: Int32)

    package var description: String {
        switch self {
        case .notATerminal(let detail):
            return "opstop needs a terminal: \(detail); run it in a terminal, or use a non-interactive subcommand"
        case .inputClosed:
            return "the terminal was closed"
        case .terminated(let signal):
            return "stopped by signal \(signal)"
        }
    }
}
