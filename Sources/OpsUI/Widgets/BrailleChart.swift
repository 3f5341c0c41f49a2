/// A line chart drawn with braille dots: each cell holds 2×4 dots, so a chart has twice the
/// columns and four times the rows of its area. Newest value at the right edge.
///
/// With an ASCII glyph set it draws a ``Sparkline`` instead. Scrolling braille charts cost
/// bandwidth (every cell changes each tick); redraw them sparingly over slow links.
package struct BrailleChart: Widget, Sendable, Hashable {
    package var values: [Double]
    /// The value at the bottom edge; the smallest visible value (or 0 if lower) when nil.
    package var minimum: Double?
    /// The value at the top edge; the largest visible value when nil.
    package var maximum: Double?
    package var style: Style

    package init(_ values: [Double], minimum: Double? = nil, maximum: Double? = nil, style: Style = Style(.graph)) {
        self.values = values
        self.minimum = minimum
        self.maximum = maximum
        self.style = style
    }

    /// Bit of the braille pattern for the dot at (column 0–1, row 0–3 from the top).
    private static let dotBits: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        guard context.glyphs.isUnicode else {
            Sparkline(values, maximum: maximum, style: style).render(in: area, buffer: &buffer, context: context)
            return
        }
        let samples = values.suffix(area.width * 2).map { $0.isFinite ? $0 : 0 }
        guard !samples.isEmpty else { return }
        let low = minimum.flatMap { $0.isFinite ? $0 : nil } ?? Swift.min(samples.min() ?? 0, 0)
        let high = maximum.flatMap { $0.isFinite ? $0 : nil } ?? (samples.max() ?? 0)
        let dotRows = area.height * 4
        func row(_ value: Double) -> Int {
            guard high > low else { return dotRows - 1 }
            let fraction = Swift.min(Swift.max((value - low) / (high - low), 0), 1)
            return dotRows - 1 - Int((fraction * Double(dotRows - 1)).rounded())
        }
        var patterns = [UInt32](repeating: 0, count: area.width * area.height)
        let firstDot = area.width * 2 - samples.count
        var previous: Int?
        for (index, value) in samples.enumerated() {
            let dotColumn = firstDot + index
            let current = row(value)
            let span = previous.map { Swift.min($0, current)...Swift.max($0, current) } ?? current...current
            for dotRow in span {
                let cell = dotRow / 4 * area.width + dotColumn / 2
                patterns[cell] |= Self.dotBits[dotColumn % 2][dotRow % 4]
            }
            previous = current
        }
        for (index, pattern) in patterns.enumerated() where pattern != 0 {
            guard let scalar = Unicode.Scalar(0x2800 + pattern) else { continue }
            buffer.set(
                Cell(Character(scalar), style: style), x: area.x + index % area.width, y: area.y + index / area.width)
        }
    }
}
