/// A box around an area, with a title on the top border.
///
/// ```
/// ╭ Models ──────── 1m ╮
/// │                    │
/// ╰────────────────────╯
/// ```
package struct Block: Widget, Sendable, Hashable {
    package var title: String?
    /// Shown at the right end of the top border (a time window, a count, …).
    package var trailingTitle: String?
    package var border: BorderSet.Kind
    package var borderStyle: Style
    package var titleStyle: Style

    package init(
        title: String? = nil,
        trailingTitle: String? = nil,
        border: BorderSet.Kind = .rounded,
        borderStyle: Style = Style(.border),
        titleStyle: Style = Style(.title)
    ) {
        self.title = title
        self.trailingTitle = trailingTitle
        self.border = border
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The area inside the border.
    package func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard area.width >= 2, area.height >= 2 else {
            buffer.fill(area, style: borderStyle)
            return
        }
        let set = context.glyphs.border(border)
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        for x in area.x + 1..<right {
            buffer.set(Cell(set.horizontal, style: borderStyle), x: x, y: area.y)
            buffer.set(Cell(set.horizontal, style: borderStyle), x: x, y: bottom)
        }
        for y in area.y + 1..<bottom {
            buffer.set(Cell(set.vertical, style: borderStyle), x: area.x, y: y)
            buffer.set(Cell(set.vertical, style: borderStyle), x: right, y: y)
        }
        buffer.set(Cell(set.topLeft, style: borderStyle), x: area.x, y: area.y)
        buffer.set(Cell(set.topRight, style: borderStyle), x: right, y: area.y)
        buffer.set(Cell(set.bottomLeft, style: borderStyle), x: area.x, y: bottom)
        buffer.set(Cell(set.bottomRight, style: borderStyle), x: right, y: bottom)
        renderTitles(in: area, buffer: &buffer, context: context)
    }

    /// Titles sit one cell in from each corner with a space either side; the leading title
    /// wins space over the trailing one, which is dropped when both do not fit.
    private func renderTitles(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        let room = area.width - 4
        guard room > 0 else { return }
        var used = 0
        if let title, !title.isEmpty {
            let text = TerminalText.truncate(title, toWidth: room, ellipsis: context.glyphs.ellipsis)
            used = buffer.put(" " + text + " ", x: area.x + 1, y: area.y, style: titleStyle, maxWidth: room + 2)
        }
        if let trailingTitle, !trailingTitle.isEmpty {
            let width = TerminalText.displayWidth(of: TerminalText.sanitize(trailingTitle))
            let leftEdge = area.x + 1 + used
            let start = area.maxX - 1 - (width + 2)
            guard start >= leftEdge + (used > 0 ? 1 : 0), width > 0 else { return }
            buffer.put(" " + trailingTitle + " ", x: start, y: area.y, style: titleStyle)
        }
    }
}
