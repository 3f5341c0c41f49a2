/// Draws rows one per line, scrolled to keep the selected one in view, highlighting it
/// when the panel has focus.
struct RowList: Sendable, Hashable {
    var count: Int
    var selected: Int?
    var highlightsSelection: Bool
    /// Columns either side of the area the selection bar also covers (the panel's padding).
    var bleed = 1

    func render(in area: Rect, buffer: inout ScreenBuffer, row draw: (Int, Rect, inout ScreenBuffer) -> Void) {
        guard !area.isEmpty, count > 0 else { return }
        let first = Table.scrollOffset(selected: selected, offset: 0, visibleRows: area.height, rowCount: count)
        for index in first..<Swift.min(count, first + area.height) {
            let line = area.row(index - first)
            draw(index, line, &buffer)
            if highlightsSelection, index == selected {
                buffer.setStyle(Style(.selection), in: Rect(x: line.x - bleed, y: line.y, width: line.width + 2 * bleed, height: 1))
            }
        }
    }
}
