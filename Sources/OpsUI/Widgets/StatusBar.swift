/// The bottom line: a status on the left, key hints, and a note on the right.
///
/// ```
///  LIVE 1m  q quit  / filter  ? help                     12:04:31
/// ```
/// Hints that do not fit are dropped from the end; the trailing note is dropped before the status.
package struct StatusBar: Widget, Sendable, Hashable {
    package var leading: String
    package var hints: [KeyHelp]
    package var trailing: String
    package var style: Style
    package var keyStyle: Style

    package init(
        leading: String = "", hints: [KeyHelp] = [], trailing: String = "",
        style: Style = Style(.statusBar), keyStyle: Style = Style(.keyHint)
    ) {
        self.leading = leading
        self.hints = hints
        self.trailing = trailing
        self.style = style
        self.keyStyle = keyStyle
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        let ellipsis = context.glyphs.ellipsis
        var x = row.x
        if !leading.isEmpty {
            let text = TerminalText.truncate(" " + leading, toWidth: row.width, ellipsis: ellipsis)
            x += buffer.put(text, x: x, y: row.y, style: style.adding(.bold), maxWidth: row.width)
        }
        let trailingText = trailing.isEmpty ? "" : TerminalText.sanitize(trailing + " ")
        let trailingWidth = TerminalText.displayWidth(of: trailingText)
        var limit = row.maxX
        if trailingWidth > 0, x + 1 + trailingWidth <= row.maxX {
            limit = row.maxX - trailingWidth
            buffer.put(trailingText, x: limit, y: row.y, style: style)
            limit -= 1
        }
        for hint in hints {
            let keys = TerminalText.sanitize(hint.keys)
            let description = TerminalText.sanitize(hint.description)
            let needed = 2 + TerminalText.displayWidth(of: keys) + 1 + TerminalText.displayWidth(of: description)
            guard x + needed <= limit else { break }
            x += 2
            x += buffer.put(keys, x: x, y: row.y, style: keyStyle)
            x += buffer.put(" " + description, x: x, y: row.y, style: style)
        }
    }
}
