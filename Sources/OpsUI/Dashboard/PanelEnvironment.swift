/// What every panel reads while rendering one frame.
struct PanelEnvironment: Sendable {
    var input: DashboardInput
    var model: DashboardModel
    var context: RenderContext
    /// How much detail the screen size allows.
    var detail: DashboardDetail

    var glyphs: DashboardGlyphs { DashboardGlyphs(context) }
    var ellipsis: String { context.glyphs.ellipsis }

    func isFocused(_ panel: PanelID) -> Bool { input.focus == panel }

    func selectedRow(_ panel: PanelID) -> Int? { model.selectedRow(panel, in: input) }

    func frame(_ panel: PanelID, trailing: String? = nil) -> PanelFrame {
        PanelFrame(title: panel.title, trailingTitle: trailing, isFocused: isFocused(panel))
    }
}

/// How much the dashboard shows, from the terminal size.
enum DashboardDetail: Int, Sendable, Hashable, Comparable {
    /// 80×24 up to the full layout: every panel, fewer rows and columns.
    case compact
    /// 120×40 and up.
    case full
    /// 200×60 and up: per-model rows, longer sparklines, more traces.
    case extended

    static func < (lhs: DashboardDetail, rhs: DashboardDetail) -> Bool { lhs.rawValue < rhs.rawValue }
}
