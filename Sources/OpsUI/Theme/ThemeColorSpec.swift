/// One role of a theme as written in a theme file, before validation.
///
/// A field left nil means the terminal default colour, or the attribute off.
package struct ThemeColorSpec: Sendable, Hashable {
    package var fg: String?
    package var bg: String?
    package var bold: Bool?
    package var dim: Bool?
    package var underline: Bool?
    package var reverse: Bool?

    package init(
        fg: String? = nil,
        bg: String? = nil,
        bold: Bool? = nil,
        dim: Bool? = nil,
        underline: Bool? = nil,
        reverse: Bool? = nil
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The `role = "colour"` shorthand: a foreground only.
    package static func shorthand(_ foreground: String) -> ThemeColorSpec {
        ThemeColorSpec(fg: foreground)
    }

    /// The keys a role table may contain, for the config layer's unknown-key messages.
    package static let keys = ["fg", "bg", "bold", "dim", "underline", "reverse"]
}
