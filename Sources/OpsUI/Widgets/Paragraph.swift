/// Multi-line text, word-wrapped to the area (or cut with an ellipsis), scrolled by lines.
package struct Paragraph: Widget, Sendable, Hashable {
    package var text: String
    package var style: Style
    package var wraps: Bool
    /// Lines skipped at the top, counted after wrapping.
    package var scroll: Int
    package var alignment: TextAlignment

    package init(
        _ text: String, style: Style = .plain, wraps: Bool = true, scroll: Int = 0, alignment: TextAlignment = .left
    ) {
        self.text = text
        self.style = style
        self.wraps = wraps
        self.scroll = scroll
        self.alignment = alignment
    }

    /// The lines as they would be drawn in `width` columns, before scrolling.
    package func lines(width: Int) -> [String] {
        guard width > 0 else { return [] }
        if wraps { return WordWrap.wrap(text, width: width) }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let shown = lines(width: area.width).dropFirst(Swift.max(scroll, 0)).prefix(area.height)
        for (row, line) in shown.enumerated() {
            let fitted = TerminalText.fit(
                line, toWidth: area.width, alignment: alignment, ellipsis: context.glyphs.ellipsis)
            buffer.put(fitted, x: area.x, y: area.y + row, style: style, maxWidth: area.width)
        }
    }
}
