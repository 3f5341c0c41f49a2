/// A panel's border and titles, in the accent colour when the panel has focus.
struct PanelFrame: Sendable, Hashable {
    var title: String
    var trailingTitle: String?
    var isFocused: Bool

    /// Draws the border and returns the area inside it.
    @discardableResult
    func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) -> Rect {
        let block = Block(
            title: title, trailingTitle: trailingTitle, border: .rounded,
            borderStyle: isFocused ? Style(.accent, [.bold]) : Style(.border),
            titleStyle: isFocused ? Style(.accent, [.bold]) : Style(.title))
        block.render(in: area, buffer: &buffer, context: context)
        return block.inner(area)
    }
}
