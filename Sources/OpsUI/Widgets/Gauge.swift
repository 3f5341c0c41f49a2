/// A one-row bar showing a fraction, with a label at its right, coloured by thresholds.
///
/// ```
/// ██████████▍░░░░░░░  62%
/// ```
package struct Gauge: Widget, Sendable, Hashable {
    /// From this fraction upwards, the bar takes this role.
    package struct Threshold: Sendable, Hashable {
        package var atLeast: Double
        package var role: ColorRole

        package init(atLeast: Double, role: ColorRole) {
            self.atLeast = atLeast
            self.role = role
        }
    }

    /// Clamped to 0...1 when drawn; non-finite draws as 0.
    package var ratio: Double
    /// The text right of the bar; the percentage when nil.
    package var label: String?
    package var role: ColorRole
    package var thresholds: [Threshold]

    package init(ratio: Double, label: String? = nil, role: ColorRole = .ok, thresholds: [Threshold] = []) {
        self.ratio = ratio
        self.label = label
        self.role = role
        self.thresholds = thresholds
    }

    /// Warning from `warning`, critical from `critical`, ok below.
    package static func thresholds(warning: Double, critical: Double) -> [Threshold] {
        [Threshold(atLeast: warning, role: .warning), Threshold(atLeast: critical, role: .critical)]
    }

    var clampedRatio: Double { ratio.isFinite ? Swift.min(Swift.max(ratio, 0), 1) : 0 }

    /// The role for the current ratio: that of the highest threshold reached.
    package var effectiveRole: ColorRole {
        let value = ratio.isFinite ? ratio : 0
        return thresholds.filter { value >= $0.atLeast }.max { $0.atLeast < $1.atLeast }?.role ?? role
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let text = label ?? "\(Int((clampedRatio * 100).rounded()))%"
        let labelWidth = TerminalText.displayWidth(of: TerminalText.sanitize(text))
        let barWidth = row.width - labelWidth - 1
        guard barWidth >= 1 else {
            buffer.put(
                TerminalText.fit(text, toWidth: row.width, alignment: .right, ellipsis: context.glyphs.ellipsis),
                in: row)
            return
        }
        let style = Style(effectiveRole)
        Self.drawBar(
            fraction: clampedRatio, in: Rect(x: row.x, y: row.y, width: barWidth, height: 1),
            style: style, buffer: &buffer, glyphs: context.glyphs)
        buffer.put(" " + text, x: row.x + barWidth, y: row.y, style: style, maxWidth: labelWidth + 1)
    }

    /// Draws a left-to-right bar filling `fraction` of `area`'s first row, smooth to an eighth
    /// of a cell when the glyph set allows.
    static func drawBar(fraction: Double, in area: Rect, style: Style, buffer: inout ScreenBuffer, glyphs: GlyphSet) {
        guard !area.isEmpty else { return }
        let eighths = Int((fraction * Double(area.width * 8)).rounded())
        let full = Swift.min(eighths / 8, area.width)
        var remainder = eighths % 8
        if glyphs.barEighths.count < 7 { remainder = remainder >= 4 ? 8 : 0 }
        for x in 0..<area.width {
            let glyph: Character
            let cellStyle: Style
            if x < full {
                (glyph, cellStyle) = (glyphs.barFull, style)
            } else if x == full, remainder == 8 {
                (glyph, cellStyle) = (glyphs.barFull, style)
            } else if x == full, remainder > 0 {
                (glyph, cellStyle) = (glyphs.barEighths[remainder - 1], style)
            } else {
                (glyph, cellStyle) = (glyphs.barEmpty, Style(.muted))
            }
            buffer.set(Cell(glyph, style: cellStyle), x: area.x + x, y: area.y)
        }
    }
}
