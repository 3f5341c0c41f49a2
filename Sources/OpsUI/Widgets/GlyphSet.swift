/// The characters widgets draw with: Unicode, or plain ASCII for `--ascii` and poor fonts.
package struct GlyphSet: Sendable, Hashable {
    /// Whether box drawing, block and braille characters may be used.
    package var isUnicode: Bool
    /// Levels from empty to full, for sparklines and bar ends; at least two entries.
    package var levels: [Character]
    /// A full and an empty cell of a bar or gauge.
    package var barFull: Character
    package var barEmpty: Character
    /// Partial cells for smooth bars: entry k-1 fills k eighths of a cell from the left; may be empty.
    package var barEighths: [Character]
    package var ellipsis: String

    package static let unicode = GlyphSet(
        isUnicode: true,
        levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barFull: "█", barEmpty: "░", barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], ellipsis: "…")

    package static let ascii = GlyphSet(
        isUnicode: false,
        levels: [" ", "_", ".", "-", "=", "+", "*", "#"],
        barFull: "#", barEmpty: ".", barEighths: [], ellipsis: "~")

    package func border(_ kind: BorderSet.Kind) -> BorderSet {
        guard isUnicode else { return .ascii }
        switch kind {
        case .plain: return .plain
        case .rounded: return .rounded
        case .thick: return .thick
        case .double: return .double
        }
    }

    /// The level character for `fraction` (clamped to 0...1) of a cell.
    package func level(_ fraction: Double) -> Character {
        guard levels.count > 1 else { return levels.first ?? " " }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let index = Int((clamped * Double(levels.count - 1)).rounded())
        return levels[min(max(index, 0), levels.count - 1)]
    }
}
