/// What every panel reads while rendering one frame.
struct PanelEnvironment: Sendable {
    var input: DashboardInput
    var model: DashboardModel
    var context: RenderContext
    /// How much detail the screen size allows.
    var detail: DashboardDetail
    /// The panels the layout placed (the summary view places none).
    var placed: Set<PanelID> = []

    var glyphs: DashboardGlyphs { DashboardGlyphs(context) }
    var ellipsis: String { context.glyphs.ellipsis }

    func isFocused(_ panel: PanelID) -> Bool { input.focus == panel }

    func selectedRow(_ panel: PanelID) -> Int? { model.selectedRow(panel, in: input) }

    func frame(_ panel: PanelID, trailing: String? = nil) -> PanelFrame {
        PanelFrame(title: panel.title, trailingTitle: trailing, isFocused: isFocused(panel))
    }
}
