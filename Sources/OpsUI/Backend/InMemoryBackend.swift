/// A backend for tests: keys come from a queue, frames are kept, nothing touches a terminal.
package final class InMemoryBackend: TerminalBackend {
    package var size: TerminalSize
    package var colorDepth: ColorDepth
    /// Keys (or errors) handed out by ``readKey(timeout:)``, first first; nil when empty.
    package var pendingInput: [Result<Key, TerminalError>]
    /// How long each `readKey` was allowed to wait, in order.
    package private(set) var timeouts: [Duration] = []
    package private(set) var frames: [ScreenBuffer] = []
    package private(set) var lastTheme: Theme?
    package private(set) var bells = 0
    package private(set) var clipboard: [String] = []
    package private(set) var restoreCount = 0

    package init(width: Int = 80, height: Int = 24, colorDepth: ColorDepth = .xterm256, keys: [Key] = []) {
        self.size = TerminalSize(width: width, height: height)
        self.colorDepth = colorDepth
        self.pendingInput = keys.map { .success($0) }
    }

    /// The last frame's lines, or none before the first draw.
    package var lines: [String] { frames.last?.lines ?? [] }

    package func draw(_ buffer: ScreenBuffer, theme: Theme) {
        frames.append(buffer)
        lastTheme = colorDepth == .monochrome ? .mono : theme
    }

    package func readKey(timeout: Duration) throws(TerminalError) -> Key? {
        timeouts.append(timeout)
        guard !pendingInput.isEmpty else { return nil }
        return try pendingInput.removeFirst().get()
    }

    /// Simulates a resize: the next key read is ``Key/resize``.
    package func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        pendingInput.insert(.success(.resize), at: 0)
    }

    package func restore() {
        restoreCount += 1
    }

    package func bell() {
        bells += 1
    }

    package func writeOSC52(_ text: String) {
        clipboard.append(text)
    }
}
