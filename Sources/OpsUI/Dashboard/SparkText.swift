/// A one-row sparkline as text, for lines that mix it with labels.
enum SparkText {
    /// The last `width` values as level characters scaled to the largest; nil and
    /// non-finite values are gaps, and any positive value shows at least the lowest level.
    static func make(_ values: [Double?], width: Int, glyphs: GlyphSet) -> String {
        guard width > 0, glyphs.levels.count > 1 else { return "" }
        let shown = values.suffix(width).map { value -> Double? in
            guard let value, value.isFinite else { return nil }
            return Swift.max(value, 0)
        }
        let top = shown.compactMap { $0 }.max() ?? 0
        let steps = glyphs.levels.count - 1
        return String(shown.map { value -> Character in
            guard let value, top > 0, value > 0 else { return glyphs.levels[0] }
            let level = Swift.max(1, Int((value / top * Double(steps)).rounded()))
            return glyphs.levels[Swift.min(level, steps)]
        })
    }
}
