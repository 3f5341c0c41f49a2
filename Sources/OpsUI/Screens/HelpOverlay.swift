/// A centred box over the screen listing the keys of the current scope, from the key map.
///
/// Lines flow into a second column when they do not fit the height and there is room; what
/// still does not fit scrolls.
package struct HelpOverlay: Widget, Sendable {
    package var title: String
    package var lines: [KeyHelp]
    package var scroll: Int

    package init(title: String, lines: [KeyHelp], scroll: Int = 0) {
        self.title = title
        self.lines = lines
        self.scroll = scroll
    }

    struct Geometry: Hashable {
        var box: Rect
        var columns: Int
        var rowsPerColumn: Int
        var keyWidth: Int
        var columnWidth: Int

        var visibleRows: Int { max(0, box.height - 2) }
        var maxScroll: Int { max(0, rowsPerColumn - visibleRows) }
    }

    /// How far help can scroll for this state (the reducer clamps with it).
    package static func maxScroll(state: AppState, replaying: Bool, map: KeyMap<AppAction> = AppKeyMap.standard) -> Int {
        let lines = AppKeyMap.helpLines(for: state.route.scope, replaying: replaying, map: map)
        return geometry(lines: lines, in: state.size.area).maxScroll
    }

    static func geometry(lines: [KeyHelp], in area: Rect) -> Geometry {
        let keyWidth = min(12, lines.map { TerminalText.displayWidth(of: TerminalText.sanitize($0.keys)) }.max() ?? 0)
        let textWidth = min(44, lines.map { TerminalText.displayWidth(of: TerminalText.sanitize($0.description)) }.max() ?? 0)
        let columnWidth = keyWidth + 2 + textWidth
        let maxWidth = max(0, area.width - 2)
        let maxRows = max(0, area.height - 2)
        var columns = 1
        if lines.count > maxRows, 2 * columnWidth + 3 + 4 <= maxWidth { columns = 2 }
        let rowsPerColumn = (lines.count + columns - 1) / max(1, columns)
        let width = min(maxWidth, columns * columnWidth + (columns - 1) * 3 + 4)
        let height = min(area.height, rowsPerColumn + 2)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        return Geometry(box: box, columns: columns, rowsPerColumn: rowsPerColumn, keyWidth: keyWidth, columnWidth: columnWidth)
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let geometry = Self.geometry(lines: lines, in: area)
        let box = geometry.box
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: Style(.text))
        let first = min(max(0, scroll), geometry.maxScroll)
        var trailing = "? or Esc closes"
        if geometry.maxScroll > 0 { trailing = "↓ more · " + trailing }
        Block(title: title, trailingTitle: trailing, border: .rounded, borderStyle: Style(.accent))
            .render(in: box, buffer: &buffer, context: context)
        let inner = box.inset(horizontal: 2, vertical: 1)
        for column in 0..<geometry.columns {
            let x = inner.x + column * (geometry.columnWidth + 3)
            let width = max(0, min(geometry.columnWidth, inner.maxX - x))
            let start = column * geometry.rowsPerColumn + first
            let shown = lines.dropFirst(start).prefix(min(geometry.visibleRows, geometry.rowsPerColumn - first))
            for (row, line) in shown.enumerated() {
                let y = inner.y + row
                let keys = TerminalText.fit(line.keys, toWidth: min(geometry.keyWidth, width), ellipsis: context.glyphs.ellipsis)
                buffer.put(keys, x: x, y: y, style: Style(.keyHint, .bold), maxWidth: width)
                let textX = x + geometry.keyWidth + 2
                let textWidth = width - geometry.keyWidth - 2
                guard textWidth > 0 else { continue }
                let text = TerminalText.truncate(line.description, toWidth: textWidth, ellipsis: context.glyphs.ellipsis)
                buffer.put(text, x: textX, y: y, style: Style(.text), maxWidth: textWidth)
            }
        }
    }
}
