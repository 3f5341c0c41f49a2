/// The `/` prompt: the text being edited with a cursor, and what was wrong with it.
///
/// ```
/// / model:gpt-4o status:error█        unknown filter 'modle:'; did you mean 'model:'?
/// ```
package struct FilterPromptLine: Widget, Sendable {
    package var prompt: FilterPrompt

    package init(prompt: FilterPrompt) {
        self.prompt = prompt
    }

    /// Shown while the prompt is empty.
    static let syntax = "model: status:error|ok user: tool: min:2s max: type: category: component: or text"

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: Style(.text))
        var x = row.x + buffer.put("/ ", x: row.x, y: row.y, style: Style(.accent, .bold), maxWidth: row.width)
        var limit = row.maxX
        if let error = prompt.error {
            let message = TerminalText.sanitize(error.message)
            let width = TerminalText.displayWidth(of: message)
            let room = row.maxX - x
            if room >= 4 {
                let shown = min(width, max(room - 20, room / 2))
                let text = TerminalText.truncate(message, toWidth: shown, ellipsis: context.glyphs.ellipsis)
                let start = row.maxX - TerminalText.displayWidth(of: text)
                buffer.put(text, x: start, y: row.y, style: Style(.critical, .bold))
                limit = start - 1
            }
        }
        let room = limit - x
        guard room > 1 else { return }
        // Show the text around the cursor: scroll left so the cursor stays in view.
        let pieces = prompt.input.characters.map { TerminalText.sanitize(String($0)) }
        let widths = pieces.map { TerminalText.displayWidth(of: $0) }
        let cursor = min(prompt.input.cursor, pieces.count)
        var start = 0
        var width = widths[..<cursor].reduce(0, +)
        while width > room - 1, start < cursor {
            width -= widths[start]
            start += 1
        }
        for index in pieces.indices.dropFirst(start) {
            guard x + widths[index] <= limit else { break }
            let style = index == cursor ? Style(.text, .reverse) : Style(.text)
            x += buffer.put(pieces[index], x: x, y: row.y, style: style)
        }
        if cursor >= pieces.count, x < limit {
            buffer.set(Cell(" ", style: Style(.text, .reverse)), x: x, y: row.y)
        }
        if pieces.isEmpty, x + 2 < limit {
            buffer.put(Self.syntax, x: x + 2, y: row.y, style: Style(.muted), maxWidth: limit - x - 2)
        }
    }
}
