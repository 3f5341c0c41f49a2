/// Where frames are drawn and keys come from. One thread owns a backend.
///
/// A frame is drawn whole each time: the backend (curses) keeps what the terminal shows and
/// sends only the difference.
package protocol TerminalBackend: AnyObject {
    var size: TerminalSize { get }
    /// What the terminal can show; a backend draws ``Theme/mono`` when this is monochrome.
    var colorDepth: ColorDepth { get }
    func draw(_ buffer: ScreenBuffer, theme: Theme)
    /// Waits up to `timeout` for a key: nil when none came. Throws when the terminal is gone or
    /// a terminating signal arrived.
    func readKey(timeout: Duration) throws(TerminalError) -> Key?
    /// Gives the terminal back as it was. Safe to call more than once.
    func restore()
    func bell()
    /// Asks the terminal to put `text` on the clipboard (OSC 52).
    func writeOSC52(_ text: String)
}
