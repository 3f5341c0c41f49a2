/// A backend for tests: keys come from a queue, frames are kept, nothing touches a terminal.
public final class InMemoryBackend: TerminalBackend {
    public var size: TerminalSize
    public var colorDepth: ColorDepth
    /// Keys (or errors) handed out by ``readKey(timeout:)``, first first; nil when empty.
    public var pendingInput: [Result<Key, TerminalError>]
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var lastTheme: Theme?
    public private(set) var bells = 0
    public private(set) var clipboard: [String] = []
    public private(set) var restoreCount = 0

    public init(width: Int = 80, height: Int = 24, colorDepth: ColorDepth = .xterm256, keys: [Key] = []) {
        self.size = TerminalSize(width: width, height: height)
        self.colorDepth = colorDepth
        self.pendingInput = keys.map { .success($0) }
    }

    /// The last frame's lines, or none before the first draw.
    public var lines: [String] { frames.last?.lines ?? [] }

    public func draw(_ buffer: ScreenBuffer, theme: Theme) {
        frames.append(buffer)
        lastTheme = colorDepth == .monochrome ? .mono : theme
    }

    public func readKey(timeout: Duration) throws(TerminalError) -> Key? {
        guard !pendingInput.isEmpty else { return nil }
        return try pendingInput.removeFirst().get()
    }

    /// Simulates a resize: the next key read is ``Key/resize``.
    public func resize(width: Int, height: Int) {
        size = TerminalSize(width: width, height: height)
        pendingInput.insert(.success(.resize), at: 0)
    }

    public func restore() {
        restoreCount += 1
    }

    public func bell() {
        bells += 1
    }

    public func writeOSC52(_ text: String) {
        clipboard.append(text)
    }
}
