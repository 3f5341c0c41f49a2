import OpsModel


/// The bottom line for the app: mode and window, the current scope's key hints, and the
/// latest message (or the clock).
package struct AppStatusBar: Widget, Sendable {
    package var state: AppState
    package var mode: ClockMode
    package var clock: String
    package var keyMap: KeyMap<AppAction>
    /// Shows REDACTED after the mode on the screens the header bar does not cover.
    package var redacted: Bool

    package init(
        state: AppState, mode: ClockMode, clock: String, keyMap: KeyMap<AppAction> = AppKeyMap.standard,
        redacted: Bool = false
    ) {
        self.state = state
        self.mode = mode
        self.clock = clock
        self.keyMap = keyMap
        self.redacted = redacted
    }

    /// `LIVE 5m`, `PAUSED 5m`, `REPLAY 4x 37% 5m`, `REPLAY 4x paused 5m`.
    package static func modeLabel(_ mode: ClockMode, displayPaused: Bool, window: String) -> String {
        var label: String
        switch mode {
        case .live: label = "LIVE"
        case .paused: label = "PAUSED"
        case .snapshot: label = "SNAPSHOT"
        case .replay(let speed, let progress, let paused):
            let percent = progress.isFinite ? Int((min(max(progress, 0), 1) * 100).rounded()) : 0
            label = "REPLAY \(speed) " + (paused ? "paused" : "\(percent)%")
        }
        if displayPaused, mode == .live { label = "PAUSED" } else if displayPaused, mode != .paused { label = "PAUSED " + label }
        return label + " " + window
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let trailing = state.message?.text ?? clock
        var leading = Self.modeLabel(mode, displayPaused: state.isDisplayPaused, window: state.window.label)
        if redacted, state.route != .dashboard { leading += " REDACTED" }
        let bar = StatusBar(
            leading: leading,
            hints: keyMap.hints(for: state.keyScope), trailing: trailing)
        bar.render(in: area, buffer: &buffer, context: context)
        guard let message = state.message, message.kind == .error else { return }
        let width = TerminalText.displayWidth(of: TerminalText.sanitize(message.text + " "))
        let row = area.row(0)
        if width + 1 < row.width {
            buffer.setStyle(Style(.critical, .bold), in: Rect(x: row.maxX - width, y: row.y, width: width, height: 1))
        }
    }
}
