/// A bar per value, newest at the right edge, scaled to the area's height.
///
/// ```
///   ▂▅█▇▃▁ ▁▂
/// ```
/// Negative and non-finite values count as zero; any positive value shows at least one level.
package struct Sparkline: Widget, Sendable, Hashable {
    package var values: [Double]
    /// The value that fills the whole height; the largest visible value when nil.
    package var maximum: Double?
    package var style: Style

    package init(_ values: [Double], maximum: Double? = nil, style: Style = Style(.graph)) {
        self.values = values
        self.maximum = maximum
        self.style = style
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let visible = values.suffix(area.width).map { $0.isFinite ? Swift.max($0, 0) : 0 }
        let top = maximum.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? visible.max() ?? 0
        let levels = context.glyphs.levels
        let stepsPerRow = Swift.max(1, levels.count - 1)
        let totalSteps = Double(area.height * stepsPerRow)
        let firstColumn = area.maxX - visible.count
        for (offset, value) in visible.enumerated() {
            var steps = top > 0 ? Int((Swift.min(value, top) / top * totalSteps).rounded()) : 0
            if value > 0, steps == 0 { steps = 1 }
            for row in 0..<area.height {
                let inRow = Swift.min(Swift.max(steps - row * stepsPerRow, 0), stepsPerRow)
                let glyph = levels.isEmpty ? " " : levels[Swift.min(inRow, levels.count - 1)]
                buffer.set(Cell(glyph, style: style), x: firstColumn + offset, y: area.maxY - 1 - row)
            }
        }
    }
}
