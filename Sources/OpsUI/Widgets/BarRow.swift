/// A labelled horizontal bar with its value, for top-N lists.
///
/// ```
/// gpt-4o        ████████████▌       1,204
/// ```
/// When narrow, the bar goes first, then the label is truncated; the value stays.
package struct BarRow: Widget, Sendable, Hashable {
    package var label: String
    package var value: Double
    /// The value that fills the whole bar.
    package var maximum: Double
    package var valueText: String
    /// Columns for the label; its own width when nil.
    package var labelWidth: Int?
    /// Columns for the value, right-aligned; its own width when nil.
    package var valueWidth: Int?
    package var role: ColorRole

    package init(
        label: String, value: Double, maximum: Double, valueText: String,
        labelWidth: Int? = nil, valueWidth: Int? = nil, role: ColorRole = .graph
    ) {
        self.label = label
        self.value = value
        self.maximum = maximum
        self.valueText = valueText
        self.labelWidth = labelWidth
        self.valueWidth = valueWidth
        self.role = role
    }

    /// Bars narrower than this are not drawn.
    static let minimumBar = 3

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let ellipsis = context.glyphs.ellipsis
        let valueColumns = Swift.min(
            valueWidth ?? TerminalText.displayWidth(of: TerminalText.sanitize(valueText)), row.width)
        let wantedLabel = Swift.max(0, labelWidth ?? TerminalText.displayWidth(of: TerminalText.sanitize(label)))
        let labelColumns = Swift.min(wantedLabel, Swift.max(0, row.width - valueColumns - 1))
        let barColumns = row.width - labelColumns - valueColumns - 2
        buffer.put(TerminalText.fit(label, toWidth: labelColumns, ellipsis: ellipsis), x: row.x, y: row.y)
        if barColumns >= Self.minimumBar {
            let fraction = maximum > 0 && value.isFinite ? Swift.min(Swift.max(value / maximum, 0), 1) : 0
            let bar = Rect(x: row.x + labelColumns + 1, y: row.y, width: barColumns, height: 1)
            var glyphs = context.glyphs
            glyphs.barEmpty = " "
            Gauge.drawBar(fraction: fraction, in: bar, style: Style(role), buffer: &buffer, glyphs: glyphs)
        }
        let text = TerminalText.fit(valueText, toWidth: valueColumns, alignment: .right, ellipsis: ellipsis)
        buffer.put(text, x: row.maxX - valueColumns, y: row.y, maxWidth: valueColumns)
    }
}
