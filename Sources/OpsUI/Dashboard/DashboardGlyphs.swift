import OpsModel

/// The symbols the dashboard draws with, Unicode or plain ASCII (see ``GlyphSet``).
///
/// Every state that matters also gets a word next to its symbol, so nothing relies on
/// colour or on a font having the glyph.
struct DashboardGlyphs: Sendable, Hashable {
    let isUnicode: Bool

    init(_ context: RenderContext) {
        isUnicode = context.glyphs.isUnicode
    }

    private func pick(_ unicode: String, _ ascii: String) -> String { isUnicode ? unicode : ascii }

    var up: String { pick("↑", "^") }
    var down: String { pick("↓", "v") }
    var flat: String { pick("→", "-") }
    var separator: String { pick("│", "|") }
    var times: String { pick("×", "x") }
    var ok: String { pick("✓", "+") }
    var failed: String { pick("✗", "x") }
    var play: String { pick("▶", ">") }
    var pause: String { pick("⏸", "||") }
    var stop: String { pick("■", "#") }
    var live: String { pick("●", "*") }
    var projection: String { pick("→", "->") }

    func breaker(_ state: BreakerState) -> String {
        switch state {
        case .closed: return pick("●", "o")
        case .halfOpen: return pick("◐", "~")
        case .open: return pick("✕", "X")
        }
    }

    func health(_ health: SourceLine.Health) -> String {
        switch health {
        case .live: return pick("●", "*")
        case .finished: return pick("✓", "+")
        case .waiting: return pick("◌", "~")
        case .stale: return pick("◐", "!")
        case .failed: return pick("✕", "X")
        }
    }
}
