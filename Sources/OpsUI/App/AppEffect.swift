import OpsModel

/// Work the reducer asks the runtime to do; the reducer itself never does I/O.
package enum AppEffect: Sendable, Hashable {
    case quit
    /// Put text on the clipboard with OSC 52.
    case copyToClipboard(String)
    /// Write the trace as JSON to a file, then send back ``AppAction/messagePosted(_:)`` saying where.
    case writeTrace(TraceID)
    /// Ring the terminal bell (a key that did nothing, a search with no match).
    case bell
    case replay(ReplayCommand)
    /// Take a fresh snapshot now (the window, sort or filter changed, or the display resumed).
    case refreshNow
}
